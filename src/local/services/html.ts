/**
 * HtmlService over the built pages: `createHtmlOutputFromFile('help')` reads
 * `dist/help.html`, the file `clasp push` uploads as the project's `help`
 * HTML file. Outputs record title and size for the recorded Ui and the
 * preview server. https://developers.google.com/apps-script/reference/html/html-output
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallCounter } from './counters';
import type { Emulates } from './emulates';

/** What the recorded Ui keeps of a shown page. */
export interface HtmlSnapshot {
  fileName: string;
  title: string;
  width: number;
  content: string;
}

/** The page the add-on shows; chaining setters return the same output, as in Apps Script. */
export class LocalHtmlOutput implements Emulates<GoogleAppsScript.HTML.HtmlOutput> {
  private title = '';
  private width = 0;

  constructor(
    private readonly content: string,
    private readonly counter: CallCounter,
    /** The page name (`help`). */
    readonly fileName: string,
  ) {}

  setTitle(title: string): this {
    this.counter.count('HtmlOutput.setTitle');
    this.title = String(title);
    return this;
  }

  setWidth(width: number): this {
    this.counter.count('HtmlOutput.setWidth');
    this.width = Number(width);
    return this;
  }

  /** What a shown page is, read without counting a call (Google's Ui reads it inside showSidebar). */
  snapshot(): HtmlSnapshot {
    return { fileName: this.fileName, title: this.title, width: this.width, content: this.content };
  }
}

/** The `<name>.html` in `distDir` for an Apps Script HTML file name (given with or without `.html`). */
export function htmlFilePath(distDir: string, filename: string): string | null {
  const name = String(filename).replace(/\.html$/, '');
  // A name is a project file name, never a path.
  if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) return null;
  const path = join(distDir, `${name}.html`);
  return existsSync(path) ? path : null;
}

export class LocalHtmlService implements Emulates<GoogleAppsScript.HTML.HtmlService> {
  constructor(
    private readonly distDir: string,
    private readonly counter: CallCounter,
  ) {}

  createHtmlOutputFromFile(filename: string): LocalHtmlOutput {
    this.counter.count('HtmlService.createHtmlOutputFromFile');
    const path = htmlFilePath(this.distDir, filename);
    if (!path) throw new Error(`No HTML file named ${filename} was found.`);
    return new LocalHtmlOutput(
      readFileSync(path, 'utf8'),
      this.counter,
      String(filename).replace(/\.html$/, ''),
    );
  }
}
