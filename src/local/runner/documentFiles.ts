/**
 * Where a document lives with the output: `DIR/<name>.xlsx` plus `DIR/<name>.properties.json`
 * (the services' state: properties, triggers, quota) and `DIR/<name>.sheets.json` (the add-on's
 * own sheets, written whenever the document lock is released, so a concurrent process sees
 * them at once) — and how those files are written so that a kill never leaves half of one.
 */
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Faults } from '../services/faults';
import type { SheetSnapshot } from './document';

export interface DocumentFiles {
  /** The input workbook. */
  input: string;
  outDir: string;
  name: string;
  /** `DIR/<name>.xlsx`. */
  documentPath: string;
  propertiesPath: string;
  sheetsPath: string;
  /** A properties file beside the input, used when the output has none yet. */
  inputProperties: string;
  lockPath: string;
  logPath: string;
}

export function documentName(file: string): string {
  return basename(file, extname(file));
}

export function documentFiles(file: string, outDir: string): DocumentFiles {
  const input = resolve(file);
  const out = resolve(outDir);
  const name = documentName(input);
  const documentPath = join(out, `${name}.xlsx`);
  return {
    input,
    outDir: out,
    name,
    documentPath,
    propertiesPath: join(out, `${name}.properties.json`),
    sheetsPath: join(out, `${name}.sheets.json`),
    inputProperties: join(dirname(input), `${name}.properties.json`),
    lockPath: `${documentPath}.lock`,
    logPath: join(out, `${name}.log`),
  };
}

/** A stamp that changes whenever another process rewrites a file. */
export function stamp(path: string): string {
  if (!existsSync(path)) return '';
  const stats = statSync(path);
  return `${stats.mtimeMs}:${stats.size}`;
}

export function readSnapshots(path: string): SheetSnapshot[] {
  return JSON.parse(readFileSync(path, 'utf8')) as SheetSnapshot[];
}

/** Writes through a temporary file and a rename: a process killed mid-write leaves the old file whole. */
export function writeFileAtomic(path: string, content: string, faults?: Faults): void {
  const temporary = `${path}.${process.pid}.tmp`;
  if (faults) faults.writeFile('output', temporary, content);
  else writeFileSync(temporary, content);
  renameSync(temporary, path);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Half-written temporary files of a document that a killed process left behind (`<file>.<pid>.tmp…`). */
export function removeDeadTemporaries(outDir: string, name: string): void {
  const prefix = `${name}.`;
  for (const entry of readdirSync(outDir)) {
    const match = /\.(\d+)\.tmp(?:\.xlsx)?$/.exec(entry);
    if (!entry.startsWith(prefix) || !match || isAlive(Number(match[1]))) continue;
    try {
      unlinkSync(join(outDir, entry));
    } catch {
      // Another process cleaned it up first.
    }
  }
}
