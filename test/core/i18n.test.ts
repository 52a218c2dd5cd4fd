import { langFromLocale, t } from '../../src/core/i18n';
import * as cells from '../../src/core/i18n/messages/cells';
import * as ui from '../../src/core/i18n/messages/ui';
import { fill, translator } from '../../src/core/i18n/translate';

describe('a translator built from chosen catalogs', () => {
  const cellsOnly = translator([cells]);

  it.each([
    ['ru', '«двадцать» — не число'],
    ['en', '"двадцать" is not a number'],
  ] as const)('says in %s what the full server translator says', (lang, expected) => {
    expect(cellsOnly(lang, 'cells.notNumber', { raw: 'двадцать' })).toBe(expected);
    expect(t(lang, 'cells.notNumber', { raw: 'двадцать' })).toBe(expected);
  });

  it('knows nothing of catalogs it was not given: the key comes back as is', () => {
    const unknown = cellsOnly as (lang: 'ru', key: string) => string;
    expect(unknown('ru', 'forms.error.required')).toBe('forms.error.required');
    expect(translator([ui])('ru', 'forms.error.required')).toBe('Заполните это поле.');
  });

  it('falls back to Russian when an English text is missing', () => {
    const partial = { ru: { 'x.hello': 'Привет, {name}' }, en: {} };
    expect(translator([partial])('en', 'x.hello', { name: 'Анна' })).toBe('Привет, Анна');
  });

  it('gives the same sentence for every key of every catalog it merges, in both languages', () => {
    const both = translator([cells, ui]);
    for (const lang of ['ru', 'en'] as const)
      for (const key of [...Object.keys(cells.ru), ...Object.keys(ui.ru)] as (keyof typeof ui.ru)[])
        expect(both(lang, key, { max: 5 })).toBe(t(lang, key, { max: 5 }));
  });
});

describe('filling placeholders', () => {
  it.each([
    ['Не длиннее {max} символов.', { max: 60 }, 'Не длиннее 60 символов.'],
    ['{a} и {a}', { a: 'x' }, 'x и x'],
    ['Остаток {outstanding}', {}, 'Остаток {outstanding}'],
    ['{constructor}', {}, '{constructor}'],
  ])('fills %j', (template, params, expected) => {
    expect(fill(template, params)).toBe(expected);
  });
});

describe('the language of a spreadsheet locale', () => {
  it.each([
    ['ru_RU', 'ru'],
    ['be_BY', 'ru'],
    ['', 'ru'],
    [null, 'ru'],
    ['en_US', 'en'],
    ['de-DE', 'en'],
  ] as const)('%s is %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});
