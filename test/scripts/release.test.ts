import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DIST, ROOT } from '../support/bundle';
const RELEASE = join(ROOT, 'scripts', 'release.mjs');
const BASE = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as Record<string, unknown>;
const GMAIL = 'https://mail.google.com/';
const DRIVE_READ = 'https://www.googleapis.com/auth/drive.readonly';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'release-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function release(args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [RELEASE, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function checkManifest(manifest: Record<string, unknown>, extra: string[] = []) {
  const file = join(dir, `manifest-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(manifest));
  return release(['--manifest', file, ...extra]);
}

const scopes = BASE.oauthScopes as string[];

describe('release check of the manifest', () => {
  it('accepts the project manifest as it is', () => {
    expect(checkManifest(BASE).status).toBe(0);
  });

  it.each([
    [
      'a scope without a reason in the allow-list',
      { ...BASE, oauthScopes: [...scopes, 'https://www.googleapis.com/auth/drive'] },
      'https://www.googleapis.com/auth/drive is not in the allow-list',
    ],
    [
      'the Gmail scope in the default build',
      { ...BASE, oauthScopes: [...scopes, GMAIL] },
      `restricted scope ${GMAIL} is in the default build`,
    ],
    [
      'Drive read access in the default build',
      { ...BASE, oauthScopes: [...scopes, DRIVE_READ] },
      `restricted scope ${DRIVE_READ} is in the default build`,
    ],
    ['the Rhino runtime', { ...BASE, runtimeVersion: 'DEPRECATED_ES5' }, 'not V8'],
    ['no time zone', { ...BASE, timeZone: undefined }, 'timeZone is not set'],
    ['a time zone that does not exist', { ...BASE, timeZone: 'Europe/Atlantis' }, 'not a valid IANA'],
    ['no scopes at all', { ...BASE, oauthScopes: [] }, 'oauthScopes is empty'],
  ])('refuses %s', (_name, manifest, reason) => {
    const result = checkManifest(manifest);
    expect(result.status).toBe(1);
    expect(result.output).toContain('NOT ready');
    expect(result.output).toContain(reason);
  });

  it('accepts the Gmail scope and Drive read access in the --with-gmail build only', () => {
    const gmailBuild = { ...BASE, oauthScopes: [...scopes, GMAIL, DRIVE_READ] };
    const result = checkManifest(gmailBuild, ['--with-gmail']);
    expect(result.status).toBe(0);
    expect(result.output).not.toContain('--with-drafts');
  });

  it('takes the old --with-drafts as the Gmail build and says it is now --with-gmail', () => {
    const result = checkManifest({ ...BASE, oauthScopes: [...scopes, GMAIL, DRIVE_READ] }, ['--with-drafts']);
    expect(result.status).toBe(0);
    expect(result.output.match(/--with-drafts is now --with-gmail/g)).toHaveLength(1);
  });
});

describe('release check of the built bundle', () => {
  let dist: string;
  beforeAll(() => {
    // A copy of the one build, because the tests below break it on purpose.
    dist = join(dir, 'dist');
    mkdirSync(dist, { recursive: true });
    for (const file of readdirSync(DIST)) copyFileSync(join(DIST, file), join(dist, file));
  });

  it('passes on the real build and prints the size and the clasp push steps', () => {
    const result = release(['--dist', dist]);
    expect(result.output).toMatch(/Code\.js: \d+\.\d KB \(limit 1024\.0 KB\)/);
    expect(result.output).toContain('clasp push');
    expect(result.status).toBe(0);
  });

  it('fails when a menu handler is not a top-level function of Code.js', () => {
    const code = readFileSync(join(dist, 'Code.js'), 'utf8');
    writeFileSync(
      join(dist, 'Code.js'),
      code.replace(/^function recalculate\(/m, 'function recalculateRenamed('),
    );
    const result = release(['--dist', dist]);
    expect(result.status).toBe(1);
    expect(result.output).toContain('recalculate (menu item) is not a top-level function');
  });
});
