/**
 * Diagnostics sidebar: runs the self-test on the server, shows one line per
 * check, the environment, and the report as JSON to copy and compare with
 * `account-desk diagnose --json`.
 */
import type { DiagnosticsView } from '../../core/diagnostics/view';
import { byId, h, render } from '../shared/dom';
import { busy, errorText, setLang, showStatus, start } from '../shared/page';
import { callServer } from '../shared/server';

const MARKS = { ok: '✓', failed: '✗', observed: '·' } as const;

/** Copies the textarea's text: the old command first (it works in Apps Script's sandboxed frame), then the API. */
async function copyJson(area: HTMLTextAreaElement, view: DiagnosticsView): Promise<void> {
  area.focus();
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  if (!copied && navigator.clipboard) {
    copied = await navigator.clipboard.writeText(area.value).then(
      () => true,
      () => false,
    );
  }
  showStatus(copied ? view.texts.copied : view.texts.selectHint, copied ? 'ok' : 'info');
}

function show(view: DiagnosticsView): void {
  setLang(view.lang);
  const area = h('textarea', { id: 'json', readonly: true, rows: 8, spellcheck: 'false' });
  area.value = view.json;
  const copy = h('button', { id: 'copy-json', className: 'primary', type: 'button' }, view.texts.copy);
  copy.addEventListener('click', () => void copyJson(area, view));
  const rerun = h('button', { id: 'rerun', type: 'button' }, view.texts.rerun);
  rerun.addEventListener('click', () => {
    showStatus('', 'info');
    void busy(rerun, () => callServer('getDiagnostics'))
      .then(show)
      .catch((error: unknown) => showStatus(errorText(error), 'error'));
  });
  render(
    byId('app'),
    h('h1', {}, view.title),
    h('p', { className: 'muted' }, view.intro),
    h('p', { id: 'summary' }, view.summary),
    view.groups.flatMap((group) => [
      h('h2', {}, group.title),
      h(
        'ul',
        { className: 'checks' },
        group.lines.map((line) =>
          h(
            'li',
            { className: `check ${line.status}`, 'data-status': line.status },
            h('span', { className: 'mark', 'aria-hidden': 'true' }, MARKS[line.status]),
            h('span', { className: 'label' }, line.label),
            line.detail ? h('span', { className: 'detail muted' }, line.detail) : null,
          ),
        ),
      ),
    ]),
    h(
      'dl',
      { id: 'environment' },
      view.environment.flatMap((item) => [h('dt', {}, item.label), h('dd', {}, item.value)]),
    ),
    h('h2', {}, view.texts.jsonTitle),
    area,
    h('p', { className: 'actions' }, copy, ' ', rerun),
  );
}

start(() => callServer('getDiagnostics'), show);
