/**
 * A load row for a role nobody fills yet is demand, not a person:
 * `[дизайнер]`, `Дизайнер (нужен)`, `TBD`, `TBD дизайнер`, `Вакансия: дизайнер`.
 * The role is matched with the team's roles afterwards; `TBD` alone names none.
 */
import { foldCase, squeezeSpaces } from '../cells/text';

const BRACKETED = /^\[\s*([^\]]*?)\s*\]$/;
const NEEDED =
  /^(.*?)\s*\(\s*(?:нужен|нужна|нужны|нужно|требуется|вакансия|needed|wanted|to hire|tbd)\s*\)$/i;
const TBD = /^(?:tbd|tba|вакансия|vacancy|open role)(?=$|[\s:—–(-])[\s:—–-]*(.*)$/i;

/** The role a placeholder person cell names (`''` when it names none), or null for a person. */
export function placeholderRole(personCell: string): string | null {
  const text = squeezeSpaces(personCell);
  const match = BRACKETED.exec(text) ?? NEEDED.exec(text) ?? TBD.exec(text);
  if (!match) return null;
  return squeezeSpaces(match[1].replace(/^\(|\)$/g, ''));
}

/** Whether a team role is the role a placeholder names: `дизайнер` is `Дизайнер`, `Старший дизайнер`. */
export function roleMatches(teamRole: string, placeholder: string): boolean {
  const role = foldCase(squeezeSpaces(teamRole));
  const wanted = foldCase(squeezeSpaces(placeholder));
  return wanted !== '' && (role === wanted || role.split(/[\s,/()]+/).includes(wanted));
}
