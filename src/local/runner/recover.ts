/**
 * What exceljs loses when it reads an xlsx, put back from the file's own parts so
 * that a run never changes a user cell:
 * - notes on cells that hold nothing else: exceljs attaches a comment only to a
 *   cell present in the sheet's data, and spreadsheet applications write no data
 *   for an empty cell, so a note beside or below a table was dropped on read and
 *   erased from the output;
 * - date-formatted numbers beyond JavaScript's date range: exceljs turns them into
 *   an Invalid Date and would write `NaN` back; the number is restored.
 */
import JSZip from 'jszip';
import type { Workbook } from 'exceljs';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(xml: string): string {
  return xml.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity] ?? whole;
  });
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]) : null;
}

/** Relationship id → target of a `.rels` part. */
async function relationships(zip: JSZip, path: string): Promise<Map<string, string>> {
  const xml = (await zip.file(path)?.async('string')) ?? '';
  const map = new Map<string, string>();
  for (const [tag] of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) map.set(id, target);
  }
  return map;
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** Sheet name → path of its part in the zip. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const workbookRels = await relationships(zip, 'xl/_rels/workbook.xml.rels');
  const parts = new Map<string, string>();
  for (const [tag] of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const target = workbookRels.get(attribute(tag, 'r:id') ?? '');
    if (name && target) parts.set(name, resolvePath('xl/workbook.xml', target));
  }
  return parts;
}

/** Sheet name → its comments: cell reference → note text. */
async function commentsBySheet(
  zip: JSZip,
  parts: Map<string, string>,
): Promise<Map<string, Map<string, string>>> {
  const result = new Map<string, Map<string, string>>();
  for (const [name, sheetPath] of parts) {
    const sheetRels = await relationships(zip, sheetPath.replace(/([^/]+)$/, '_rels/$1.rels'));
    for (const relTarget of sheetRels.values()) {
      if (!/comments\d*\.xml$/i.test(relTarget)) continue;
      const xml = (await zip.file(resolvePath(sheetPath, relTarget))?.async('string')) ?? '';
      const notes = result.get(name) ?? new Map<string, string>();
      for (const [, open, body] of xml.matchAll(/<comment\b([^>]*)>([\s\S]*?)<\/comment>/g)) {
        const ref = attribute(open, 'ref');
        if (!ref) continue;
        const text = [...body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => decode(t[1])).join('');
        notes.set(ref, text);
      }
      result.set(name, notes);
    }
  }
  return result;
}

/** The stored numbers of the given cells of a sheet part (`<c r="A2"…><v>1e9</v></c>`). */
async function storedNumbers(
  zip: JSZip,
  path: string,
  refs: readonly string[],
): Promise<Map<string, number>> {
  const xml = (await zip.file(path)?.async('string')) ?? '';
  const numbers = new Map<string, number>();
  for (const ref of refs) {
    const match = new RegExp(`<c\\b[^>]*\\br="${ref}"[^>]*(?<!/)>(?:(?!</c>)[\\s\\S])*?<v>([^<]*)</v>`).exec(
      xml,
    );
    const value = match ? Number(match[1]) : Number.NaN;
    if (Number.isFinite(value)) numbers.set(ref, value);
  }
  return numbers;
}

/** Puts back what exceljs dropped or mangled when it read `buffer` (see the file comment). */
export async function restoreWhatExceljsDropped(workbook: Workbook, buffer: Buffer): Promise<void> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = await sheetParts(zip);
  for (const ws of workbook.worksheets) {
    const invalid: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value instanceof Date && Number.isNaN(cell.value.getTime())) invalid.push(cell.address);
      }),
    );
    const path = parts.get(ws.name);
    if (invalid.length === 0 || !path) continue;
    for (const [ref, value] of await storedNumbers(zip, path, invalid)) ws.getCell(ref).value = value;
  }
  for (const [sheet, notes] of await commentsBySheet(zip, parts)) {
    const ws = workbook.getWorksheet(sheet);
    if (!ws) continue;
    for (const [ref, text] of notes) {
      const cell = ws.getCell(ref);
      if (!cell.note && text !== '') cell.note = text;
    }
  }
}
