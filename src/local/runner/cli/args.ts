/**
 * The command line of `account-desk`, read into typed options. Every mistake becomes an
 * `InputError` whose message is a sentence in the user's language (never the parser's own
 * English text): an unknown option with the closest known one, a missing value, a value out
 * of range, an option of another command.
 */
import { parseArgs } from 'node:util';
import type { SendMode } from '../../../core/settings';
import { isCalendarDay } from '../clock';
import { InputError } from './inputError';

type OptionName = 'today' | 'out' | 'mode' | 'quota' | 'port' | 'compare' | 'json' | 'help';

const STRING_OPTIONS: readonly OptionName[] = ['today', 'out', 'mode', 'quota', 'port', 'compare'];

/** Which options each command takes. */
export const COMMAND_OPTIONS: Record<string, readonly OptionName[]> = {
  run: ['today', 'out', 'mode', 'quota'],
  preview: ['today', 'out', 'port'],
  diagnose: ['out', 'json', 'compare'],
};

/** An example value for each option, shown when its value is missing. */
const EXAMPLES: Record<OptionName, string> = {
  today: '--today 2026-12-07',
  out: '--out out',
  mode: '--mode preview',
  quota: '--quota 100',
  port: '--port 8080',
  compare: '--compare google.json',
  json: '--json',
  help: '--help',
};

export interface CommandLine {
  command?: string;
  files: string[];
  help: boolean;
  today?: string;
  out?: string;
  mode?: SendMode;
  quota?: number;
  port?: number;
  /** diagnose: print the report as JSON. */
  json?: boolean;
  /** diagnose: the report copied from Google, to compare with. */
  compare?: string;
}

/** Edit distance, for suggesting the option the user meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function suggestionFor(name: string, known: readonly string[]): string | undefined {
  const best = known
    .map((candidate) => ({ candidate, score: distance(name, candidate) }))
    .sort((x, y) => x.score - y.score)[0];
  // Up to two edits (a swapped pair of letters: --todya), and fewer than half the name's letters.
  return best && best.score <= 2 && best.score < best.candidate.length / 2
    ? `--${best.candidate}`
    : undefined;
}

/** `YYYY-MM-DD` or `DD.MM.YYYY`, as a calendar day `YYYY-MM-DD`. */
export function parseDay(value: string): string | undefined {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
  const day = dotted
    ? `${dotted[3]}-${dotted[2].padStart(2, '0')}-${dotted[1].padStart(2, '0')}`
    : value.trim();
  return isCalendarDay(day) ? day : undefined;
}

function wholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new InputError('local.error.badNumber', { option, value });
  return Number(value);
}

function port(value: string): number {
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(number >= 1 && number <= 65535)) throw new InputError('local.error.badPort', { value });
  return number;
}

/** Reads argv (without `node` and the script); throws `InputError` with a sentence for any mistake. */
export function parseCommandLine(argv: string[]): CommandLine {
  const { tokens } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: {
      ...Object.fromEntries(STRING_OPTIONS.map((name) => [name, { type: 'string' as const }])),
      help: { type: 'boolean', short: 'h' },
      json: { type: 'boolean' },
    },
  });
  const positionals = tokens.filter((token) => token.kind === 'positional').map((token) => token.value);
  const [command, ...files] = positionals;
  const allowed = command && COMMAND_OPTIONS[command] ? COMMAND_OPTIONS[command] : STRING_OPTIONS;
  const line: CommandLine = { command, files, help: false };

  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const name = token.name as OptionName;
    const option = token.rawName;
    if (name === 'help') {
      if (token.value !== undefined) throw new InputError('local.error.unexpectedValue', { option });
      line.help = true;
      continue;
    }
    if (name === 'json') {
      if (token.value !== undefined) throw new InputError('local.error.unexpectedValue', { option });
      if (command && COMMAND_OPTIONS[command] && !allowed.includes(name))
        throw new InputError('local.error.optionNotFor', { option, command });
      line.json = true;
      continue;
    }
    if (!STRING_OPTIONS.includes(name)) {
      const suggestion = token.rawName.startsWith('--') ? suggestionFor(token.name, allowed) : undefined;
      throw suggestion
        ? new InputError('local.error.unknownOptionSuggest', { option, suggestion })
        : new InputError('local.error.unknownOption', { option });
    }
    if (command && COMMAND_OPTIONS[command] && !allowed.includes(name))
      throw new InputError('local.error.optionNotFor', { option, command });
    const value = token.value;
    if (value === undefined || value === '')
      throw new InputError('local.error.missingValue', { option, example: EXAMPLES[name] });
    if (name === 'today') {
      const day = parseDay(value);
      if (!day) throw new InputError('local.error.badToday', { value });
      line.today = day;
    } else if (name === 'mode') {
      if (!['preview', 'draft', 'send'].includes(value))
        throw new InputError('local.error.badMode', { value });
      line.mode = value as SendMode;
    } else if (name === 'quota') line.quota = wholeNumber(option, value);
    else if (name === 'port') line.port = port(value);
    else if (name === 'compare') line.compare = value;
    else line.out = value;
  }
  return line;
}
