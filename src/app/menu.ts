import type { MessageKey } from '../core/i18n';

/** One item of the add-on menu: its label and the top-level function it calls. */
export interface MenuItem {
  label: MessageKey;
  handler: string;
}

/** `null` is a separator. Every handler must be an export of `src/entry/index.ts`. */
export const MENU: readonly (MenuItem | null)[] = [
  { label: 'menu.recalculate', handler: 'recalculate' },
  { label: 'menu.previewReminders', handler: 'showReminderPreview' },
  { label: 'menu.sendReminders', handler: 'sendRemindersNow' },
  null,
  { label: 'menu.installTriggers', handler: 'installTriggers' },
  { label: 'menu.removeTriggers', handler: 'removeTriggers' },
  { label: 'menu.createSheets', handler: 'createMissingSheets' },
  null,
  { label: 'menu.help', handler: 'showHelp' },
];
