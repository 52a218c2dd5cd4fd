/**
 * The services' state on disk, next to the output workbook: one JSON file, written atomically
 * so that a second process never reads half of it.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { emptyState, parseState, type LocalState } from '../services/state';

/** The state stored at `path`, or an empty one when the file does not exist. */
export function loadState(path: string): LocalState {
  if (!existsSync(path)) return emptyState();
  const text = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return parseState(json);
}

/** Writes through a temporary file and a rename, so readers see the old or the new state, never half. */
export function saveState(
  path: string,
  state: LocalState,
  write: (path: string, content: string) => void = (file, content) => writeFileSync(file, content),
): void {
  const temporary = `${path}.${process.pid}.tmp`;
  write(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, path);
}
