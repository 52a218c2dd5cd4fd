/**
 * Whether a cell holds something the add-on itself writes into one of its
 * columns: a state label, a number of days, a day, a list of data problems.
 * Used only to adopt, once, the columns version 0.9 created without a marker:
 * a column is taken over only when every cell in it looks like ours.
 */
import * as documentTexts from '../i18n/messages/documents';
import * as tableTexts from '../i18n/messages/tables';
import { isDate, type CellValue } from '../types';
import type { OwnedColumn } from './ownedColumns';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A message template as a pattern: each `{placeholder}` is any non-empty text. */
function templatePattern(template: string): string {
  return template
    .split(/\{\w+\}/)
    .map(escape)
    .join('.+?');
}

function patternsOf(prefix: string): RegExp {
  const templates = [documentTexts, tableTexts].flatMap((catalog) =>
    (['ru', 'en'] as const).flatMap((lang) =>
      Object.entries(catalog[lang] as Record<string, string>)
        .filter(([key]) => key.startsWith(prefix))
        .map(([, template]) => templatePattern(template)),
    ),
  );
  return new RegExp(`^(?:${templates.join('|')})$`, 's');
}

const STATE = patternsOf('documents.state.');
const PROBLEM = patternsOf('documents.problem.');
/** ru `07.12.2026`, en `2026-12-07` (formatDay). */
const DAY = /^(?:\d{2}\.\d{2}\.\d{4}|\d{4}-\d{2}-\d{2})$/;

/** Parts joined with `; `, each matching `pattern`. */
function everyPart(text: string, pattern: RegExp): boolean {
  return text.split('; ').every((part) => pattern.test(part));
}

export function looksOwned(column: OwnedColumn, value: CellValue): boolean {
  if (typeof value === 'string' && value.trim() === '') return true;
  switch (column) {
    case 'state':
      return typeof value === 'string' && everyPart(value, STATE);
    case 'overdueDays':
      return (
        (typeof value === 'number' && Number.isInteger(value) && value > 0) ||
        (typeof value === 'string' && /^[1-9]\d*$/.test(value.trim()))
      );
    case 'nextReminder':
      return isDate(value) || (typeof value === 'string' && DAY.test(value.trim()));
    case 'check':
      return typeof value === 'string' && everyPart(value, PROBLEM);
  }
}
