/**
 * SpreadsheetApp.getUi(): menus, sidebars and alerts, recorded for tests and the CLI.
 * https://developers.google.com/apps-script/reference/base/ui
 */
import type { CallCounter } from '../counters';
import type { Emulates } from '../emulates';
import { LocalHtmlOutput } from '../html';

export interface RecordedMenuItem {
  label: string;
  /** Handler function name; empty for separators. */
  handler: string;
  kind: 'item' | 'separator';
}

export interface RecordedMenu {
  title: string;
  addon: boolean;
  items: RecordedMenuItem[];
  added: boolean;
}

export interface RecordedSidebar {
  title: string;
  content: string;
  width: number;
}

export interface RecordedUi {
  menus: RecordedMenu[];
  sidebars: RecordedSidebar[];
  alerts: { title: string; prompt: string }[];
  toasts: { message: string; title: string; seconds: number }[];
}

export function emptyRecordedUi(): RecordedUi {
  return { menus: [], sidebars: [], alerts: [], toasts: [] };
}

export class LocalMenu implements Emulates<GoogleAppsScript.Base.Menu> {
  constructor(
    private readonly menu: RecordedMenu,
    private readonly recorded: RecordedUi,
    private readonly counter: CallCounter,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.counter.count('Menu.addItem');
    this.menu.items.push({ label: caption, handler: functionName, kind: 'item' });
    return this;
  }

  addSeparator(): this {
    this.counter.count('Menu.addSeparator');
    this.menu.items.push({ label: '', handler: '', kind: 'separator' });
    return this;
  }

  addToUi(): void {
    this.counter.count('Menu.addToUi');
    this.menu.added = true;
    if (!this.recorded.menus.includes(this.menu)) this.recorded.menus.push(this.menu);
  }
}

export class LocalUi implements Emulates<GoogleAppsScript.Base.Ui> {
  constructor(
    private readonly counter: CallCounter,
    private readonly recorded: RecordedUi,
  ) {}

  private count(method: string): void {
    this.counter.count(`Ui.${method}`);
  }

  createMenu(caption: string): LocalMenu {
    this.count('createMenu');
    return new LocalMenu(
      { title: caption, addon: false, items: [], added: false },
      this.recorded,
      this.counter,
    );
  }

  createAddonMenu(): LocalMenu {
    this.count('createAddonMenu');
    return new LocalMenu({ title: '', addon: true, items: [], added: false }, this.recorded, this.counter);
  }

  /** Only an HtmlOutput can be shown, as in Sheets. */
  showSidebar(userInterface: LocalHtmlOutput): void {
    this.count('showSidebar');
    if (!(userInterface instanceof LocalHtmlOutput))
      throw new Error('Cannot find method showSidebar: the argument is not an HtmlOutput.');
    const { title, content, width } = userInterface.snapshot();
    this.recorded.sidebars.push({ title, content, width });
  }

  /** The one-argument form the add-on uses: a message with an OK button, answered OK. */
  alert(prompt: string): string {
    this.count('alert');
    this.recorded.alerts.push({ title: '', prompt: String(prompt) });
    return 'OK';
  }
}
