/**
 * The browser of the browser tests and of `npm run screenshots`: the Chromium build that the
 * `@sparticuz/chromium` npm package ships inside itself, so `npm ci` is all a machine needs
 * (no system package, no download). The package unpacks its Brotli archives on first use; we
 * unpack them once per package version into node_modules/.cache, through a temporary folder and
 * a rename, so parallel test workers or a killed run never see half a browser.
 * `CHROMIUM_PATH` names another Chromium instead (e.g. Debian's /usr/bin/chromium).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Where the unpacked browser of this package version lives. */
function cacheDir() {
  // The package's exports hide its package.json; its entry point lives in build/cjs/ below it.
  const entry = require.resolve('@sparticuz/chromium');
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', '..', 'package.json'), 'utf8'));
  return join(ROOT, 'node_modules', '.cache', 'account-desk-chromium', version);
}

/**
 * Unpacks the packaged Chromium (once) and returns how to launch it: the executable, and a
 * fontconfig file that adds the package's own fonts (Open Sans, with Cyrillic) behind the
 * system's, so pages render Russian even on a machine without fonts.
 */
export function preparePackagedChromium() {
  const dir = cacheDir();
  const executable = join(dir, 'chromium');
  if (!existsSync(executable)) {
    mkdirSync(dirname(dir), { recursive: true });
    const partial = mkdtempSync(`${dir}.partial-`);
    // The package unpacks into os.tmpdir(); a child process with its own TMPDIR keeps ours private.
    execFileSync(
      process.execPath,
      ['-e', "require('@sparticuz/chromium').executablePath().then((path) => process.stdout.write(path))"],
      { cwd: ROOT, env: { ...process.env, TMPDIR: partial }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    writeFileSync(
      join(partial, 'fonts.conf'),
      [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        '<fontconfig>',
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
        `  <dir>${join(dir, 'fonts')}</dir>`,
        `  <cachedir>${join(dir, 'fonts-cache')}</cachedir>`,
        '</fontconfig>',
        '',
      ].join('\n'),
    );
    try {
      renameSync(partial, dir);
    } catch (error) {
      // Another process unpacked it first: keep theirs.
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(executable)) throw error;
    }
  }
  return { executable, fontconfig: join(dir, 'fonts.conf') };
}

/** The Chromium to launch: `CHROMIUM_PATH` when set, the packaged one otherwise. */
export function chromiumExecutable() {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH names ${override}, which does not exist.`);
    return { executable: override, packaged: false };
  }
  return { ...preparePackagedChromium(), packaged: true };
}
