/**
 * What a client reads: one template per message that the agency edits in its own words (the HTML
 * part follows the text), signed by the account manager as the team sheet knows them, with the
 * total of what the letter asks for.
 */
import { defaultTemplates, readTemplates, templateSheetRows } from '../../../src/core/reminders/templates';
import { clientMessages, invoice, plan } from './planFixture';

const due = invoice({ number: 'С-1132', dueDate: '2026-12-09', outstanding: 10_000_000 });
const second = invoice({ number: 'С-1140', dueDate: '2026-12-10', outstanding: 2_550_050 });
const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the templates sheet', () => {
  it('has Russian headers and one text per message: no separate HTML column', () => {
    expect(templateSheetRows()[0]).toEqual(['Письмо', 'Язык', 'Тема', 'Текст']);
  });

  it('sends what the agency wrote: an edited text changes the HTML part too', () => {
    const templates = readTemplates([
      ['Письмо', 'Язык', 'Тема', 'Текст'],
      ['client.predue', 'ru', 'Счета {client}', 'Добрый день!\n\nПросим оплатить:\n{items}\n\nСпасибо!'],
    ]);
    const [mail] = clientMessages(plan('2026-12-07', [due], { templates }));
    expect(mail.body).toMatch(/^Добрый день!\n\nПросим оплатить:\n• Счёт № С-1132/);
    expect(mail.htmlBody).toMatch(/^<p>Добрый день!<\/p><p>Просим оплатить:<\/p><ul><li>Счёт № С-1132/);
    expect(mail.htmlBody).toContain('<p>Спасибо!</p>');
  });

  it('escapes what a person typed into the text when it becomes HTML', () => {
    const templates = readTemplates([
      ['Письмо', 'Язык', 'Тема', 'Текст'],
      ['client.predue', 'ru', 'Счета', 'Ваш <b>менеджер</b> & команда\n{items}'],
    ]);
    const [mail] = clientMessages(plan('2026-12-07', [due], { templates }));
    expect(mail.htmlBody).toContain('Ваш &lt;b&gt;менеджер&lt;/b&gt; &amp; команда');
  });

  describe('an older sheet (key, language, subject, body, html) is read without losing edits', () => {
    const OLD = ['key', 'language', 'subject', 'body', 'html'];
    const body =
      defaultTemplates().find((tpl) => tpl.key === 'client.predue' && tpl.lang === 'ru')?.body ?? '';

    it('an edited body wins over the stale HTML next to it', () => {
      const templates = readTemplates([
        OLD,
        [
          'client.predue',
          'ru',
          'Счета',
          'Коротко:\n{items}',
          '<p>Здравствуйте!</p><p>Старый текст</p>{items}',
        ],
      ]);
      const [mail] = clientMessages(plan('2026-12-07', [due], { templates }));
      expect(mail.body).toMatch(/^Коротко:\n• /);
      expect(mail.htmlBody).toMatch(/^<p>Коротко:<\/p><ul>/);
    });

    it('an edited HTML part with the body left as it was keeps the edit, and the plain part says the same', () => {
      const templates = readTemplates([
        OLD,
        ['client.predue', 'ru', 'Счета', body, '<p>Привет от <b>команды</b>!</p>{items}<p>До связи</p>'],
      ]);
      const [mail] = clientMessages(plan('2026-12-07', [due], { templates }));
      expect(mail.htmlBody).toMatch(/^<p>Привет от <b>команды<\/b>!<\/p><ul><li>Счёт/);
      expect(mail.body).toMatch(/^Привет от команды!\n\n• Счёт № С-1132.*\n\nДо связи$/);
    });
  });
});

describe('signature and total', () => {
  const team = [
    {
      person: 'Сидорова Мария',
      email: 'anna@agency.ru',
      role: 'Аккаунт-менеджер',
      phone: '+7 900 123-45-67',
    },
  ];

  it('signs with the manager’s name, position, phone and email from the team sheet, and the agency', () => {
    const [mail] = clientMessages(plan('2026-12-07', [due], { team }));
    expect(mail.body).toMatch(
      /С уважением,\nСидорова Мария\nАккаунт-менеджер, Агентство\n\+7 900 123-45-67 · anna@agency\.ru$/,
    );
    expect(mail.htmlBody).toContain(
      'Сидорова Мария<br>Аккаунт-менеджер, Агентство<br>+7 900 123-45-67 · anna@agency.ru',
    );
  });

  it('signs with the team sheet’s name when the Ответственный cell holds only an email', () => {
    const byEmail = { ...due, managerName: '' };
    const [mail] = clientMessages(plan('2026-12-07', [byEmail], { team }));
    expect(mail.body).toContain('С уважением,\nСидорова Мария');
    expect(mail.body).not.toMatch(/С уважением,\nАгентство$/);
  });

  it('signs with the agency alone when nobody is known', () => {
    const nobody = { ...due, managerName: '', managerEmail: null };
    const [mail] = clientMessages(plan('2026-12-07', [nobody]));
    expect(mail.body).toMatch(/С уважением,\nАгентство$/);
  });

  it('states the total of the invoices the letter lists', () => {
    const [mail] = clientMessages(plan('2026-12-07', [due, second]));
    expect(flat(mail.body)).toContain('Итого к оплате: 125 500,50 ₽');
    expect(flat(mail.htmlBody)).toContain('Итого к оплате: 125 500,50 ₽');
  });
});
