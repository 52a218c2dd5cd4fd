import type { RegisterView, SettingsView } from '../../app/settingsForm';
import { validateSettings } from '../../core/forms/settings';
import type { UiKey } from '../../core/i18n/messages/ui';
import type { MappingOverride, Settings } from '../../core/settings';
import { h } from '../shared/dom';
import { checkbox, checkedOf, field, valueOf } from '../shared/form';
import { setLang, start, tr } from '../shared/page';
import { callServer } from '../shared/server';
import { wireSubmit } from '../shared/submit';

const NUMBERS = {
  load: [
    'overloadPct',
    'reservePct',
    'underloadPct',
    'maxClientsPerAm',
    'defaultWeeklyHours',
    'planTolerancePct',
    'utilisationTargetPct',
  ],
  documents: ['stopDays', 'escalationDays', 'originalsWaitDays', 'renewalLeadDays', 'receivablesTargetPct'],
  reminders: [
    'preDueDays',
    'overdueRepeatDays',
    'cadenceWindowDays',
    'dailyHour',
    'accountingWeekday',
    'sendBudgetSeconds',
  ],
} as const;
const FLAGS = {
  documents: ['renewForNewYear', 'termsInWorkingDays'],
  reminders: ['sendOnWeekends'],
} as const;
const SECTION_TITLES: Record<keyof typeof NUMBERS, UiKey> = {
  load: 'settings.thresholds',
  documents: 'settings.documentsSection',
  reminders: 'settings.schedule',
};

/** A section of the page that opens and closes; a section holding an error is opened on save. */
function section(
  title: string,
  open: boolean,
  ...children: (HTMLElement | HTMLElement[] | null)[]
): HTMLElement {
  return h('details', { className: 'section', open }, h('summary', {}, title), ...children);
}

function mappingSection(view: SettingsView, register: RegisterView, index: number): HTMLElement {
  const texts = view.texts;
  const options = [
    { value: '', label: texts['settings.mapping.ignore'] },
    ...register.fields.map((f) => ({ value: f.field, label: f.label })),
  ];
  return h(
    'section',
    { className: 'mapping', 'data-sheet': register.sheet },
    h('h3', {}, `${register.kindLabel} · ${register.sheet}`),
    register.rows
      .filter((row) => row.field !== 'week')
      .map((row, i) =>
        field({
          name: `map-${index}-${i}`,
          label: row.header,
          value: row.field,
          options,
        }),
      ),
    register.missing.length > 0
      ? h(
          'p',
          { className: 'hint' },
          tr(texts, 'settings.mapping.missing', { fields: register.missing.join(', ') }),
        )
      : null,
  );
}

/** Corrections to save: every column whose field differs from detection, plus earlier corrections kept. */
function collectMapping(form: HTMLElement, view: SettingsView): MappingOverride[] {
  const overrides: MappingOverride[] = view.settings.mapping.filter(
    (o) => !view.registers.some((r) => r.sheet === o.sheet),
  );
  view.registers.forEach((register, index) => {
    register.rows
      .filter((row) => row.field !== 'week')
      .forEach((row, i) => {
        const chosen = valueOf(form, `map-${index}-${i}`);
        if (chosen !== row.field || row.source === 'override')
          overrides.push({ sheet: register.sheet, header: row.header, field: chosen });
      });
  });
  return overrides;
}

function collect(form: HTMLElement, view: SettingsView): Settings {
  const numbers = (group: keyof typeof NUMBERS): Record<string, unknown> =>
    Object.fromEntries(NUMBERS[group].map((key) => [key, valueOf(form, `${group}.${key}`)]));
  const flags = (group: keyof typeof FLAGS): Record<string, boolean> =>
    Object.fromEntries(FLAGS[group].map((key) => [key, checkedOf(form, `${group}.${key}`)]));
  // Numbers travel as typed; the shared validation reads and range-checks them on both sides.
  return {
    language: valueOf(form, 'language'),
    mode: valueOf(form, 'mode'),
    senderName: valueOf(form, 'senderName'),
    headEmail: valueOf(form, 'headEmail'),
    accountantEmail: valueOf(form, 'accountantEmail'),
    load: numbers('load'),
    documents: { ...numbers('documents'), ...flags('documents') },
    reminders: {
      ...numbers('reminders'),
      ...flags('reminders'),
      // Only the Gmail build reads replies; elsewhere the stored value goes back unchanged.
      replyPauseDays: view.draftsAvailable
        ? valueOf(form, 'reminders.replyPauseDays')
        : view.settings.reminders.replyPauseDays,
    },
    mapping: collectMapping(form, view),
  } as unknown as Settings;
}

function show(view: SettingsView): void {
  setLang(view.lang);
  const texts = view.texts;
  const s = view.settings;
  const modeOptions = (['preview', 'send', 'draft'] as const).map((mode) => ({
    value: mode,
    label: texts[`settings.mode.${mode}`],
  }));
  const sections = (Object.keys(NUMBERS) as (keyof typeof NUMBERS)[]).map((group) =>
    section(
      texts[SECTION_TITLES[group]],
      false,
      NUMBERS[group].map((key) =>
        field({
          name: `${group}.${key}`,
          label: texts[`settings.${group}.${key}` as UiKey],
          type: 'number',
          value: String((s[group] as unknown as Record<string, number>)[key]),
        }),
      ),
      group === 'reminders' && view.draftsAvailable
        ? field({
            name: 'reminders.replyPauseDays',
            label: texts['settings.reminders.replyPauseDays'],
            type: 'number',
            value: String(s.reminders.replyPauseDays),
          })
        : null,
      group in FLAGS
        ? FLAGS[group as keyof typeof FLAGS].map((key) =>
            checkbox(
              `${group}.${key}`,
              texts[`settings.${group}.${key}` as UiKey],
              (s[group] as unknown as Record<string, boolean>)[key],
            ),
          )
        : null,
    ),
  );
  const form = h(
    'form',
    { novalidate: true },
    h('h1', {}, texts['settings.title']),
    section(
      texts['settings.general'],
      true,
      field({
        name: 'language',
        label: texts['settings.language'],
        value: s.language,
        options: (['auto', 'ru', 'en'] as const).map((value) => ({
          value,
          label: texts[`settings.language.${value}`],
        })),
      }),
      field({ name: 'mode', label: texts['settings.mode'], value: s.mode, options: modeOptions }),
      view.draftsAvailable
        ? null
        : h('p', { className: 'hint', id: 'draft-hint' }, texts['settings.mode.draftUnavailable']),
      field({ name: 'senderName', label: texts['settings.senderName'], value: s.senderName }),
      field({ name: 'headEmail', label: texts['settings.headEmail'], type: 'email', value: s.headEmail }),
      field({
        name: 'accountantEmail',
        label: texts['settings.accountantEmail'],
        type: 'email',
        value: s.accountantEmail,
      }),
    ),
    sections,
    section(
      texts['settings.mapping'],
      false,
      h('p', { className: 'hint' }, texts['settings.mapping.hint']),
      view.registers.length === 0 ? h('p', { className: 'muted' }, texts['settings.mapping.none']) : null,
      view.registers.map((register, index) => mappingSection(view, register, index)),
      h('div', { className: 'field-error', 'data-error-for': 'mapping' }),
    ),
    h(
      'div',
      { className: 'actions' },
      h('button', { type: 'submit', className: 'primary' }, texts['forms.submit']),
    ),
  );
  if (!view.draftsAvailable) {
    const draft = form.querySelector<HTMLOptionElement>('select[name="mode"] option[value="draft"]');
    if (draft) draft.disabled = true;
  }
  document.getElementById('app')?.appendChild(form);
  wireSubmit({
    form,
    texts,
    collect: () => collect(form, view),
    check: (input) => {
      const result = validateSettings(input, view.draftsAvailable);
      return result.ok ? {} : result.errors;
    },
    send: (input) => callServer('saveSettings', input),
    summary: true,
  });
}

start(() => callServer('getSettings'), show);
