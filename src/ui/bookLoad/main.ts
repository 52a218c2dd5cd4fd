import type { FormOptions } from '../../app/forms/types';
import { type BookLoadInput, validateBooking } from '../../core/forms/loadForm';
import { mondayOf } from '../../core/calendar';
import { h } from '../shared/dom';
import { checkbox, checkedOf, field, valueOf } from '../shared/form';
import { setLang, start } from '../shared/page';
import { callServer } from '../shared/server';
import { wireSubmit } from '../shared/submit';

function show(options: FormOptions): void {
  setLang(options.lang);
  const texts = options.texts;
  const thisWeek = mondayOf(options.today);
  const defaultWeek = options.weeks.find((w) => w.week >= thisWeek)?.week ?? options.weeks[0]?.week ?? '';
  const form = h(
    'form',
    { novalidate: true },
    h('h1', {}, texts['forms.load.title']),
    options.missing.load ? h('p', { className: 'error', role: 'alert' }, options.missing.load) : null,
    field({ name: 'person', label: texts['forms.load.person'], list: options.people }),
    field({ name: 'client', label: texts['forms.load.client'], list: options.clients }),
    h(
      'div',
      { className: 'row' },
      field({
        name: 'week',
        label: texts['forms.load.week'],
        value: defaultWeek,
        options: options.weeks.map((w) => ({ value: w.week, label: w.label })),
      }),
      field({ name: 'value', label: texts['forms.load.value'], placeholder: '20% / 8ч' }),
    ),
    checkbox('tentative', texts['forms.load.tentative'], false),
    h(
      'div',
      { className: 'actions' },
      h('button', { type: 'submit', className: 'primary' }, texts['forms.submit']),
    ),
  );
  document.getElementById('app')?.appendChild(form);
  wireSubmit<BookLoadInput>({
    form,
    texts,
    collect: () => ({
      person: valueOf(form, 'person'),
      client: valueOf(form, 'client'),
      week: valueOf(form, 'week'),
      value: valueOf(form, 'value'),
      tentative: checkedOf(form, 'tentative'),
    }),
    check: (input) => {
      const result = validateBooking(input, options.weekHours);
      return result.ok ? {} : result.errors;
    },
    send: (input) => callServer('bookLoad', input),
  });
}

start(() => callServer('getFormOptions'), show);
