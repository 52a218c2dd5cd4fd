/**
 * When two cells written by people name the same person, client or document.
 * One normaliser each, used by every part of the core that matches, groups or
 * keys them, so the load summary, the digests and the log never disagree about
 * who is who.
 */
import { foldCase, squeezeSpaces } from './cells/text';

/** Brackets hold a note next to a name: `Иванова (копирайтер)`, `Иванова (аккаунт)`. */
const NOTES = /\([^)]*\)/g;

/**
 * Case, `ё/е`, spacing, commas, the dots of initials and a note in brackets
 * never make two people out of one: `Иванова А.С.`, `иванова а. с.` and
 * `Иванова АС (дизайнер)` are one.
 */
export function personKey(name: string): string {
  return squeezeSpaces(foldCase(name.replace(NOTES, ' ')).replace(/\.\s*/g, '').replace(/,/g, ' '));
}

const LEGAL_FORMS = /(^|\s)(ооо|оао|зао|пао|ао|ип|нко|ано|llc|ltd|inc|gmbh)(?=\s|$)/g;

/**
 * Client names in the load sheet rarely match the documents register letter
 * for letter: `ООО «Ромашка»`, `ромашка` and `Ромашка, ООО` are one client.
 * Case, `ё/е`, quotes, dots, commas and the legal form do not matter.
 */
export function clientKey(name: string): string {
  return squeezeSpaces(
    foldCase(name)
      .replace(/[«»"'“”„.,]/g, ' ')
      .replace(LEGAL_FORMS, ' '),
  );
}

/** Case, `ё/е` and spacing only: `№ 12` and `№12` stay two numbers. */
function documentPart(text: string): string {
  return squeezeSpaces(foldCase(text));
}

/**
 * Document id = number + counterparty, so renumbering another client's
 * invoice never collides. It is part of every reminder's key in the log
 * (`overdue:12|ооо ромашка:stage3`), so it must never change for a row that
 * did not change: the counterparty keeps its legal form here, since ids
 * written by earlier runs keep it, and dropping it now would remind again.
 */
export function documentId(number: string, counterparty: string): string {
  return `${documentPart(number)}|${documentPart(counterparty)}`;
}
