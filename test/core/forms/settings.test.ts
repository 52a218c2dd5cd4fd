import { validateSettings } from '../../../src/core/forms/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';

function withChange(change: (s: Settings) => void): Settings {
  const settings = JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings;
  change(settings);
  return settings;
}

describe('settings validation', () => {
  it('accepts the defaults unchanged', () => {
    expect(validateSettings(DEFAULT_SETTINGS, false)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('accepts numbers typed as text into the form', () => {
    const input = withChange((s) => ((s.load as unknown as Record<string, unknown>).overloadPct = ' 110 '));
    const result = validateSettings(input, false);
    expect(result.ok && result.value.load.overloadPct).toBe(110);
  });

  it.each([
    [
      'a head email without a domain',
      (s: Settings) => (s.headEmail = 'boss@'),
      'headEmail',
      'forms.error.email',
    ],
    [
      'an accountant email with a name',
      (s: Settings) => (s.accountantEmail = 'Anna <a@b.ru>'),
      'accountantEmail',
      'forms.error.email',
    ],
    [
      'an hour of 24',
      (s: Settings) => (s.reminders.dailyHour = 24),
      'reminders.dailyHour',
      'forms.error.range',
    ],
    [
      'a fractional threshold',
      (s: Settings) => (s.load.overloadPct = 100.5),
      'load.overloadPct',
      'forms.error.wholeNumber',
    ],
    [
      'a reserve above overload',
      (s: Settings) => (s.load.reservePct = 120),
      'load.reservePct',
      'settings.error.reserveAboveOverload',
    ],
    [
      'underload at the reserve',
      (s: Settings) => (s.load.underloadPct = 80),
      'load.underloadPct',
      'settings.error.underloadAboveReserve',
    ],
    [
      'an unknown mode',
      (s: Settings) => ((s as { mode: string }).mode = 'spam'),
      'mode',
      'forms.error.choice',
    ],
    [
      'a sender name with a line break',
      (s: Settings) => (s.senderName = 'A\nBcc: x@y.z'),
      'senderName',
      'forms.error.lineBreak',
    ],
    [
      'a mapping onto an unknown field',
      (s: Settings) => (s.mapping = [{ sheet: 'Д', header: 'Сумма', field: 'hack' }]),
      'mapping',
      'forms.error.malformed',
    ],
  ])('refuses %s with a message on that field', (_name, change, field, key) => {
    const result = validateSettings(withChange(change), false);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]).toMatchObject({ key });
  });

  it('refuses draft mode in the default build and accepts it when drafts are available', () => {
    const input = withChange((s) => (s.mode = 'draft'));
    const refused = validateSettings(input, false);
    expect(!refused.ok && refused.errors.mode.key).toBe('settings.mode.draftUnavailable');
    expect(validateSettings(input, true).ok).toBe(true);
  });

  it('keeps a mapping correction, including an ignored column', () => {
    const mapping = [
      { sheet: 'Документы', header: 'Сумма с НДС', field: 'amount' },
      { sheet: 'Документы', header: 'Комментарий', field: '' },
    ];
    const result = validateSettings(
      withChange((s) => (s.mapping = mapping)),
      false,
    );
    expect(result.ok && result.value.mapping).toEqual(mapping);
  });

  it.each([[null], ['{}'], [[1, 2]], [42]])('refuses a malformed call (%p) as a whole', (input) => {
    expect(validateSettings(input, false).ok).toBe(false);
  });
});
