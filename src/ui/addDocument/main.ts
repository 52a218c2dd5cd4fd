import type { FormOptions } from '../../app/forms/types';
import {
  type AddDocumentInput,
  DIRECTIONS,
  DOCUMENT_TYPES,
  validateAddDocument,
} from '../../core/forms/documentForm';
import { h } from '../shared/dom';
import { isFarFromToday } from '../../core/forms/farDate';
import { dayText, field, valueOf } from '../shared/form';
import { setLang, start, tr } from '../shared/page';
import { callServer } from '../shared/server';
import { wireSubmit } from '../shared/submit';

const TEXT_FIELDS = ['number', 'counterparty', 'contract', 'amount', 'clientEmail', 'manager'] as const;

function show(options: FormOptions): void {
  setLang(options.lang);
  const texts = options.texts;
  const form = h(
    'form',
    { novalidate: true },
    h('h1', {}, texts['forms.document.title']),
    options.missing.documents
      ? h('p', { className: 'error', role: 'alert' }, options.missing.documents)
      : null,
    field({
      name: 'type',
      label: texts['forms.type'],
      value: 'invoice',
      options: DOCUMENT_TYPES.map((type) => ({ value: type, label: texts[`forms.type.${type}`] })),
    }),
    h(
      'div',
      { className: 'row' },
      field({ name: 'number', label: texts['forms.number'] }),
      field({ name: 'date', label: texts['forms.date'], type: 'date', value: options.today }),
    ),
    field({ name: 'counterparty', label: texts['forms.counterparty'], list: options.clients }),
    h(
      'div',
      { className: 'row' },
      field({ name: 'amount', label: texts['forms.amount'], placeholder: '10 000,00' }),
      field({ name: 'dueDate', label: texts['forms.dueDate'], type: 'date' }),
    ),
    field({
      name: 'clientEmail',
      label: texts['forms.clientEmail'],
      type: 'text',
      placeholder: 'buh@client.ru',
    }),
    field({ name: 'contract', label: texts['forms.contract'] }),
    field({ name: 'manager', label: texts['forms.manager'], list: options.managers }),
    field({
      name: 'direction',
      label: texts['forms.direction'],
      value: 'incoming',
      options: DIRECTIONS.map((direction) => ({
        value: direction,
        label: texts[`forms.direction.${direction}`],
      })),
    }),
    h(
      'div',
      { className: 'actions' },
      h('button', { type: 'submit', className: 'primary' }, texts['forms.submit']),
    ),
  );
  document.getElementById('app')?.appendChild(form);
  const ctx = { timeZone: options.timeZone, referenceDay: options.today };
  wireSubmit<AddDocumentInput>({
    form,
    texts,
    collect: () => ({
      ...(Object.fromEntries(TEXT_FIELDS.map((name) => [name, valueOf(form, name)])) as Pick<
        AddDocumentInput,
        (typeof TEXT_FIELDS)[number]
      >),
      type: valueOf(form, 'type'),
      direction: valueOf(form, 'direction'),
      date: valueOf(form, 'date'),
      dueDate: valueOf(form, 'dueDate'),
    }),
    check: (input) => {
      const result = validateAddDocument(input, ctx);
      return result.ok ? {} : result.errors;
    },
    send: (input) => callServer('addDocument', input),
    // A document dated months from today is usually a slip of the year: a second Save confirms it.
    warn: (input) =>
      isFarFromToday(input.date, options.today)
        ? tr(texts, 'desk.document.farDate', {
            date: dayText(input.date, options.lang),
            today: dayText(options.today, options.lang),
          })
        : null,
    onSaved: () => {
      for (const name of ['number', 'amount'])
        (form.querySelector(`[name="${name}"]`) as HTMLInputElement).value = '';
    },
  });
}

start(() => callServer('getFormOptions'), show);
