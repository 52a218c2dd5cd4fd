/**
 * Notes on cells that hold nothing else. exceljs attaches a comment of an xlsx
 * only to a cell present in the sheet's data, and spreadsheet applications write
 * no data for an empty cell: a note on an empty cell (beside or below a table)
 * was silently dropped on read, and so erased from the output. This reads the
 * comment parts of the file itself and puts back every note exceljs left out.
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

/** Sheet name → its comments: cell reference → note text. */
async function commentsBySheet(buffer: Buffer): Promise<Map<string, Map<string, string>>> {
  const zip = await JSZip.loadAsync(buffer);
  const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const workbookRels = await relationships(zip, 'xl/_rels/workbook.xml.rels');
  const result = new Map<string, Map<string, string>>();
  for (const [tag] of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const target = workbookRels.get(attribute(tag, 'r:id') ?? '');
    if (!name || !target) continue;
    const sheetPath = resolvePath('xl/workbook.xml', target);
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

/** Puts back the notes of empty cells that exceljs dropped when it read `buffer`. */
export async function restoreNotesOfEmptyCells(workbook: Workbook, buffer: Buffer): Promise<void> {
  for (const [sheet, notes] of await commentsBySheet(buffer)) {
    const ws = workbook.getWorksheet(sheet);
    if (!ws) continue;
    for (const [ref, text] of notes) {
      const cell = ws.getCell(ref);
      if (!cell.note && text !== '') cell.note = text;
    }
  }
}
