import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vm from 'node:vm';
import ExcelJS from 'exceljs';
import { closeComposer } from '../../src/local/services/mail/mime';
import { injectShim, SHIM_TAG } from '../../src/local/runner/preview/shim';
import { entryApiOf, startPreviewServer, type PreviewServer } from '../../src/local/runner/preview/server';
import { DIST, readDistCode } from '../support/bundle';

const work = mkdtempSync(join(tmpdir(), 'account-desk-preview-'));
const dist = join(work, 'dist');
const outDir = join(work, 'out');
const input = join(work, 'agency.xlsx');
let preview: PreviewServer;

/**
 * The real Code.js beside one hand-written page, so the bridge is tested on a page
 * that exercises every google.script.run form, independently of the product's sidebars.
 */
const PAGE = `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
  </head>
  <body>
    <p id="title"></p>
    <script>
      google.script.run.withSuccessHandler((help) => (document.getElementById('title').textContent = help.title)).getHelp();
    </script>
  </body>
</html>
`;

function preparePrivateDist(): void {
  mkdirSync(dist, { recursive: true });
  copyFileSync(join(DIST, 'Code.js'), join(dist, 'Code.js'));
  writeFileSync(join(dist, 'help.html'), PAGE);
}

async function writeInput(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Документы');
  sheet.addRow(['Тип', 'Номер', 'Клиент', 'Дата', 'Сумма', 'Срок оплаты', 'Статус', 'Email клиента']);
  sheet.addRow([
    'счёт',
    '12',
    'ООО Ромашка',
    new Date(Date.UTC(2026, 10, 20)),
    10000,
    new Date(Date.UTC(2026, 11, 10)),
    'отправлен',
    'buh@romashka.example.ru',
  ]);
  await workbook.xlsx.writeFile(input);
}

async function rpc(
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${preview.url}rpc`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  preparePrivateDist();
  await writeInput();
  preview = await startPreviewServer({ file: input, outDir, port: 0, today: '2026-12-07', distDir: dist });
});

afterAll(async () => {
  await preview?.close();
  await closeComposer();
});

describe('the preview server', () => {
  it('listens on 127.0.0.1 and lists the built pages', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const html = await (await fetch(preview.url)).text();
    expect(html).toContain('href="/help"');
  });

  it('serves a sidebar with the google.script.run shim before the page\u2019s own script', async () => {
    const response = await fetch(`${preview.url}help`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    const shimAt = html.indexOf('data-preview-shim');
    expect(shimAt).toBeGreaterThan(-1);
    expect(html.indexOf('<script', shimAt + 1)).toBeGreaterThan(shimAt);
    expect(html.replace(/\n?<script data-preview-shim>[\s\S]*?<\/script>/, '')).toBe(
      readFileSync(join(dist, 'help.html'), 'utf8'),
    );
  });

  it('answers 404 for a page that was not built', async () => {
    expect((await fetch(`${preview.url}nope`)).status).toBe(404);
  });

  it('calls a top-level function of the bundle and returns its JSON result', async () => {
    const { status, json } = await rpc({ fn: 'getHelp', args: [] });
    expect(status).toBe(200);
    const result = json.result as { title: string; body: string };
    expect(result.title).toEqual(expect.any(String));
    expect(result.title.length).toBeGreaterThan(0);
  });

  it.each([
    ['an unknown name', 'doesNotExist'],
    ['a built-in of the context', 'eval'],
    ['the bundle object itself', 'AccountDesk'],
    ['a private name ending in _', 'getHelp_'],
    ['something that is not a name', 'getHelp();process'],
  ])('refuses %s like Apps Script refuses a missing function', async (_name, fn) => {
    const { status, json } = await rpc({ fn, args: [] });
    expect(status).toBe(404);
    expect(json.error).toBe(`Script function not found: ${fn}`);
  });

  it('takes its callable names from the entry points the build generated, and nothing inherited', () => {
    const api = entryApiOf(readDistCode());
    expect(Object.getPrototypeOf(api)).toBeNull();
    expect(Object.keys(api)).toEqual(
      expect.arrayContaining(['getHelp', 'dailyRun', 'saveSettings', 'onOpen']),
    );
    expect(Object.keys(api)).not.toContain('constructor');
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'isPrototypeOf'])(
    'refuses the inherited name %s and writes nothing',
    async (fn) => {
      const stamp = (file: string) => {
        const stats = statSync(join(outDir, file));
        return `${stats.mtimeMs}:${stats.size}`;
      };
      const files = ['agency.xlsx', 'agency.properties.json'];
      const before = files.map(stamp);
      const { status, json } = await rpc({ fn, args: [] });
      expect(status).toBe(404);
      expect(json.error).toBe(`Script function not found: ${fn}`);
      expect(files.map(stamp)).toEqual(before);
    },
  );

  it.each([
    ['a malformed escape', '%E0%A4%A'],
    ['a path into another folder', '..%2Fpackage.json'],
    ['a name with a dot', '.env'],
  ])('answers 400 for %s', async (_name, path) => {
    const response = await fetch(`${preview.url}${path}`);
    expect(response.status).toBe(400);
  });

  it('refuses requests another site could send from the same browser', async () => {
    expect((await rpc({ fn: 'getHelp', args: [] }, { Origin: 'https://evil.example' })).status).toBe(403);
    const plain = await fetch(`${preview.url}rpc`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ fn: 'getHelp', args: [] }),
    });
    expect(plain.status).toBe(415);
  });

  it('records the menu of onOpen and the sidebars a call opens in /state', async () => {
    const before = (await (await fetch(`${preview.url}state`)).json()) as {
      menus: { title: string; added: boolean }[];
    };
    expect(before.menus).toEqual([expect.objectContaining({ added: true })]);
    await rpc({ fn: 'showHelp', args: [] });
    const after = (await (await fetch(`${preview.url}state`)).json()) as {
      sidebars: { page: string | null; title: string }[];
    };
    expect(after.sidebars).toEqual([expect.objectContaining({ page: 'help' })]);
  });

  it('saves the workbook next to the output after each call', async () => {
    await rpc({ fn: 'getHelp', args: [] });
    expect(existsSync(join(outDir, 'agency.xlsx'))).toBe(true);
    expect(existsSync(join(outDir, 'agency.properties.json'))).toBe(true);
  });
});

describe('the google.script.run shim', () => {
  /** Runs the injected shim in a context standing in for the sidebar's window, fetching from the server. */
  interface Runner {
    withSuccessHandler(handler: (result: unknown, user: unknown) => void): Runner;
    withFailureHandler(handler: (error: Error) => void): Runner;
    withUserObject(user: unknown): Runner;
    getHelp(): void;
    noSuchFunction(): void;
  }

  function browserRun(): { run: Runner } {
    const window: Record<string, unknown> = {};
    const context = vm.createContext({
      window,
      location: { origin: preview.url.replace(/\/$/, '') },
      fetch: (path: string, init: RequestInit) => fetch(new URL(path, preview.url), init),
      console,
    });
    vm.runInContext(SHIM_TAG.replace(/^<script[^>]*>|<\/script>$/g, ''), context);
    const google = window.google as { script: { run: Runner } };
    return { run: google.script.run };
  }

  it('calls the success handler later with the result and the user object', async () => {
    const { run } = browserRun();
    const outcome = await new Promise<unknown[]>((resolve, reject) => {
      run
        .withSuccessHandler((result, user) => resolve([result, user]))
        .withFailureHandler(reject)
        .withUserObject('row-7')
        .getHelp();
    });
    expect(outcome[1]).toBe('row-7');
    expect((outcome[0] as { title: string }).title).toEqual(expect.any(String));
  });

  it('calls the failure handler with an Error for a server error', async () => {
    const { run } = browserRun();
    const error = await new Promise<Error>((resolve) => {
      run.withFailureHandler(resolve).noSuchFunction();
    });
    expect(error.message).toBe('Script function not found: noSuchFunction');
  });

  it('goes first in a page with a head, and before everything in a page without one', () => {
    expect(injectShim('<html><head><meta charset="utf-8"></head></html>')).toMatch(
      /^<html><head>\n<script data-preview-shim>/,
    );
    expect(injectShim('<p>x</p>').startsWith('<script data-preview-shim>')).toBe(true);
  });
});
