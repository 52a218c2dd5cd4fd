/**
 * Invoice links (issue 18, item 5): a `Ссылка`/`Link` cell goes with its item in the client email —
 * a link in the HTML part, the address in the plain part; a cell that is not an http(s) address is a
 * data problem with its cell, and the rest of the row reads as before.
 */
import { managerDirectory } from '../../../src/core/documents/managers';
import { readDocuments } from '../../../src/core/documents/read';
import { evaluateDocuments, documentRules } from '../../../src/core/documents/state';
import { detectRegister } from '../../../src/core/registers';
import type { RegisterMapping } from '../../../src/core/registers/types';
import { renderTemplate } from '../../../src/core/reminders/templateRender';
import type { EmailTemplate } from '../../../src/core/reminders/templates';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { CellValue, Grid } from '../../../src/core/types';
import { clientMessages, invoice, plan } from './fixture';

const DRIVE = 'https://drive.google.com/file/d/1AbC/view?usp=sharing&x=1';

describe('an item with a link, rendered', () => {
  const template: EmailTemplate = { key: 'k', lang: 'ru', subject: 'S', body: 'Счета:\n{items}', html: '' };

  it('puts the address on its own line in the plain part and a link in the HTML part', () => {
    const html = { ...template, html: '<p>Счета:</p>{items}' };
    const rendered = renderTemplate(html, {}, [
      { text: 'Счёт № 12', link: DRIVE, linkText: 'открыть документ' },
      'Счёт № 15',
    ]);
    expect(rendered.body).toBe(`Счета:\n• Счёт № 12\n  ${DRIVE}\n• Счёт № 15`);
    expect(rendered.htmlBody).toBe(
      '<p>Счета:</p><ul><li>Счёт № 12 — <a href="https://drive.google.com/file/d/1AbC/view?usp=sharing&amp;x=1">открыть документ</a></li><li>Счёт № 15</li></ul>',
    );
  });

  it('links the address in the HTML made from the text too, once per item', () => {
    const rendered = renderTemplate(template, {}, [
      { text: 'Счёт № 1', link: 'https://a.example/x' },
      { text: 'Счёт № 2', link: 'https://a.example/x1' },
    ]);
    expect(rendered.htmlBody).toContain('<a href="https://a.example/x">https://a.example/x</a>');
    expect(rendered.htmlBody).toContain('<a href="https://a.example/x1">https://a.example/x1</a>');
    expect(rendered.htmlBody.match(/<a /g)).toHaveLength(2);
  });
});

describe('the client reminder of an invoice with a link', () => {
  it('carries the link in both parts, in the client’s language', () => {
    const [ru] = clientMessages(plan('2026-12-02', [invoice({ link: DRIVE })]));
    expect(ru.body).toContain(`\n  ${DRIVE}\n`);
    expect(ru.htmlBody).toContain('">открыть документ</a>');
    const [en] = clientMessages(plan('2026-12-02', [invoice({ link: DRIVE, clientLang: 'en' })]));
    expect(en.htmlBody).toContain('">open the document</a>');
    expect(en.items[0].text).toMatch(/^Invoice No\. 12 for /);
  });

  it('an invoice without a link reads as before', () => {
    const [message] = clientMessages(plan('2026-12-02', [invoice()]));
    expect(message.htmlBody).not.toContain('<a ');
    expect(message.items[0]).toEqual({ key: expect.any(String), text: expect.any(String) });
  });
});

describe('the Ссылка column of the documents register', () => {
  const dates = { timeZone: 'Europe/Moscow', referenceDay: '2026-12-07' };
  function states(links: CellValue[]) {
    const rows: CellValue[][] = [
      ['Тип', 'Номер', 'Клиент', 'Сумма', 'Срок оплаты', 'Email клиента', 'Ссылка'],
      ...links.map((link, i) => [
        'счёт',
        `${i + 1}`,
        'Ромашка',
        '1000',
        '01.12.2026',
        'buh@romashka.ru',
        link,
      ]),
    ];
    const grid: Grid = {
      sheet: 'Документы',
      values: rows,
      display: rows.map((r) => r.map(String)),
      backgrounds: [],
      formats: [],
    };
    const mapping = detectRegister(grid, [], dates) as RegisterMapping<'documents'>;
    const records = readDocuments(grid, mapping, {
      timeZone: dates.timeZone,
      today: '2026-12-07',
      managers: managerDirectory([]),
    });
    return evaluateDocuments(records, {
      today: '2026-12-07',
      rules: documentRules(DEFAULT_SETTINGS),
      lang: 'ru',
    });
  }

  it('reads an http(s) address as the link, an empty cell as none', () => {
    const [linked, empty] = states([DRIVE, '']);
    expect([linked.record.link, linked.problems]).toEqual([DRIVE, []]);
    expect([empty.record.link, empty.problems]).toEqual([null, []]);
  });

  it.each(['javascript:alert(1)', 'C:\\Счета\\12.pdf', 'drive.google.com/file/d/1'])(
    'makes %p a data problem with its cell, and the invoice is not reminded with it',
    (cell) => {
      const [state] = states([cell]);
      expect(state.record.link).toBeNull();
      expect(state.problems.map((p) => p.text)).toEqual([
        `G2: «${cell}» — не ссылка: нужен адрес, который начинается с https:// или http://`,
      ]);
      expect(state.reminderEligible).toBe(false);
    },
  );
});
