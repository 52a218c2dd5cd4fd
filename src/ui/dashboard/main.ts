import type { DashboardView, HeatCell } from '../../app/dashboard';
import type { UiKey } from '../../core/i18n/messages/ui';
import { byId, h, render } from '../shared/dom';
import { busy, errorText, setLang, showStatus, start, tr } from '../shared/page';
import { callServer } from '../shared/server';

const COUNTS: [keyof DashboardView['counts'], UiKey][] = [
  ['overdue', 'dashboard.overdue'],
  ['dueSoon', 'dashboard.dueSoon'],
  ['stop', 'dashboard.stop'],
  ['originalsMissing', 'dashboard.originalsMissing'],
  ['renewals', 'dashboard.renewals'],
];

function heatCell(cell: HeatCell | null, view: DashboardView): HTMLTableCellElement {
  if (!cell) return h('td', { className: 'heat empty' }, '—');
  const td = h(
    'td',
    {
      className: cell.tentative > 0 ? 'heat tentative' : 'heat',
      title: cell.tentative > 0 ? view.texts['dashboard.tentativeMark'] : null,
    },
    cell.text,
  );
  // Colours come from the load engine (the summary sheet's palette), set as a style property, never as markup.
  td.style.backgroundColor = cell.color;
  return td;
}

function loadSection(view: DashboardView): HTMLElement {
  const texts = view.texts;
  if (!view.hasLoad) return h('p', { className: 'muted' }, texts['dashboard.noLoad']);
  return h(
    'table',
    { className: 'heatmap', id: 'heatmap' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, ''),
        h('th', {}, tr(texts, 'dashboard.thisWeek', { week: view.weeks[0].label })),
        h('th', {}, tr(texts, 'dashboard.nextWeek', { week: view.weeks[1].label })),
      ),
    ),
    h(
      'tbody',
      {},
      view.people.map((person) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, person.name),
          person.cells.map((cell) => heatCell(cell, view)),
        ),
      ),
    ),
  );
}

function documentsSection(view: DashboardView): HTMLElement[] {
  const texts = view.texts;
  if (!view.hasDocuments) return [h('p', { className: 'muted' }, texts['dashboard.noDocuments'])];
  return [
    h(
      'dl',
      { className: 'counts', id: 'counts' },
      COUNTS.map(([key, label]) =>
        h(
          'div',
          {
            className:
              view.counts[key] > 0 && (key === 'stop' || key === 'overdue') ? 'count alert' : 'count',
            'data-count': key,
          },
          h('dt', {}, texts[label]),
          h('dd', {}, String(view.counts[key])),
        ),
      ),
    ),
    h('h2', {}, texts['dashboard.nextActions']),
    view.nextActions.length === 0
      ? h('p', { className: 'muted' }, texts['dashboard.noActions'])
      : h(
          'ul',
          { className: 'actions-list', id: 'next-actions' },
          view.nextActions.map((action) =>
            h(
              'li',
              {},
              tr(texts, 'dashboard.action', {
                number: action.number,
                client: action.client,
                action: action.action,
              }),
            ),
          ),
        ),
  ];
}

/** What could not be used or placed; text nodes only, the sentences carry user data. */
function warningsSection(view: DashboardView): HTMLElement[] {
  if (view.warnings.length === 0) return [];
  return [
    h('h2', {}, view.texts['dashboard.warnings']),
    h(
      'ul',
      { className: 'warnings-list', id: 'warnings' },
      view.warnings.map((warning) => h('li', {}, warning)),
    ),
  ];
}

function show(view: DashboardView): void {
  setLang(view.lang);
  const texts = view.texts;
  const refresh = h('button', { type: 'button', id: 'refresh' }, texts['ui.refresh']);
  refresh.addEventListener('click', () => {
    busy(refresh, () => callServer('getDashboard'))
      .then((fresh) => {
        render(byId('app'));
        show(fresh);
      })
      .catch((error: unknown) => showStatus(errorText(error), 'error'));
  });
  render(
    byId('app'),
    h('div', { className: 'actions top' }, h('h1', {}, texts['dashboard.title']), refresh),
    h('h2', {}, texts['dashboard.load']),
    loadSection(view),
    h('h2', {}, texts['dashboard.documents']),
    documentsSection(view),
    warningsSection(view),
    h(
      'p',
      { className: 'hint', id: 'run-status' },
      view.lastRun ? tr(texts, 'dashboard.lastRun', { when: view.lastRun }) : texts['dashboard.neverRun'],
      h('br'),
      view.triggersOn
        ? tr(texts, 'dashboard.triggersOn', { hour: view.triggerHour, timeZone: view.triggerTimeZone })
        : texts['dashboard.triggersOff'],
      ...(view.todayLine ? [h('br'), h('span', { id: 'today-status' }, view.todayLine)] : []),
    ),
  );
}

start(() => callServer('getDashboard'), show);
