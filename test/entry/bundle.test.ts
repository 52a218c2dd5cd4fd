import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DIST,
  distHtmlPages,
  loadBundle,
  missingTopLevelFunctions,
  readDistCode,
  serverCallsIn,
} from '../support/bundle';
import { recordingSpreadsheetApp } from '../support/fakeUi';
import * as common from '../../src/core/i18n/messages/common';
import * as diagnostics from '../../src/core/i18n/messages/diagnostics';
import * as documents from '../../src/core/i18n/messages/documents';
import * as load from '../../src/core/i18n/messages/load';
import * as local from '../../src/core/i18n/messages/local';
import * as registers from '../../src/core/i18n/messages/registers';
import * as reminders from '../../src/core/i18n/messages/reminders';
import * as ui from '../../src/core/i18n/messages/ui';

/** Sidebars load on every open; the form pages weighed ~80 KB when they carried every catalog. */
const SIDEBAR_BUDGET_BYTES = 50 * 1024;

const properties = { getProperty: () => null, getProperties: () => ({}) };
/** A bound script: ScriptApp says it was not installed as an add-on. */
const scriptApp = {
  AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' },
  InstallationSource: { NONE: 'NONE', WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON' },
  getInstallationSource: () => 'NONE',
};
const minimalGlobals = () => ({
  PropertiesService: { getDocumentProperties: () => properties },
  ScriptApp: scriptApp,
});

function openMenu(code: string, locale = 'ru_RU') {
  const { SpreadsheetApp, menus } = recordingSpreadsheetApp(locale);
  const context = loadBundle(code, { SpreadsheetApp, ...minimalGlobals() });
  (context.onOpen as () => void)();
  return { context, menus };
}

describe('the built bundle that clasp pushes', () => {
  it('builds the Russian menu on open, and every item calls a real top-level function', () => {
    const { context, menus } = openMenu(readDistCode());
    expect(menus).toHaveLength(1);
    expect(menus[0].title).toBe('Пульт аккаунта');
    expect(menus[0].added).toBe(true);
    const handlers = menus[0].items.map((item) => item.handler);
    expect(handlers.length).toBeGreaterThan(0);
    expect(missingTopLevelFunctions(context, handlers)).toEqual([]);
  });

  it('names the menu Account Desk when the spreadsheet locale is not Russian', () => {
    const { menus } = openMenu(readDistCode(), 'en_US');
    expect(menus[0].title).toBe('Account Desk');
    expect(menus[0].items.map((item) => item.label)).toContain('Help');
  });

  it('has a top-level function for every google.script.run call of every sidebar', () => {
    const context = loadBundle(readDistCode(), minimalGlobals());
    const pages = distHtmlPages();
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const calls = serverCallsIn(page.html);
      expect({ page: page.name, missing: missingTopLevelFunctions(context, calls) }).toEqual({
        page: page.name,
        missing: [],
      });
    }
    expect(serverCallsIn(pages.find((page) => page.name === 'help.html')!.html)).toContain('getHelp');
  });

  it('catches a bundle whose entry points are not top-level functions', () => {
    // The same bundle without the generated wrappers: exports exist only as AccountDesk.<name>.
    const broken = readDistCode().split('// Top-level entry points')[0];
    const { SpreadsheetApp } = recordingSpreadsheetApp();
    const context = loadBundle(broken, { SpreadsheetApp, ...minimalGlobals() });
    expect(missingTopLevelFunctions(context, ['onOpen', 'showHelp', 'getHelp'])).toEqual([
      'onOpen',
      'showHelp',
      'getHelp',
    ]);
  });

  it('keeps the inline sidebar script self-contained (no external script or stylesheet)', () => {
    for (const page of distHtmlPages()) {
      expect(page.html).not.toMatch(/<script[^>]+src=/i);
      expect(page.html).not.toMatch(/<link[^>]+stylesheet/i);
    }
  });

  it('keeps every sidebar page under its budget of 50 KB', () => {
    const sizes = distHtmlPages().map((page) => ({ page: page.name, bytes: Buffer.byteLength(page.html) }));
    expect(sizes.map((size) => size.page)).toEqual(
      expect.arrayContaining(['addDocument.html', 'bookLoad.html', 'registerPayment.html', 'settings.html']),
    );
    expect(sizes.filter((size) => size.bytes > SIDEBAR_BUDGET_BYTES)).toEqual([]);
  });

  it('ships no server catalog inside a sidebar: pages get their texts from the server', () => {
    // Long, plain sentences only, so the check does not depend on how the bundler quotes strings.
    const sentences = [common, registers, documents, reminders, ui, load, local, diagnostics]
      .flatMap((catalog) => [...Object.values(catalog.ru), ...Object.values(catalog.en)])
      .filter((text) => text.length >= 25 && !/["'\\\n`]/.test(text));
    expect(sentences.length).toBeGreaterThan(100);
    for (const page of distHtmlPages()) {
      expect({ page: page.name, found: sentences.filter((text) => page.html.includes(text)) }).toEqual({
        page: page.name,
        found: [],
      });
    }
  });

  it('ships a V8 manifest with the Moscow time zone and only the scopes the default build needs', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Moscow');
    expect(manifest.oauthScopes).not.toContain('https://mail.google.com/');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive.readonly');
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
  });
});
