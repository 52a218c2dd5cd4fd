import { t, type MessageKey } from '../core/i18n';
import type { Lang } from '../core/types';
import { MENU } from './menu';

export interface HelpView {
  title: string;
  body: string;
  startTitle: string;
  steps: string[];
  menuTitle: string;
  /** Every menu item with what it does, in menu order. */
  items: { label: string; text: string }[];
}

const STEPS: MessageKey[] = ['help.step1', 'help.step2', 'help.step3', 'help.step4', 'help.step5'];

/** The help page, built from the menu itself so that it never lists an item the menu lacks. */
export function helpView(lang: Lang): HelpView {
  return {
    title: t(lang, 'menu.help'),
    body: t(lang, 'help.body'),
    startTitle: t(lang, 'help.startTitle'),
    steps: STEPS.map((key) => t(lang, key)),
    menuTitle: t(lang, 'help.menuTitle'),
    items: MENU.flatMap((item) =>
      item ? [{ label: t(lang, item.label), text: t(lang, `help.${item.label}` as MessageKey) }] : [],
    ),
  };
}
