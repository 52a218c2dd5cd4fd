/**
 * Outlines into messages: each rendered with its template, given its message
 * key, and rejected when it must not be sent. Internal messages are
 * shortened to MailApp's limits; a client's reminder goes as written or not at all.
 */
import { mondayOf } from '../../calendar';
import { t } from '../../i18n';
import { messageKey } from '../keys';
import { fitSectionsToMailLimits, fitToMailLimits } from '../limits';
import { type DigestSection, sectionsBlock, type ItemsBlock } from '../sections';
import { type ItemLine, type Rendered, renderTemplate } from '../templateRender';
import { findTemplate } from '../templates';
import type { MessageItem, PlannedMessage } from '../types';
import type { MessageOutline, OwnedMessage, PlanInput } from './types';

const HEADER_BREAK = /[\r\n]/;

function renderOne(outline: MessageOutline, key: string, input: PlanInput): PlannedMessage {
  const lang = outline.lang ?? input.lang;
  const template = findTemplate(input.templates, outline.template, lang);
  const render = (values: Record<string, string>, lines: readonly (string | ItemLine)[] | ItemsBlock) =>
    template ? renderTemplate(template, values, lines) : { subject: '', body: '', htmlBody: '', unknown: [] };
  const andMore = (count: number) => t(lang, 'digest.andMore', { count });
  let fitted: { values: Record<string, string>; items: MessageItem[] };
  // Every digest the fitting measured: the one it keeps is rendered already.
  const measured = new Map<readonly DigestSection[], Rendered>();
  let rendered: Rendered | null = null;
  if (outline.sections) {
    // A digest in sections: each section keeps its heading and totals and is shortened on its own.
    const inSections = fitSectionsToMailLimits(
      outline.values,
      outline.sections,
      (values, sections) => {
        const result = render(values, sectionsBlock(sections));
        measured.set(sections, result);
        return result;
      },
      andMore,
    );
    fitted = { values: inSections.values, items: inSections.sections.flatMap((section) => section.items) };
    rendered =
      measured.get(inSections.sections) ?? render(inSections.values, sectionsBlock(inSections.sections));
  } else if (outline.kind === 'client' || outline.kind === 'letter')
    fitted = outline; // goes as written or not at all
  else fitted = fitToMailLimits(outline.values, outline.items, render, andMore);
  const { values, items } = fitted;
  rendered ??= render(values, items);
  let problem: string | null = null;
  const headers = [rendered.subject, ...outline.to, ...outline.cc, outline.replyTo ?? ''];
  if (headers.some((value) => HEADER_BREAK.test(value))) problem = t(lang, 'problem.lineBreak');
  else if (rendered.unknown.length > 0)
    problem = t(lang, 'problem.unknownPlaceholder', {
      template: outline.template,
      names: rendered.unknown.join(', '),
    });
  return {
    kind: outline.kind,
    key,
    to: outline.to,
    cc: outline.cc,
    replyTo: outline.replyTo,
    template: outline.template,
    values,
    items,
    problem,
    status: problem ? 'rejected' : outline.held ? 'held' : 'ready',
    ...(outline.held ? { held: outline.held } : {}),
    // A subject that would be rejected is still shown, on one line, so the AM can find it.
    subject: rendered.subject.replace(/[\r\n]+/g, ' '),
    body: rendered.body,
    htmlBody: rendered.htmlBody,
  };
}

/** The messages not yet in the log, in the outlines' order. */
export function render(outlines: readonly MessageOutline[], input: PlanInput): OwnedMessage[] {
  const messages: OwnedMessage[] = [];
  for (const outline of outlines) {
    // Digests are keyed by their period (the week for weekly ones), items by stage.
    const weekly = outline.kind === 'digest.load' || outline.kind === 'digest.accounting';
    const key =
      messageKey(outline.kind, outline.to, weekly ? mondayOf(input.today) : input.today) +
      (outline.keySuffix ?? '');
    if (input.done.has(key)) continue;
    messages.push({ message: renderOne(outline, key, input), owners: outline.owners });
  }
  return messages;
}
