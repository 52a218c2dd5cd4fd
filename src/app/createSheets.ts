/**
 * Create missing sheets (menu): the add-on's templates and log, and a team
 * register (SPEC §2.1: optional, created by setup if missing) prefilled with
 * the people of the load table. Never touches a sheet that exists.
 */
import { counted, t } from '../core/i18n';
import { draftTeam } from '../core/load/teamDraft';
import { OWNED_SHEETS } from '../core/ownedSheets';
import { LOG_HEADER } from '../core/reminders/log';
import type { Lang } from '../core/types';
import type { RunContext } from './context';
import type { AppEnv } from './ports';
import { readWorkbook } from './readWorkbook';
import { ensureTemplatesSheet } from './reminders/templatesSheet';

function teamHeader(lang: Lang): string[] {
  return [
    t(lang, 'setup.team.person'),
    t(lang, 'setup.team.email'),
    t(lang, 'setup.team.role'),
    t(lang, 'setup.team.hours'),
    t(lang, 'setup.team.rate'),
  ];
}

export function createMissingSheets(env: AppEnv, ctx: RunContext): string {
  const { lang } = ctx;
  // The add-on's own sheets are never read as registers, so one read serves before and after them;
  // the team draft reads the load rows as the load engine does, styles included.
  const snapshot = readWorkbook(env, ctx, { styles: true });
  const sheets = snapshot.sheetNames;
  const created: string[] = [];
  if (ensureTemplatesSheet(env, sheets)) created.push(OWNED_SHEETS.templates);
  if (!sheets.has(OWNED_SHEETS.log)) {
    env.workbook.appendRows(OWNED_SHEETS.log, [], LOG_HEADER);
    sheets.add(OWNED_SHEETS.log);
    created.push(OWNED_SHEETS.log);
  }
  const hasTeam = snapshot.register('team') !== null;
  if (!hasTeam && !sheets.has(OWNED_SHEETS.team)) {
    const people = draftTeam(snapshot.registersOf('load'));
    env.workbook.appendRows(
      OWNED_SHEETS.team,
      people.map((person) => [person.name, '', person.role, '', '']),
      teamHeader(lang),
    );
    created.push(
      people.length > 0
        ? t(lang, 'setup.team.prefilled', {
            sheet: OWNED_SHEETS.team,
            people: counted(lang, 'people', people.length),
          })
        : OWNED_SHEETS.team,
    );
  }
  return created.length > 0
    ? t(lang, 'sheets.created', { sheets: created.join(', ') })
    : t(lang, 'sheets.none');
}
