/** The rules' table tests use the planner fixture; `settings` here patches the documents rules only. */
import type { Settings } from '../../../src/core/settings';
import { settings as planSettings } from './planFixture';

export { clientMessages, invoice, plan } from './planFixture';

export function settings(patch: Partial<Settings['documents']> = {}): Settings {
  const base = planSettings();
  return { ...base, documents: { ...base.documents, ...patch } };
}
