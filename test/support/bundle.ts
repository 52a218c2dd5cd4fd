import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';

export const ROOT = join(__dirname, '..', '..');
/** Built once for the whole run by test/globalSetup.mjs. */
export const DIST = join(ROOT, 'dist');

export function readDistCode(): string {
  return readFileSync(join(DIST, 'Code.js'), 'utf8');
}

export function distHtmlPages(): { name: string; html: string }[] {
  return readdirSync(DIST)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ name: file, html: readFileSync(join(DIST, file), 'utf8') }));
}

/** Runs a bundle as Apps Script does: one global scope, top-level declarations become globals. */
export function loadBundle(code: string, globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext({ console, ...globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

/** Every server function a built sidebar calls, through callServer or google.script.run directly. */
export function serverCallsIn(html: string): string[] {
  const names = new Set<string>();
  for (const match of html.matchAll(/callServer\(\s*["'](\w+)["']/g)) names.add(match[1]);
  for (const match of html.matchAll(/google\.script\.run(?:\s*\.\s*with\w+\([^)]*\))*\s*\.\s*(\w+)\s*\(/g)) {
    if (!match[1].startsWith('with')) names.add(match[1]);
  }
  return [...names];
}

/** Names that are not real top-level functions of a loaded bundle. */
export function missingTopLevelFunctions(context: vm.Context, names: readonly string[]): string[] {
  return names.filter((name) => vm.runInContext(`typeof ${name}`, context) !== 'function');
}
