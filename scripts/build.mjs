#!/usr/bin/env node
/**
 * Builds what `clasp push` deploys, into dist/:
 *  - Code.js: src/entry/index.ts bundled as an IIFE (global `AccountDesk`), followed by a real
 *    top-level `function NAME(...args)` for every export of the entry module, so menus, triggers
 *    and google.script.run can see them. The list comes from the module's exports, not by hand.
 *  - appsscript.json: the manifest; `--with-gmail` (the opt-in Gmail build) adds the restricted Gmail
 *    scope and Drive read access, for drafts, threads, replies, bounces and attachments.
 *  - <sidebar>.html: each src/ui/<name>/ (main.ts + optional style.css) inlined into the one page shell
 *    src/ui/shared/index.html, as one self-contained file.
 * It also builds the local runner (src/local/runner/cli.ts) into build/, outside what clasp pushes.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GLOBAL_NAME = 'AccountDesk';
export const GMAIL_SCOPE = 'https://mail.google.com/';
/**
 * `DriveApp.getFileById` of a file the user can read, for attachments: the narrowest scope that
 * method lists (https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)
 * lists `drive.readonly` and `drive`); `drive.file` would only open files this script created.
 */
export const DRIVE_READ_SCOPE = 'https://www.googleapis.com/auth/drive.readonly';
/** What only the opt-in Gmail build may declare. */
export const GMAIL_BUILD_SCOPES = [GMAIL_SCOPE, DRIVE_READ_SCOPE];

/**
 * Whether argv asks for the Gmail build. `--with-drafts` was its name while it only made drafts:
 * still accepted, with one line saying so, so old instructions do not silently build the default.
 */
export function wantsGmailBuild(argv, warn = (line) => console.warn(line)) {
  if (argv.includes('--with-drafts')) {
    warn('--with-drafts is now --with-gmail (the Gmail build); building the Gmail build.');
    return true;
  }
  return argv.includes('--with-gmail');
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Export names of the entry module that Apps Script must see (names ending in `_` stay private). */
export async function entryExports(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outfile: 'entry-exports.js',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  return output.exports.filter((name) => !name.endsWith('_') && name !== 'default').sort();
}

export function topLevelFunctions(names, globalName = GLOBAL_NAME) {
  return names
    .map((name) => `function ${name}(...args) {\n  return ${globalName}.${name}(...args);\n}\n`)
    .join('\n');
}

export async function buildCode({ entry, outDir, withGmail }) {
  const names = await entryExports(entry);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    charset: 'utf8',
    write: false,
    legalComments: 'none',
    define: { __WITH_GMAIL__: withGmail ? 'true' : 'false' },
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0].text;
  const code = `${bundle}\n// Top-level entry points, generated from the exports of src/entry/index.ts.\n${topLevelFunctions(names)}`;
  writeFileSync(join(outDir, 'Code.js'), code);
  return names;
}

export function buildManifest({ outDir, withGmail }) {
  const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8'));
  if (withGmail)
    for (const scope of GMAIL_BUILD_SCOPES)
      if (!manifest.oauthScopes.includes(scope)) manifest.oauthScopes.push(scope);
  writeFileSync(join(outDir, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function inlineScript(js) {
  // A literal "</script" inside the bundle would end the tag early.
  return `<script>\n${js.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
}

export async function buildSidebars({ uiDir, outDir }) {
  const pages = readdirSync(uiDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(uiDir, entry.name, 'main.ts')))
    .map((entry) => entry.name);
  // Every sidebar builds its DOM in main.ts, so they share one shell.
  const shell = readFileSync(join(uiDir, 'shared', 'index.html'), 'utf8');
  const sharedCss = existsSync(join(uiDir, 'shared', 'style.css'))
    ? readFileSync(join(uiDir, 'shared', 'style.css'), 'utf8')
    : '';
  for (const page of pages) {
    const dir = join(uiDir, page);
    const result = await build({
      entryPoints: [join(dir, 'main.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      platform: 'browser',
      charset: 'utf8',
      // Identifiers stay readable so the bundle test can list every callServer("name") target.
      minifyWhitespace: true,
      minifySyntax: true,
      write: false,
      logLevel: 'warning',
    });
    const ownCss = existsSync(join(dir, 'style.css')) ? readFileSync(join(dir, 'style.css'), 'utf8') : '';
    const html = shell
      .replace('<!-- inline:style -->', () => `<style>\n${sharedCss}\n${ownCss}</style>`)
      .replace('<!-- inline:script -->', () => inlineScript(result.outputFiles[0].text));
    writeFileSync(join(outDir, `${page}.html`), html);
  }
  return pages;
}

export async function buildLocal({ outDir }) {
  const cli = join(root, 'src', 'local', 'runner', 'cli.ts');
  if (!existsSync(cli)) return false;
  await build({
    entryPoints: [cli],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile: join(outDir, 'cli.js'),
    logLevel: 'warning',
    sourcemap: 'inline',
  });
  return true;
}

export async function buildAll({
  withGmail = false,
  outDir = join(root, 'dist'),
  localOut = join(root, 'build', 'local'),
} = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  mkdirSync(localOut, { recursive: true });
  const names = await buildCode({ entry: join(root, 'src', 'entry', 'index.ts'), outDir, withGmail });
  const manifest = buildManifest({ outDir, withGmail });
  const pages = await buildSidebars({ uiDir: join(root, 'src', 'ui'), outDir });
  const local = await buildLocal({ outDir: localOut });
  return { names, scopes: manifest.oauthScopes, pages, local };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const withGmail = wantsGmailBuild(process.argv.slice(2));
  const { names, scopes, pages, local } = await buildAll({ withGmail });
  console.log(`dist/Code.js: ${names.length} entry points (${names.join(', ')})`);
  console.log(`dist/appsscript.json: ${scopes.length} scopes${withGmail ? ' (the Gmail build)' : ''}`);
  console.log(`dist/*.html: ${pages.join(', ') || 'none'}`);
  if (local) console.log('build/local/cli.js: local runner');
}
