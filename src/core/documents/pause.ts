/**
 * The pause cell (`Не напоминать`) of a document or of a directory client:
 * a checkbox or `да` pauses until unticked; `до 15.01.2027`, `Не напоминать
 * до 15.01.2027` or a date pauses until that day, when reminders resume by
 * themselves. Anything else is a data problem, never a guess.
 */
import { daysBetween } from '../calendar';
import { fail, isBlank, ok, parseDay, parseFlag, rawText, type DateContext, type Parsed } from '../cells';
import { foldCase, squeezeSpaces } from '../cells/text';
import type { CalendarDay, CellValue } from '../types';
import { isDate } from '../types';

export interface Pause {
  /** Paused with no end (a ticked checkbox, `да`). */
  open: boolean;
  /** Paused until this day (reminders resume on it); null for none. */
  until: CalendarDay | null;
}

export const NO_PAUSE: Pause = { open: false, until: null };

const UNTIL_PREFIX =
  /^(?:не\s+напоминать\s+|пауза\s+|pause\s+|paused\s+|don'?t\s+remind\s+)?(?:до|по|until|till)\s+/;

export function parsePause(value: CellValue, dates: DateContext): Parsed<Pause> {
  if (isBlank(value)) return ok(NO_PAUSE);
  if (isDate(value) || typeof value === 'string') {
    const text = typeof value === 'string' ? foldCase(squeezeSpaces(value)) : '';
    const rest = text.replace(UNTIL_PREFIX, '');
    if (isDate(value) || rest !== text || /^\d/.test(text)) {
      const day = parseDay(isDate(value) ? value : rest, dates);
      if (day.ok && day.value !== null) return ok({ open: false, until: day.value });
      if (isDate(value) || rest !== text) return fail('notDate', rawText(value));
    }
  }
  const flag = parseFlag(value);
  return flag.ok ? ok({ open: flag.value, until: null }) : flag;
}

/** Whether reminders wait on `today`: an open pause, or a day before the pause's end. */
export function isPausedOn(pause: Pause, today: CalendarDay): boolean {
  return pause.open || (pause.until !== null && daysBetween(today, pause.until) > 0);
}
