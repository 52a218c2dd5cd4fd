/**
 * The opt-in Gmail build (`--with-gmail`) and the default one differ in exactly the scopes only
 * the Gmail build may ask for; the old flag `--with-drafts` still makes the Gmail build, and says
 * it is now `--with-gmail`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT } from '../support/bundle';

const GMAIL = 'https://mail.google.com/';
const DRIVE_READ = 'https://www.googleapis.com/auth/drive.readonly';

/** Runs an ES module snippet against scripts/build.mjs in a child process (jest does not load .mjs). */
function withBuildScript(body: string): { status: number | null; stdout: string; stderr: string } {
  const script = `import(${JSON.stringify(join(ROOT, 'scripts', 'build.mjs'))}).then(async (build) => { ${body} });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gmail-build-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scopesOf = (distDir: string): string[] =>
  (JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] })
    .oauthScopes;

describe('the Gmail build', () => {
  it('adds the Gmail scope and Drive read access to the default scopes, and nothing else', () => {
    const outDir = join(dir, 'dist-gmail');
    const run = withBuildScript(
      `await build.buildAll({ withGmail: true, outDir: ${JSON.stringify(outDir)}, localOut: ${JSON.stringify(join(dir, 'local'))} });`,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const defaults = scopesOf(DIST);
    expect(defaults).not.toContain(GMAIL);
    expect(defaults).not.toContain(DRIVE_READ);
    expect(scopesOf(outDir)).toEqual([...defaults, GMAIL, DRIVE_READ]);
  }, 120_000);

  it.each([
    [['--with-gmail'], true, ''],
    [['--with-drafts'], true, '--with-drafts is now --with-gmail'],
    [[], false, ''],
  ])('reads %j as the Gmail build: %s', (argv, gmail, warning) => {
    const run = withBuildScript(
      `const lines = []; const gmail = build.wantsGmailBuild(${JSON.stringify(argv)}, (line) => lines.push(line));
       console.log(JSON.stringify({ gmail, lines }));`,
    );
    const { gmail: wanted, lines } = JSON.parse(run.stdout) as { gmail: boolean; lines: string[] };
    expect(wanted).toBe(gmail);
    expect(lines).toHaveLength(warning ? 1 : 0);
    if (warning) expect(lines[0]).toContain(warning);
  });
});
