/**
 * `account-desk preview`: the sidebars on 127.0.0.1, talking to the bundle
 * through the same `google.script.run` calls they make in Sheets. Each RPC
 * runs the named top-level function in the bundle's vm context against the
 * loaded workbook, then saves the document next to the output, as Sheets
 * would keep the writes.
 *
 * Only what Apps Script lets a page call is callable: the entry module's own
 * exports, as listed by the top-level functions the build generated into
 * Code.js, looked up with `Object.hasOwn` — never an inherited name
 * (`constructor`, `toString`, `__proto__`), a name ending in `_` or a built-in
 * of the context. Requests must be same-origin JSON to a local Host, so a web page
 * open in the same browser cannot drive the add-on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as vm from 'node:vm';
import type { SendMode } from '../../../core/settings';
import type { Lang } from '../../../core/types';
import { PROJECT_ROOT } from '../project';
import { createLocalRuntime, type LocalRuntime } from '../runtime';
import { htmlFilePath } from '../../services/html';
import { callAsScriptRun } from './scriptRun';
import { injectShim } from './shim';

export interface PreviewOptions {
  file: string;
  /** Where the document is saved after each call (default `out`). */
  outDir?: string;
  /** 0 picks a free port. */
  port?: number;
  today?: string;
  mode?: SendMode;
  /** The interface language, written into the settings (default: left as set). */
  language?: Lang;
  /** Where the built pages and `Code.js` are (default: `dist/`, rebuilt when stale). */
  distDir?: string;
}

export interface PreviewServer {
  url: string;
  runtime: LocalRuntime;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
/** A page name as the build writes it: `dist/<name>.html`. */
const PAGE_NAME = /^[\w-]+$/;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function pagesIn(distDir: string): string[] {
  return readdirSync(distDir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .sort();
}

/** The entry module's API: the names of the top-level functions the build generated (scripts/build.mjs). */
export type EntryApi = Readonly<Record<string, true>>;

export function entryApiOf(code: string): EntryApi {
  const api: Record<string, true> = Object.create(null) as Record<string, true>;
  const generated =
    /^function ([A-Za-z_$][\w$]*)\(\.\.\.args\) \{\n {2}return AccountDesk\.\1\(\.\.\.args\);\n\}$/gm;
  for (const [, name] of code.matchAll(generated)) if (!name.endsWith('_')) api[name] = true;
  return Object.freeze(api);
}

// Node has Object.hasOwn; the project's `lib` stays at what Apps Script's V8 is known to have.
const hasOwn = (Object as unknown as { hasOwn(object: object, key: PropertyKey): boolean }).hasOwn;

/** A name `google.script.run` may call: one of the entry module's own exports, as Apps Script allows. */
export function isCallable(api: EntryApi, fn: unknown): fn is string {
  return typeof fn === 'string' && hasOwn(api, fn);
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, data: unknown): void {
  send(response, status, 'application/json', JSON.stringify(data));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'request too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  // The port first: a busy port fails before anything is loaded or written.
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  let runtime: LocalRuntime;
  try {
    runtime = await createLocalRuntime({
      file: options.file,
      outDir: options.outDir ?? 'out',
      today: options.today,
      mode: options.mode,
      language: options.language,
      distDir: options.distDir,
    });
  } catch (error) {
    server.close();
    throw error;
  }
  const distDir = options.distDir ?? join(PROJECT_ROOT, 'dist');
  const api = entryApiOf(readFileSync(join(distDir, 'Code.js'), 'utf8'));
  // Opening the spreadsheet builds the menu, as in Sheets: the simple trigger, in AuthMode.LIMITED.
  if (runtime.has('onOpen')) runtime.open('LIMITED');
  await runtime.save();

  let origin = '';
  const hostClosed: string[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  /** One call at a time: the bundle is synchronous, but each save is not. */
  const serialized = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  const checkLocal = (request: IncomingMessage): void => {
    const host = request.headers.host ?? '';
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) throw new HttpError(403, 'unexpected Host');
    const from = request.headers.origin;
    if (from !== undefined && from !== origin && from !== origin.replace('127.0.0.1', 'localhost')) {
      throw new HttpError(403, 'cross-origin request');
    }
  };

  const rpc = async (request: IncomingMessage): Promise<unknown> => {
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      throw new HttpError(415, 'expected application/json');
    }
    const body = await readBody(request);
    // Arguments are built in the bundle's realm, as Apps Script deserializes them for the script.
    const parse = vm.runInContext('JSON.parse', runtime.context) as (text: string) => unknown;
    let call: { fn?: unknown; args?: unknown };
    try {
      call = parse(body) as { fn?: unknown; args?: unknown };
    } catch {
      throw new HttpError(400, 'invalid JSON');
    }
    const fn = call?.fn;
    if (!isCallable(api, fn)) throw new HttpError(404, `Script function not found: ${String(fn)}`);
    const args = Array.isArray(call.args) ? call.args : [];
    return serialized(async () => {
      try {
        // Serialised both ways as google.script.run does: an illegal return value fails the call.
        return callAsScriptRun(runtime, fn, args);
      } finally {
        await runtime.save();
      }
    });
  };

  const uiState = () => {
    const pages = new Map(
      pagesIn(distDir).map((page) => [readFileSync(join(distDir, `${page}.html`), 'utf8'), page]),
    );
    const describe = (html: { title: string; content: string; width: number }) => ({
      page: pages.get(html.content) ?? null,
      title: html.title,
      width: html.width,
    });
    return {
      menus: runtime.ui.menus,
      sidebars: runtime.ui.sidebars.map(describe),
      alerts: runtime.ui.alerts,
      toasts: runtime.ui.toasts,
      hostClosed: hostClosed.length,
      sent: runtime.sent().map(({ kind, to, cc, subject, file }) => ({ kind, to, cc, subject, file })),
      counters: runtime.counters.snapshot(),
    };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    checkLocal(request);
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (request.method === 'POST' && path === '/rpc') return sendJson(response, 200, await rpc(request));
    if (request.method === 'POST' && path === '/host/close') {
      hostClosed.push(new Date().toISOString());
      return sendJson(response, 200, { result: null });
    }
    if (request.method !== 'GET') throw new HttpError(405, 'method not allowed');
    if (path === '/state') return sendJson(response, 200, uiState());
    if (path === '/') {
      const links = pagesIn(distDir)
        .map((page) => `<li><a href="/${encodeURIComponent(page)}">${escapeHtml(page)}</a></li>`)
        .join('\n');
      return send(
        response,
        200,
        'text/html',
        `<!doctype html><meta charset="utf-8"><title>Account Desk preview</title><h1>Account Desk preview</h1>\n<ul>\n${links}\n</ul>\n`,
      );
    }
    let name: string;
    try {
      name = decodeURIComponent(path.slice(1));
    } catch {
      throw new HttpError(400, 'bad path');
    }
    if (!PAGE_NAME.test(name)) throw new HttpError(400, 'bad path');
    const file = htmlFilePath(distDir, name);
    if (!file) throw new HttpError(404, 'not found');
    return send(response, 200, 'text/html', injectShim(readFileSync(file, 'utf8')));
  };

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (!response.headersSent) sendJson(response, status, { error: (error as Error).message });
      else response.end();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/`,
    runtime,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }).then(() => queue.then(() => undefined)),
  };
}
