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
 * The same words in different roles, kept apart on purpose: the headers of the add-on's own
 * output sheets are written by it (renaming one must not rename the register field the user's
 * table is matched by), and two registers may each have a field of the same name.
 */
const DIFFERENT_ROLES: readonly (readonly string[])[] = [
  [
    'documents:receivables.col.client',
    'load:load.col.client',
    'registers:registers.field.documents.counterparty',
  ],
  ['documents:receivables.col.currency', 'registers:registers.field.documents.currency'],
  ['documents:receivables.col.overdue', 'sidebars:dashboard.overdue'],
  ['documents:receivables.col.dueDate', 'registers:registers.field.documents.dueDate'],
  ['load:load.col.person', 'registers:registers.field.team.person'],
  ['load:load.col.role', 'registers:registers.field.team.role'],
  ['load:load.col.weeklyHours', 'registers:registers.field.team.weeklyHours'],
  ['load:load.col.estimate', 'registers:registers.field.load.estimate'],
  ['registers:registers.field.documents.status', 'registers:registers.field.load.status'],
  ['registers:registers.field.actuals.date', 'registers:registers.field.documents.date'],
  ['registers:registers.field.actuals.client', 'registers:registers.field.documents.counterparty'],
  ['registers:registers.field.actuals.person', 'registers:registers.field.team.person'],
  ['registers:registers.field.load.person', 'registers:registers.field.team.person'],
  ['documents:receivables.col.number', 'forms:forms.payment.invoice'],
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

/** Whether every key of a duplicate group is covered by one allowed pairing with another of them. */
function allowed(group: readonly string[]): boolean {
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
