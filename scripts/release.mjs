#!/usr/bin/env node
/**
 * `npm run release`: builds dist/ and refuses to call it a release unless
 *  - the manifest runs on V8, has a valid time zone, and asks only for scopes
 *    in the allow-list below, each with the reason a user is told; the
 *    restricted Gmail scope and Drive read access only in the opt-in `--with-gmail` build;
 *  - dist/Code.js is under the size limit;
 *  - every menu handler, trigger handler and google.script.run target of the
 *    sidebars is a real top-level function of the bundle, as Apps Script needs.
 * Then it prints the version and the `clasp push` steps.
 *
 *   node scripts/release.mjs [--with-gmail]         build and check
 *   node scripts/release.mjs --dist DIR             check an already built directory
 *   node scripts/release.mjs --manifest FILE        check one manifest only
 */
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vm from 'node:vm';
import { buildAll, DRIVE_READ_SCOPE, GMAIL_BUILD_SCOPES, GMAIL_SCOPE, wantsGmailBuild } from './build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every scope the add-on may ask for, and why (the README and the guide say the same). */
export const SCOPE_REASONS = {
  'https://www.googleapis.com/auth/spreadsheets.currentonly':
    'read the registers and write the add-on’s own sheets and columns, in this spreadsheet only',
  'https://www.googleapis.com/auth/script.container.ui': 'show the menu and the sidebars inside Sheets',
  'https://www.googleapis.com/auth/script.send_mail':
    'send reminders and digests as the user (MailApp), send mode only',
  'https://www.googleapis.com/auth/script.scriptapp':
    'install and remove the one hourly trigger (and the daily and Monday ones of older versions)',
  'https://www.googleapis.com/auth/userinfo.email':
    'the signed-in user’s email, so the dashboard opens on that account manager’s clients',
  [GMAIL_SCOPE]:
    'Gmail: drafts, reminders as one thread per client, replies and bounces read back; only in the --with-gmail build (restricted scope)',
  [DRIVE_READ_SCOPE]:
    'read the Drive files the invoice links point to, to attach them as PDFs; only in the --with-gmail build (restricted scope)',
};

/** Apps Script accepts larger files, but every user downloads this one on each execution. */
export const CODE_SIZE_LIMIT = 1024 * 1024;

/** Problems with a manifest, as sentences; empty when it can ship. */
export function checkManifest(manifest, { withGmail = false } = {}) {
  const problems = [];
  if (manifest.runtimeVersion !== 'V8') problems.push(`runtimeVersion is ${manifest.runtimeVersion}, not V8`);
  if (!manifest.timeZone) {
    problems.push('timeZone is not set');
  } else {
    try {
      new Intl.DateTimeFormat('en', { timeZone: manifest.timeZone });
    } catch {
      problems.push(`timeZone ${manifest.timeZone} is not a valid IANA time zone`);
    }
  }
  const scopes = manifest.oauthScopes ?? [];
  if (scopes.length === 0)
    problems.push('oauthScopes is empty: Apps Script would guess scopes from the code');
  for (const scope of scopes) {
    if (!(scope in SCOPE_REASONS)) problems.push(`scope ${scope} is not in the allow-list with a reason`);
  }
  if (new Set(scopes).size !== scopes.length) problems.push('a scope is listed twice');
  for (const scope of GMAIL_BUILD_SCOPES) {
    if (!withGmail && scopes.includes(scope))
      problems.push(`the restricted scope ${scope} is in the default build (only --with-gmail may add it)`);
  }
  return problems;
}

/** The names Apps Script will call: menu and trigger handlers from the sources, targets from the pages. */
async function requiredEntryPoints(distDir) {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-release-'));
  try {
    const outfile = join(dir, 'names.cjs');
    await build({
      stdin: {
        contents: [
          "export { MENU } from './src/app/menu';",
          "export { HOURLY_HANDLER, LEGACY_DAILY_HANDLER, LEGACY_WEEKLY_HANDLER } from './src/app/reminders/triggers';",
          "export { serverCallsIn } from './test/support/bundle';",
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      // Bundled whole: the file is loaded from a temporary folder, where no node_modules resolve.
      outfile,
      logLevel: 'silent',
    });
    const { MENU, HOURLY_HANDLER, LEGACY_DAILY_HANDLER, LEGACY_WEEKLY_HANDLER, serverCallsIn } =
      createRequire(import.meta.url)(outfile);
    const required = new Map();
    const need = (name, why) => required.set(name, required.get(name) ?? why);
    need('onOpen', 'simple trigger');
    for (const item of MENU) if (item) need(item.handler, 'menu item');
    need(HOURLY_HANDLER, 'hourly trigger');
    // Older installs may still hold a daily and a Monday trigger until they are replaced.
    need(LEGACY_DAILY_HANDLER, 'daily trigger of older versions');
    need(LEGACY_WEEKLY_HANDLER, 'Monday trigger of older versions');
    for (const file of readdirSync(distDir).filter((name) => name.endsWith('.html'))) {
      for (const name of serverCallsIn(readFileSync(join(distDir, file), 'utf8')))
        need(name, `${file} server call`);
    }
    return required;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Problems with a built dist/ directory: manifest, bundle size, entry points. */
export async function checkDist(distDir, { withGmail = false } = {}) {
  const problems = [];
  const manifest = JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8'));
  problems.push(...checkManifest(manifest, { withGmail }).map((problem) => `appsscript.json: ${problem}`));
  const codePath = join(distDir, 'Code.js');
  const size = statSync(codePath).size;
  if (size > CODE_SIZE_LIMIT) problems.push(`Code.js is ${kb(size)}, above the ${kb(CODE_SIZE_LIMIT)} limit`);
  // Loaded as Apps Script loads it: one global scope, no services touched at load time.
  const context = vm.createContext({});
  vm.runInContext(readFileSync(codePath, 'utf8'), context, { filename: 'Code.js' });
  const required = await requiredEntryPoints(distDir);
  for (const [name, why] of required) {
    if (vm.runInContext(`typeof ${name}`, context) !== 'function') {
      problems.push(`${name} (${why}) is not a top-level function of Code.js`);
    }
  }
  return { problems, size, manifest, entryPoints: required.size };
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function fail(problems) {
  console.error('release: NOT ready');
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}

function printSteps(version, withGmail) {
  console.log(`
Account Desk ${version} is ready${withGmail ? ' (the Gmail build)' : ''}. To install it into a spreadsheet:
  1. npx clasp login                      (once per machine)
  2. Spreadsheet → Extensions → Apps Script → Project Settings → copy the Script ID
     into .clasp.json ("scriptId"; "rootDir" stays "dist"), or:
     npx clasp create --type sheets --parentId <spreadsheet id> --rootDir dist
  3. npx clasp push                       (pushes dist/: Code.js, appsscript.json, the sidebars)
  4. Reload the spreadsheet; the menu "Пульт аккаунта" appears; the first click asks for the scopes above.
     New installs start in preview mode: nothing is sent until Settings → mode "send".`);
}

async function main(argv) {
  const withGmail = wantsGmailBuild(argv);
  const valueOf = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const manifestFile = valueOf('--manifest');
  if (manifestFile) {
    const problems = checkManifest(JSON.parse(readFileSync(manifestFile, 'utf8')), { withGmail });
    if (problems.length) fail(problems);
    console.log(`release: ${manifestFile} is fine`);
    return;
  }
  let distDir = valueOf('--dist');
  if (!distDir) {
    distDir = join(root, 'dist');
    await buildAll({ withGmail });
  }
  if (!existsSync(join(distDir, 'Code.js'))) fail([`${distDir}/Code.js is missing`]);
  const { problems, size, manifest, entryPoints } = await checkDist(distDir, { withGmail });
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  console.log(`Code.js: ${kb(size)} (limit ${kb(CODE_SIZE_LIMIT)}); ${entryPoints} entry points checked`);
  console.log(`appsscript.json: ${manifest.runtimeVersion}, time zone ${manifest.timeZone}, scopes:`);
  for (const scope of manifest.oauthScopes ?? [])
    console.log(`  ${scope}\n    ${SCOPE_REASONS[scope] ?? '(no reason)'}`);
  if (problems.length) fail(problems);
  printSteps(version, withGmail);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
