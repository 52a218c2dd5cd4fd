/**
 * HtmlService over the built pages: `createHtmlOutputFromFile('help')` reads
 * `dist/help.html`, the file `clasp push` uploads as the project's `help`
 * HTML file. Outputs record title and size for the recorded Ui and the
 * preview server.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallCounter } from './counters';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

const SANDBOX_MODE = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
const X_FRAME_OPTIONS_MODE = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}

/** The page the add-on shows; chaining setters return the same output, as in Apps Script. */
export class LocalHtmlOutput implements Pick<
  HtmlOutput,
  'getContent' | 'getTitle' | 'getWidth' | 'getHeight'
> {
  private title = '';
  private width = 0;
  private height = 0;
  private readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    private content: string,
    private readonly counter: CallCounter,
    /** The page name for outputs made from a file (`help`), else `''`. */
    readonly fileName = '',
  ) {}

  getContent(): string {
    this.counter.count('HtmlOutput.getContent');
    return this.content;
  }

  setContent(content: string): this {
    this.counter.count('HtmlOutput.setContent');
    this.content = String(content);
    return this;
  }

  append(addedContent: string): this {
    this.counter.count('HtmlOutput.append');
    this.content += String(addedContent);
    return this;
  }

  appendUntrusted(addedContent: string): this {
    this.counter.count('HtmlOutput.appendUntrusted');
    this.content += escapeHtml(String(addedContent));
    return this;
  }

  clear(): this {
    this.counter.count('HtmlOutput.clear');
    this.content = '';
    return this;
  }

  getTitle(): string {
    this.counter.count('HtmlOutput.getTitle');
    return this.title;
  }

  setTitle(title: string): this {
    this.counter.count('HtmlOutput.setTitle');
    this.title = String(title);
    return this;
  }

  getWidth(): number {
    this.counter.count('HtmlOutput.getWidth');
    return this.width;
  }

  setWidth(width: number): this {
    this.counter.count('HtmlOutput.setWidth');
    this.width = Number(width);
    return this;
  }

  getHeight(): number {
    this.counter.count('HtmlOutput.getHeight');
    return this.height;
  }

  setHeight(height: number): this {
    this.counter.count('HtmlOutput.setHeight');
    this.height = Number(height);
    return this;
  }

  addMetaTag(name: string, content: string): this {
    this.counter.count('HtmlOutput.addMetaTag');
    this.metaTags.push({ name, content });
    return this;
  }

  getMetaTags(): { getName(): string; getContent(): string }[] {
    this.counter.count('HtmlOutput.getMetaTags');
    return this.metaTags.map((tag) => ({ getName: () => tag.name, getContent: () => tag.content }));
  }

  setSandboxMode(_mode: unknown): this {
    this.counter.count('HtmlOutput.setSandboxMode');
    return this;
  }

  setXFrameOptionsMode(_mode: unknown): this {
    this.counter.count('HtmlOutput.setXFrameOptionsMode');
    return this;
  }

  /** What the recorded Ui keeps of a shown page, without counting a service call. */
  snapshot(): { fileName: string; title: string; width: number; height: number; content: string } {
    return {
      fileName: this.fileName,
      title: this.title,
      width: this.width,
      height: this.height,
      content: this.content,
    };
  }
}

export interface LocalHtmlService {
  SandboxMode: typeof SANDBOX_MODE;
  XFrameOptionsMode: typeof X_FRAME_OPTIONS_MODE;
  createHtmlOutput(html?: string | { getDataAsString(): string }): LocalHtmlOutput;
  createHtmlOutputFromFile(filename: string): LocalHtmlOutput;
  createTemplateFromFile(filename: string): never;
  getUserAgent(): string;
}

/** The `<name>.html` in `distDir` for an Apps Script HTML file name (given with or without `.html`). */
export function htmlFilePath(distDir: string, filename: string): string | null {
  const name = String(filename).replace(/\.html$/, '');
  // A name is a project file name, never a path.
  if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) return null;
  const path = join(distDir, `${name}.html`);
  return existsSync(path) ? path : null;
}

export function createHtmlService(distDir: string, counter: CallCounter): LocalHtmlService {
  return {
    SandboxMode: SANDBOX_MODE,
    XFrameOptionsMode: X_FRAME_OPTIONS_MODE,
    createHtmlOutput(html = ''): LocalHtmlOutput {
      counter.count('HtmlService.createHtmlOutput');
      const content = typeof html === 'string' ? html : html.getDataAsString();
      return new LocalHtmlOutput(content, counter);
    },
    createHtmlOutputFromFile(filename: string): LocalHtmlOutput {
      counter.count('HtmlService.createHtmlOutputFromFile');
      const path = htmlFilePath(distDir, filename);
      if (!path) throw new Error(`No HTML file named ${filename} was found.`);
      return new LocalHtmlOutput(
        readFileSync(path, 'utf8'),
        counter,
        String(filename).replace(/\.html$/, ''),
      );
    },
    createTemplateFromFile(filename: string): never {
      counter.count('HtmlService.createTemplateFromFile');
      // The add-on never uses printing scriptlets (see ARCHITECTURE.md); pages get data through google.script.run.
      throw new Error(
        `HtmlService.createTemplateFromFile(${filename}) is not available in the local runtime`,
      );
    },
    getUserAgent(): string {
      counter.count('HtmlService.getUserAgent');
      return 'account-desk-local';
    },
  };
}
