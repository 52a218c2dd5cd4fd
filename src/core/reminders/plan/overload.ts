/**
 * Overload this week reaches the AMs whose clients the overloaded people work
 * for (their documents' clients and the clients in their own load rows), and
 * the overloaded AM themselves.
 */
import { mondayOf } from '../../calendar';
import { t } from '../../i18n';
import { clientKey, personKey } from '../../identity';
import type { PersonLoad } from '../../load/types';
import { day, ownerKey } from './phrases';
import type { DigestLine, PlanInput } from './types';

export function overloadedPeople(input: Pick<PlanInput, 'load' | 'today'>): PersonLoad[] {
  const week = mondayOf(input.today);
  return (input.load?.people ?? []).filter((person) => person.byWeek[week]?.flags.includes('overload'));
}

export function overloadLines(input: PlanInput): DigestLine[] {
  const load = input.load;
  const overloaded = overloadedPeople(input);
  if (!load || overloaded.length === 0) return [];
  const week = mondayOf(input.today);
  const clientsOf = new Map<string, Map<string, string>>();
  const addClient = (email: string, client: string) => {
    const key = ownerKey(email);
    if (!key || !client.trim()) return;
    const clients = clientsOf.get(key) ?? new Map<string, string>();
    if (!clients.has(clientKey(client))) clients.set(clientKey(client), client.trim());
    clientsOf.set(key, clients);
  };
  for (const doc of input.documents)
    if (doc.managerEmail && doc.isIncoming && !doc.closed) addClient(doc.managerEmail, doc.counterparty);
  const emailOf = new Map(load.people.map((person) => [personKey(person.name), person.email]));
  for (const am of load.accountManagers) {
    const email = emailOf.get(personKey(am.name));
    for (const client of am.byWeek[week]?.clients ?? []) if (email) addClient(email, client);
  }
  const clientsOfPerson = new Map<string, Set<string>>();
  for (const row of input.staffing ?? []) {
    if (row.week !== week) continue;
    const person = personKey(row.person);
    const clients = clientsOfPerson.get(person) ?? new Set<string>();
    clients.add(clientKey(row.client));
    clientsOfPerson.set(person, clients);
  }
  const amEmails = new Set([
    ...clientsOf.keys(),
    ...overloaded
      .filter((person) => person.isAccountManager)
      .map((person) => ownerKey(person.email))
      .filter(Boolean),
  ]);
  const lines: DigestLine[] = [];
  for (const am of amEmails) {
    for (const person of overloaded) {
      const pw = person.byWeek[week];
      const works = clientsOfPerson.get(personKey(person.name)) ?? new Set<string>();
      const shared = [...(clientsOf.get(am) ?? new Map<string, string>())]
        .filter(([key]) => works.has(key))
        .map(([, name]) => name);
      const params = { person: person.name, week: day(week, input.lang), pct: Math.round(pw.total) };
      if (shared.length > 0)
        lines.push({
          owner: am,
          text: t(input.lang, 'digest.overloadClients', { ...params, clients: shared.join(', ') }),
        });
      else if (ownerKey(person.email) === am)
        lines.push({ owner: am, text: t(input.lang, 'digest.overload', params) });
    }
  }
  return lines;
}
