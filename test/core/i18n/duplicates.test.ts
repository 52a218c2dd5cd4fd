/**
 * One text, one source: a sentence written twice in the catalogs drifts apart the first time
 * somebody edits one copy (a menu item and the sidebar it opens, a form field and the column it
 * fills). The catalogs are read as source, so a key that takes its text from another key
 * (`'dashboard.title': common.ru['menu.dashboard']`) is not a second copy; only literals are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const DIR = join(__dirname, '../../../src/core/i18n/messages');

/** Literal texts of one catalog file: key → { ru, en }. */
function literals(file: string): Map<string, { ru?: string; en?: string }> {
  const source = ts.createSourceFile(file, readFileSync(join(DIR, file), 'utf8'), ts.ScriptTarget.Latest);
  const byKey = new Map<string, { ru?: string; en?: string }>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const lang = declaration.name.getText(source);
      if (lang !== 'ru' && lang !== 'en') continue;
      let init = declaration.initializer;
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression;
      if (!init || !ts.isObjectLiteralExpression(init)) continue;
      for (const property of init.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isStringLiteralLike(property.initializer)) continue;
        const key = (property.name as ts.StringLiteral).text;
        byKey.set(key, { ...byKey.get(key), [lang]: property.initializer.text });
      }
    }
  }
  return byKey;
}

/**
 * The vocabulary of tables may repeat a word on purpose: each register names its own fields (the
 * documents' `Дата` and the calendar's `Дата` are matched separately, and renaming one must not
 * rename the other), and the headers of the add-on's own output sheets are written by it, while a
 * register field is what a user's header is matched by.
 */
const TABLE_VOCABULARY = /^[a-z]+:(registers\.field\.|receivables\.col\.|load\.col\.)/;

/** Other words that are the same in two roles, with the roles. */
const DIFFERENT_ROLES: readonly (readonly string[])[] = [
  // A dashboard figure and an output column.
  ['documents:receivables.col.overdue', 'sidebars:dashboard.overdue'],
  // A column of Дебиторка and the payment form's field that picks an invoice.
  ['documents:receivables.col.number', 'forms:forms.payment.invoice'],
  // The interface language setting and the client directory's email language column.
  ['rules:registers.field.clients.language', 'sidebars:settings.language'],
];

function duplicateGroups(): string[][] {
  const byText = new Map<string, string[]>();
  for (const file of readdirSync(DIR).filter((name) => name.endsWith('.ts'))) {
    for (const [key, { ru, en }] of literals(file)) {
      if (ru === undefined || en === undefined) continue;
      const text = `${ru}\u0000${en}`;
      byText.set(text, [...(byText.get(text) ?? []), `${file.replace(/\.ts$/, '')}:${key}`]);
    }
  }
  return [...byText.values()].filter((keys) => keys.length > 1).map((keys) => keys.sort());
}

/** Whether a duplicate group is table vocabulary, or each of its keys is paired with another on purpose. */
function allowed(group: readonly string[]): boolean {
  if (group.every((key) => TABLE_VOCABULARY.test(key))) return true;
  return group.every((key) =>
    DIFFERENT_ROLES.some(
      (pair) => pair.includes(key) && pair.some((other) => other !== key && group.includes(other)),
    ),
  );
}

describe('texts of the catalogs', () => {
  it('are written once: a text that means the same thing takes it from the one key that owns it', () => {
    expect(duplicateGroups().filter((group) => !allowed(group))).toEqual([]);
  });

  it('list only real duplicates as kept apart on purpose (an outdated exception fails too)', () => {
    const groups = duplicateGroups();
    const stale = DIFFERENT_ROLES.filter(
      (pair) => !groups.some((group) => pair.every((key) => group.includes(key))),
    );
    expect(stale).toEqual([]);
  });
});
