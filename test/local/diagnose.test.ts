/**
 * `account-desk diagnose` as a user runs it (a child process on the built
 * runner): it prints the local runtime's Diagnostics report, as text or JSON,
 * compares it with a report copied from Google, and writes nothing — neither
 * the input workbook nor the output of an earlier `run` changes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DiagnosticsReport } from '../../src/core/diagnostics/report';
import { parseCommandLine } from '../../src/local/runner/cli/args';
import { ROOT } from '../support/bundle';

const dir = mkdtempSync(join(tmpdir(), 'account-desk-diagnose-'));
const input = join(dir, 'agency.xlsx');
const outDir = join(dir, 'out');

function cli(args: string[], lang = 'ru') {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'account-desk.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ACCOUNT_DESK_LANG: lang },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Every file of a folder with its content hash: what "nothing changed" means. */
function fingerprint(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path, createHash('sha256').update(readFileSync(path)).digest('hex')];
      }),
  );
}

let before: Record<string, string>;
let report: DiagnosticsReport;

beforeAll(() => {
  copyFileSync(join(ROOT, 'examples', 'agency.xlsx'), input);
  const run = cli(['run', '--today', '2026-12-07', '--out', outDir, input]);
  expect(run.code).toBe(0);
  before = fingerprint(dir);
  const json = cli(['diagnose', '--json', '--out', outDir, input]);
  expect(json).toMatchObject({ code: 0, err: '' });
  report = JSON.parse(json.out) as DiagnosticsReport;
}, 120_000);

describe('account-desk diagnose', () => {
  it('prints the report as JSON with every group of checks, the temporary sheet removed', () => {
    expect(report.format).toBe('account-desk-diagnostics/1');
    expect(report.compared).toMatchObject({ timeZone: 'Europe/Moscow', locale: 'ru_RU' });
    expect(new Set(report.compared.checks.map((check) => check.group))).toEqual(
      new Set(['grid', 'text', 'date', 'lock', 'properties', 'cleanup']),
    );
    expect(report.compared.checks.find((check) => check.id === 'cleanup.scratchSheet')).toMatchObject({
      status: 'ok',
    });
  });

  it("holds Google's grid rules on the local runtime: the out-of-grid error and the cell limit", () => {
    const grid = report.compared.checks.filter((check) => check.group === 'grid');
    expect(grid.filter((check) => check.status !== 'ok')).toEqual([]);
    expect(report.notCompared.errors['grid.pastLastRow']).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('leaves the input workbook and the output of the earlier run exactly as they were', () => {
    cli(['diagnose', '--out', outDir, input]);
    expect(fingerprint(dir)).toEqual(before);
  });

  it('prints a readable report in the language of the terminal', () => {
    const ru = cli(['diagnose', '--out', outDir, input]);
    expect(ru.code).toBe(0);
    expect(ru.out).toMatch(/^Диагностика\nВ порядке: \d+\. Не пройдено: \d+\. Наблюдений: \d+\./);
    expect(ru.out).toContain('✓ Временный лист удалён');
    expect(ru.out).toContain('· «0012» — Записано без формата: 12 (число');
    const en = cli(['diagnose', '--out', outDir, input], 'en');
    expect(en.out).toMatch(/^Diagnostics\nPassed: \d+/);
    expect(en.out).toContain('Environment (not compared)');
  });

  it('compares with a report from Google: equal reports agree, a different one is listed and exits 1', () => {
    const same = join(dir, 'google-same.json');
    writeFileSync(same, JSON.stringify({ ...report, notCompared: { ...report.notCompared, ranAt: 'x' } }));
    expect(cli(['diagnose', '--out', outDir, '--compare', same, input])).toMatchObject({
      code: 0,
      out: 'Отчёты совпадают: локальный запуск ведёт себя как Google.\n',
    });

    const google = structuredClone(report);
    const plain = google.compared.checks.find(
      (check) => check.id === 'text.plainWrite' && check.input === '0012',
    )!;
    plain.actual = { type: 'string', value: '0012', display: '0012', format: 'General' };
    const different = join(dir, 'google-different.json');
    writeFileSync(different, JSON.stringify(google));
    const compared = cli(['diagnose', '--out', outDir, '--compare', different, input]);
    expect(compared.code).toBe(1);
    expect(compared.out).toContain('Различий: 3.');
    expect(compared.out).toContain(
      'text.plainWrite "0012".actual.type: локально "number", в Google "string"',
    );
  });

  it('refuses a compare file that is not a report, and a missing workbook, with exit code 2', () => {
    const junk = join(dir, 'junk.json');
    writeFileSync(junk, '{"hello": 1}');
    expect(cli(['diagnose', '--compare', junk, input])).toMatchObject({
      code: 2,
      err: `Это не отчёт «Диагностики» в JSON: ${junk}\n`,
    });
    expect(cli(['diagnose', join(dir, 'nowhere.xlsx')]).code).toBe(2);
  });

  it('reads its options, and refuses them for the other commands', () => {
    expect(
      parseCommandLine(['diagnose', '--json', '--compare', 'g.json', '--out', 'o', 'a.xlsx']),
    ).toMatchObject({
      command: 'diagnose',
      json: true,
      compare: 'g.json',
      out: 'o',
      files: ['a.xlsx'],
    });
    expect(() => parseCommandLine(['run', '--json', 'a.xlsx'])).toThrow(
      expect.objectContaining({ key: 'local.error.optionNotFor' }),
    );
    expect(() => parseCommandLine(['diagnose', '--today', '2026-12-07', 'a.xlsx'])).toThrow(
      expect.objectContaining({ key: 'local.error.optionNotFor' }),
    );
  });
});
