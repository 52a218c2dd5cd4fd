/**
 * The change stamp: one document property that changes with every write of ours (the first write
 * of an entry call, and again when the call ends, so a sidebar that read the document halfway
 * through a run is not kept) and with every edit a person makes (the simple trigger onEdit). A
 * result cached under one stamp is never served under another, so after any change it saw the
 * next sidebar opens from the sheets again. What no trigger sees — another script, the Sheets
 * API, a format change, an edit where the add-on's onEdit does not run
 * (https://developers.google.com/apps-script/guides/triggers#restrictions) — the cache's short
 * life covers (`CACHE_SECONDS` in sidebarCache.ts).
 * The same property carries where our column markers were when it moved, as far as the writer
 * knew: a sidebar checks that hint against the header rows it reads (core/documents/markerHint.ts)
 * instead of asking Sheets for the markers.
 */
import { OWNED_COLUMN_KEY } from '../core/documents/ownedColumns';
import { hintText, parseHint, type ColumnMarker } from '../core/documents/markerHint';
import type { AppEnv, PropertyStore, Triggers, Workbook } from './ports';

export const CHANGE_STAMP_PROPERTY = 'accountDesk.changeStamp';
/** The stamp of a document the add-on never wrote to: the same in every such document. */
export const NO_CHANGE_STAMP = 'never';

/** Between the stamp and the markers hint in the property's value. */
const HINT_SEPARATOR = '|';

export interface ChangeStamp {
  stamp: string;
  /** Where our column markers were when the stamp moved (markerHint.ts); null when the writer did not know. */
  markers: ColumnMarker[] | null;
}

/** The stamp, and the markers hint the last writer left with it: one property read. */
export function readChangeStampAndHint(env: Pick<AppEnv, 'documentProperties'>): ChangeStamp {
  const value = env.documentProperties.get(CHANGE_STAMP_PROPERTY);
  if (value === null) return { stamp: NO_CHANGE_STAMP, markers: null };
  const at = value.indexOf(HINT_SEPARATOR);
  if (at < 0) return { stamp: value, markers: null };
  return { stamp: value.slice(0, at), markers: parseHint(value.slice(at + 1)) };
}

export function readChangeStamp(env: Pick<AppEnv, 'documentProperties'>): string {
  return readChangeStampAndHint(env).stamp;
}

/**
 * A new stamp: the instant, and a random tail for two changes within one millisecond; with it,
 * where our column markers are now, when this execution knows (it read them).
 */
export function bumpChangeStamp(
  env: Pick<AppEnv, 'documentProperties' | 'clock'>,
  markers: readonly ColumnMarker[] | null = null,
): void {
  const stamp = `${env.clock.now().getTime().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
  const hint = markers ? hintText(markers) : null;
  env.documentProperties.set(
    CHANGE_STAMP_PROPERTY,
    hint === null ? stamp : `${stamp}${HINT_SEPARATOR}${hint}`,
  );
}

const WORKBOOK_WRITES: readonly (keyof Workbook)[] = [
  'replaceSheet',
  'writeBlock',
  'appendRows',
  'markColumn',
  'markSheet',
];
const PROPERTY_WRITES: readonly (keyof PropertyStore)[] = ['set', 'setAll', 'delete'];
const TRIGGER_WRITES: readonly (keyof Triggers)[] = ['createHourly', 'remove'];

/** Told of a call's arguments and result, after it returned. */
type Observer = (args: unknown[], result: unknown) => void;

/** `target` whose `writes` call `before()` first, and whose `observed` members report their calls; every other member as it is. */
function announcing<T extends object>(
  target: T,
  writes: readonly (keyof T)[],
  before: () => void,
  observed: Partial<Record<keyof T, Observer>> = {},
): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property) as unknown;
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      const observer = observed[property as keyof T];
      const writing = writes.includes(property as keyof T);
      if (!writing && !observer) return method.bind(object);
      return (...args: unknown[]) => {
        if (writing) before();
        const result = method.apply(object, args);
        observer?.(args, result);
        return result;
      };
    },
  });
}

/**
 * Where this execution knows our column markers to be: what it read of them, with the columns it
 * marked since; null until it read them.
 */
function markerRecorder(): {
  markers: () => ColumnMarker[] | null;
  observed: Partial<Record<keyof Workbook, Observer>>;
} {
  let known: ColumnMarker[] | null = null;
  return {
    markers: () => known,
    observed: {
      columnMarkers: ([key], result) => {
        if (key === OWNED_COLUMN_KEY) known = (result as ColumnMarker[]).map((marker) => ({ ...marker }));
      },
      markColumn: ([sheet, column, key, value]) => {
        if (key !== OWNED_COLUMN_KEY || !known) return;
        known = [
          ...known.filter((marker) => marker.sheet !== sheet || marker.column !== column),
          { sheet: String(sheet), column: Number(column), value: String(value) },
        ];
      },
    },
  };
}

export interface TrackedEnv {
  env: AppEnv;
  /** Called when the entry call ends, however it ends: a call that wrote moves the stamp once more. */
  finish(): void;
}

/** The environment of one entry call, with its writes moving the change stamp. */
export function trackChanges(raw: AppEnv): TrackedEnv {
  let wrote = false;
  const recorder = markerRecorder();
  const bump = (): void => {
    try {
      bumpChangeStamp(raw, recorder.markers());
    } catch (error) {
      // A stamp that could not move leaves a cached answer to its expiry, never fails the work.
      raw.logger.log('change stamp: not moved', { error: String(error) });
    }
  };
  const first = (): void => {
    if (wrote) return;
    wrote = true;
    bump();
  };
  const env: AppEnv = {
    ...raw,
    workbook: announcing(raw.workbook, WORKBOOK_WRITES, first, recorder.observed),
    documentProperties: announcing(raw.documentProperties, PROPERTY_WRITES, first),
    triggers: announcing(raw.triggers, TRIGGER_WRITES, first),
    selfTest: announcing(raw.selfTest, ['insertScratchSheet'], first),
  };
  return { env, finish: () => (wrote ? bump() : undefined) };
}
