/**
 * DriveApp over a folder, the local Drive: `drive/<file id>/<file name>` beside the workbook,
 * one file per id folder, its MIME type from the name's extension. What the add-on uses, as
 * Google documents it:
 * https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String),
 * https://developers.google.com/apps-script/reference/drive/file,
 * https://developers.google.com/apps-script/reference/base/blob.
 * `getAs('application/pdf')` converts in Google for most types; locally only a PDF is a PDF
 * (conversion of documents and images is not reproduced), so anything else throws Google's
 * conversion error: the stricter choice, which the add-on must report, never crash on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { CallCounter } from '../counters';
import type { Emulates } from '../emulates';

/**
 * Google's words for an id that names no file the user may open, not found and no access alike
 * (as Apps Script reports it, e.g. github.com/chriskyfung/AutoFetcher-IG-Stories-to-GDrive/issues/112).
 */
export const NO_SUCH_FILE =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
/** What Google says when the content cannot be read. */
export const ACCESS_DENIED = 'Access denied: DriveApp.';

const MIME_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.csv': 'text/csv',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function mimeTypeOf(name: string): string {
  return MIME_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** Data with a name and a type; what an attachment is made of. */
export class LocalBlob implements Emulates<GoogleAppsScript.Base.Blob> {
  constructor(
    private readonly counter: CallCounter,
    readonly fileName: string,
    readonly mimeType: string,
    readonly content: Buffer,
  ) {}

  /** The bytes, as Apps Script gives them: an array of numbers from −128 to 127. */
  getBytes(): number[] {
    this.counter.count('Blob.getBytes');
    return Array.from(new Int8Array(this.content.buffer, this.content.byteOffset, this.content.length));
  }
}

export class LocalFile implements Emulates<GoogleAppsScript.Drive.File> {
  constructor(
    private readonly counter: CallCounter,
    private readonly path: string,
    private readonly name: string,
  ) {}

  private read(): Buffer {
    try {
      return readFileSync(this.path);
    } catch {
      throw new Error(ACCESS_DENIED);
    }
  }

  /** "Gets the number of bytes used to store the File in Drive." */
  getSize(): number {
    this.counter.count('File.getSize');
    try {
      return statSync(this.path).size;
    } catch {
      throw new Error(ACCESS_DENIED);
    }
  }

  /**
   * "Return the data inside this object as a blob converted to the specified content type", named
   * like the file with the new type's extension (`invoice.pdf`). Locally only PDF to PDF.
   */
  getAs(contentType: string): LocalBlob {
    this.counter.count('File.getAs');
    const from = mimeTypeOf(this.name);
    if (contentType !== 'application/pdf' || from !== 'application/pdf')
      throw new Error(`Converting from ${from} to ${contentType} is not supported.`);
    const base = this.name.replace(/\.[^.]*$/, '');
    return new LocalBlob(this.counter, `${base}.pdf`, contentType, this.read());
  }
}

export class LocalDriveApp implements Emulates<GoogleAppsScript.Drive.DriveApp> {
  constructor(
    /** The local Drive folder; null: no Drive, every id unknown. */
    private readonly dir: string | null,
    private readonly counter: CallCounter,
  ) {}

  /** "Gets the file with the given ID"; an unknown id throws (Google gives one error for unknown and no access). */
  getFileById(id: string): LocalFile {
    this.counter.count('DriveApp.getFileById');
    const key = String(id);
    if (!this.dir || !/^[A-Za-z0-9_-]+$/.test(key)) throw new Error(NO_SUCH_FILE);
    const folder = join(this.dir, key);
    let names: string[];
    try {
      names = statSync(folder).isDirectory()
        ? readdirSync(folder).filter((name) => !name.startsWith('.'))
        : [];
    } catch {
      names = [];
    }
    if (names.length !== 1) throw new Error(NO_SUCH_FILE);
    return new LocalFile(this.counter, join(folder, names[0]), names[0]);
  }
}
