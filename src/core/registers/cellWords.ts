/**
 * The words the add-on recognises in the agency's value cells: load row
 * kinds and tentative statuses, document types, statuses, originals and
 * directions, account-manager roles. Russian and English; compared after
 * `foldCase`, so case, spaces and `ё` never matter.
 */
import { foldCase, squeezeSpaces } from '../cells/text';
import type { Direction, DocumentStatus, DocumentType, LoadRowKind, OriginalsState } from './types';

/** Folded, squeezed text of a value cell. */
function fold(text: string): string {
  return foldCase(squeezeSpaces(text));
}

function startsWithAny(text: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => text.startsWith(prefix));
}

const ROW_KINDS: readonly (readonly [LoadRowKind, readonly string[]])[] = [
  ['internal', ['внутрен', 'internal', 'обучени', 'learning', 'training']],
  ['holiday', ['праздник', 'holiday', 'public holiday']],
  ['vacation', ['отпуск', 'vacation', 'leave', 'pto', 'day off', 'отгул']],
  ['sick', ['больнич', 'болезнь', 'sick']],
];

/** Row kind from a load row's task cell (SPEC §2.2); learning counts as internal work. */
export function classifyTask(text: string): LoadRowKind {
  const folded = fold(text);
  for (const [kind, prefixes] of ROW_KINDS) if (startsWithAny(folded, prefixes)) return kind;
  return 'client';
}

/** A status cell that marks a load row as tentative (`предв.`, `tentative`, `бронь`). */
export function isTentativeStatus(text: string): boolean {
  return startsWithAny(fold(text), [
    'предв',
    'tentative',
    'бронь',
    'резерв',
    'под вопросом',
    'pencil',
    'hold',
  ]);
}

const DOCUMENT_TYPES: readonly (readonly [DocumentType, readonly string[]])[] = [
  [
    'supplement',
    [
      'доп. соглаш',
      'доп.соглаш',
      'доп соглаш',
      'допсоглаш',
      'дополнительное соглаш',
      'дс',
      'supplement',
      'addendum',
      'amendment',
    ],
  ],
  ['appendix', ['приложени', 'спецификаци', 'appendix', 'annex', 'sow', 'statement of work']],
  ['contract', ['договор', 'контракт', 'contract', 'agreement']],
  ['invoice', ['счет', 'invoice', 'bill']],
  ['act', ['акт', 'упд', 'act', 'certificate of completion']],
];

/** Words that look like a type but are not one we handle (a reconciliation act, a VAT invoice). */
const NOT_DOCUMENT_TYPES = ['акт сверки', 'счет-фактура', 'счет фактура', 'сф'];

function startsWithWord(text: string, word: string): boolean {
  return (
    text === word ||
    (text.startsWith(word) && (word.endsWith(' ') || !/[\p{L}]/u.test(text[word.length]) || word.length >= 5))
  );
}

/** договор, приложение, доп. соглашение / ДС, счёт, акт (English too); null when unknown. */
export function parseDocumentType(text: string): DocumentType | null {
  const folded = fold(text);
  if (folded === '' || NOT_DOCUMENT_TYPES.some((word) => startsWithWord(folded, word))) return null;
  for (const [type, words] of DOCUMENT_TYPES)
    if (words.some((word) => startsWithWord(folded, word))) return type;
  return null;
}

const STATUSES: readonly (readonly [DocumentStatus, readonly string[]])[] = [
  // A dispute pauses the client's reminders and is never read as paid.
  ['disputed', ['спор', 'оспарива', 'претензи', 'dispute', 'contested']],
  // Negations first: `не оплачен` must not read as paid.
  ['draft', ['не отправлен', 'not sent', 'черновик', 'draft', 'готовится', 'в работе']],
  // A partly paid document is still outstanding; the paid amount column says how much.
  [
    'sent',
    [
      'не оплачен',
      'не подписан',
      'unpaid',
      'not paid',
      'unsigned',
      'частично',
      'partially',
      'partly',
      'отправлен',
      'выставлен',
      'sent',
      'issued',
      'на подписании',
    ],
  ],
  ['signed', ['подписан', 'signed']],
  ['paid', ['оплачен', 'paid']],
  ['cancelled', ['отменен', 'отмена', 'аннулирован', 'cancelled', 'canceled', 'void']],
];

/** черновик, отправлен, подписан, оплачен, отменён (English too); null when unknown. */
export function parseDocumentStatus(text: string): DocumentStatus | null {
  const folded = fold(text);
  if (folded === '') return null;
  for (const [status, words] of STATUSES) if (startsWithAny(folded, words)) return status;
  return null;
}

const ORIGINALS: readonly (readonly [OriginalsState, readonly string[]])[] = [
  ['none', ['не получен', 'нет', 'no', 'none', 'missing', 'not received', '-', '—']],
  ['scan', ['скан', 'копия', 'scan', 'copy', 'pdf', 'эдо', 'edo']],
  ['received', ['получен', 'есть', 'оригинал', 'да', 'received', 'yes', 'original', '✓', '✔']],
];

/** получен / есть / оригинал, скан, нет; null when unknown. */
export function parseOriginals(text: string): OriginalsState | null {
  const folded = fold(text);
  if (folded === '') return null;
  for (const [state, words] of ORIGINALS) if (startsWithAny(folded, words)) return state;
  return null;
}

const DIRECTIONS: readonly (readonly [Direction, readonly string[]])[] = [
  [
    'outgoing',
    ['исходящ', 'подрядчик', 'к подрядчику', 'расход', 'outgoing', 'out', 'contractor', 'expense', 'payable'],
  ],
  [
    'incoming',
    ['входящ', 'от клиента', 'клиент', 'доход', 'приход', 'incoming', 'in', 'income', 'client', 'receivable'],
  ],
];

/** входящий / от клиента vs исходящий / подрядчик; null when unknown. */
export function parseDirection(text: string): Direction | null {
  const folded = fold(text);
  if (folded === '') return null;
  for (const [direction, words] of DIRECTIONS) {
    if (words.some((word) => folded === word || (word.length > 3 && folded.startsWith(word))))
      return direction;
  }
  return null;
}

/** A team role that marks an account manager (`аккаунт-менеджер`, `Account manager`, `AM`). */
export function isAccountManagerRole(text: string): boolean {
  const folded = fold(text);
  return (
    folded.includes('аккаунт') || folded.includes('account') || /(^|[^\p{L}])am([^\p{L}]|$)/u.test(folded)
  );
}
