/**
 * The optional `Клиенты`/`Clients` directory: per client its contact emails,
 * escalation contact, email language, payment terms, AM, pause and note. It
 * supplies defaults to document rows that leave those cells empty; a row's own
 * value always wins. Clients are matched by the one `clientKey`, so
 * `ООО «Ромашка»` in the directory is `Ромашка` in the register.
 */
import { a1, parseEmails, type DateContext } from '../cells';
import { gridCell, gridText } from '../cells/gridCells';
import { foldCase } from '../cells/text';
import { parsePaymentTerm, type PaymentTerm, type TermUnit } from '../calendar/terms';
import { clientKey } from '../identity';
import { isRegisterOf, type RegisterMapping } from '../registers/types';
import { cellSheetProblem, type SheetProblem } from '../sheetProblems';
import type { Grid, Lang } from '../types';
import { NO_PAUSE, parsePause, type Pause } from './pause';

export interface DirectoryClient {
  /** `clientKey` of the name. */
  key: string;
  name: string;
  emails: string[];
  escalationEmails: string[];
  lang: Lang | null;
  term: PaymentTerm | null;
  manager: string;
  pause: Pause;
  note: string;
}

export interface ClientDirectory {
  clients: ReadonlyMap<string, DirectoryClient>;
  problems: SheetProblem[];
}

export const EMPTY_DIRECTORY: ClientDirectory = { clients: new Map(), problems: [] };

const LANGUAGES: Readonly<Record<string, Lang>> = {
  ru: 'ru',
  rus: 'ru',
  русский: 'ru',
  рус: 'ru',
  en: 'en',
  eng: 'en',
  english: 'en',
  английский: 'en',
  англ: 'en',
};

export function readClientDirectory(
  grid: Grid,
  mapping: RegisterMapping<'clients'>,
  dates: DateContext,
  plainTermUnit: TermUnit = 'calendar',
): ClientDirectory {
  const clients = new Map<string, DirectoryClient>();
  const firstRow = new Map<string, number>();
  const problems: SheetProblem[] = [];
  const { columns } = mapping;
  for (let row = mapping.headerRow + 1; row < grid.values.length; row += 1) {
    const name = gridText(grid, row, columns.client);
    const key = clientKey(name);
    if (key === '') continue;
    const at = (col: number) => `${grid.sheet}!${a1(row, col)}`;
    const earlier = firstRow.get(key);
    if (earlier !== undefined && columns.client !== undefined) {
      problems.push({
        address: at(columns.client),
        key: 'clients.problem.duplicate',
        params: { client: name, first: earlier + 1 },
      });
      continue;
    }
    firstRow.set(key, row);
    const emailsOf = (col: number | undefined): string[] => {
      const parsed = parseEmails(gridCell(grid, row, col));
      if (parsed.ok) return parsed.value;
      if (col !== undefined) problems.push(cellSheetProblem(at(col), parsed.problem));
      return [];
    };
    const languageText = foldCase(gridText(grid, row, columns.language));
    const lang = languageText === '' ? null : (LANGUAGES[languageText.replace(/\.$/, '')] ?? null);
    if (languageText !== '' && lang === null && columns.language !== undefined)
      problems.push({
        address: at(columns.language),
        key: 'clients.problem.language',
        params: { raw: gridText(grid, row, columns.language) },
      });
    const term = parsePaymentTerm(gridCell(grid, row, columns.terms), plainTermUnit);
    if (!term.ok && columns.terms !== undefined)
      problems.push({
        address: at(columns.terms),
        key: 'clients.problem.terms',
        params: { raw: term.problem.raw },
      });
    const pause = parsePause(gridCell(grid, row, columns.pause), dates);
    if (!pause.ok && columns.pause !== undefined)
      problems.push(cellSheetProblem(at(columns.pause), pause.problem));
    clients.set(key, {
      key,
      name,
      emails: emailsOf(columns.email),
      escalationEmails: emailsOf(columns.escalationEmail),
      lang,
      term: term.ok ? term.value : null,
      manager: gridText(grid, row, columns.manager),
      pause: pause.ok ? pause.value : NO_PAUSE,
      note: gridText(grid, row, columns.note),
    });
  }
  return { clients, problems };
}

/** The directory's entry for a counterparty cell, if any. */
export function directoryEntry(directory: ClientDirectory, counterparty: string): DirectoryClient | null {
  return directory.clients.get(clientKey(counterparty)) ?? null;
}

/** Every `Клиенты` register of the workbook as one directory (the first row of a client wins). */
export function clientDirectoryOf(
  sources: { grids: ReadonlyMap<string, Grid>; registers: readonly RegisterMapping[] },
  dates: DateContext,
  plainTermUnit: TermUnit = 'calendar',
): ClientDirectory {
  const clients = new Map<string, DirectoryClient>();
  const problems: SheetProblem[] = [];
  for (const mapping of sources.registers) {
    const grid = sources.grids.get(mapping.sheet);
    if (!isRegisterOf(mapping, 'clients') || !grid) continue;
    const read = readClientDirectory(grid, mapping, dates, plainTermUnit);
    for (const [key, client] of read.clients) if (!clients.has(key)) clients.set(key, client);
    problems.push(...read.problems);
  }
  return { clients, problems };
}
