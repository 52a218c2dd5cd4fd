/**
 * Overload this week reaches the AMs whose clients the overloaded people work
 * for (their documents' clients and the clients in their own load rows), and
 * the overloaded AM themselves.
 */
import { mondayOf } from '../../calendar';
import { t } from '../../i18n';
import { clientKey, personKey } from '../../identity';
import type { PersonLoad } from '../../load/types';
import { formatPct } from '../../load/weekCells';
import { ownerKey } from './phrases';
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
  // A register names each client in many rows: each name is normalised once.
  const keyOf = new Map<string, string>();
  const clientKeyOf = (client: string) => {
    let key = keyOf.get(client);
    if (key === undefined) keyOf.set(client, (key = clientKey(client)));
    return key;
  };
  const clientsOf = new Map<string, Map<string, string>>();
  const addClient = (email: string, client: string) => {
    const key = ownerKey(email);
    if (!key || !client.trim()) return;
    const clients = clientsOf.get(key) ?? new Map<string, string>();
    const known = clientKeyOf(client);
    if (!clients.has(known)) clients.set(known, client.trim());
    clientsOf.set(key, clients);
  };
  for (const doc of input.documents)
    if (doc.managerEmail && doc.isIncoming && !doc.closed) addClient(doc.managerEmail, doc.counterparty);
  const emailOf = new Map(load.people.map((person) => [personKey(person.name), person.email]));
  for (const am of load.accountManagers) {
    const email = emailOf.get(personKey(am.name));
    for (const client of am.byWeek[week]?.clients ?? []) if (email) addClient(email, client);
  }
  // Who of the overloaded works for each client this week, by their place in `overloaded`.
  const workersOf = new Map<string, Set<number>>();
  const byPerson = new Map(overloaded.map((person, index) => [personKey(person.name), index]));
  for (const row of input.staffing ?? []) {
    const index = row.week === week ? byPerson.get(personKey(row.person)) : undefined;
    if (index === undefined) continue;
    const client = clientKeyOf(row.client);
    const workers = workersOf.get(client) ?? new Set<number>();
    workers.add(index);
    workersOf.set(client, workers);
  }
  const selfOf = new Map<string, number[]>();
  overloaded.forEach((person, index) => {
    const email = ownerKey(person.email);
    if (email) selfOf.set(email, [...(selfOf.get(email) ?? []), index]);
  });
  const amEmails = new Set([
    ...clientsOf.keys(),
    ...overloaded
      .filter((person) => person.isAccountManager)
      .map((person) => ownerKey(person.email))
      .filter(Boolean),
  ]);
  const lines: DigestLine[] = [];
  // Each AM meets only the people on their clients and themselves: linear in what the digests say.
  for (const am of amEmails) {
    const shared = new Map<number, string[]>();
    for (const [key, name] of clientsOf.get(am) ?? [])
      for (const index of workersOf.get(key) ?? []) {
        const names = shared.get(index) ?? [];
        names.push(name);
        shared.set(index, names);
      }
    const people = [...new Set([...shared.keys(), ...(selfOf.get(am) ?? [])])].sort((a, b) => a - b);
    for (const index of people) {
      const person = overloaded[index];
      const total = person.byWeek[week].total;
      const params = { person: person.name, pct: formatPct(total, input.lang) };
      const clients = shared.get(index);
      const text = clients
        ? t(input.lang, 'digests.am.overloadClients', { ...params, clients: clients.join(', ') })
        : t(input.lang, 'digests.personPct', params);
      lines.push({ owner: am, section: 'overload', severity: [total], text });
    }
  }
  return lines;
}
