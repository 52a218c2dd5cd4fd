/**
 * Text of the sidebars and of form validation. The server sends the whole
 * catalog of the user's language to a page, so the page bundle carries no
 * text of its own; the catalog is kept in two files, the forms and the others.
 */
import * as desk from './desk';
import * as forms from './forms';
import { page as gmail } from './gmail';
import * as sidebars from './sidebars';

export const ru = { ...forms.ru, ...sidebars.ru, ...desk.ru, ...gmail.ru } as const;

export const en = { ...forms.en, ...sidebars.en, ...desk.en, ...gmail.en } as const satisfies Record<
  keyof typeof ru,
  string
>;

export type UiKey = keyof typeof ru;
export type UiTexts = Record<UiKey, string>;
