/** SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts and prompts, recorded for tests and the CLI. */
import type { CallCounter } from '../counters';

export interface RecordedMenuItem {
  label: string;
  /** Handler function name; empty for separators, the submenu title for submenus. */
  handler: string;
  kind: 'item' | 'separator' | 'submenu';
  items?: RecordedMenuItem[];
}

export interface RecordedMenu {
  title: string;
  addon: boolean;
  items: RecordedMenuItem[];
  added: boolean;
}

export interface RecordedHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width?: number;
  height?: number;
}

export interface RecordedUi {
  menus: RecordedMenu[];
  sidebars: RecordedHtml[];
  dialogs: RecordedHtml[];
  alerts: { title: string; prompt: string }[];
  prompts: { title: string; prompt: string; response: string }[];
  toasts: { message: string; title: string; seconds: number }[];
}

export function emptyRecordedUi(): RecordedUi {
  return { menus: [], sidebars: [], dialogs: [], alerts: [], prompts: [], toasts: [] };
}

const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

/** What an HtmlOutput offers to the Ui; B's HtmlService objects have these getters. */
interface HtmlLike {
  getContent?: () => string;
  getTitle?: () => string;
  getWidth?: () => number;
  getHeight?: () => number;
}

function describeHtml(kind: RecordedHtml['kind'], output: unknown, title?: string): RecordedHtml {
  const html = (output ?? {}) as HtmlLike;
  return {
    kind,
    title: title ?? html.getTitle?.() ?? '',
    content: html.getContent?.() ?? '',
    width: html.getWidth?.(),
    height: html.getHeight?.(),
  };
}

export interface UiOptions {
  counter: CallCounter;
  recorded: RecordedUi;
  /** Answers for prompt() in order; an exhausted queue answers '' with CANCEL. */
  promptAnswers?: string[];
  /** The button alert() answers with (OK by default). */
  alertAnswer?: keyof typeof Button;
}

export function createUi({ counter, recorded, promptAnswers = [], alertAnswer = 'OK' }: UiOptions) {
  const count = (method: string) => counter.count(`Ui.${method}`);

  function menuBuilder(target: RecordedMenuItem[], menu: RecordedMenu | null) {
    const builder = {
      addItem(caption: string, functionName: string) {
        counter.count('Menu.addItem');
        target.push({ label: caption, handler: functionName, kind: 'item' });
        return builder;
      },
      addSeparator() {
        counter.count('Menu.addSeparator');
        target.push({ label: '', handler: '', kind: 'separator' });
        return builder;
      },
      addSubMenu(sub: { recorded?: RecordedMenuItem }) {
        counter.count('Menu.addSubMenu');
        if (sub.recorded) target.push(sub.recorded);
        return builder;
      },
      addToUi() {
        counter.count('Menu.addToUi');
        if (menu) {
          menu.added = true;
          if (!recorded.menus.includes(menu)) recorded.menus.push(menu);
        }
      },
      recorded: null as RecordedMenuItem | null,
    };
    return builder;
  }

  return {
    Button,
    ButtonSet,
    createMenu(caption: string) {
      count('createMenu');
      const menu: RecordedMenu = { title: caption, addon: false, items: [], added: false };
      const builder = menuBuilder(menu.items, menu);
      // A menu used as a submenu carries its own record.
      builder.recorded = { label: caption, handler: caption, kind: 'submenu', items: menu.items };
      return builder;
    },
    createAddonMenu() {
      count('createAddonMenu');
      const menu: RecordedMenu = { title: '', addon: true, items: [], added: false };
      return menuBuilder(menu.items, menu);
    },
    showSidebar(userInterface: unknown) {
      count('showSidebar');
      recorded.sidebars.push(describeHtml('sidebar', userInterface));
    },
    showModalDialog(userInterface: unknown, title: string) {
      count('showModalDialog');
      recorded.dialogs.push(describeHtml('modal', userInterface, title));
    },
    showModelessDialog(userInterface: unknown, title: string) {
      count('showModelessDialog');
      recorded.dialogs.push(describeHtml('modeless', userInterface, title));
    },
    /** alert(prompt) · alert(prompt, buttons) · alert(title, prompt, buttons) */
    alert(first: string, second?: string, third?: string) {
      count('alert');
      const withTitle = third !== undefined || (second !== undefined && !(second in ButtonSet));
      recorded.alerts.push(
        withTitle ? { title: first, prompt: String(second ?? '') } : { title: '', prompt: first },
      );
      return Button[alertAnswer];
    },
    prompt(first: string, second?: string, third?: string) {
      count('prompt');
      const withTitle = third !== undefined || (second !== undefined && !(second in ButtonSet));
      const answer = promptAnswers.shift();
      const response = answer ?? '';
      recorded.prompts.push({
        title: withTitle ? first : '',
        prompt: withTitle ? String(second ?? '') : first,
        response,
      });
      return {
        getResponseText: () => response,
        getSelectedButton: () => (answer === undefined ? Button.CANCEL : Button.OK),
      };
    },
  };
}
