import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const MESSAGES = join(__dirname, '..', '..', '..', 'src', 'core', 'i18n', 'messages');

interface Catalog {
  ru: Record<string, unknown>;
  en: Record<string, unknown>;
}

/** The parts `ui.ts` merges into the one catalog the pages receive. */
const PARTS_OF_UI = ['forms.ts', 'sidebars.ts', 'desk.ts'];

/** Every catalog the server's translator merges. */
function catalogFiles(): [string, Catalog][] {
  return readdirSync(MESSAGES)
    .filter((file) => file.endsWith('.ts') && !PARTS_OF_UI.includes(file))
    .map((file) => [file, jest.requireActual<Catalog>(join(MESSAGES, file))]);
}

describe('the catalogs', () => {
  it('define each key once: a key in two catalogs would silently take the text of the later one', () => {
    const owners = new Map<string, string[]>();
    for (const [file, catalog] of catalogFiles())
      for (const key of Object.keys(catalog.ru)) owners.set(key, [...(owners.get(key) ?? []), file]);
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
