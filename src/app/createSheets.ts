/**
 * Create missing sheets (menu): the add-on's templates and log, and a team
 * register (SPEC §2.1: optional, created by setup if missing) prefilled with
 * the people of the load table. Never touches a sheet that exists.
 */
import { pluralEn, pluralRu, t } from '../core/i18n';
import { draftTeam } from '../core/load/teamDraft';
import { OWNED_SHEETS } from '../core/ownedSheets';
import type { RegisterMapping } from '../core/registers/types';
import { LOG_HEADER } from '../core/reminders/log';
import type { Lang } from '../core/types';
import type { AppEnv } from './ports';
import { readWorkbook } from './readWorkbook';
import { ensureTemplatesSheet } from './reminders/templatesSheet';
import { loadSettings, resolveLang } from './settingsStore';

function countPeople(lang: Lang, n: number): string {
  return lang === 'ru'
    ? `${n} ${pluralRu(n, 'сотрудник', 'сотрудника', 'сотрудников')}`
    : `${n} ${pluralEn(n, 'person', 'people')}`;
}

function teamHeader(lang: Lang): string[] {
  return [
    t(lang, 'setup.team.person'),
    t(lang, 'setup.team.email'),
    t(lang, 'setup.team.role'),
    t(lang, 'setup.team.hours'),
    t(lang, 'setup.team.rate'),
  ];
}

export function createMissingSheets(env: AppEnv): string {
  const settings = loadSettings(env);
  const lang = resolveLang(settings, env.workbook.locale());
  const created: string[] = [];
  if (ensureTemplatesSheet(env)) created.push(OWNED_SHEETS.templates);
  if (!env.workbook.sheetNames().includes(OWNED_SHEETS.log)) {
    env.workbook.appendRows(OWNED_SHEETS.log, [], LOG_HEADER);
    created.push(OWNED_SHEETS.log);
  }
  const snapshot = readWorkbook(env, settings);
  const hasTeam = snapshot.registers.some((register) => register.kind === 'team');
  if (!hasTeam && !env.workbook.sheetNames().includes(OWNED_SHEETS.team)) {
    const loadRegisters = snapshot.registers
      .filter((register): register is RegisterMapping<'load'> => register.kind === 'load')
      .flatMap((mapping) => {
        const grid = snapshot.grids.get(mapping.sheet);
        return grid ? [{ grid, mapping }] : [];
      });
    const people = draftTeam(loadRegisters);
    env.workbook.appendRows(
      OWNED_SHEETS.team,
      people.map((person) => [person.name, '', person.role, '', '']),
      teamHeader(lang),
    );
    created.push(
      people.length > 0
        ? t(lang, 'setup.team.prefilled', {
            sheet: OWNED_SHEETS.team,
            people: countPeople(lang, people.length),
          })
        : OWNED_SHEETS.team,
    );
  }
  return created.length > 0
    ? t(lang, 'sheets.created', { sheets: created.join(', ') })
    : t(lang, 'sheets.none');
}
