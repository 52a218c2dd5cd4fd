/** Text of the local runner (`account-desk`): help, progress, summary and its one-line errors. */
export const ru = {
  'local.help': `account-desk — Пульт аккаунта без Google, на выгрузке таблиц в .xlsx

Использование:
  account-desk run [--today ГГГГ-ММ-ДД] [--out ПАПКА] [--mode preview|draft|send] [--quota N] ФАЙЛ.xlsx...
  account-desk preview [--port N] [--today ГГГГ-ММ-ДД] [--out ПАПКА] ФАЙЛ.xlsx
  account-desk diagnose [--out ПАПКА] [--json] [--compare google.json] ФАЙЛ.xlsx

run      пересчёт и ежедневный запуск (по понедельникам и еженедельный) на состояние дня --today
         (по умолчанию сегодня). Пишет ПАПКА/<имя>.xlsx, ПАПКА/outbox/*.eml и краткую сводку.
         Журнал и свойства хранятся рядом с результатом: повторный запуск ничего не отправит дважды.
preview  открывает боковые панели одной книги в браузере на 127.0.0.1 с мостом google.script.run
         к ней; изменения сохраняются в ПАПКА/<имя>.xlsx.
diagnose отчёт «Диагностики» локального запуска (--json — в JSON). Ничего не записывает.
         --compare google.json — различия с отчётом из Google (код 1, если они есть).

Gmail-сборка (npm run build -- --with-gmail; запуск берёт ту сборку, что лежит в dist/):
  напоминания одного цикла уходят цепочкой (Message-ID, In-Reply-To, References в .eml),
  цепочки хранятся в ПАПКА/<имя>.properties.json. Входящие — файлы .eml, положенные в
  ПАПКА/inbox/ (ответы клиентов, автоответы, отказы доставки): следующий запуск их прочтёт.
  Вложения — файлы Диска: папка drive/ рядом с книгой, drive/<id файла>/<имя файла>.

Параметры:
  --today ДАТА         день запуска, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ (09:00 в часовом поясе таблицы)
  --out ПАПКА          куда писать результаты (по умолчанию out)
  --mode РЕЖИМ         preview — ничего не отправлять, draft — черновики, send — отправлять
  --quota N            суточная квота писем (по умолчанию 100)
  --port N             порт сервера предпросмотра (по умолчанию 8080)
  --json               diagnose: отчёт в JSON, как его копирует «Диагностика» в Google
  --compare ФАЙЛ       diagnose: сравнить с отчётом из Google (JSON)
  -h, --help           эта справка

Язык сообщений — из ACCOUNT_DESK_LANG или LANG (ru, en).
Коды выхода (для нескольких файлов — худший): 0 — успех, 1 — запуск завершился ошибкой,
2 — неверные аргументы или входной файл.`,
  'local.error.unknownCommand': 'Неизвестная команда «{command}». Справка: account-desk --help',
  'local.error.unknownOption': 'Неизвестный параметр {option}. Справка: account-desk --help',
  'local.error.unknownOptionSuggest':
    'Неизвестный параметр {option}. Может быть, {suggestion}? Справка: account-desk --help',
  'local.error.optionNotFor':
    'Параметр {option} не относится к команде {command}. Справка: account-desk --help',
  'local.error.missingValue': 'У параметра {option} нет значения: укажите его, например {example}',
  'local.error.unexpectedValue': 'Параметр {option} пишется без значения',
  'local.error.badPort': '--port ждёт номер порта от 1 до 65535, получено «{value}»',
  'local.error.portBusy':
    'Порт {port} уже занят другой программой (или недоступен). Укажите другой, например --port {next}',
  'local.error.previewOneFile':
    'preview открывает одну книгу, а указано файлов: {count}. Запустите preview для каждой книги отдельно, с разными --port',
  'local.error.unreadable':
    'Не удаётся прочитать книгу {file}: файл повреждён или обрезан. Выгрузите таблицу из Google Таблиц заново (Файл → Скачать → Microsoft Excel (.xlsx)) и запустите ещё раз',
  'local.error.bundleFailed': '{fn} завершился ошибкой',
  'local.error.crashed': 'Программа остановилась из-за внутренней ошибки: {message}',
  'local.error.fileCrashed': 'Книга {file} не обработана из-за внутренней ошибки: {message}',
  'local.error.noFiles': 'Не указан ни один файл .xlsx. Справка: account-desk --help',
  'local.error.badToday': '--today ждёт дату в виде ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, получено «{value}»',
  'local.error.badMode': '--mode может быть preview, draft или send, получено «{value}»',
  'local.error.badNumber': '{option} ждёт целое число от 0 и больше, получено «{value}»',
  'local.error.missingFile': 'Файл не найден: {file}',
  'local.error.notXlsx': 'Это не книга .xlsx: {file}',
  'local.error.noRegister':
    'В книге {file} не найден ни один реестр (команда, загрузка, документы, факт): в первых 10 строках листа нужна строка заголовков',
  'local.error.runFailed':
    'Запуск на {file} прерван: {message}. Подробности — в {log}; сделанные изменения сохранены в {output}',
  'local.progress.loading': 'Открываю {file}',
  'local.progress.registers': 'Найдены реестры: {list}',
  'local.progress.inboxUnread': 'inbox/{file} — не письмо (нет From или не разбирается): пропущено',
  'local.progress.calling': 'Запускаю {fn} на {day}',
  'local.progress.toast': '  · {message}',
  'local.progress.saved': 'Сохранено: {file}',
  'local.summary.workbook':
    '{name}: листов записано — {sheets}{sheetList}; писем в outbox — {messages}, черновиков — {drafts}; вызовов сервисов — {calls}',
  'local.outcome.failed': '{file}: запуск завершился ошибкой — {summary}',
  'local.outcome.skipped': '{file}: не обработан (см. сообщение выше)',
  'local.summary.where': 'Результаты в {dir} (книги .xlsx, outbox/*.eml, свойства *.properties.json)',
  'local.preview.listening':
    'Предпросмотр {file}: откройте {url} в браузере. Изменения сохраняются в {out}; остановить — Ctrl+C',
} as const;

export const en = {
  'local.help': `account-desk — Account Desk without Google, on .xlsx exports of the spreadsheets

Usage:
  account-desk run [--today YYYY-MM-DD] [--out DIR] [--mode preview|draft|send] [--quota N] FILE.xlsx...
  account-desk preview [--port N] [--today YYYY-MM-DD] [--out DIR] FILE.xlsx
  account-desk diagnose [--out DIR] [--json] [--compare google.json] FILE.xlsx

run      recalculation and the daily run (and the weekly one on Mondays) as of --today (default:
         today). Writes DIR/<name>.xlsx, DIR/outbox/*.eml and prints a short summary. The log and
         properties persist next to the output, so a second run sends nothing twice.
preview  serves the sidebars of one workbook on 127.0.0.1 with a google.script.run bridge to it;
         changes are saved in DIR/<name>.xlsx.
diagnose the local runtime's Diagnostics report (--json: as JSON). Writes nothing.
         --compare google.json prints the differences from Google's report (exit 1 if any).

The Gmail build (npm run build -- --with-gmail; a run uses the build in dist/):
  reminders of one cadence go as one thread (Message-ID, In-Reply-To, References in the .eml),
  threads are kept in DIR/<name>.properties.json. Incoming mail: .eml files dropped into
  DIR/inbox/ (client replies, auto-replies, delivery failures) are read by the next run.
  Attachments are Drive files: the folder drive/ beside the workbook, drive/<file id>/<file name>.

Options:
  --today DATE         the day of the run, YYYY-MM-DD or DD.MM.YYYY (09:00 in the spreadsheet's time zone)
  --out DIR            where results go (default out)
  --mode MODE          preview sends nothing, draft makes drafts, send sends
  --quota N            daily mail quota (default 100)
  --port N             port of the preview server (default 8080)
  --json               diagnose: the report as JSON, as Diagnostics copies it in Google
  --compare FILE       diagnose: compare with a report from Google (JSON)
  -h, --help           this help

The language of the messages comes from ACCOUNT_DESK_LANG or LANG (ru, en).
Exit codes (the worst of all files): 0 success, 1 a run failed, 2 bad arguments or input file.`,
  'local.error.unknownCommand': 'Unknown command "{command}". Help: account-desk --help',
  'local.error.unknownOption': 'Unknown option {option}. Help: account-desk --help',
  'local.error.unknownOptionSuggest':
    'Unknown option {option}. Did you mean {suggestion}? Help: account-desk --help',
  'local.error.optionNotFor':
    'The option {option} does not apply to the command {command}. Help: account-desk --help',
  'local.error.missingValue': 'The option {option} needs a value, for example {example}',
  'local.error.unexpectedValue': 'The option {option} takes no value',
  'local.error.badPort': '--port expects a port number from 1 to 65535, got "{value}"',
  'local.error.portBusy':
    'Port {port} is already used by another program (or not available). Choose another one, for example --port {next}',
  'local.error.previewOneFile':
    'preview opens one workbook, but {count} files were given. Start preview for each workbook separately, with different --port',
  'local.error.unreadable':
    'Cannot read the workbook {file}: the file is damaged or truncated. Download it from Google Sheets again (File → Download → Microsoft Excel (.xlsx)) and run again',
  'local.error.bundleFailed': '{fn} failed',
  'local.error.crashed': 'The program stopped on an internal error: {message}',
  'local.error.fileCrashed': 'The workbook {file} was not processed because of an internal error: {message}',
  'local.error.noFiles': 'No .xlsx file given. Help: account-desk --help',
  'local.error.badToday': '--today expects a date as YYYY-MM-DD or DD.MM.YYYY, got "{value}"',
  'local.error.badMode': '--mode must be preview, draft or send, got "{value}"',
  'local.error.badNumber': '{option} expects a whole number, 0 or more, got "{value}"',
  'local.error.missingFile': 'File not found: {file}',
  'local.error.notXlsx': 'Not an .xlsx workbook: {file}',
  'local.error.noRegister':
    'No register (team, load, documents, actuals) found in {file}: a sheet needs a header row within its first 10 rows',
  'local.error.runFailed':
    'The run on {file} stopped: {message}. Details are in {log}; changes made so far are saved in {output}',
  'local.progress.loading': 'Opening {file}',
  'local.progress.registers': 'Registers found: {list}',
  'local.progress.inboxUnread': 'inbox/{file} is not a message (no From, or unreadable): left out',
  'local.progress.calling': 'Running {fn} as of {day}',
  'local.progress.toast': '  · {message}',
  'local.progress.saved': 'Saved: {file}',
  'local.summary.workbook':
    '{name}: sheets written — {sheets}{sheetList}; messages in outbox — {messages}, drafts — {drafts}; service calls — {calls}',
  'local.outcome.failed': '{file}: the run failed — {summary}',
  'local.outcome.skipped': '{file}: not processed (see the message above)',
  'local.summary.where': 'Results in {dir} (.xlsx workbooks, outbox/*.eml, properties *.properties.json)',
  'local.preview.listening':
    'Preview of {file}: open {url} in a browser. Changes are saved in {out}; stop with Ctrl+C',
} as const satisfies Record<keyof typeof ru, string>;
