/** Text of the local runner (`account-desk`): help, progress, summary and its one-line errors. */
export const ru = {
  'local.help': `account-desk — Пульт аккаунта без Google, на выгрузке таблиц в .xlsx

Использование:
  account-desk run [--today ГГГГ-ММ-ДД] [--out ПАПКА] [--mode preview|draft|send] [--quota N] ФАЙЛ.xlsx...
  account-desk preview [--port N] [--today ГГГГ-ММ-ДД] [--out ПАПКА] ФАЙЛ.xlsx

run      пересчёт и ежедневный запуск (по понедельникам и еженедельный) на состояние дня --today
         (по умолчанию сегодня). Пишет ПАПКА/<имя>.xlsx, ПАПКА/outbox/*.eml и краткую сводку.
         Журнал и свойства хранятся рядом с результатом: повторный запуск ничего не отправит дважды.
preview  открывает боковые панели в браузере на 127.0.0.1 с мостом google.script.run к этой книге.

Параметры:
  --today ГГГГ-ММ-ДД   день запуска (09:00 в часовом поясе таблицы)
  --out ПАПКА          куда писать результаты (по умолчанию out)
  --mode РЕЖИМ         preview — ничего не отправлять, draft — черновики, send — отправлять
  --quota N            суточная квота писем (по умолчанию 100)
  --port N             порт сервера предпросмотра (по умолчанию 8080)
  -h, --help           эта справка

Коды выхода: 0 — успех, 1 — ошибка при выполнении, 2 — неверные аргументы или входной файл.`,
  'local.error.unknownCommand': 'Неизвестная команда «{command}». Справка: account-desk --help',
  'local.error.badArguments': 'Неверные аргументы: {message}. Справка: account-desk --help',
  'local.error.noFiles': 'Не указан ни один файл .xlsx. Справка: account-desk --help',
  'local.error.badToday': '--today ждёт дату в виде ГГГГ-ММ-ДД, получено «{value}»',
  'local.error.badMode': '--mode может быть preview, draft или send, получено «{value}»',
  'local.error.badNumber': '{option} ждёт целое неотрицательное число, получено «{value}»',
  'local.error.missingFile': 'Файл не найден: {file}',
  'local.error.notXlsx': 'Это не книга .xlsx: {file}',
  'local.error.noRegister':
    'В книге {file} не найден ни один реестр (команда, загрузка, документы, факт): в первых 10 строках листа нужна строка заголовков',
  'local.error.runFailed': 'Запуск на {file} прерван: {message}. Сделанные изменения сохранены в {output}',
  'local.progress.loading': 'Открываю {file}',
  'local.progress.registers': 'Найдены реестры: {list}',
  'local.progress.calling': 'Запускаю {fn} на {day}',
  'local.progress.result': '{fn}: {result}',
  'local.progress.saved': 'Сохранено: {file}',
  'local.summary.workbook':
    '{name}: листов записано — {sheets}{sheetList}; писем в outbox — {messages}, черновиков — {drafts}; вызовов сервисов — {calls}',
  'local.summary.where': 'Результаты в {dir} (книги .xlsx, outbox/*.eml, свойства *.properties.json)',
  'local.preview.listening': 'Предпросмотр {file}: {url} (остановить — Ctrl+C)',
} as const;

export const en: Record<keyof typeof ru, string> = {
  'local.help': `account-desk — Account Desk without Google, on .xlsx exports of the spreadsheets

Usage:
  account-desk run [--today YYYY-MM-DD] [--out DIR] [--mode preview|draft|send] [--quota N] FILE.xlsx...
  account-desk preview [--port N] [--today YYYY-MM-DD] [--out DIR] FILE.xlsx

run      recalculation and the daily run (and the weekly one on Mondays) as of --today (default:
         today). Writes DIR/<name>.xlsx, DIR/outbox/*.eml and prints a short summary. The log and
         properties persist next to the output, so a second run sends nothing twice.
preview  serves the sidebars on 127.0.0.1 with a google.script.run bridge to this workbook.

Options:
  --today YYYY-MM-DD   the day of the run (09:00 in the spreadsheet's time zone)
  --out DIR            where results go (default out)
  --mode MODE          preview sends nothing, draft makes drafts, send sends
  --quota N            daily mail quota (default 100)
  --port N             port of the preview server (default 8080)
  -h, --help           this help

Exit codes: 0 success, 1 a run failed, 2 bad arguments or input file.`,
  'local.error.unknownCommand': 'Unknown command "{command}". Help: account-desk --help',
  'local.error.badArguments': 'Bad arguments: {message}. Help: account-desk --help',
  'local.error.noFiles': 'No .xlsx file given. Help: account-desk --help',
  'local.error.badToday': '--today expects a date as YYYY-MM-DD, got "{value}"',
  'local.error.badMode': '--mode must be preview, draft or send, got "{value}"',
  'local.error.badNumber': '{option} expects a whole non-negative number, got "{value}"',
  'local.error.missingFile': 'File not found: {file}',
  'local.error.notXlsx': 'Not an .xlsx workbook: {file}',
  'local.error.noRegister':
    'No register (team, load, documents, actuals) found in {file}: a sheet needs a header row within its first 10 rows',
  'local.error.runFailed': 'The run on {file} stopped: {message}. Changes made so far are saved in {output}',
  'local.progress.loading': 'Opening {file}',
  'local.progress.registers': 'Registers found: {list}',
  'local.progress.calling': 'Running {fn} as of {day}',
  'local.progress.result': '{fn}: {result}',
  'local.progress.saved': 'Saved: {file}',
  'local.summary.workbook':
    '{name}: sheets written — {sheets}{sheetList}; messages in outbox — {messages}, drafts — {drafts}; service calls — {calls}',
  'local.summary.where': 'Results in {dir} (.xlsx workbooks, outbox/*.eml, properties *.properties.json)',
  'local.preview.listening': 'Preview of {file}: {url} (stop with Ctrl+C)',
} as const;
