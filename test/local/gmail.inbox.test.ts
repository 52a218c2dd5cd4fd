/**
 * `inbox/`: `.eml` files dropped there become GmailMessages on the next run, threaded by
 * In-Reply-To and References onto the user's threads (a bounce by the returned message's
 * Message-ID); a file that is no message is named, never fatal.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CallCounter } from '../../src/local/services/counters';
import { readInbox } from '../../src/local/services/gmail/inbox';
import { createMailServices } from '../../src/local/services/mail/mail';
import { closeComposer } from '../../src/local/services/mail/mime';
import { emptyState, type LocalState } from '../../src/local/services/state';
import { autoReply, bounce, clientReply, dropIntoInbox } from '../support/inboxMail';

afterAll(() => closeComposer());

async function services(outDir: string, state: LocalState, now = '2026-12-09T06:00:00Z') {
  const inbox = await readInbox(join(outDir, 'inbox'), Date.parse(now));
  const mail = createMailServices(
    {
      outDir,
      state,
      today: () => '2026-12-09',
      counter: new CallCounter(),
      activeUser: 'manager@agency.example',
      now: () => new Date(now),
    },
    { inbox: inbox.messages },
  );
  return { ...mail, problems: inbox.problems };
}

describe('the inbox folder', () => {
  it('threads a reply, an auto-reply and a bounce onto the messages they answer', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'account-desk-inbox-'));
    const state = emptyState();
    const first = await services(outDir, state, '2026-12-07T06:00:00Z');
    const sent = first.GmailApp.createDraft('client@client.example', 'Счёт', 'Первое', {
      replyTo: 'am@agency.example',
    }).send();
    const threadId = sent.getThread().getId();
    const messageId = state.gmail[0].messageId;

    dropIntoInbox(outDir, 'reply.eml', clientReply({ inReplyTo: messageId, text: 'Оплатим в пятницу.' }));
    dropIntoInbox(
      outDir,
      'ooo.eml',
      autoReply({ inReplyTo: messageId, date: 'Tue, 08 Dec 2026 11:00:00 +0300' }),
    );
    dropIntoInbox(outDir, 'bounce.eml', bounce('old@client.example', messageId));
    writeFileSync(join(outDir, 'inbox', 'broken.eml'), 'this is not a message');

    const next = await services(outDir, state);
    expect(next.problems).toEqual(['broken.eml: no From header']);
    const messages = next.GmailApp.getThreadById(threadId)!.getMessages();
    expect(messages.map((message) => message.getFrom())).toEqual([
      'manager@agency.example',
      'Client <client@client.example>',
      'Client <client@client.example>',
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    ]);
    const [, reply, auto, bounced] = messages;
    expect(reply.getPlainBody()).toBe('Оплатим в пятницу.');
    expect(reply.getSubject()).toBe('Re: Счёт');
    expect(reply.getDate().toISOString()).toBe('2026-12-08T07:00:00.000Z');
    expect(auto.getRawContent()).toMatch(/^Auto-Submitted: auto-replied\r?$/m);
    expect(bounced.getRawContent()).toMatch(/^X-Failed-Recipients: old@client\.example\r?$/m);
    expect(bounced.getRawContent()).toMatch(/report-type=delivery-status/);
    // The same files on a later run are the same messages, with the same ids.
    const again = await services(outDir, state);
    expect(
      again.GmailApp.getThreadById(threadId)!
        .getMessages()
        .map((m) => m.getId()),
    ).toEqual(messages.map((m) => m.getId()));
  });

  it('gives a message that answers nothing of ours its own thread', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'account-desk-inbox-'));
    dropIntoInbox(outDir, 'stray.eml', clientReply({ inReplyTo: '<elsewhere@example.com>' }));
    const { GmailApp } = await services(outDir, emptyState());
    const [thread] = GmailApp.search('from:client@client.example', 0, 10);
    expect(thread.getMessages()).toHaveLength(1);
  });

  it('reads nothing when there is no inbox folder', async () => {
    expect(await readInbox(join(tmpdir(), 'no-such-inbox-folder'), 0)).toEqual({
      messages: [],
      problems: [],
    });
  });
});
