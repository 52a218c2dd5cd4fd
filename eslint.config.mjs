import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * The layer rules of docs/architecture.md, enforced. A relative import leaves its layer when it
 * climbs up to `src/`; a file `depth` folders below `src/<layer>/` needs `depth + 1` steps of `../`
 * for that, so each depth gets its own pattern and a sub-folder that happens to be called `app`
 * or `core` is never mistaken for a layer.
 */
const LAYERS = {
  core: {
    why: 'src/core is pure: it imports only src/core (and punycode)',
    values: ['core'],
    types: ['core'],
    packages: ['punycode'],
  },
  app: {
    why: 'src/app (use cases) imports only src/core and its own ports in src/app',
    values: ['core'],
    types: ['core'],
    packages: [],
  },
  gas: {
    why: 'src/gas (adapters) implements the ports: it imports src/core and only types from src/app/ports',
    values: ['core'],
    types: ['core', 'app/ports'],
    packages: [],
  },
  entry: {
    why: 'src/entry wires src/app to src/gas; it never reaches the local runtime or the sidebars',
    values: ['core', 'app', 'gas'],
    types: ['core', 'app', 'gas'],
    packages: [],
  },
  ui: {
    why: 'src/ui (sidebars) runs in the browser: pure src/core helpers, and only types from src/app and src/entry',
    values: ['core'],
    types: ['core', 'app', 'entry'],
    packages: [],
    // A page gets its texts from the server (`UiTexts`); a value import of the catalogs would ship
    // every feature's text in every sidebar.
    typesOnlyToo: [
      {
        path: 'core\\/i18n(\\/index|\\/messages(\\/.*)?)?$',
        why: 'a sidebar gets its texts from the server',
      },
    ],
  },
  local: {
    why: 'src/local (the Apps Script services, offline) provides globals to the bundle: it imports src/core only, never src/app, src/gas or src/entry',
    values: ['core'],
    types: ['core'],
    packages: null,
  },
};
const MAX_DEPTH = 5;

/** The start of a relative import, step by step up: `../`, also written `./../`. */
const UP = '^(\\./)?(\\.\\./)';

/** A path under src/ as a pattern: `app/ports` matches `app/ports` and `app/ports/...`. */
const underSrc = (target) => `${target.replace('/', '\\/')}(\\/|$)`;

/** An import that climbs `steps` (or more) folders up and then goes anywhere but `allowed`. */
function leaving(steps, allowed) {
  return `${UP}{${steps},}(?!(${allowed.map(underSrc).join('|')}))`;
}

/** An import that climbs exactly to src/ and enters one of `targets`. */
function entering(steps, targets) {
  return `${UP}{${steps}}(${targets.map(underSrc).join('|')})`;
}

function layerRules(layer, { why, values, types, packages, typesOnlyToo = [] }) {
  const message = `${why} (docs/architecture.md).`;
  const typesOnly = types.filter((target) => !values.includes(target));
  const configs = [];
  for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
    const patterns = [{ regex: leaving(depth + 1, types), message }];
    if (typesOnly.length > 0) {
      patterns.push({
        regex: entering(depth + 1, typesOnly),
        allowTypeImports: true,
        message: `${message} Only \`import type\` from there.`,
      });
    }
    for (const { path, why: reason } of typesOnlyToo) {
      patterns.push({
        regex: `${UP}{${depth + 1}}${path}`,
        allowTypeImports: true,
        message: `${message} Only \`import type\` from there: ${reason}.`,
      });
    }
    if (packages !== null) {
      const allowed = packages.map((name) => `(?!${name}(\\/|$))`).join('');
      patterns.push({
        regex: `^(?![./])${allowed}`,
        message: `${message} No packages or Node modules here.`,
      });
    }
    configs.push({
      files: [`src/${layer}/${'*/'.repeat(depth)}*.ts`],
      rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
    });
  }
  return configs;
}

/** Globals Apps Script's runtime does not have: code of the bundle that used one would throw there. */
const APPS_SCRIPT_MISSING = [
  'URL',
  'URLSearchParams',
  'structuredClone',
  'TextEncoder',
  'TextDecoder',
  'Buffer',
].map((name) => ({ name, message: `Apps Script's runtime has no ${name}.` }));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'out/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // The core is pure: Apps Script services are reached only through src/gas adapters.
      'no-restricted-globals': [
        'error',
        ...[
          'SpreadsheetApp',
          'MailApp',
          'GmailApp',
          'PropertiesService',
          'LockService',
          'ScriptApp',
          'HtmlService',
          'Utilities',
          'Session',
          'CacheService',
        ].map((name) => ({ name, message: 'src/core is pure; use a port from src/app/ports.ts.' })),
        ...APPS_SCRIPT_MISSING,
      ],
    },
  },
  {
    // The bundle runs in Apps Script's V8, which lacks the web and Node globals below.
    files: ['src/app/**/*.ts', 'src/gas/**/*.ts', 'src/entry/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...APPS_SCRIPT_MISSING] },
  },
  {
    files: ['src/ui/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Small files with one job each: a source file past 300 lines is doing two.
    files: ['src/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
  },
  ...Object.entries(LAYERS).flatMap(([layer, rules]) => layerRules(layer, rules)),
  prettier,
);
