import { counted, t } from '../../../src/core/i18n';
import * as counts from '../../../src/core/i18n/messages/counts';
import { englishForm, russianForm } from '../../../src/core/i18n/plural';

describe('counted nouns', () => {
  it.each([
    [0, '0 дней'],
    [1, '1 день'],
    [2, '2 дня'],
    [4, '4 дня'],
    [5, '5 дней'],
    [11, '11 дней'],
    [12, '12 дней'],
    [14, '14 дней'],
    [21, '21 день'],
    [22, '22 дня'],
    [25, '25 дней'],
    [101, '101 день'],
    [111, '111 дней'],
    [1.5, '1.5 дня'],
  ])('%s in Russian is %s', (n, expected) => {
    expect(counted('ru', 'days', n)).toBe(expected);
  });

  it.each([
    [0, '0 days'],
    [1, '1 day'],
    [2, '2 days'],
    [21, '21 days'],
  ])('%s in English is %s', (n, expected) => {
    expect(counted('en', 'days', n)).toBe(expected);
  });

  it('has English for every Russian noun, and puts the number into every form', () => {
    expect(Object.keys(counts.en).sort()).toEqual(Object.keys(counts.ru).sort());
    for (const forms of [...Object.values(counts.ru), ...Object.values(counts.en)])
      for (const form of Object.values(forms)) expect(form).toContain('{count}');
  });

  it('reads the recalculation toasts as before: numbers with their nouns', () => {
    expect(
      t('ru', 'load.summary', {
        people: counted('ru', 'people', 3),
        weeks: counted('ru', 'weeks', 4),
        problems: counted('ru', 'dataProblems', 1),
      }),
    ).toBe('Пересчитано: 3 сотрудника × 4 недели, 1 проблема в данных');
    expect(
      t('en', 'load.summary', {
        people: counted('en', 'people', 1),
        weeks: counted('en', 'weeks', 8),
        problems: counted('en', 'dataProblems', 2),
      }),
    ).toBe('Recalculated: 1 person × 8 weeks, 2 data problems');
    expect(
      t('en', 'documents.recalculated', {
        documents: counted('en', 'documents', 56),
        problems: counted('en', 'problems', 1),
      }),
    ).toBe('Documents: 56 documents, 1 problem in the data');
  });
});

describe('the plural rule', () => {
  const numbers = [...Array.from({ length: 1001 }, (_, n) => n), 1.5, 2.25, -1, -3];

  it('is the same whether the engine has the rules or the written-out rule stands in', () => {
    const ru = new Intl.PluralRules('ru');
    const en = new Intl.PluralRules('en');
    for (const n of numbers) {
      expect({ n, form: russianForm(n, null) }).toEqual({ n, form: russianForm(n, ru) });
      expect({ n, form: englishForm(n, null) }).toEqual({ n, form: englishForm(n, en) });
    }
  });
});
