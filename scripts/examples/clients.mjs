/**
 * The example agency's `Клиенты` directory: each client's contacts, escalation contact, email
 * language, payment terms and account manager. The documents register leaves some of these cells
 * empty and the directory fills them; where a row has its own value, the row wins.
 */
import { CLIENT_EMAILS } from './data.mjs';

export const CLIENTS = [
  [
    'ООО «Ромашка»',
    'director@romashka.example.ru',
    'ru',
    '10 банковских дней',
    'Сидорова Мария',
    'годовой договор',
  ],
  ['АО «Вектор»', 'cfo@vector.example.com', 'ru', '5 раб. дн.', 'Кузнецов Павел', ''],
  ['СеверСтрой', '', 'ru', '14', 'Кузнецов Павел', ''],
  ['Студия «Лето»', '', 'ru', '', 'Егорова Дарья', ''],
  ['Пиксель', 'ceo@pixel.example.com', 'en', '', 'Егорова Дарья', 'пишем по-английски'],
  ['Гранит', '', 'ru', '', 'Сидорова Мария', ''],
  ['Аква', '', 'ru', '', 'Кузнецов Павел', ''],
  ['Орбита', '', 'ru', '', 'Егорова Дарья', ''],
  ['Медиа Плюс', '', 'ru', '', 'Сидорова Мария', ''],
].map(([client, escalation, language, terms, manager, note]) => ({
  client,
  email: CLIENT_EMAILS[client],
  escalation,
  language,
  terms,
  manager,
  note,
}));

export const CLIENT_COLUMNS = [
  ['Клиент', 22],
  ['Email клиента', 44],
  ['Контакт для эскалации', 30],
  ['Язык', 8],
  ['Отсрочка', 20],
  ['Аккаунт', 20],
  ['Примечание', 24],
];

/** The directory sheet, its header in row 1. */
export function clientsSheet(workbook, header) {
  const ws = workbook.addWorksheet('Клиенты');
  header(
    ws,
    1,
    CLIENT_COLUMNS.map(([title]) => title),
  );
  CLIENTS.forEach((entry, i) => {
    const row = ws.getRow(i + 2);
    [
      entry.client,
      entry.email,
      entry.escalation,
      entry.language,
      entry.terms,
      entry.manager,
      entry.note,
    ].forEach((value, col) => {
      if (value) row.getCell(col + 1).value = value;
    });
  });
  ws.columns = CLIENT_COLUMNS.map(([, width]) => ({ width }));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}
