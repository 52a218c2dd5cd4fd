/**
 * Words people type in the type, status, originals and direction cells of the
 * documents register (SPEC §2.3), Russian and English, matched by stem so
 * `Счёт`, `счет-оферта` and `Invoice` all read as an invoice. Unknown words
 * give `null`; the caller reports them.
 */
import { foldCase, squeezeSpaces } from '../cells';
import type { Direction, DocumentStatus, DocumentType, OriginalsState } from '../registers/types';

type Vocabulary<T> = readonly (readonly [T, readonly string[]])[];

/** Order matters where stems overlap: `доп. соглашение` before `договор`. */
const TYPES: Vocabulary<DocumentType> = [
  ['supplement', ['допсоглаш', 'дополнительноесоглаш', 'доп', 'дс', 'supplement', 'amendment', 'addendum']],
  ['appendix', ['прилож', 'appendix', 'annex', 'sow', 'statementofwork']],
  ['contract', ['договор', 'контракт', 'contract', 'agreement']],
  ['invoice', ['счет', 'invoice', 'bill']],
  ['act', ['акт', 'act', 'упд', 'закрывающ']],
];

const STATUSES: Vocabulary<DocumentStatus> = [
  ['cancelled', ['отмен', 'аннулир', 'cancel', 'void']],
  ['paid', ['оплач', 'paid']],
  ['signed', ['подпис', 'signed']],
  ['sent', ['отправ', 'выстав', 'sent', 'issued', 'насогласован', 'насогласовании']],
  ['draft', ['черновик', 'проект', 'draft', 'неотправ']],
];

const ORIGINALS: Vocabulary<OriginalsState> = [
  ['none', ['нет', 'no', 'none', 'missing', 'неполуч', 'отсутств']],
  ['scan', ['скан', 'scan', 'копия', 'copy', 'pdf', 'эдо', 'edo']],
  ['received', ['получен', 'оригинал', 'есть', 'да', 'yes', 'received', 'original', '✓', '✔']],
];

const DIRECTIONS: Vocabulary<Direction> = [
  ['outgoing', ['исход', 'подрядчик', 'outgoing', 'contractor', 'vendor', 'supplier', 'поставщик', 'расход']],
  ['incoming', ['вход', 'клиент', 'incoming', 'client', 'customer', 'приход', 'доход']],
];

function key(text: string): string {
  return foldCase(squeezeSpaces(text)).replace(/[^\p{L}\p{N}✓✔]/gu, '');
}

function lookup<T>(vocabulary: Vocabulary<T>, text: string): T | null {
  const word = key(text);
  if (word === '') return null;
  for (const [value, stems] of vocabulary) {
    if (stems.some((stem) => word.startsWith(stem))) return value;
  }
  return null;
}

export function documentTypeOf(text: string): DocumentType | null {
  return lookup(TYPES, text);
}

export function documentStatusOf(text: string): DocumentStatus | null {
  return lookup(STATUSES, text);
}

/** An empty cell means nothing arrived yet. */
export function originalsOf(text: string): OriginalsState | null {
  return key(text) === '' ? 'none' : lookup(ORIGINALS, text);
}

/** Incoming (from a client) is the default. */
export function directionOf(text: string): Direction {
  return lookup(DIRECTIONS, text) ?? 'incoming';
}
