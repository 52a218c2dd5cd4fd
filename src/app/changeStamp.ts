/**
 * The change stamp: one document property that changes with every write of ours (the first write
 * of an entry call, and again when the call ends, so a sidebar that read the document halfway
 * through a run is not kept) and with every edit a person makes (the simple trigger onEdit). A
 * result cached under one stamp is never served under another, so after any change it saw the
 * next sidebar opens from the sheets again. What no trigger sees — another script, the Sheets
 * API, a format change, an edit where the add-on's onEdit does not run
 * (https://developers.google.com/apps-script/guides/triggers#restrictions) — the cache's short
 * life covers (`CACHE_SECONDS` in sidebarCache.ts).
 */
import type { AppEnv, PropertyStore, Triggers, Workbook } from './ports';

export const CHANGE_STAMP_PROPERTY = 'accountDesk.changeStamp';
/** The stamp of a document the add-on never wrote to: the same in every such document. */
export const NO_CHANGE_STAMP = 'never';

export function readChangeStamp(env: Pick<AppEnv, 'documentProperties'>): string {
  return env.documentProperties.get(CHANGE_STAMP_PROPERTY) ?? NO_CHANGE_STAMP;
}

/** A new stamp: the instant, and a random tail for two changes within one millisecond. */
export function bumpChangeStamp(env: Pick<AppEnv, 'documentProperties' | 'clock'>): void {
  const stamp = `${env.clock.now().getTime().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
  env.documentProperties.set(CHANGE_STAMP_PROPERTY, stamp);
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

/** `target` whose `writes` call `before()` first; every other member as it is. */
function announcing<T extends object>(target: T, writes: readonly (keyof T)[], before: () => void): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property) as unknown;
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (!writes.includes(property as keyof T)) return method.bind(object);
      return (...args: unknown[]) => {
        before();
        return method.apply(object, args);
      };
    },
  });
}

export interface TrackedEnv {
  env: AppEnv;
  /** Called when the entry call ends, however it ends: a call that wrote moves the stamp once more. */
  finish(): void;
}

/** The environment of one entry call, with its writes moving the change stamp. */
export function trackChanges(raw: AppEnv): TrackedEnv {
  let wrote = false;
  const bump = (): void => {
    try {
      bumpChangeStamp(raw);
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
    workbook: announcing(raw.workbook, WORKBOOK_WRITES, first),
    documentProperties: announcing(raw.documentProperties, PROPERTY_WRITES, first),
    triggers: announcing(raw.triggers, TRIGGER_WRITES, first),
    selfTest: announcing(raw.selfTest, ['insertScratchSheet'], first),
  };
  return { env, finish: () => (wrote ? bump() : undefined) };
}
