import type { FormOptions, OpenInvoice } from '../../app/forms/types';
import { type RegisterPaymentInput, validatePayment } from '../../core/forms/paymentForm';
import { h, render } from '../shared/dom';
import { field, valueOf } from '../shared/form';
import { setLang, start, tr } from '../shared/page';
import { callServer } from '../shared/server';
import { wireSubmit } from '../shared/submit';

function optionsFor(options: FormOptions, query: string): HTMLOptionElement[] {
  const q = query.trim().toLowerCase();
  return options.invoices
    .filter((invoice) => q === '' || `${invoice.number} ${invoice.client}`.toLowerCase().includes(q))
    .map((invoice) =>
      h(
        'option',
        { value: String(invoice.row) },
        tr(options.texts, 'forms.payment.option', {
          number: invoice.number,
          client: invoice.client,
          outstanding: invoice.outstandingText,
        }),
      ),
    );
}

function show(options: FormOptions): void {
  setLang(options.lang);
  const texts = options.texts;
  const select = h('select', { id: 'f-row', name: 'row', size: 6 }, optionsFor(options, ''));
  const search = h('input', {
    id: 'f-search',
    name: 'search',
    type: 'search',
    placeholder: texts['forms.payment.searchPlaceholder'],
    autocomplete: 'off',
  });
  search.addEventListener('input', () => render(select, optionsFor(options, search.value)));
  const chosen = (): OpenInvoice | undefined =>
    options.invoices.find((invoice) => String(invoice.row) === select.value);
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
    options.invoices.length === 0 ? h('p', { className: 'muted' }, texts['forms.payment.noInvoices']) : null,
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
  });
}

start(() => callServer('getFormOptions'), show);
