/**
 * The layer rules of docs/architecture.md hold because the lint refuses a wrong import: each case
 * lints one line as if it were written in a file of that layer, through the project's own config.
 * ESLint loads its config as an ES module, which jest's module system cannot, so one child Node
 * lints every case.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const RULE = '@typescript-eslint/no-restricted-imports';

const LINT_CASES = `
  import { ESLint } from 'eslint';
  const cases = JSON.parse(process.argv[1]);
  const eslint = new ESLint();
  const refusals = [];
  for (const [file, line] of cases) {
    const [result] = await eslint.lintText(line + '\\nexport const used = [probe];\\n', { filePath: file });
    refusals.push(result.messages.filter((m) => m.ruleId === ${JSON.stringify(RULE)}).map((m) => m.message));
  }
  console.log(JSON.stringify(refusals));
`;

/** The rule's messages for each `[file, line]`, in order. */
function lint(cases: [file: string, line: string][]): string[][] {
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', LINT_CASES, JSON.stringify(cases)],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[][];
}

const REFUSED: [file: string, line: string][] = [
  ['src/core/calendar.ts', "import type { AppEnv as probe } from './../app/ports';"],
  ['src/core/calendar.ts', "import type { AppEnv as probe } from '../app/ports';"],
  ['src/core/documents/state.ts', "import { createGasEnv as probe } from '../../gas/env';"],
  ['src/core/i18n/messages/ui.ts', "import { readFileSync as probe } from 'node:fs';"],
  ['src/core/cells/text.ts', "import probe from 'exceljs';"],
  ['src/app/recalculate.ts', "import { createGasEnv as probe } from '../gas/env';"],
  ['src/app/forms/addDocument.ts', "import type { LocalRuntime as probe } from '../../local/runtime';"],
  ['src/app/reminders/sendRun.ts', "import type * as probe from '../../entry/index';"],
  ['src/gas/services.ts', "import { recalculate as probe } from '../app/recalculate';"],
  ['src/gas/mailer.ts', "import type { LocalRuntime as probe } from '../local/runtime';"],
  ['src/entry/index.ts', "import { createLocalRuntime as probe } from '../local/runtime';"],
  ['src/ui/settings/main.ts', "import { recalculate as probe } from '../../app/recalculate';"],
  ['src/ui/shared/page.ts', "import { createGasEnv as probe } from '../../gas/env';"],
  ['src/ui/shared/page.ts', "import { t as probe } from '../../core/i18n';"],
  ['src/ui/dashboard/main.ts', "import { UI as probe } from '../../core/i18n/messages/ui';"],
  ['src/ui/help/main.ts', "import probe from 'exceljs';"],
  ['src/local/mail.ts', "import { recalculate as probe } from '../app/recalculate';"],
  ['src/local/spreadsheet/sheet.ts', "import { GasWorkbook as probe } from '../../gas/workbook';"],
  ['src/local/spreadsheet/sheet.ts', "import type * as probe from '../../entry/index';"],
];

const ALLOWED: [file: string, line: string][] = [
  ['src/core/cells/emails.ts', "import { toASCII as probe } from 'punycode/punycode.js';"],
  ['src/core/documents/state.ts', "import { todayOf as probe } from '../calendar';"],
  ['src/app/recalculate.ts', "import type { AppEnv as probe } from './ports';"],
  ['src/app/forms/addDocument.ts', "import { parseCell as probe } from '../../core/cells';"],
  ['src/gas/workbook.ts', "import type { Workbook as probe } from '../app/ports';"],
  ['src/gas/workbook.ts', "import { UserError as probe } from '../core/errors';"],
  ['src/entry/index.ts', "import { createGasEnv as probe } from '../gas/env';"],
  ['src/entry/index.ts', "import { recalculate as probe } from '../app/recalculate';"],
  ['src/ui/shared/server.ts', "import type * as probe from '../../entry/index';"],
  [
    'src/ui/reminders/main.ts',
    "import type { ReminderPreview as probe } from '../../app/reminders/useCases';",
  ],
  ['src/ui/dashboard/main.ts', "import type { UiKey as probe } from '../../core/i18n/messages/ui';"],
  ['src/ui/shared/page.ts', "import { fill as probe } from '../../core/i18n/translate';"],
  ['src/local/spreadsheet/sheet.ts', "import probe from 'exceljs';"],
  ['src/local/time.ts', "import { wallClockOf as probe } from '../core/calendar';"],
  // A sub-folder that happens to share a layer's name is not that layer.
  ['src/local/spreadsheet/sheet.ts', "import { probe } from '../app/helpers';"],
];

describe('the layer rules', () => {
  let refusals: string[][] = [];
  beforeAll(() => {
    refusals = lint([...REFUSED, ...ALLOWED]);
  }, 60_000);

  it.each(REFUSED.map((testCase, index) => [...testCase, index] as const))(
    'refuse in %s: %s',
    (_file, _line, index) => {
      expect(refusals[index]).toHaveLength(1);
      expect(refusals[index][0]).toContain('docs/architecture.md');
    },
  );

  it.each(ALLOWED.map((testCase, index) => [...testCase, REFUSED.length + index] as const))(
    'allow in %s: %s',
    (_file, _line, index) => {
      expect(refusals[index]).toEqual([]);
    },
  );
});
