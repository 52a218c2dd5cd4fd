/**
 * Opening the user's .xlsx file. exceljs reads what exceljs, Google Sheets and LibreOffice write,
 * but it finds a sheet's comments, their drawing and its tables by fixed part names
 * (`xl/comments1.xml`, `xl/drawings/vmlDrawing1.vml`, `xl/tables/table1.xml`) and relative
 * relationship targets, while openpyxl and other writers use other names and absolute targets
 * (`/xl/comments/comment1.xml`), both valid Open Packaging Conventions (ECMA-376 Part 2, §9.3).
 * When exceljs cannot read a file as it is, the package is rewritten with the names exceljs
 * expects (and a comment's plain text as the one text run exceljs reads) and read again; a file
 * still unreadable is an `UnreadableWorkbookError`, which the CLI turns into one sentence naming
 * the file. A chart is read past but not written back: exceljs does not write charts.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { restoreWhatExceljsDropped } from './recover';

/** The file is not a workbook exceljs can read, even after normalising its part names. */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const RELATIONSHIP = /<Relationship\b[^>]*>/g;

/** Where exceljs looks for a part of this relationship type, given the part's current name. */
const CANONICAL: { type: RegExp; canonical: RegExp; name: (n: number) => string }[] = [
  { type: /\/comments$/, canonical: /^xl\/comments\d+\.xml$/, name: (n) => `xl/comments${n}.xml` },
  {
    type: /\/vmlDrawing$/,
    canonical: /^xl\/drawings\/vmlDrawing\d+\.vml$/,
    name: (n) => `xl/drawings/vmlDrawing${n}.vml`,
  },
  { type: /\/table$/, canonical: /^xl\/tables\/table\d+\.xml$/, name: (n) => `xl/tables/table${n}.xml` },
];

function attribute(element: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];
}

/** The part a relationships file belongs to: `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/`. */
function sourceFolder(relsPath: string): string {
  return posix.dirname(posix.dirname(relsPath)).replace(/^\.$/, '');
}

/**
 * The same package with every internal relationship target relative and the comments, VML and
 * table parts under the names exceljs reads.
 */
export async function normalisePackage(buffer: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const relsFiles = Object.keys(zip.files).filter((path) => /(^|\/)_rels\/[^/]+\.rels$/.test(path));
  const renames = new Map<string, string>();
  const taken = new Set(Object.keys(zip.files));
  const counters = CANONICAL.map(() => 0);

  const newName = (part: string, type: string): string => {
    const known = renames.get(part);
    if (known) return known;
    const index = CANONICAL.findIndex((rule) => rule.type.test(type));
    if (index < 0 || CANONICAL[index].canonical.test(part)) return part;
    let name: string;
    do name = CANONICAL[index].name(++counters[index]);
    while (taken.has(name));
    taken.add(name);
    renames.set(part, name);
    return name;
  };

  for (const relsPath of relsFiles) {
    const folder = sourceFolder(relsPath);
    const xml = await zip.file(relsPath)!.async('string');
    const rewritten = xml.replace(RELATIONSHIP, (element) => {
      const target = attribute(element, 'Target');
      if (target === undefined || attribute(element, 'TargetMode') === 'External') return element;
      const part = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(folder, target));
      const renamed = newName(part, attribute(element, 'Type') ?? '');
      const relative = posix.relative(folder || '.', renamed);
      return element.replace(/\bTarget="[^"]*"/, `Target="${relative}"`);
    });
    zip.file(relsPath, rewritten);
  }

  for (const [from, to] of renames) {
    const part = zip.file(from);
    if (!part) continue;
    zip.file(to, await part.async('nodebuffer'));
    zip.remove(from);
    // A part's relationships move with it.
    const rels = `${posix.dirname(from)}/_rels/${posix.basename(from)}.rels`;
    const relsPart = zip.file(rels);
    if (relsPart) {
      zip.file(`${posix.dirname(to)}/_rels/${posix.basename(to)}.rels`, await relsPart.async('nodebuffer'));
      zip.remove(rels);
    }
  }
  // exceljs reads a comment's text only from rich-text runs; a plain `<text><t>…</t></text>`
  // (ECMA-376 §18.7.7 allows both) would lose the note's words on the way through.
  for (const path of Object.keys(zip.files).filter((name) => /^xl\/comments\d+\.xml$/.test(name))) {
    const xml = await zip.file(path)!.async('string');
    zip.file(
      path,
      xml.replace(
        /<text>\s*(<t(?:\s[^>]*)?>[\s\S]*?<\/t>)\s*<\/text>/g,
        (_whole, run: string) => `<text><r>${run}</r></text>`,
      ),
    );
  }
  const types = zip.file('[Content_Types].xml');
  if (types && renames.size) {
    let xml = await types.async('string');
    for (const [from, to] of renames) xml = xml.split(`PartName="/${from}"`).join(`PartName="/${to}"`);
    zip.file('[Content_Types].xml', xml);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings ask for its own Buffer type; a Node Buffer is what it reads.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  // Notes of empty cells and out-of-range date numbers, which exceljs drops on read.
  await restoreWhatExceljsDropped(workbook, buffer);
  return workbook;
}

/** Reads the user's workbook; throws `UnreadableWorkbookError` for anything exceljs cannot open. */
export async function readInputWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const buffer = readFileSync(file);
  try {
    return await load(buffer);
  } catch (first) {
    let normalised: Buffer;
    try {
      normalised = await normalisePackage(buffer);
    } catch {
      // Not even a zip jszip can read (truncated, corrupted): the first error says why.
      throw new UnreadableWorkbookError(file, reasonOf(first));
    }
    try {
      return await load(normalised);
    } catch (second) {
      throw new UnreadableWorkbookError(file, reasonOf(second));
    }
  }
}
