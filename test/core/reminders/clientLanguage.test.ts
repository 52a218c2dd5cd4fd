/**
 * The client's letter is in the client's language (the Клиенты directory, else the spreadsheet's
 * locale), whatever language the person running the add-on chose for its interface.
 */
import { clientMessages, invoice, plan } from './planFixture';

const due = invoice({ number: 'С-1132', dueDate: '2026-12-09', outstanding: 10_000_000 });

describe('the language of client emails', () => {
  it('stays the spreadsheet’s when the interface is switched to English', () => {
    const [mail] = clientMessages(plan('2026-12-07', [due], { lang: 'en', clientLang: 'ru' }));
    expect(mail.subject).toMatch(/^Напоминание о сроке оплаты/);
    expect(mail.body.replace(/[\u00a0\u202f]/g, ' ')).toContain('Счёт № С-1132 на 100 000,00 ₽');
  });

  it('follows the client directory over the spreadsheet, amounts and dates written the client’s way', () => {
    const english = { ...due, clientLang: 'en' as const };
    const [mail] = clientMessages(plan('2026-12-07', [english], { lang: 'ru', clientLang: 'ru' }));
    expect(mail.subject).toMatch(/^Payment due soon/);
    expect(mail.body).toMatch(/Invoice No\. С-1132 for ₽100,000\.00, due 2026-12-09/);
    expect(mail.body).not.toMatch(/₽\s*$|\d,\d\d ₽/m);
  });
});
