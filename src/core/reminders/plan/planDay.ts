/**
 * Today's emails, decided from plain data: document rows, the load summary,
 * settings, the day, and the keys already in the log. Pure, so every stage,
 * catch-up and weekend rule is a table test.
 *
 * Priority under the daily quota (SPEC §4): STOP alerts, then first reminders
 * to clients never reminded, then the oldest overdue, then repeats, then
 * renewal notices and digests — money first, nobody left waiting behind a
 * client who has heard from us already, and a digest that does not fit is the
 * cheapest thing to wait a day.
 *
 * Internal messages (STOP alerts, renewals, digests) are shortened to fit
 * MailApp's 200 KB body limit ("и ещё N"); a digest to more than 50 people is
 * split, since MailApp takes at most 50 recipients per message
 * (https://developers.google.com/apps-script/guides/services/quotas).
 */
import { isWorkingDay, nextWorkingDay, RUSSIAN_CALENDAR } from '../../calendar/workdays';
import { accountingDigest } from './accountingDigest';
import { amDigests, linesByOwner } from './amDigests';
import { planDocuments } from './documents';
import { loadDigest } from './loadDigest';
import { interruptedNotices, unsentLines } from './notices';
import { overloadLines } from './overload';
import { allocate, digestReserve } from './quota';
import { render } from './render';
import type { DayPlan, MessageOutline, NoticesByOwner, PlanInput } from './types';

/** Today's messages, in sending order, each `ready`, `quota` or `rejected`. */
export function planDay(input: PlanInput): DayPlan {
  const { daily, weekly, quota } = input;
  const calendar = input.calendar ?? RUSSIAN_CALENDAR;
  const weekendDay = !isWorkingDay(calendar, input.today);
  if (weekendDay && !input.settings.reminders.sendOnWeekends)
    return { weekend: true, resumesOn: nextWorkingDay(calendar, input.today), messages: [] };
  const amDay = daily && !weekendDay;

  const documents = daily ? planDocuments(input) : { outlines: [], lines: [], letters: [] };
  const notices: NoticesByOwner = daily ? interruptedNotices(input) : new Map();
  const urgent = render(documents.outlines, input);
  const reserve = amDay ? digestReserve(input, linesByOwner(documents.lines), notices, urgent) : 0;
  const sent = allocate(urgent, Math.max(0, quota - reserve));

  const digests: MessageOutline[] = [];
  if (weekly) digests.push(...loadDigest(input));
  if (amDay) {
    const lines = [...documents.lines, ...unsentLines(sent.messages, input), ...overloadLines(input)];
    digests.push(...amDigests(input, linesByOwner(lines), notices));
  }
  if (daily || weekly) digests.push(...accountingDigest(input));
  const digestMessages = allocate(render(digests, input), sent.left + Math.min(reserve, quota));

  // A letter goes alone when the AM sends it, so each is measured against the whole quota.
  const letters = render(documents.letters, input).map((letter) => allocate([letter], quota).messages[0]);
  return {
    weekend: false,
    messages: [...sent.messages, ...digestMessages.messages].map((m) => m.message),
    letters: letters.map((m) => m.message),
  };
}
