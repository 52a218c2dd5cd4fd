import { classifyIncoming, failedRecipients } from '../../../src/core/mail/classify';

const message = (patch: {
  from?: string;
  subject?: string;
  text?: string;
  headers?: Record<string, string>;
}) => ({
  from: patch.from ?? 'buh@romashka.ru',
  subject: patch.subject ?? 'Re: Напоминание об оплате',
  text: patch.text ?? 'Оплатим в пятницу.',
  headers: patch.headers ?? {},
});

describe('telling a reply from an auto-reply and a bounce', () => {
  it.each([
    ['a person’s answer', message({}), 'reply'],
    ['Auto-Submitted: auto-replied', message({ headers: { 'auto-submitted': 'auto-replied' } }), 'autoReply'],
    [
      'Auto-Submitted: auto-generated',
      message({ headers: { 'auto-submitted': 'auto-generated' } }),
      'autoReply',
    ],
    ['Auto-Submitted: no (a person wrote it)', message({ headers: { 'auto-submitted': 'no' } }), 'reply'],
    ['X-Autoreply', message({ headers: { 'x-autoreply': 'yes' } }), 'autoReply'],
    ['X-Autorespond', message({ headers: { 'x-autorespond': 'Out of office' } }), 'autoReply'],
    ['Precedence: auto_reply', message({ headers: { precedence: 'auto_reply' } }), 'autoReply'],
    ['Precedence: bulk', message({ headers: { precedence: 'bulk' } }), 'autoReply'],
    ['Precedence: junk', message({ headers: { precedence: 'Junk' } }), 'autoReply'],
    ['an out-of-office subject', message({ subject: 'Out of Office: Re: Напоминание' }), 'autoReply'],
    ['«Автоответ» in the subject', message({ subject: 'Автоответ: Напоминание об оплате' }), 'autoReply'],
    ['«Нет на месте» in the subject', message({ subject: 'Нет на месте до 14.12' }), 'autoReply'],
    ['Automatic reply (Outlook)', message({ subject: 'Automatic reply: Payment reminder' }), 'autoReply'],
    [
      'a delivery-status report',
      message({
        from: 'mailer-daemon@googlemail.com',
        subject: 'Delivery Status Notification (Failure)',
        headers: { 'content-type': 'multipart/report; report-type=delivery-status; boundary="x"' },
      }),
      'bounce',
    ],
    ['X-Failed-Recipients', message({ headers: { 'x-failed-recipients': 'buh@romashka.ru' } }), 'bounce'],
    [
      'a postmaster’s “Undelivered Mail Returned to Sender”',
      message({ from: 'postmaster@romashka.ru', subject: 'Undelivered Mail Returned to Sender' }),
      'bounce',
    ],
    [
      'a mailer-daemon message that is no bounce',
      message({ from: 'mailer-daemon@x.ru', subject: 'Hello' }),
      'autoReply',
    ],
    ['a subject that merely mentions an office', message({ subject: 'Re: счёт для офиса' }), 'reply'],
  ])('%s', (_name, input, kind) => {
    expect(classifyIncoming(input)).toBe(kind);
  });

  it('finds the failed address in X-Failed-Recipients, else among the addresses we wrote to in the text', () => {
    const written = new Set(['buh@romashka.ru', 'ceo@granit.ru']);
    expect(
      failedRecipients(message({ headers: { 'x-failed-recipients': 'Buh@Romashka.ru' } }), written),
    ).toEqual(['buh@romashka.ru']);
    const text =
      "Your message to CEO@granit.ru couldn't be delivered.\nReported by mx.agency.ru for anna@agency.ru.";
    expect(failedRecipients(message({ from: 'mailer-daemon@agency.ru', text }), written)).toEqual([
      'ceo@granit.ru',
    ]);
    expect(failedRecipients(message({ text: 'nobody we know: x@y.ru' }), written)).toEqual([]);
  });
});
