import { t } from '../../../src/core/i18n';

describe('a count in a sentence reads right when it is one', () => {
  it('tells of one draft without a plural noun in the English reminders summary', () => {
    expect(t('en', 'reminders.outcome', { sent: 1, drafts: 1, quota: 1, failed: 1 })).toBe(
      'Reminders: 1 sent, 1 drafted, 1 waiting for quota, 1 not sent because of errors.',
    );
  });

  it('keeps the Russian summary, whose numbers stand after their words', () => {
    expect(t('ru', 'reminders.outcome', { sent: 1, drafts: 1, quota: 1, failed: 1 })).toBe(
      'Напоминания: отправлено 1, черновиков 1, ждут квоты 1, не отправлено из-за ошибок 1.',
    );
  });
});
