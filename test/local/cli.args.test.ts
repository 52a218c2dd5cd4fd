/**
 * The command line as a user types it, on the real CLI in a child process: argument mistakes
 * are sentences in the user's language, `--today` takes the Russian date form, and with an
 * English locale every line is English, the add-on's own lines included, each said once.
 */
import { createServer, type Server } from 'node:net';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startCli } from './cli.child';
import { writeAgencyWorkbook } from '../ui/harness';

const dir = mkdtempSync(join(tmpdir(), 'account-desk-cli-args-'));
const agency = join(dir, 'agency.xlsx');
const EN = { LANG: 'en_US.UTF-8' };
const RU = { LANG: 'ru_RU.UTF-8' };

beforeAll(async () => {
  await writeAgencyWorkbook(agency);
});

describe('account-desk argument errors', () => {
  it.each([
    [['run', '--quota', '-5', agency], EN, '--quota expects a whole number, 0 or more, got "-5"'],
    [['run', '--quota', '-5', agency], RU, '--quota ждёт целое число от 0 и больше, получено «-5»'],
    [
      ['run', '--todya', '2026-12-07', agency],
      EN,
      'Unknown option --todya. Did you mean --today? Help: account-desk --help',
    ],
    [
      ['run', '--todya', '2026-12-07', agency],
      RU,
      'Неизвестный параметр --todya. Может быть, --today? Справка: account-desk --help',
    ],
    [['run', '--loud', agency], EN, 'Unknown option --loud. Help: account-desk --help'],
    [['preview', '--port', '99999', agency], EN, '--port expects a port number from 1 to 65535, got "99999"'],
    [['preview', '--port', '99999', agency], RU, '--port ждёт номер порта от 1 до 65535, получено «99999»'],
    [
      ['run', '--port', '8080', agency],
      EN,
      'The option --port does not apply to the command run. Help: account-desk --help',
    ],
    [['run', agency, '--today'], EN, 'The option --today needs a value, for example --today 2026-12-07'],
    [
      ['run', '--today', '31.02.2026', agency],
      EN,
      '--today expects a date as YYYY-MM-DD or DD.MM.YYYY, got "31.02.2026"',
    ],
    [
      ['preview', agency, agency],
      EN,
      'preview opens one workbook, but 2 files were given. Start preview for each workbook separately, with different --port',
    ],
  ])('%j (%j) exits 2 with one sentence', (args, env, message) => {
    const result = runCli(args, env, dir);
    expect(result.err).toEqual([message]);
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
  });

  it('refuses a busy port with a hint to use --port, before writing anything', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as { port: number };
    try {
      const outDir = join(dir, 'busy-out');
      const result = runCli(['preview', '--port', String(port), '--out', outDir, agency], EN, dir);
      expect(result.err).toEqual([
        `Port ${port} is already used by another program (or not available). Choose another one, for example --port ${port + 1}`,
      ]);
      expect(result.code).toBe(2);
      expect(existsSync(join(outDir, 'agency.xlsx'))).toBe(false);
    } finally {
      busy.close();
    }
  });

  it('serves preview on the given port and says where to open it and where changes go', async () => {
    const probe: Server = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const outDir = join(dir, 'preview-out');
    const started = await startCli(
      ['preview', '--port', String(port), '--out', outDir, agency],
      EN,
      dir,
      /stop with Ctrl\+C/,
    );
    try {
      expect(started.err).toEqual([]);
      expect(started.out).toEqual([
        `Preview of ${agency}: open http://127.0.0.1:${port}/ in a browser. Changes are saved in preview-out; stop with Ctrl+C`,
      ]);
      expect((await fetch(`http://127.0.0.1:${port}/dashboard`)).status).toBe(200);
    } finally {
      await started.stop();
    }
  });
});

describe('account-desk run speaks the user language', () => {
  /** Sheet names are the workbook's data, not the program's text. */
  const SHEET_NAMES = [
    'Сводка загрузки',
    'Шаблоны писем',
    'Дебиторка',
    'Документы',
    'Загрузка',
    'Команда',
    'Журнал',
  ];
  const withoutData = (line: string) => SHEET_NAMES.reduce((text, name) => text.split(name).join(''), line);

  it('prints every line in English under an English locale, each result once', () => {
    const outDir = join(dir, 'en-out');
    const result = runCli(['run', '--today', '07.12.2026', '--out', outDir, agency], EN, dir);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out.map(withoutData).filter((line) => /[А-Яа-яЁё]/.test(line))).toEqual([]);
    // 07.12.2026 is read as 7 December 2026.
    expect(result.out).toContain('Running dailyRun as of 2026-12-07');
    expect(result.out.filter((line) => /Recalculated: 2 people/.test(line))).toHaveLength(1);
    expect(result.out.filter((line) => /Preview: nothing was sent/.test(line))).toHaveLength(1);
    const repeated = result.out.filter((line, i) => result.out.indexOf(line) !== i);
    expect(repeated).toEqual([]);
  });

  it('prints the same run in Russian under a Russian locale', () => {
    const outDir = join(dir, 'ru-out');
    const result = runCli(['run', '--today', '2026-12-07', '--out', outDir, agency], RU, dir);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Запускаю dailyRun на 2026-12-07');
    expect(result.out.filter((line) => /Предпросмотр: ничего не отправлено/.test(line))).toHaveLength(1);
  });
});
