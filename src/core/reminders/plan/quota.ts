/**
 * The daily recipients quota (SPEC §4): messages take it in sending order,
 * and what does not fit waits, marked `quota`. Each AM digest due today keeps
 * one recipient back, so what waits is said today.
 */
import { messageKey } from '../keys';
import { recipientCount } from '../types';
import { overloadedPeople } from './overload';
import type { LinesByOwner, NoticesByOwner, OwnedMessage, PlanInput } from './types';

/** Recipients of the AM digests today's run will send (not yet in the log). */
export function digestReserve(
  input: PlanInput,
  lines: LinesByOwner,
  notices: NoticesByOwner,
  messages: readonly OwnedMessage[],
): number {
  const owners = new Set([...lines.keys(), ...notices.keys()]);
  for (const { owners: messageOwners } of messages)
    for (const owner of messageOwners) owners.add(owner.toLowerCase());
  for (const person of overloadedPeople(input))
    if (person.email && person.isAccountManager) owners.add(person.email.toLowerCase());
  let count = 0;
  for (const owner of owners)
    if (!input.done.has(messageKey('digest.am', [owner], input.today)) || notices.has(owner)) count += 1;
  return count;
}

/** Marks `quota` every ready message past what is `left`; returns the recipients still left. */
export function allocate(
  messages: readonly OwnedMessage[],
  left: number,
): { messages: OwnedMessage[]; left: number } {
  let remaining = left;
  const allocated = messages.map((owned) => {
    if (owned.message.status !== 'ready') return owned;
    const cost = recipientCount(owned.message);
    if (cost <= remaining) {
      remaining -= cost;
      return owned;
    }
    return { ...owned, message: { ...owned.message, status: 'quota' as const } };
  });
  return { messages: allocated, left: remaining };
}
