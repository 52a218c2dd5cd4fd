/**
 * What the Settings sidebar may save. The page sends the whole settings
 * object; every value is checked here (types, ranges, formats) and a value
 * that is wrong is refused with a message for its field, never coerced.
 */
import { isValidEmail } from '../cells/emails';
import { REGISTER_FIELDS } from '../registers/types';
import { MAX_SEND_BUDGET_SECONDS } from '../schedule/budget';
import type { LanguageSetting, MappingOverride, SendMode, Settings } from '../settings';
import { checkText, type FieldErrors, isPlainObject, MAX_TEXT, type Validated } from './fieldErrors';

const LANGUAGES: readonly LanguageSetting[] = ['auto', 'ru', 'en'];
const MODES: readonly SendMode[] = ['preview', 'send', 'draft'];
/** Most columns a settings save may correct at once; far more than any register has. */
const MAX_OVERRIDES = 200;

interface IntRule {
  path: `${'load' | 'documents' | 'reminders'}.${string}`;
  min: number;
  max: number;
}

const INT_RULES: readonly IntRule[] = [
  { path: 'load.overloadPct', min: 1, max: 500 },
  { path: 'load.reservePct', min: 1, max: 500 },
  { path: 'load.underloadPct', min: 0, max: 500 },
  { path: 'load.maxClientsPerAm', min: 1, max: 100 },
  { path: 'load.defaultWeeklyHours', min: 1, max: 168 },
  { path: 'load.planTolerancePct', min: 0, max: 1000 },
  { path: 'load.utilisationTargetPct', min: 1, max: 100 },
  { path: 'documents.stopDays', min: 1, max: 365 },
  { path: 'documents.escalationDays', min: 0, max: 365 },
  { path: 'documents.originalsWaitDays', min: 0, max: 365 },
  { path: 'documents.renewalLeadDays', min: 0, max: 365 },
  { path: 'documents.receivablesTargetPct', min: 0, max: 1000 },
  { path: 'reminders.preDueDays', min: 0, max: 60 },
  { path: 'reminders.overdueRepeatDays', min: 1, max: 90 },
  { path: 'reminders.dailyHour', min: 0, max: 23 },
  { path: 'reminders.accountingWeekday', min: 1, max: 7 },
  // 0 sends one batch of 10 per execution; above the maximum the 6-minute wall comes too close.
  { path: 'reminders.sendBudgetSeconds', min: 0, max: MAX_SEND_BUDGET_SECONDS },
  { path: 'reminders.cadenceWindowDays', min: 0, max: 30 },
  // A reply pauses for a day at least (else it would not pause), and for a quarter at most.
  { path: 'reminders.replyPauseDays', min: 1, max: 90 },
];

const BOOL_RULES = [
  'documents.renewForNewYear',
  'documents.termsInWorkingDays',
  'reminders.sendOnWeekends',
] as const;

const ALL_FIELDS = new Set<string>(Object.values(REGISTER_FIELDS).flat());

/** A whole number from a number or a numeric string typed into the form. */
function toInt(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
}

function section(input: Record<string, unknown>, name: string): Record<string, unknown> {
  const value = input[name];
  return isPlainObject(value) ? value : {};
}

function checkEmail(errors: FieldErrors, field: string, value: unknown): string {
  const s = checkText(errors, field, value);
  if (!errors[field] && s !== '' && !isValidEmail(s.toLowerCase()))
    errors[field] = { key: 'forms.error.email' };
  return s;
}

function checkMapping(errors: FieldErrors, value: unknown): MappingOverride[] {
  if (!Array.isArray(value) || value.length > MAX_OVERRIDES) {
    errors.mapping = { key: 'forms.error.malformed' };
    return [];
  }
  const result: MappingOverride[] = [];
  for (const item of value) {
    const ok =
      isPlainObject(item) &&
      typeof item.sheet === 'string' &&
      typeof item.header === 'string' &&
      typeof item.field === 'string' &&
      item.sheet.length <= MAX_TEXT &&
      item.header.length <= MAX_TEXT &&
      (item.field === '' || ALL_FIELDS.has(item.field));
    if (!ok) {
      errors.mapping = { key: 'forms.error.malformed' };
      return [];
    }
    result.push({ sheet: item.sheet as string, header: item.header as string, field: item.field as string });
  }
  const seen = new Set<string>();
  for (const { sheet, field } of result) {
    if (field === '') continue;
    if (seen.has(`${sheet}\n${field}`))
      errors.mapping = { key: 'settings.error.duplicateField', params: { field } };
    seen.add(`${sheet}\n${field}`);
  }
  return result;
}

/**
 * The settings to store, or an error per field. `draftsAvailable` is false in
 * the default build, where draft mode cannot work and is refused.
 */
export function validateSettings(input: unknown, draftsAvailable: boolean): Validated<Settings> {
  const errors: FieldErrors = {};
  if (!isPlainObject(input)) return { ok: false, errors: { form: { key: 'forms.error.malformed' } } };

  const language = input.language as LanguageSetting;
  if (!LANGUAGES.includes(language)) errors.language = { key: 'forms.error.choice' };
  const mode = input.mode as SendMode;
  if (!MODES.includes(mode)) errors.mode = { key: 'forms.error.choice' };
  else if (mode === 'draft' && !draftsAvailable) errors.mode = { key: 'settings.mode.draftUnavailable' };

  const settings: Settings = {
    language,
    mode,
    senderName: checkText(errors, 'senderName', input.senderName, { max: 100 }),
    headEmail: checkEmail(errors, 'headEmail', input.headEmail),
    accountantEmail: checkEmail(errors, 'accountantEmail', input.accountantEmail),
    load: {} as Settings['load'],
    documents: {} as Settings['documents'],
    reminders: {} as Settings['reminders'],
    mapping: checkMapping(errors, input.mapping),
  };
  const target = settings as unknown as Record<string, Record<string, unknown>>;

  for (const { path, min, max } of INT_RULES) {
    const [group, key] = path.split('.');
    const n = toInt(section(input, group)[key]);
    if (n === null) errors[path] = { key: 'forms.error.wholeNumber' };
    else if (n < min || n > max) errors[path] = { key: 'forms.error.range', params: { min, max } };
    target[group][key] = n ?? 0;
  }
  for (const path of BOOL_RULES) {
    const [group, key] = path.split('.');
    const b = section(input, group)[key];
    if (typeof b !== 'boolean') errors[path] = { key: 'forms.error.malformed' };
    target[group][key] = b === true;
  }

  const { overloadPct, reservePct, underloadPct } = settings.load;
  if (!errors['load.reservePct'] && !errors['load.overloadPct'] && reservePct > overloadPct)
    errors['load.reservePct'] = { key: 'settings.error.reserveAboveOverload' };
  if (!errors['load.underloadPct'] && !errors['load.reservePct'] && underloadPct >= reservePct)
    errors['load.underloadPct'] = { key: 'settings.error.underloadAboveReserve' };

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: settings };
}
