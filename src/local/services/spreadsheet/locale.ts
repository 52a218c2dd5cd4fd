/**
 * What a spreadsheet locale decides for cells: the separators, the date and time patterns, the
 * order of day and month, the words for TRUE and FALSE — read by the display and by the parser
 * of typed text alike.
 */
export type DayOrder = 'dmy' | 'mdy' | 'ymd';

/** The order of day and month a locale types: month first in the US, year first in East Asia. */
export function dayOrder(locale: string): DayOrder {
  const [lang, region = ''] = locale.split(/[_-]/);
  const code = lang.toLowerCase();
  if (code === 'en' && ['', 'US', 'PH'].includes(region.toUpperCase())) return 'mdy';
  if (['zh', 'ja', 'ko', 'hu', 'lt', 'mn'].includes(code)) return 'ymd';
  return 'dmy';
}

export interface LocaleSymbols {
  decimal: string;
  group: string;
  /** Date pattern for a date cell in General format, and the one a typed date gets. */
  datePattern: string;
  /** The pattern a typed time of day gets. */
  timePattern: string;
  /** Which of day and month comes first when a date is typed with digits. */
  dayOrder: DayOrder;
  /** How a boolean cell shows: Sheets writes TRUE/FALSE in the spreadsheet's language. */
  trueText: string;
  falseText: string;
}

/** The words for TRUE/FALSE Sheets shows (and reads back when typed) in a locale's language. */
const BOOLEAN_WORDS: Record<string, [string, string]> = {
  ru: ['ИСТИНА', 'ЛОЖЬ'],
  de: ['WAHR', 'FALSCH'],
  fr: ['VRAI', 'FAUX'],
  es: ['VERDADERO', 'FALSO'],
  it: ['VERO', 'FALSO'],
  pl: ['PRAWDA', 'FAŁSZ'],
};

/**
 * The separators, patterns and words of a spreadsheet locale. `getDisplayValues` "takes into
 * account date, time and currency formatting, including formats applied automatically by the
 * spreadsheet's locale setting":
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getdisplayvalues
 */
export function localeSymbols(locale: string): LocaleSymbols {
  const lang = locale.toLowerCase().split(/[_-]/)[0];
  const order = dayOrder(locale);
  const [trueText, falseText] = BOOLEAN_WORDS[lang] ?? ['TRUE', 'FALSE'];
  const commaDecimal = ['ru', 'be', 'uk', 'kk', 'de', 'fr', 'es', 'it', 'pl'].includes(lang);
  const dmyPattern = commaDecimal ? 'dd.mm.yyyy' : 'dd/mm/yyyy';
  const datePattern = order === 'mdy' ? 'm/d/yyyy' : order === 'ymd' ? 'yyyy-mm-dd' : dmyPattern;
  const timePattern = order === 'mdy' ? 'h:mm:ss am/pm' : 'h:mm:ss';
  if (commaDecimal) {
    // Sheets groups thousands with a no-break space in the Russian locale.
    return { decimal: ',', group: '\u00a0', datePattern, timePattern, dayOrder: order, trueText, falseText };
  }
  return { decimal: '.', group: ',', datePattern, timePattern, dayOrder: order, trueText, falseText };
}
