/**
 * The three form use cases: validate again on the server (the page is never
 * trusted), write one row under the document lock, then recalculate the
 * owned cells the row affects, and say what happened.
 */
import { formatDay, formatDayShort } from '../../core/calendar';
import { formatMoney } from '../../core/cells';
import { validateAddDocument } from '../../core/forms/documentForm';
import { validateBooking } from '../../core/forms/loadForm';
import { validatePayment } from '../../core/forms/paymentForm';
import { t } from '../../core/i18n';
import { registerLabel } from '../../core/registers';
import * as ui from '../../core/i18n/messages/ui';
import type { Lang } from '../../core/types';
import type { AppEnv } from '../ports';
import { writeDocumentRow } from './addDocument';
import { writeBooking } from './bookLoad';
import {
  documentStates,
  findRegister,
  openInvoices,
  readFormContext,
  requireRegister,
  weekHours,
} from './context';
import { underDocumentLock } from './lock';
import { peopleAndClients } from './loadRows';
import { recalculateAfterForm } from './recalc';
import { writePayment } from './registerPayment';
import { type FormResult, refused } from './result';
import type { FormOptions, PageBase } from './types';

export function pageBase(lang: Lang): PageBase {
  return { lang, texts: lang === 'en' ? ui.en : { ...ui.ru } };
}

export function formOptions(env: AppEnv): FormOptions {
  const ctx = readFormContext(env);
  const load = findRegister(ctx, 'load');
  const { people, clients } = load ? peopleAndClients(load.register, load.grid) : { people: [], clients: [] };
  const documentClients = new Set(clients);
  const managers = new Set<string>();
  for (const state of documentStates(ctx)) {
    if (state.counterparty) documentClients.add(state.counterparty);
    if (state.record.manager) managers.add(state.record.manager);
  }
  return {
    ...pageBase(ctx.lang),
    today: ctx.today,
    timeZone: ctx.timeZone,
    people,
    clients: [...documentClients].sort((a, b) => a.localeCompare(b)),
    managers: [...managers].sort((a, b) => a.localeCompare(b)),
    weeks: (load?.register.weekColumns ?? []).map((column) => ({
      week: column.week,
      label: formatDayShort(column.week, ctx.lang),
    })),
    invoices: openInvoices(ctx),
    weekHours: weekHours(ctx),
    missing: {
      documents: findRegister(ctx, 'documents')
        ? null
        : t(ctx.lang, 'forms.error.noRegister', { register: registerLabel('documents', ctx.lang) }),
      load: load
        ? null
        : t(ctx.lang, 'forms.error.noRegister', { register: registerLabel('load', ctx.lang) }),
    },
  };
}

/** Appends the recalculation's outcome to a saved form's message. */
function saved(env: AppEnv, lang: Lang, message: string): FormResult {
  const recalculated = recalculateAfterForm(env);
  return { ok: true, message: recalculated ? message : `${message} ${t(lang, 'forms.recalcFailed')}` };
}

export function submitAddDocument(env: AppEnv, input: unknown): FormResult {
  const outcome = underDocumentLock(env, () => {
    const ctx = readFormContext(env);
    const checked = validateAddDocument(input, { timeZone: ctx.timeZone, referenceDay: ctx.today });
    if (!checked.ok) return { lang: ctx.lang, result: refused(checked.errors, ctx.lang) };
    const { register, grid } = requireRegister(ctx, 'documents');
    const row = writeDocumentRow(env, register, grid, checked.value, ctx.lang, ctx.timeZone);
    const message = t(ctx.lang, 'forms.document.done', {
      number: checked.value.number,
      row,
      sheet: register.sheet,
    });
    return { lang: ctx.lang, result: { ok: true, message } as FormResult };
  });
  return outcome.result.ok ? saved(env, outcome.lang, outcome.result.message) : outcome.result;
}

export function submitPayment(env: AppEnv, input: unknown): FormResult {
  const outcome = underDocumentLock(env, () => {
    const ctx = readFormContext(env);
    const row = typeof input === 'object' && input !== null ? (input as { row?: unknown }).row : undefined;
    const invoice = openInvoices(ctx).find((candidate) => candidate.row === row);
    const owes = invoice ? { minor: invoice.outstanding, text: invoice.outstandingText } : null;
    const checked = validatePayment(input, { timeZone: ctx.timeZone, referenceDay: ctx.today }, owes);
    if (!checked.ok) return { lang: ctx.lang, result: refused(checked.errors, ctx.lang) };
    if (!invoice || invoice.number !== checked.value.number)
      return { lang: ctx.lang, result: refused({ row: { key: 'forms.error.rowChanged' } }, ctx.lang) };
    const { register, grid } = requireRegister(ctx, 'documents');
    const { outstanding } = writePayment(env, register, grid, checked.value, ctx.lang, ctx.timeZone);
    const currency = documentStates(ctx).find((state) => state.row === invoice.row)?.currency ?? null;
    const message = t(ctx.lang, 'forms.payment.done', {
      amount: formatMoney(checked.value.amount, currency, ctx.lang),
      number: invoice.number,
      outstanding: formatMoney(Math.max(0, outstanding), currency, ctx.lang),
    });
    return { lang: ctx.lang, result: { ok: true, message } as FormResult };
  });
  return outcome.result.ok ? saved(env, outcome.lang, outcome.result.message) : outcome.result;
}

export function submitBooking(env: AppEnv, input: unknown): FormResult {
  const outcome = underDocumentLock(env, () => {
    const ctx = readFormContext(env);
    const checked = validateBooking(input, weekHours(ctx));
    if (!checked.ok) return { lang: ctx.lang, result: refused(checked.errors, ctx.lang) };
    const { register, grid } = requireRegister(ctx, 'load');
    const { row, added } = writeBooking(env, register, grid, checked.value, ctx.lang);
    const params = {
      person: checked.value.person,
      client: checked.value.client,
      week: formatDay(checked.value.week, ctx.lang),
      row,
    };
    const message = t(ctx.lang, added ? 'forms.load.added' : 'forms.load.updated', params);
    return { lang: ctx.lang, result: { ok: true, message } as FormResult };
  });
  return outcome.result.ok ? saved(env, outcome.lang, outcome.result.message) : outcome.result;
}
