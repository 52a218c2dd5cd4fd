/**
 * Rows of the documents register → `DocumentRecord`s. Each unreadable cell
 * becomes a problem with its address and is otherwise ignored: nothing is
 * guessed. Rows with no mapped cell filled are skipped.
 */
import { a1, errorValueOf, isBlank, parseDay, parseEmails, parseMoney, rawText } from '../cells';
import type { DateContext } from '../cells';
import type { RegisterMapping } from '../registers/types';
import type { CalendarDay, CellValue, Grid, MinorUnits } from '../types';
import { memoised } from '../memo';
import { dueDateOf, parsePaymentTerm, type TermUnit } from '../calendar/terms';
import { RUSSIAN_CALENDAR, type WorkCalendar } from '../calendar/workdays';
import { directoryEntry, type ClientDirectory } from './directory';
import { resolveManagerEmail, type ManagerDirectory } from './managers';
import { parseLink } from './link';
import { isPausedOn, parsePause } from './pause';
import {
  DEFAULT_CURRENCY,
  type DocumentField,
  type DocumentProblem,
  type DocumentProblemCode,
  type DocumentRecord,
} from './types';
import { directionOf, documentStatusOf, documentTypeOf, originalsOf } from './vocabulary';

export interface ReadContext {
  /** The spreadsheet's time zone: Date cells become calendar days in it. */
  timeZone: string;
  today: CalendarDay;
  managers: ManagerDirectory;
  /** Working days for terms like `5 раб. дн.`; Russia's production calendar when not given. */
  calendar?: WorkCalendar;
  /** The unit of a plain number of days in `Отсрочка` (a setting); calendar days when not given. */
  termUnit?: TermUnit;
  /** The `Клиенты` directory: defaults for the cells a row leaves empty. */
  directory?: ClientDirectory;
  /** Gmail build: client addresses whose mail bounced (lower case): a row that names one is flagged. */
  bounced?: ReadonlySet<string>;
}

/** The ISO code a currency cell names (`₽`, `руб.`, `USD`, `$`), upper-cased text otherwise. */
function currencyOf(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const parsed = parseMoney(`1 ${trimmed}`);
  if (parsed.ok && parsed.value?.currency) return parsed.value.currency;
  return trimmed.toUpperCase();
}

/** A line break shown on one line, so a problem sentence stays one line too. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ⏎ ');
}

/**
 * The cell parsers of one read, remembering what they made of each text: a register repeats its
 * amounts, dates and addresses in thousands of rows. Their answers are shared, never changed.
 */
interface CellParsers {
  day: (value: CellValue) => ReturnType<typeof parseDay>;
  money: (value: CellValue) => ReturnType<typeof parseMoney>;
  emails: (value: CellValue) => ReturnType<typeof parseEmails>;
}

function cellParsers(dates: DateContext): CellParsers {
  const byText = <R>(parse: (value: CellValue) => R): ((value: CellValue) => R) => {
    const known = memoised((text: string) => parse(text), 8192);
    return (value) => (typeof value === 'string' ? known(value) : parse(value));
  };
  return {
    day: byText((value) => parseDay(value, dates)),
    money: byText(parseMoney),
    emails: byText(parseEmails),
  };
}

class RowReader {
  readonly problems: DocumentProblem[] = [];
  /** Fields whose cell holds a formula error: reported once, then read as empty. */
  private readonly errors = new Set<DocumentField>();

  constructor(
    private readonly grid: Grid,
    private readonly mapping: RegisterMapping<'documents'>,
    private readonly row: number,
    private readonly parse: CellParsers,
  ) {
    for (const field of Object.keys(mapping.columns) as DocumentField[]) {
      const error = errorValueOf(this.rawValue(field));
      if (error === null) continue;
      this.problem('errorValue', field, error);
      this.errors.add(field);
    }
  }

  col(field: DocumentField): number | undefined {
    return this.mapping.columns[field];
  }

  private rawValue(field: DocumentField): CellValue {
    const col = this.col(field);
    return col === undefined ? '' : (this.grid.values[this.row]?.[col] ?? '');
  }

  value(field: DocumentField): CellValue {
    return this.errors.has(field) ? '' : this.rawValue(field);
  }

  /** What the user sees in the cell, for messages and text fields. */
  text(field: DocumentField): string {
    const col = this.col(field);
    if (col === undefined || this.errors.has(field)) return '';
    const display = this.grid.display[this.row]?.[col];
    if (display !== undefined && display !== '') return display.trim();
    return rawText(this.value(field));
  }

  /** A text field that must fit on one line (it reaches email subjects). */
  line(field: DocumentField): string {
    const text = this.text(field);
    if (/[\r\n\u2028\u2029]/.test(text)) this.problem('lineBreak', field, oneLine(text));
    return text;
  }

  problem(code: DocumentProblemCode, field: DocumentField, raw?: string): void {
    const col = this.col(field);
    this.problems.push({
      code,
      field,
      cell: col === undefined ? '' : a1(this.row, col),
      raw: raw ?? oneLine(this.text(field)),
    });
  }

  day(field: DocumentField): CalendarDay | null {
    const parsed = this.parse.day(this.value(field));
    if (parsed.ok) return parsed.value;
    this.problem('badDate', field);
    return null;
  }

  money(field: DocumentField): { minor: MinorUnits; currency: string | null } | null {
    const parsed = this.parse.money(this.value(field));
    if (!parsed.ok) {
      this.problem('badAmount', field);
      return null;
    }
    if (parsed.value && parsed.value.minor < 0) this.problem('negativeAmount', field);
    return parsed.value;
  }

  /** An amount that names a currency other than the row's `Валюта` cannot be summed or mailed. */
  checkCurrency(field: DocumentField, money: { currency: string | null } | null, currency: string): void {
    if (money?.currency && money.currency !== currency) this.problem('currencyMismatch', field);
  }

  isEmpty(): boolean {
    return Object.values(this.mapping.columns).every((col) => {
      const value = this.grid.values[this.row]?.[col as number];
      return value === undefined || isBlank(value);
    });
  }
}

/** What every row is read with: the date context and the manager cell's address. */
interface RowContext {
  parse: CellParsers;
  managerEmailOf: (cell: string) => string | null;
  calendar: WorkCalendar;
  termUnit?: TermUnit;
  directory?: ClientDirectory;
  today: CalendarDay;
  timeZone: string;
  bounced?: ReadonlySet<string>;
}

function readRow(
  grid: Grid,
  mapping: RegisterMapping<'documents'>,
  row: number,
  ctx: RowContext,
): DocumentRecord | null {
  const reader = new RowReader(grid, mapping, row, ctx.parse);
  if (reader.isEmpty()) return null;

  const typeText = reader.text('type');
  const type = documentTypeOf(typeText);
  if (type === null && !reader.problems.some((problem) => problem.field === 'type'))
    reader.problem(typeText === '' ? 'noType' : 'unknownType', 'type');
  const number = reader.line('number');
  const counterparty = reader.line('counterparty');

  const date = reader.day('date');
  const amount = reader.money('amount');
  const paid = reader.money('paidAmount');
  const currencyCell = currencyOf(reader.text('currency'));
  const currency = currencyCell ?? amount?.currency ?? DEFAULT_CURRENCY;
  reader.checkCurrency('amount', amount, currency);
  reader.checkCurrency('paidAmount', paid, currency);

  let dueDate = reader.day('dueDate');
  const dueCellEmpty = isBlank(reader.value('dueDate'));
  // The directory fills only what the row leaves empty: a row's own value always wins.
  const client = ctx.directory ? directoryEntry(ctx.directory, counterparty) : null;
  const deferral = parsePaymentTerm(reader.value('deferralDays'), ctx.termUnit);
  const term = deferral.ok ? (deferral.value ?? client?.term ?? null) : null;
  if (!deferral.ok) {
    reader.problem('badDeferral', 'deferralDays');
  } else if (dueDate === null && dueCellEmpty && term !== null && date !== null) {
    dueDate = dueDateOf(date, term, ctx.calendar);
  }

  const emails = ctx.parse.emails(reader.value('clientEmail'));
  if (!emails.ok) reader.problem('badEmail', 'clientEmail');
  const ownEmails = emails.ok ? emails.value : [];
  const pauseCell = parsePause(reader.value('pause'), { timeZone: ctx.timeZone, referenceDay: ctx.today });
  if (!pauseCell.ok) reader.problem(pauseCell.problem.code === 'notDate' ? 'badDate' : 'badFlag', 'pause');
  const ownPause = pauseCell.ok && (pauseCell.value.open || pauseCell.value.until !== null);
  const pause = ownPause && pauseCell.ok ? pauseCell.value : (client?.pause ?? { open: false, until: null });

  const clientEmails = emails.ok && ownEmails.length === 0 && client ? client.emails : ownEmails;
  // An address the mail came back from is a data problem of the row: nothing goes to it until fixed.
  for (const address of clientEmails)
    if (ctx.bounced?.has(address.toLowerCase())) reader.problem('bouncedEmail', 'clientEmail', address);

  const link = parseLink(reader.text('link'));
  if (!link.ok) reader.problem('badLink', 'link');
  const manager = reader.text('manager') || (client?.manager ?? '');
  const contractText = reader.text('contract');
  return {
    row,
    sheet: grid.sheet,
    type,
    typeText,
    number,
    counterparty,
    direction: directionOf(reader.text('direction')),
    contract: contractText === '' && type === 'contract' ? number : contractText,
    date,
    amount: amount?.minor ?? null,
    currency,
    dueDate,
    paidDate: reader.day('paidDate'),
    paidAmount: paid?.minor ?? null,
    status: documentStatusOf(reader.text('status')),
    originals: reader.col('originals') === undefined ? null : originalsOf(reader.text('originals')),
    validUntil: reader.day('validUntil'),
    manager,
    managerEmail: ctx.managerEmailOf(manager),
    clientEmails,
    paused: isPausedOn(pause, ctx.today),
    pausedUntil: pause.until,
    link: link.ok ? link.url : null,
    escalationEmails: client?.escalationEmails ?? [],
    clientLang: client?.lang ?? null,
    problems: reader.problems,
  };
}

/** Every non-empty data row below the header, in sheet order. */
export function readDocuments(
  grid: Grid,
  mapping: RegisterMapping<'documents'>,
  ctx: ReadContext,
): DocumentRecord[] {
  const records: DocumentRecord[] = [];
  const rowContext: RowContext = {
    parse: cellParsers({ timeZone: ctx.timeZone, referenceDay: ctx.today }),
    // A register names a few managers in thousands of rows.
    managerEmailOf: memoised((cell) => resolveManagerEmail(cell, ctx.managers)),
    calendar: ctx.calendar ?? RUSSIAN_CALENDAR,
    termUnit: ctx.termUnit,
    directory: ctx.directory,
    today: ctx.today,
    timeZone: ctx.timeZone,
    bounced: ctx.bounced,
  };
  for (let row = mapping.headerRow + 1; row < grid.values.length; row += 1) {
    const record = readRow(grid, mapping, row, rowContext);
    if (record) records.push(record);
  }
  return records;
}
