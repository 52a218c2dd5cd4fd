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

/** Owed, overdue and STOP money per currency, and the receivables against the benchmark. */
function moneySection(view: DashboardView): HTMLElement[] {
  const texts = view.texts;
  if (view.money.length === 0) return [];
  const line = (label: string, value: string, alert = false): HTMLElement =>
    h(
      'div',
      { className: alert ? 'money-line alert' : 'money-line' },
      h('dt', {}, label),
      h('dd', {}, value),
    );
  return [
    h('h2', {}, texts['desk.money.title']),
    h(
      'dl',
      { className: 'money', id: 'money' },
      view.money.flatMap((money) => [
        line(texts['desk.money.outstanding'], money.outstanding),
        line(texts['dashboard.overdue'], money.overdue, true),
        line(texts['desk.money.stop'], money.stop, true),
        line(texts['desk.money.ratio'], money.ratio, !money.healthy),
      ]),
    ),
  ];
}

/** The most urgent actions, then the rest behind "ещё N": nothing is cut silently. */
function actionsList(view: DashboardView): HTMLElement[] {
  const texts = view.texts;
  const items = view.nextActions.map((action, index) =>
    h(
      'li',
      { hidden: index >= view.actionsShown },
      tr(texts, 'dashboard.action', { number: action.number, client: action.client, action: action.action }),
    ),
  );
  const list = h('ul', { className: 'actions-list', id: 'next-actions' }, items);
  const hidden = items.length - view.actionsShown;
  if (hidden <= 0) return [list];
  const more = h(
    'button',
    { type: 'button', id: 'more-actions', className: 'link' },
    tr(texts, 'desk.actions.more', { count: hidden }),
  );
  more.addEventListener('click', () => {
    const expand = items.some((item) => item.hidden);
    items.forEach((item, index) => (item.hidden = !expand && index >= view.actionsShown));
    more.textContent = expand
      ? texts['desk.actions.less']
      : tr(texts, 'desk.actions.more', { count: hidden });
  });
  return [list, more];
}

/** Rows whose data cannot be read, each with a button that selects its cell in the sheet. */
function dataErrorsSection(view: DashboardView): HTMLElement[] {
  const texts = view.texts;
  if (view.dataErrors.length === 0) return [];
  return [
    h('h2', {}, texts['desk.errors.title']),
    h('p', { className: 'hint' }, texts['desk.errors.hint']),
    h(
      'ul',
      { className: 'errors-list', id: 'data-errors' },
      view.dataErrors.map((error) => {
        const go = h(
          'button',
          { type: 'button', className: 'link', 'data-row': String(error.row) },
          tr(texts, 'desk.errors.go', { cell: `${view.documentsSheet}!${error.cell}` }),
        );
        go.addEventListener('click', () => {
          busy(go, () => callServer('showDocumentRow', error.row)).catch((failure: unknown) =>
            showStatus(errorText(failure), 'error'),
          );
        });
        return h(
          'li',
          {},
          h('strong', {}, tr(texts, 'desk.payment.invoice', { number: error.number, client: error.client })),
          h('div', {}, error.problems),
          go,
        );
      }),
    ),
  ];
}

/** Whose clients: everyone's, or one account manager's (the signed-in one's by default). */
function managerSection(view: DashboardView): HTMLElement[] {
  const texts = view.texts;
  if (view.managers.length === 0) return [];
  const select = h(
    'select',
    { id: 'manager', name: 'manager' },
    h('option', { value: '' }, texts['desk.manager.all']),
    view.managers.map((manager) =>
      h(
        'option',
        { value: manager.key, selected: view.manager?.key === manager.key },
        view.manager?.fromSession && view.manager.key === manager.key
          ? tr(texts, 'desk.manager.you', { name: manager.label })
          : manager.label,
      ),
    ),
  );
  select.addEventListener('change', () => {
    select.disabled = true;
    callServer('setDashboardManager', select.value)
      .then((fresh) => {
        render(byId('app'));
        show(fresh);
      })
      .catch((error: unknown) => {
        select.disabled = false;
        showStatus(errorText(error), 'error');
      });
  });
  const parts: HTMLElement[] = [h('label', { for: 'manager' }, texts['desk.manager.label']), select];
  if (view.manager?.fromSession)
    parts.push(
      h(
        'p',
        { className: 'hint', id: 'signed-in' },
        tr(texts, 'desk.manager.signedIn', { name: view.manager.label }),
      ),
    );
  return parts;
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
    ...moneySection(view),
    h('h2', {}, texts['dashboard.nextActions']),
    ...(view.nextActions.length === 0
      ? [h('p', { className: 'muted' }, texts['dashboard.noActions'])]
      : actionsList(view)),
    ...dataErrorsSection(view),
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
    ...managerSection(view),
    h('h2', {}, texts['dashboard.load']),
    loadSection(view),
    view.hasLoad ? h('p', { className: 'hint', id: 'heat-legend' }, texts['desk.heat.legend']) : null,
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
