import type { SendStatus } from '../../app/reminders/sendReport';
import type { HeldView, PreviewMessage, ReminderPreview } from '../../app/reminders/useCases';
import type { PageBase } from '../../app/forms/types';
import { byId, h, render } from '../shared/dom';
import { busy, errorText, setLang, showStatus, start, tr } from '../shared/page';
import { callServer } from '../shared/server';

interface Data {
  page: PageBase;
  preview: ReminderPreview;
}

/** How the status line looks for each answer of the Send button. */
const STATUS_LOOK: Record<SendStatus, 'ok' | 'info' | 'error'> = {
  sent: 'ok',
  nothing: 'info',
  quota: 'info',
  failed: 'error',
  busy: 'error',
};

function load(): Promise<Data> {
  return Promise.all([callServer('getPageTexts'), callServer('getReminderPreview')]).then(
    ([page, preview]) => ({
      page,
      preview,
    }),
  );
}

function messageCard(page: PageBase, message: PreviewMessage): HTMLElement {
  const texts = page.texts;
  // Skipped messages leave today's plan, so every message shown here is still to be sent.
  const skipped = false;
  const skip = h(
    'button',
    { type: 'button', className: 'skip', disabled: skipped },
    skipped ? texts['reminders.skipped'] : texts['reminders.skip'],
  );
  const card = h(
    'article',
    { className: skipped ? 'message skipped' : 'message', 'data-key': message.key },
    h('h3', {}, message.subject),
    message.cc.length > 0
      ? h('p', { className: 'hint' }, tr(texts, 'reminders.cc', { cc: message.cc.join(', ') }))
      : null,
    message.problem ? h('p', { className: 'error' }, message.problem) : null,
    message.held ? heldNote(page, message.held) : null,
    h('pre', { className: 'body' }, message.body),
    h(
      'details',
      { className: 'html' },
      h('summary', {}, texts['reminders.asSent']),
      // The email's own HTML, in a frame with every sandbox restriction (no script, no same
      // origin, no navigation): the one place a page shows markup, and it cannot reach the page.
      h('iframe', { sandbox: true, srcdoc: message.htmlBody, title: texts['reminders.asSent'] }),
    ),
    skip,
  );
  skip.addEventListener('click', () => {
    busy(skip, () => callServer('skipReminder', message.key))
      .then((answer) => {
        card.classList.add('skipped');
        skip.textContent = texts['reminders.skipped'];
        skip.disabled = true;
        showStatus(answer, 'ok');
      })
      .catch((error: unknown) => showStatus(errorText(error), 'error'));
  });
  return card;
}

/** The client replied (the Gmail build): what they wrote, the thread, and «Возобновить». */
function heldNote(page: PageBase, held: HeldView): HTMLElement {
  const texts = page.texts;
  const resume = h('button', { type: 'button', className: 'resume' }, texts['reminders.resume']);
  resume.addEventListener('click', () => {
    busy(resume, () => callServer('resumeReminders', held.key))
      .then((answer) => {
        resume.textContent = texts['reminders.resumedDone'];
        resume.disabled = true;
        showStatus(answer, 'ok');
      })
      .catch((error: unknown) => showStatus(errorText(error), 'error'));
  });
  return h(
    'div',
    { className: 'held', 'data-reply': held.key },
    h(
      'p',
      { className: 'hint' },
      tr(texts, 'reminders.replied', { day: held.day, line: held.line, until: held.until }),
    ),
    held.link
      ? h(
          'a',
          { href: held.link, target: '_blank', rel: 'noopener noreferrer' },
          texts['reminders.openThread'],
        )
      : null,
    resume,
  );
}

/** A letter the AM may send by hand: shown with its recipients and text, sent with one click. */
function letterCard(page: PageBase, letter: PreviewMessage, canSend: boolean): HTMLElement {
  const texts = page.texts;
  const send = h(
    'button',
    { type: 'button', className: 'send-letter', disabled: !canSend || letter.status !== 'ready' },
    texts['letters.send'],
  );
  const card = h(
    'article',
    { className: 'letter', 'data-key': letter.key },
    h('h3', {}, letter.subject),
    h('p', { className: 'hint' }, tr(texts, 'reminders.to', { to: letter.to.join(', ') })),
    letter.cc.length > 0
      ? h('p', { className: 'hint' }, tr(texts, 'reminders.cc', { cc: letter.cc.join(', ') }))
      : null,
    letter.problem ? h('p', { className: 'error' }, letter.problem) : null,
    letter.status === 'quota' ? h('p', { className: 'hint' }, texts['letters.quota']) : null,
    h('pre', { className: 'body' }, letter.body),
    send,
  );
  send.addEventListener('click', () => {
    busy(send, () => callServer('sendWorkPausedLetter', letter.key))
      .then((report) => {
        showStatus(report.message, STATUS_LOOK[report.status]);
        byId('status').setAttribute('data-send-status', report.status);
        if (report.status !== 'sent') return;
        card.classList.add('skipped');
        send.textContent = texts['letters.sent'];
        send.disabled = true;
      })
      .catch((error: unknown) => showStatus(errorText(error), 'error'));
  });
  return card;
}

function show({ page, preview }: Data): void {
  setLang(page.lang);
  const texts = page.texts;
  const byRecipient = new Map<string, PreviewMessage[]>();
  for (const message of preview.messages) {
    const to = message.to.join(', ');
    byRecipient.set(to, [...(byRecipient.get(to) ?? []), message]);
  }
  const canSend = preview.mode === 'send' || (preview.mode === 'draft' && preview.draftsAvailable);
  const send = h(
    'button',
    { type: 'button', className: 'primary', id: 'send', disabled: !canSend || preview.messages.length === 0 },
    preview.mode === 'draft' ? texts['reminders.draft'] : texts['reminders.send'],
  );
  send.addEventListener('click', () => {
    // The server says what the run really did (sent, waiting for quota, failed, busy).
    busy(send, () => callServer('sendReminders'))
      .then((report) => load().then((fresh) => ({ report, fresh })))
      .then(({ report, fresh }) => {
        render(byId('app'));
        show(fresh);
        showStatus(report.message, STATUS_LOOK[report.status]);
        byId('status').setAttribute('data-send-status', report.status);
      })
      .catch((error: unknown) => showStatus(errorText(error), 'error'));
  });
  render(
    byId('app'),
    h('h1', {}, texts['reminders.title']),
    preview.mode === 'preview' ? h('p', { className: 'status info' }, texts['reminders.previewMode']) : null,
    preview.messages.length === 0 ? h('p', { className: 'muted' }, texts['reminders.empty']) : null,
    [...byRecipient.entries()].map(([to, messages]) =>
      h(
        'section',
        { className: 'recipient' },
        h('h2', {}, tr(texts, 'reminders.to', { to })),
        messages.map((m) => messageCard(page, m)),
      ),
    ),
    h('div', { className: 'actions' }, send),
    preview.letters.length > 0
      ? h(
          'section',
          { className: 'letters' },
          h('h2', {}, texts['letters.title']),
          h('p', { className: 'hint' }, texts['letters.hint']),
          preview.letters.map((letter) => letterCard(page, letter, canSend)),
        )
      : null,
  );
}

start(load, show);
