/** The project the runner serves: its root, its built bundle, its manifest. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_TIME_ZONE } from '../services/time';

/**
 * The nearest folder up from here with a package.json: the same from `src/local/runner/` and a
 * built `build/local/`. A copy bundled outside the project (a test's child process, which is
 * given its `distDir`) has none: two levels up then, as from a build folder.
 */
function findRoot(from: string): string {
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir))
    if (existsSync(join(dir, 'package.json'))) return dir;
  return resolve(from, '..', '..');
}

export const PROJECT_ROOT = findRoot(__dirname);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether `dist/` holds the opt-in Gmail build (its manifest asks for Gmail). */
function isGmailBuild(dist: string): boolean {
  try {
    const { oauthScopes } = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8')) as {
      oauthScopes?: unknown;
    };
    return Array.isArray(oauthScopes) && oauthScopes.includes('https://mail.google.com/');
  } catch {
    return false;
  }
}

/**
 * Builds `dist/` with the real build script when Code.js is missing or older than any source file,
 * as the build that is there: a Gmail build stays a Gmail build.
 */
export function ensureBuilt(root = PROJECT_ROOT): string {
  const dist = join(root, 'dist');
  const code = join(dist, 'Code.js');
  const sources = [join(root, 'src'), join(root, 'appsscript.json')].filter(existsSync);
  const newest = Math.max(
    ...sources.map((path) => (statSync(path).isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)),
  );
  if (!existsSync(code) || statSync(code).mtimeMs < newest) {
    const flags = existsSync(code) && isGmailBuild(dist) ? ['--with-gmail'] : [];
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), ...flags], {
      cwd: root,
      stdio: 'pipe',
    });
  }
  return dist;
}

/** The manifest's time zone: what a clock trigger fires in unless it is given another. */
export function manifestTimeZone(distDir: string): string {
  const manifest = join(distDir, 'appsscript.json');
  if (!existsSync(manifest)) return DEFAULT_TIME_ZONE;
  const { timeZone } = JSON.parse(readFileSync(manifest, 'utf8')) as { timeZone?: unknown };
  return typeof timeZone === 'string' && timeZone ? timeZone : DEFAULT_TIME_ZONE;
}
