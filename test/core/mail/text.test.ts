import { agencyOf, isFromOutside } from '../../../src/core/mail/agency';
import { driveFileId } from '../../../src/core/mail/driveLink';
import { firstMeaningfulLine } from '../../../src/core/mail/firstLine';

describe('the first meaningful line of a reply', () => {
  it.each([
    ['Оплатим в пятницу.', 'Оплатим в пятницу.'],
    [
      'Здравствуйте!\n\nОплатим в пятницу, платёжка в работе.\n\nС уважением,\nИван',
      'Оплатим в пятницу, платёжка в работе.',
    ],
    ['Добрый день,\r\n  счёт   оплачен вчера  \r\n', 'счёт оплачен вчера'],
    ['> Напоминаем об оплате\nOn Mon, 7 Dec 2026 at 09:00 Anna <anna@agency.ru> wrote:', ''],
    ['Hi Anna,\nPaid today.\n\nOn Mon, 7 Dec 2026, Anna wrote:\n> Reminder', 'Paid today.'],
    ['Добрый день, Анна!\nпн, 7 дек. 2026 г. в 09:00, Анна <anna@agency.ru>:\n> текст', ''],
    ['Уважаемая Анна Сергеевна,\nоплата будет 11.12', 'оплата будет 11.12'],
    ['7 декабря Анна пишет:\n> Напоминаем', ''],
    ['-- \nИван Петров\nБухгалтерия', ''],
    ['-----Original Message-----\nFrom: anna', ''],
    ['Sent from my iPhone', ''],
    ['', ''],
  ])('%j → %j', (text, line) => {
    expect(firstMeaningfulLine(text)).toBe(line);
  });

  it('cuts a long line with an ellipsis', () => {
    const line = firstMeaningfulLine('а'.repeat(300));
    expect(line).toHaveLength(120);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('the Drive file of an invoice link', () => {
  const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz_-0123';
  it.each([
    [`https://drive.google.com/file/d/${id}/view?usp=sharing`, id],
    [`https://drive.google.com/file/d/${id}`, id],
    [`https://drive.google.com/open?id=${id}`, id],
    [`https://drive.google.com/uc?id=${id}&export=download`, id],
    [`https://docs.google.com/document/d/${id}/edit`, id],
    [`https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`, id],
    [`https://docs.google.com/presentation/d/${id}/`, id],
    [`https://docs.google.com/document/u/0/d/${id}/edit`, id],
    [`https://drive.google.com/drive/folders/${id}`, null],
    [`https://evil.example/file/d/${id}/view`, null],
    [`https://drive.google.com.evil.example/file/d/${id}`, null],
    [`ftp://drive.google.com/file/d/${id}`, null],
    ['https://drive.google.com/file/d/short/view', null],
    ['не ссылка', null],
    [null, null],
  ])('%s', (link, expected) => {
    expect(driveFileId(link)).toBe(expected);
  });
});

describe('who is outside the agency', () => {
  const agency = agencyOf(['anna@agency.ru', 'Head@Agency.ru', 'freelancer@gmail.com', '', null]);
  it.each([
    ['buh@romashka.ru', true],
    ['anna@agency.ru', false],
    ['ANNA@agency.ru', false],
    ['petr@agency.ru', false],
    ['freelancer@gmail.com', false],
    ['client@gmail.com', true],
    ['not an address', false],
  ])('%s → %s', (address, outside) => {
    expect(isFromOutside(address, agency)).toBe(outside);
  });
});
