/**
 * How a client letter is signed and what it totals: the AM as the team sheet knows them (name,
 * position, phone, email) with the agency's name from Settings, so a client can call the person
 * who wrote; and the sum of every invoice the letter lists, per currency.
 */
import type { Lang } from '../../types';
import { sumsText } from '../sections';
import type { ReminderDocument } from '../types';
import type { PlanInput } from './types';

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

type Member = NonNullable<PlanInput['team']>[number];

/** The team by lower-case email, the first row of an address winning; built once per team list. */
const teamsByEmail = new WeakMap<readonly Member[], Map<string, Member>>();

function memberByEmail(team: readonly Member[], email: string): Member | undefined {
  let byEmail = teamsByEmail.get(team);
  if (!byEmail) {
    byEmail = new Map();
    for (const person of team) {
      const key = person.email.trim().toLowerCase();
      if (!byEmail.has(key)) byEmail.set(key, person);
    }
    teamsByEmail.set(team, byEmail);
  }
  return byEmail.get(email);
}

/** `manager` (a name) and `signature` (lines) for a letter from this document's AM. */
export function signatureOf(doc: ReminderDocument, input: PlanInput): { manager: string; signature: string } {
  const agency = input.settings.senderName.trim();
  const email = doc.managerEmail?.trim().toLowerCase() ?? '';
  const member = email && input.team ? memberByEmail(input.team, email) : undefined;
  // The team sheet's name first: an Ответственный cell may hold only an address.
  const name = member?.person.trim() || doc.managerName.trim();
  if (!name) return { manager: agency, signature: agency };
  const position = [capitalised(member?.role?.trim() ?? ''), agency].filter(Boolean).join(', ');
  const contacts = [member?.phone?.trim(), email].filter(Boolean).join(' · ');
  return { manager: name, signature: [name, position, contacts].filter(Boolean).join('\n') };
}

/** What the listed invoices come to, one sum per currency (`125 500,50 ₽ + 1 200,00 $`). */
export function totalOf(docs: readonly ReminderDocument[], lang: Lang): string {
  return sumsText(
    docs.map((doc) => ({ amount: doc.outstanding, currency: doc.currency })),
    lang,
  );
}
