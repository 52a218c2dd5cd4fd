/** Add document: one new row at the bottom of the user's documents register. */
import { UserError } from '../../core/errors';
import type { NewDocument } from '../../core/forms/documentForm';
import { t, type MessageKey } from '../../core/i18n';
import type { RegisterMapping } from '../../core/registers/types';
import type { DocumentType, FieldOf } from '../../core/registers/types';
import type { CellValue, Grid, Lang } from '../../core/types';
import type { AppEnv } from '../ports';
import { midnightIn } from '../../core/calendar';
import { DATE_FORMAT } from '../../core/sheetContent';
import { MONEY_FORMAT } from './cellFormats';
import { rowBlock, type RowCell } from './rowBlock';

type DocumentField = FieldOf<'documents'>;

/** Words register detection reads back as the same type and direction. */
const TYPE_WORDS: Record<Lang, Record<DocumentType, string>> = {
  ru: {
    invoice: 'счёт',
    act: 'акт',
    contract: 'договор',
    appendix: 'приложение',
    supplement: 'доп. соглашение',
  },
  en: {
    invoice: 'invoice',
    act: 'act',
    contract: 'contract',
    appendix: 'appendix',
    supplement: 'supplement',
  },
};
const DIRECTION_WORDS: Record<Lang, Record<'incoming' | 'outgoing', string>> = {
  ru: { incoming: 'входящий', outgoing: 'исходящий' },
  en: { incoming: 'incoming', outgoing: 'outgoing' },
};

const FIELD_LABELS: Partial<Record<DocumentField, MessageKey>> = {
  number: 'forms.number',
  counterparty: 'forms.counterparty',
  date: 'forms.date',
  amount: 'forms.amount',
  dueDate: 'forms.dueDate',
  paidDate: 'forms.payment.paidDate',
  paidAmount: 'forms.payment.amount',
};

export function noColumn(sheet: string, field: DocumentField, lang: Lang): UserError {
  const label = FIELD_LABELS[field];
  return new UserError('forms.error.noColumn', { sheet, field: label ? t(lang, label) : field });
}

/** The cells of the new row, by column; a value the register has no column for is an error only when it matters. */
function cellsOf(
  register: RegisterMapping<'documents'>,
  doc: NewDocument,
  lang: Lang,
  timeZone: string,
): RowCell[] {
  const cols = register.columns;
  const cells: RowCell[] = [];
  const put = (field: DocumentField, value: CellValue, format?: string, required = false): void => {
    const col = cols[field];
    if (col === undefined) {
      if (required) throw noColumn(register.sheet, field, lang);
      return;
    }
    cells.push({ col, value, format });
  };
  put('type', TYPE_WORDS[lang][doc.type]);
  put('number', doc.number, undefined, true);
  put('counterparty', doc.counterparty, undefined, true);
  put('date', new Date(midnightIn(doc.date, timeZone)), DATE_FORMAT, true);
  if (doc.amount !== null) put('amount', doc.amount / 100, MONEY_FORMAT, true);
  if (doc.currency !== null) put('currency', doc.currency);
  if (doc.direction === 'outgoing' || cols.direction !== undefined)
    put('direction', DIRECTION_WORDS[lang][doc.direction], undefined, doc.direction === 'outgoing');
  if (doc.contract) put('contract', doc.contract);
  if (doc.dueDate !== null) {
    if (cols.dueDate === undefined && cols.deferralDays !== undefined) {
      const days = Math.round((Date.parse(doc.dueDate) - Date.parse(doc.date)) / 86_400_000);
      put('deferralDays', days);
    } else {
      put('dueDate', new Date(midnightIn(doc.dueDate, timeZone)), DATE_FORMAT, true);
    }
  }
  if (doc.clientEmails.length > 0) put('clientEmail', doc.clientEmails.join(', '), undefined, true);
  if (doc.manager) put('manager', doc.manager);
  return cells;
}

/**
 * Writes the document as one row after the register's last row (one
 * `writeBlock`) and returns its 1-based sheet row. The caller holds the lock.
 */
export function writeDocumentRow(
  env: Pick<AppEnv, 'workbook'>,
  register: RegisterMapping<'documents'>,
  grid: Grid,
  doc: NewDocument,
  lang: Lang,
  timeZone: string,
): number {
  const row = grid.values.length + 1;
  const { col, block } = rowBlock(cellsOf(register, doc, lang, timeZone));
  env.workbook.writeBlock(register.sheet, row, col, block);
  return row;
}
