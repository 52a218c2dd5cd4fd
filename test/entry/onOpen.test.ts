/**
 * Opening the spreadsheet: the simple trigger `onOpen` runs in AuthMode.LIMITED
 * (a bound script, or an add-on used in this document) or NONE (an add-on
 * installed but not yet used here, where the document's properties and data are
 * out of reach). The real bundle must build its menu in both, under
 * Extensions (`createAddonMenu`) when it runs as an add-on and as its own menu
 * when bound.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MENU } from '../../src/app/menu';
import { t } from '../../src/core/i18n';
import { SETTINGS_PROPERTY } from '../../src/core/settings';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';

async function spreadsheet(options: { locale?: string; language?: string; addOn?: boolean }) {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-open-'));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Команда').addRows([
    ['Сотрудник', 'Email', 'Роль'],
    ['Анна Смирнова', 'anna@agency.example', 'аккаунт'],
  ]);
  workbook.keywords = `accountDesk:timeZone=Europe/Moscow;locale=${options.locale ?? 'ru_RU'}`;
  const file = join(dir, 'agency.xlsx');
  await workbook.xlsx.writeFile(file);
  if (options.language)
    writeFileSync(
      join(dir, 'agency.properties.json'),
      JSON.stringify({ document: { [SETTINGS_PROPERTY]: JSON.stringify({ language: options.language }) } }),
    );
  return createLocalRuntime({ file, outDir: join(dir, 'out'), distDir: DIST, addOn: options.addOn });
}

const labels = (lang: 'ru' | 'en') => MENU.filter((item) => item !== null).map((item) => t(lang, item.label));

describe.each([
  ['bound to the spreadsheet', false],
  ['installed as an Editor add-on', true],
])('onOpen of the add-on %s', (_name, addOn) => {
  const modes = addOn ? (['NONE', 'LIMITED'] as const) : (['LIMITED'] as const);

  it.each(modes)('builds the whole menu in AuthMode.%s, nothing logged as failed', async (mode) => {
    const runtime = await spreadsheet({ addOn });
    runtime.open(mode);
    expect(runtime.ui.menus).toHaveLength(1);
    const [menu] = runtime.ui.menus;
    expect(menu.addon).toBe(addOn);
    // An add-on's submenu is named after the add-on by Sheets; a bound menu carries our name.
    if (!addOn) expect(menu.title).toBe('Пульт аккаунта');
    expect(menu.items.filter((item) => item.kind === 'item').map((item) => item.label)).toEqual(labels('ru'));
    expect(runtime.logs).toEqual([]);
  });

  it('speaks the language chosen in Settings when the properties are readable (LIMITED)', async () => {
    const runtime = await spreadsheet({ addOn, language: 'en', locale: 'ru_RU' });
    runtime.open('LIMITED');
    expect(runtime.ui.menus[0].items[0].label).toBe(t('en', 'menu.dashboard'));
  });

  it('speaks the spreadsheet locale’s language when nothing is set (LIMITED)', async () => {
    const runtime = await spreadsheet({ addOn, locale: 'en_US' });
    runtime.open('LIMITED');
    expect(runtime.ui.menus[0].items[0].label).toBe(t('en', 'menu.dashboard'));
  });
});

describe('the local runtime opens the spreadsheet as Sheets does', () => {
  it('refuses the document properties and the spreadsheet in AuthMode.NONE, and allows them in LIMITED', async () => {
    const runtime = await spreadsheet({ addOn: true });
    const probe = `(function () {
      var seen = [];
      try { PropertiesService.getDocumentProperties(); seen.push('properties'); } catch (e) { seen.push('no properties'); }
      try { SpreadsheetApp.getActiveSpreadsheet(); seen.push('spreadsheet'); } catch (e) { seen.push('no spreadsheet'); }
      try { MailApp.getRemainingDailyQuota(); seen.push('mail'); } catch (e) { seen.push('no mail'); }
      SpreadsheetApp.getUi();
      return seen;
    })`;
    const vm = await import('node:vm');
    vm.runInContext(
      `var __probe = ${probe}; function onOpen(e) { __seen = [String(e.authMode), __probe()]; }`,
      runtime.context,
    );
    runtime.open('NONE');
    expect(vm.runInContext('__seen', runtime.context)).toEqual([
      'NONE',
      ['no properties', 'no spreadsheet', 'no mail'],
    ]);
    runtime.open('LIMITED');
    expect(vm.runInContext('__seen', runtime.context)).toEqual([
      'LIMITED',
      ['properties', 'spreadsheet', 'no mail'],
    ]);
  });

  it('refuses createMenu to an installed add-on', async () => {
    const runtime = await spreadsheet({ addOn: true });
    const vm = await import('node:vm');
    expect(() => vm.runInContext(`SpreadsheetApp.getUi().createMenu('x')`, runtime.context)).toThrow(
      /createAddonMenu/,
    );
  });
});
