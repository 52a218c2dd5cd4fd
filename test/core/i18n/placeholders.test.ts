/**
 * The placeholder names of `t` are typed from the Russian templates: the lines marked
 * `@ts-expect-error` must not compile (the typecheck fails if one of them ever does).
 */
import { t } from '../../../src/core/i18n';
import type { EnglishPlaceholdersCheck } from '../../../src/core/i18n/translate';

describe('placeholder names typed from the Russian templates', () => {
  it('does not compile a call that leaves out a placeholder the Russian template names', () => {
    // @ts-expect-error: the template names {sheet}
    expect(t('ru', 'limits.tooManyCells', {})).toContain('{sheet}');
    // @ts-expect-error: the params are required at all
    expect(t('en', 'limits.tooManyCells')).toContain('{sheet}');
    // @ts-expect-error: {people} misspelt
    expect(t('ru', 'setup.team.prefilled', { sheet: 'Команда', peple: '3 сотрудника' })).toContain(
      '{people}',
    );
    expect(t('ru', 'setup.team.prefilled', { sheet: 'Команда', people: '3 сотрудника' })).toBe(
      'Команда: 3 сотрудника из таблицы загрузки — впишите почту, роль и часы',
    );
  });

  it('names the key whose English template uses a placeholder its Russian one lacks', () => {
    type Bad = { ru: { 'x.a': 'Лист {sheet}'; 'x.b': '{n}' }; en: { 'x.a': 'Sheet {name}'; 'x.b': '{n}' } };
    type Good = { ru: { 'x.a': 'Лист «{sheet}»: {n}' }; en: { 'x.a': 'Sheet {sheet}' } };
    const bad: EnglishPlaceholdersCheck<Bad> = { englishTemplateUsesPlaceholderRussianLacks: 'x.a' };
    // @ts-expect-error: a catalog with such a template is not `true`
    const badIsTrue: EnglishPlaceholdersCheck<Bad> = true;
    const good: EnglishPlaceholdersCheck<Good> = true;
    expect([bad, badIsTrue, good]).toEqual([
      { englishTemplateUsesPlaceholderRussianLacks: 'x.a' },
      true,
      true,
    ]);
  });
});
