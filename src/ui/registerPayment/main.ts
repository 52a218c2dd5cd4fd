import type { FormOptions, OpenInvoice } from '../../app/forms/types';
import { isFarFromToday } from '../../core/forms/farDate';
import { type RegisterPaymentInput, validatePayment } from '../../core/forms/paymentForm';
import { h, render } from '../shared/dom';
import { dayText, field, valueOf } from '../shared/form';
import { errorText, setLang, showStatus, start, tr } from '../shared/page';
import { callServer } from '../shared/server';
import { wireSubmit } from '../shared/submit';

/**
 * The open invoices as a list of choices, each on two lines: number and client (cut with `…` when
 * long), then the whole remaining amount, which never is.
 */
function choicesFor(options: FormOptions, query: string, chosen: string): HTMLLabelElement[] {
  const q = query.trim().toLowerCase();
  return options.invoices
    .filter((invoice) => q === '' || `${invoice.number} ${invoice.client}`.toLowerCase().includes(q))
    .map((invoice) => {
      const name = tr(options.texts, 'desk.payment.invoice', {
        number: invoice.number,
        client: invoice.client,
      });
      return h(
        'label',
        { className: 'invoice', title: name },
        h('input', {
          type: 'radio',
          name: 'row',
          value: String(invoice.row),
          checked: String(invoice.row) === chosen,
        }),
        h('span', { className: 'invoice-name' }, name),
        h(
          'span',
          { className: 'invoice-rest' },
          tr(options.texts, 'desk.payment.remaining', { outstanding: invoice.outstandingText }),
        ),
      );
    });
}

function show(initial: FormOptions): void {
  let options = initial;
  setLang(options.lang);
  const texts = options.texts;
  const select = h(
    'div',
    { id: 'f-row', className: 'invoices', role: 'radiogroup' },
    choicesFor(options, '', ''),
  );
  const checkedRow = (): string => select.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
  const renderChoices = (): void => render(select, choicesFor(options, search.value, checkedRow()));
  const search = h('input', {
    id: 'f-search',
    name: 'search',
    type: 'search',
    placeholder: texts['forms.payment.searchPlaceholder'],
    autocomplete: 'off',
  });
  search.addEventListener('input', renderChoices);
  const chosen = (): OpenInvoice | undefined =>
    options.invoices.find((invoice) => String(invoice.row) === checkedRow());
  select.addEventListener('change', () => {
    const invoice = chosen();
    const amount = form.querySelector<HTMLInputElement>('[name="amount"]');
    if (invoice && amount && amount.value === '')
      amount.value = (invoice.outstanding / 100).toFixed(2).replace('.', ',');
  });
  const form = h(
    'form',
    { novalidate: true },
    h('h1', {}, texts['forms.payment.title']),
    options.missing.documents
      ? h('p', { className: 'error', role: 'alert' }, options.missing.documents)
      : null,
    h('label', { for: 'f-search' }, texts['forms.payment.search']),
    search,
    h('label', { for: 'f-row' }, texts['forms.payment.invoice']),
    select,
    h('div', { className: 'field-error', 'data-error-for': 'row' }),
    h(
      'p',
      { className: 'muted', id: 'no-invoices', hidden: options.invoices.length > 0 },
      texts['forms.payment.noInvoices'],
    ),
    h(
      'div',
      { className: 'row' },
      field({ name: 'paidDate', label: texts['forms.payment.paidDate'], type: 'date', value: options.today }),
      field({ name: 'amount', label: texts['forms.payment.amount'] }),
    ),
    h(
      'div',
      { className: 'actions' },
      h('button', { type: 'submit', className: 'primary' }, texts['forms.submit']),
    ),
  );
  document.getElementById('app')?.appendChild(form);
  const ctx = { timeZone: options.timeZone, referenceDay: options.today };
  wireSubmit<RegisterPaymentInput>({
    form,
    texts,
    collect: () => {
      const invoice = chosen();
      return {
        row: invoice ? invoice.row : -1,
        number: invoice ? invoice.number : '',
        paidDate: valueOf(form, 'paidDate'),
        amount: valueOf(form, 'amount'),
      };
    },
    check: (input) => {
      const invoice = chosen();
      const owes = invoice ? { minor: invoice.outstanding, text: invoice.outstandingText } : null;
      const result = validatePayment(input, ctx, owes);
      return result.ok ? {} : result.errors;
    },
    send: (input) => callServer('registerPayment', input),
    warn: (input) =>
      isFarFromToday(input.paidDate, options.today)
        ? tr(texts, 'desk.payment.farDate', {
            date: dayText(input.paidDate, options.lang),
            today: dayText(options.today, options.lang),
          })
        : null,
    // What the invoice still owes changed: the list shows it at once, so nobody enters it twice.
    onSaved: () => {
      callServer('getFormOptions')
        .then((fresh) => {
          options = fresh;
          const amount = form.querySelector<HTMLInputElement>('[name="amount"]');
          if (amount) amount.value = '';
          render(select, choicesFor(options, search.value, ''));
          const none = form.querySelector<HTMLElement>('#no-invoices');
          if (none) none.hidden = options.invoices.length > 0;
        })
        .catch((error: unknown) => showStatus(errorText(error), 'error'));
    },
  });
}

start(() => callServer('getFormOptions'), show);
