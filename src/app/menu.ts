import type { MessageKey } from '../core/i18n';

/** One item of the add-on menu: its label and the top-level function it calls. */
export interface MenuItem {
  label: MessageKey;
  handler: string;
}

/** `null` is a separator. Every handler must be an export of `src/entry/index.ts`. */
export const MENU: readonly (MenuItem | null)[] = [
  { label: 'menu.dashboard', handler: 'showDashboard' },
  { label: 'menu.recalculate', handler: 'recalculate' },
  null,
  { label: 'menu.addDocument', handler: 'showAddDocument' },
  { label: 'menu.registerPayment', handler: 'showRegisterPayment' },
  { label: 'menu.bookLoad', handler: 'showBookLoad' },
  null,
  { label: 'menu.previewReminders', handler: 'showReminderPreview' },
  { label: 'menu.sendReminders', handler: 'sendRemindersNow' },
  null,
  { label: 'menu.settings', handler: 'showSettings' },
  { label: 'menu.installTriggers', handler: 'installTriggers' },
  { label: 'menu.removeTriggers', handler: 'removeTriggers' },
  { label: 'menu.createSheets', handler: 'createMissingSheets' },
  { label: 'menu.diagnostics', handler: 'showDiagnostics' },
  null,
  { label: 'menu.help', handler: 'showHelp' },
];
