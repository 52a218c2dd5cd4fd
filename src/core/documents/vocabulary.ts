/**
 * The words of the type, status, originals and direction cells, read with
 * the register vocabulary (shared with detection and the forms), plus the
 * documents' defaults: an empty originals cell means nothing arrived, an
 * empty or unknown direction means a client's document.
 */
import { memoised } from '../memo';
import { parseDirection, parseDocumentStatus, parseDocumentType, parseOriginals } from '../registers';
import type { Direction, DocumentStatus, DocumentType, OriginalsState } from '../registers/types';

// Each is asked for every row, and a register repeats a handful of words down its columns.

export const documentTypeOf: (text: string) => DocumentType | null = memoised(parseDocumentType);

export const documentStatusOf: (text: string) => DocumentStatus | null = memoised(parseDocumentStatus);

/** An empty cell means nothing arrived yet; an unknown word says nothing (`null`). */
export const originalsOf: (text: string) => OriginalsState | null = memoised((text) =>
  text.trim() === '' ? 'none' : parseOriginals(text),
);

export const directionOf: (text: string) => Direction = memoised(
  (text) => parseDirection(text) ?? 'incoming',
);
