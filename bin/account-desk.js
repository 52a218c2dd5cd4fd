#!/usr/bin/env node
/**
 * `account-desk` for `npx account-desk …` inside a checkout: builds the local
 * runner (and dist/) when it is missing or older than the sources, then runs it.
 * A Gmail build in dist/ (`npm run build -- --with-gmail`) is rebuilt as a Gmail build.
 */
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS shim that must run before any build */
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const cli = join(root, 'build', 'local', 'cli.js');

function newest(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stats.mtimeMs);
}

function stale() {
  if (!existsSync(cli) || !existsSync(join(root, 'dist', 'Code.js'))) return true;
  const built = Math.min(statSync(cli).mtimeMs, statSync(join(root, 'dist', 'Code.js')).mtimeMs);
  return newest(join(root, 'src')) > built;
}

function isGmailBuild() {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'dist', 'appsscript.json'), 'utf8'));
    return (manifest.oauthScopes || []).includes('https://mail.google.com/');
  } catch {
    return false;
  }
}

if (stale()) {
  const flags = isGmailBuild() ? ['--with-gmail'] : [];
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), ...flags], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

require(cli)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
