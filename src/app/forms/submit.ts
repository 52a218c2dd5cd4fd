/**
 * The three form use cases: validate again on the server (the page is never
 * trusted), write one row under the document lock, then recalculate the
 * owned cells the row affects, and say what happened.
 */
import type { ColumnMarker } from '../../core/documents/markerHint';
import { clientKey } from '../../core/identity';
import { formatDay, formatDayShort } from '../../core/calendar';
import { formatMoney } from '../../core/cells';
import { validateAddDocument } from '../../core/forms/documentForm';
import { validateBooking } from '../../core/forms/loadForm';
import { validatePayment } from '../../core/forms/paymentForm';
import { t } from '../../core/i18n';
import { registerLabel } from '../../core/registers';
import * as ui from '../../core/i18n/messages/ui';
import type { Lang } from '../../core/types';
import { dateContextOf, type RunContext } from '../context';
import { documentStatesOf } from '../documentStates';
import { FORM_WAIT_MS, withDocumentLock } from '../lock';
import type { AppEnv } from '../ports';
import { readWorkbook } from '../readWorkbook';
import { writeDocumentRow } from './addDocument';
import { writeBooking } from './bookLoad';
import { peopleAndClients } from './loadRows';
import { recalculateAfterForm } from './recalc';
import { writePayment } from './registerPayment';
import { openInvoices, requireRegister, weekHours } from './registers';
import { type FormResult, refused } from './result';
import type { FormOptions, PageBase } from './types';

export function pageBase(lang: Lang): PageBase {
  return { lang, texts: lang === 'en' ? ui.en : { ...ui.ru } };
}

/** `markersHint`: where our column markers were at the last write (the change stamp's), checked before use. */
export function formOptions(
  env: AppEnv,
  ctx: RunContext,
  markersHint: readonly ColumnMarker[] | null = null,
): FormOptions {
  const { lang } = ctx;
  const snapshot = readWorkbook(env, ctx, { styles: false, markersHint });
  const load = snapshot.register('load');
  const { people, clients } = load ? peopleAndClients(load.mapping, load.grid) : { people: [], clients: [] };
  const documents = documentStatesOf(snapshot, ctx);
  // The directory's clients first, under the directory's spelling; other spellings of them are not repeated.
  const directoryClients = [...snapshot.directory.clients.values()];
  const documentClients = new Set(directoryClients.map((client) => client.name));
  const known = new Set(directoryClients.map((client) => client.key));
  for (const client of clients) if (!known.has(clientKey(client))) documentClients.add(client);
  const managers = new Set<string>();
  for (const state of documents?.states ?? []) {
    if (state.counterparty && !known.has(clientKey(state.counterparty)))
      documentClients.add(state.counterparty);
    if (state.record.manager) managers.add(state.record.manager);
  }
  const missing = (kind: 'documents' | 'load') =>
    t(lang, 'forms.error.noRegister', { register: registerLabel(kind, lang) });
  return {
    ...pageBase(lang),
    today: ctx.today,
    timeZone: ctx.timeZone,
    people,
    clients: [...documentClients].sort((a, b) => a.localeCompare(b)),
    managers: [...managers].sort((a, b) => a.localeCompare(b)),
    weeks: (load?.mapping.weekColumns ?? []).map((column) => ({
      week: column.week,
      label: formatDayShort(column.week, lang),
    })),
    invoices: openInvoices(documents, lang),
    weekHours: weekHours(snapshot, ctx),
    missing: { documents: documents ? null : missing('documents'), load: load ? null : missing('load') },
  };
}

/** Writes under the document lock; once a row is saved, recalculates and says so (or that it could not). */
function submit(env: AppEnv, ctx: RunContext, write: () => FormResult): FormResult {
  const result = withDocumentLock(env, { waitMs: FORM_WAIT_MS }, write);
  if (!result.ok) return result;
  const recalculated = recalculateAfterForm(env, ctx);
  return {
    ok: true,
    message: recalculated ? result.message : `${result.message} ${t(ctx.lang, 'forms.recalcFailed')}`,
  };
}

export function submitAddDocument(env: AppEnv, ctx: RunContext, input: unknown): FormResult {
  const { lang } = ctx;
  return submit(env, ctx, () => {
    const snapshot = readWorkbook(env, ctx, { styles: false });
    const checked = validateAddDocument(input, dateContextOf(ctx));
    if (!checked.ok) return refused(checked.errors, lang);
    const { mapping, grid } = requireRegister(snapshot, 'documents', lang);
    const row = writeDocumentRow(env, mapping, grid, checked.value, lang, ctx.timeZone);
    return {
      ok: true,
      message: t(lang, 'forms.document.done', { number: checked.value.number, row, sheet: mapping.sheet }),
    };
  });
}

export function submitPayment(env: AppEnv, ctx: RunContext, input: unknown): FormResult {
  const { lang } = ctx;
  return submit(env, ctx, () => {
    const snapshot = readWorkbook(env, ctx, { styles: false });
    const documents = documentStatesOf(snapshot, ctx);
    const row = typeof input === 'object' && input !== null ? (input as { row?: unknown }).row : undefined;
    const invoice = openInvoices(documents, lang).find((candidate) => candidate.row === row);
    const owes = invoice ? { minor: invoice.outstanding, text: invoice.outstandingText } : null;
    const checked = validatePayment(input, dateContextOf(ctx), owes);
    if (!checked.ok) return refused(checked.errors, lang);
    if (!invoice || invoice.number !== checked.value.number)
      return refused({ row: { key: 'forms.error.rowChanged' } }, lang);
    const { mapping, grid } = requireRegister(snapshot, 'documents', lang);
    const { outstanding } = writePayment(env, mapping, grid, checked.value, lang, ctx.timeZone);
    const currency = documents?.states.find((state) => state.row === invoice.row)?.currency ?? null;
    const message = t(lang, 'forms.payment.done', {
      amount: formatMoney(checked.value.amount, currency, lang),
      number: invoice.number,
      outstanding: formatMoney(Math.max(0, outstanding), currency, lang),
    });
    return { ok: true, message };
  });
}

export function submitBooking(env: AppEnv, ctx: RunContext, input: unknown): FormResult {
  const { lang } = ctx;
  return submit(env, ctx, () => {
    // The booked cell keeps a colour the user chose: the load register's backgrounds are read.
    const snapshot = readWorkbook(env, ctx, { styles: true });
    const checked = validateBooking(input, weekHours(snapshot, ctx));
    if (!checked.ok) return refused(checked.errors, lang);
    const { mapping, grid } = requireRegister(snapshot, 'load', lang);
    const { row, added } = writeBooking(env, mapping, grid, checked.value, lang);
    const params = {
      person: checked.value.person,
      client: checked.value.client,
      week: formatDay(checked.value.week, lang),
      row,
    };
    return { ok: true, message: t(lang, added ? 'forms.load.added' : 'forms.load.updated', params) };
  });
}
