/**
 * The words of the type, status, originals and direction cells, read with
 * the register vocabulary (shared with detection and the forms), plus the
 * documents' defaults: an empty originals cell means nothing arrived, an
 * empty or unknown direction means a client's document.
 */
import { parseDirection, parseDocumentStatus, parseDocumentType, parseOriginals } from '../registers';
import type { Direction, DocumentStatus, DocumentType, OriginalsState } from '../registers/types';

export function documentTypeOf(text: string): DocumentType | null {
  return parseDocumentType(text);
}

export function documentStatusOf(text: string): DocumentStatus | null {
  return parseDocumentStatus(text);
}

/** An empty cell means nothing arrived yet; an unknown word says nothing (`null`). */
export function originalsOf(text: string): OriginalsState | null {
  return text.trim() === '' ? 'none' : parseOriginals(text);
}

export function directionOf(text: string): Direction {
  return parseDirection(text) ?? 'incoming';
}
