/**
 * What `Range.getDisplayValues()` shows for a cell: the value rendered with its
 * number format in the spreadsheet's locale (ru: `1 234,50`, dates `dd.MM.yyyy`).
 * Covers the formats agencies use — General, fixed decimals, thousands,
 * percent, currency literals, dates and times — not the whole Excel grammar.
 */
import { MONTHS_EN } from '../../../core/calendar';
import type { LocaleSymbols } from './locale';

/** Quoted text, escaped characters and `[$₽-419]` currency blocks → literal text; colours dropped. */
function literals(section: string): string {
  return section
    .replace(/\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]/g, (_m, sym: string) => `"${sym}"`)
    .replace(/\[[^\]]*\]/g, '');
}

function isDateSection(section: string): boolean {
  const bare = section.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[dmyhs]/i.test(bare) && !/[0#?]/.test(bare.replace(/s+\.0+/gi, ''));
}

/** Whether an xlsx number format renders dates. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return isDateSection(literals(format.split(';')[0]));
}

function groupDigits(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

function formatNumberSection(value: number, section: string, symbols: LocaleSymbols): string {
  let text = literals(section);
  const percent = (text.match(/%/g) ?? []).length;
  let n = value * Math.pow(100, percent);
  // The numeric part: the first run of 0 # ? , . characters.
  const match = /[0#?][0#?,.\u00a0 ]*|\.[0#?]+/.exec(
    text.replace(/"[^"]*"/g, (q) => '\u0001'.repeat(q.length)),
  );
  if (!match) return text.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const numeric = text.slice(match.index, match.index + match[0].length).trimEnd();
  const [intPart, fracPart = ''] = numeric.split('.');
  const scaleCommas = /,+$/.exec(intPart)?.[0].length ?? 0;
  n /= Math.pow(1000, scaleCommas);
  const decimals = (fracPart.match(/[0#?]/g) ?? []).length;
  const minDecimals = (fracPart.match(/0/g) ?? []).length;
  const grouped = /[0#?],[0#?]/.test(intPart);
  const minInt = (intPart.match(/0/g) ?? []).length;
  const abs = Math.abs(n);
  let [whole, frac = ''] = abs.toFixed(decimals).split('.');
  frac = frac.replace(/0+$/, '').padEnd(minDecimals, '0');
  if (whole === '0' && minInt === 0) whole = '';
  whole = whole.padStart(minInt, '0');
  if (grouped) whole = groupDigits(whole, symbols.group);
  const rendered = frac ? `${whole}${symbols.decimal}${frac}` : whole;
  text = text.slice(0, match.index) + '\u0002' + text.slice(match.index + numeric.length);
  const out = text
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/[_*]./g, ' ');
  return out.replace('\u0002', rendered);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

const MONTHS_RU = [
  'янв.',
  'февр.',
  'мар.',
  'апр.',
  'мая',
  'июн.',
  'июл.',
  'авг.',
  'сент.',
  'окт.',
  'нояб.',
  'дек.',
];
const MONTHS_EN_SHORT = MONTHS_EN.map((name) => name.slice(0, 3));

/** Renders a wall-clock time (UTC fields = local fields) with an xlsx date format. */
export function formatWallClock(wall: Date, format: string, symbols: LocaleSymbols): string {
  const text = literals(format.split(';')[0]);
  const tokens = text.match(/"[^"]*"|\\.|y+|m+|d+|h+|s+(?:\.0+)?|am\/pm|a\/p|./gi) ?? [];
  const hasAmPm = tokens.some((token) => /^(am\/pm|a\/p)$/i.test(token));
  const ru = symbols.decimal === ',';
  let out = '';
  tokens.forEach((token, i) => {
    const lower = token.toLowerCase();
    const prev =
      tokens
        .slice(0, i)
        .reverse()
        .find((t) => /^[hmsdy]/i.test(t))
        ?.toLowerCase() ?? '';
    const next =
      tokens
        .slice(i + 1)
        .find((t) => /^[hmsdy]/i.test(t))
        ?.toLowerCase() ?? '';
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith('\\')) out += token.slice(1);
    else if (lower.startsWith('y'))
      out += lower.length <= 2 ? pad2(wall.getUTCFullYear() % 100) : String(wall.getUTCFullYear());
    else if (lower.startsWith('m') && (prev.startsWith('h') || next.startsWith('s')))
      out += lower.length === 1 ? String(wall.getUTCMinutes()) : pad2(wall.getUTCMinutes());
    else if (lower.startsWith('m')) {
      const month = wall.getUTCMonth();
      if (lower.length >= 3) out += (ru ? MONTHS_RU : MONTHS_EN_SHORT)[month];
      else out += lower.length === 2 ? pad2(month + 1) : String(month + 1);
    } else if (lower.startsWith('d')) {
      if (lower.length >= 3) out += wall.toUTCString().slice(0, 3);
      else out += lower.length === 2 ? pad2(wall.getUTCDate()) : String(wall.getUTCDate());
    } else if (lower.startsWith('h')) {
      const hours = hasAmPm ? wall.getUTCHours() % 12 || 12 : wall.getUTCHours();
      out += lower.length === 1 ? String(hours) : pad2(hours);
    } else if (lower.startsWith('s')) out += pad2(wall.getUTCSeconds());
    else if (lower === 'am/pm') out += wall.getUTCHours() < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += wall.getUTCHours() < 12 ? 'A' : 'P';
    else out += token;
  });
  return out;
}

/** Sheets' General: up to 10 significant digits, no grouping. */
function formatGeneral(value: number, symbols: LocaleSymbols): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const text = String(Number(value.toPrecision(10)));
  return text.replace('.', symbols.decimal);
}

export function formatNumber(value: number, format: string | undefined, symbols: LocaleSymbols): string {
  if (!format || format === 'General' || format === '@') return formatGeneral(value, symbols);
  const sections = format.split(';');
  let section = sections[0];
  let n = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    n = -value;
  } else if (value === 0 && sections.length > 2) section = sections[2];
  const body = formatNumberSection(n, section, symbols);
  return n < 0 && body !== '' ? `-${body}` : body;
}
