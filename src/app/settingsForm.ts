/**
 * The Settings sidebar's use cases: what it shows (current settings and the
 * detected column mapping of every register) and saving what it sends, which
 * is validated field by field before anything is stored.
 */
import { OWNED_COLUMN_KEY } from '../core/documents/ownedColumns';
import { validateSettings } from '../core/forms/settings';
import { t } from '../core/i18n';
import {
  describeMapping,
  fieldLabel,
  registerLabel,
  REGISTER_FIELDS,
  type MappingRow,
} from '../core/registers';
import type { FieldOf, RegisterKind } from '../core/registers/types';
import type { Settings } from '../core/settings';
import { withSettings, type RunContext } from './context';
import { type FormResult, refused } from './forms/result';
import { pageBase } from './forms/submit';
import type { PageBase } from './forms/types';
import type { AppEnv } from './ports';
import { readWorkbook } from './readWorkbook';
import { refreshOurTrigger } from './reminders/triggers';
import { saveSettings } from './settingsStore';

export interface RegisterView {
  kind: RegisterKind;
  kindLabel: string;
  sheet: string;
  rows: MappingRow[];
  /** Every field the register may have, for the correction dropdowns. */
  fields: { field: string; label: string }[];
  /** Labels of fields no column supplies. */
  missing: string[];
}

export interface SettingsView extends PageBase {
  settings: Settings;
  draftsAvailable: boolean;
  registers: RegisterView[];
}

export function settingsView(env: AppEnv, ctx: RunContext): SettingsView {
  const { registers } = readWorkbook(env, ctx, { styles: false });
  // The add-on's own columns (found by their marker) are not the user's to map: never offered.
  const owned = new Set(
    env.workbook.columnMarkers(OWNED_COLUMN_KEY).map((marker) => `${marker.sheet}\u0000${marker.column - 1}`),
  );
  const label = (kind: RegisterKind, field: string): string =>
    fieldLabel(kind, field as FieldOf<RegisterKind>, ctx.lang);
  return {
    ...pageBase(ctx.lang),
    settings: ctx.settings,
    draftsAvailable: env.mailer.draftsAvailable(),
    registers: registers.map((register) => ({
      kind: register.kind,
      kindLabel: registerLabel(register.kind, ctx.lang),
      sheet: register.sheet,
      rows: describeMapping(register, ctx.lang).filter(
        (row) => !owned.has(`${register.sheet}\u0000${row.col}`),
      ),
      fields: (REGISTER_FIELDS[register.kind] as readonly string[]).map((field) => ({
        field,
        label: label(register.kind, field),
      })),
      missing: (register.missing as string[]).map((field) => label(register.kind, field)),
    })),
  };
}

export function submitSettings(env: AppEnv, ctx: RunContext, input: unknown): FormResult {
  const checked = validateSettings(input, env.mailer.draftsAvailable());
  if (!checked.ok) return refused(checked.errors, ctx.lang);
  saveSettings(env, checked.value);
  const saved = withSettings(ctx, checked.value);
  // A new hour moves the installed trigger (SPEC §5: reinstalled when the schedule changes).
  refreshOurTrigger(env, saved);
  // The language may just have changed: answer in the new one (`auto` keeps this page's).
  const answer = checked.value.language === 'auto' ? ctx.lang : checked.value.language;
  return { ok: true, message: t(answer, 'settings.saved') };
}
