import { parseLink } from '../../../src/core/documents/link';

describe('the invoice link cell', () => {
  it.each([
    ['https://drive.google.com/file/d/1AbC/view', 'https://drive.google.com/file/d/1AbC/view'],
    [' http://example.ru/invoices/12.pdf ', 'http://example.ru/invoices/12.pdf'],
    ['HTTPS://Example.com?id=7&x=1', 'HTTPS://Example.com?id=7&x=1'],
    ['', null],
  ])('%p is the link %p', (cell, url) => {
    expect(parseLink(cell)).toEqual({ ok: true, url });
  });

  it.each([
    'javascript:alert(1)',
    'ftp://files.example.ru/a.pdf',
    'C:\\Счета\\12.pdf',
    'drive.google.com/file/d/1',
    'https://',
    'https://exa mple.ru',
    'https://example.ru/"><script>',
  ])('%p is a data problem', (cell) => {
    expect(parseLink(cell).ok).toBe(false);
  });
});
