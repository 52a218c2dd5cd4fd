/**
 * The document as several processes share it: its workbook and the services' state, loaded
 * from the last state on disk, reloaded when another process released the lock after writing,
 * and saved by whoever holds the lock (only a holder may write, or another process's newer
 * state would be overwritten).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { OUTPUT_SHEET_NAMES } from '../../core/ownedSheets';
import type { CallCounter } from '../services/counters';
import type { Faults } from '../services/faults';
import type { LockServiceOptions } from '../services/lock';
import { heartbeat } from '../services/lockFile';
import { assignState, type LocalState } from '../services/state';
import { applySnapshot, readWorkbook, snapshotSheets } from './document';
import { readSnapshots, stamp, writeFileAtomic, type DocumentFiles } from './documentFiles';
import { noLongerSaveOnExit, saveOnExit } from './processExit';
import { loadState, saveState } from './stateFile';
import { readInputWorkbook } from './workbookFile';

/** The input workbook with the add-on's own sheets as the document last had them, and the stored state. */
export async function loadDocument(
  files: DocumentFiles,
): Promise<{ workbook: ExcelJS.Workbook; state: LocalState }> {
  const workbook = await readInputWorkbook(files.input);
  // The add-on's own sheets come from the last state of the document, not from the input.
  if (existsSync(files.sheetsPath)) {
    for (const snapshot of readSnapshots(files.sheetsPath)) applySnapshot(workbook, snapshot);
  } else if (existsSync(files.documentPath) && resolve(files.documentPath) !== files.input) {
    const previous = await readWorkbook(files.documentPath);
    for (const snapshot of snapshotSheets(previous, OUTPUT_SHEET_NAMES)) applySnapshot(workbook, snapshot);
  }
  const fromOutput = existsSync(files.propertiesPath) || !existsSync(files.inputProperties);
  const state = loadState(fromOutput ? files.propertiesPath : files.inputProperties);
  return { workbook, state };
}

export class SharedDocument {
  private readonly seen: { sheets: string; properties: string };
  /** Locks (document, script, user) this process holds for the bundle right now. */
  private held = 0;
  private failure: Error | null = null;
  // While the bundle holds a lock, dying must not lose its writes.
  private readonly saveHeldWrites = (): void => this.save();

  constructor(
    readonly files: DocumentFiles,
    readonly workbook: ExcelJS.Workbook,
    readonly state: LocalState,
    private readonly faults: Faults,
  ) {
    this.seen = { sheets: stamp(files.sheetsPath), properties: stamp(files.propertiesPath) };
  }

  /**
   * Why the document's state could not be saved (a full disk, no permission), once that
   * happened: from then on nothing more is sent, and the CLI reports it.
   */
  storageFailure(): Error | null {
    return this.failure;
  }

  /** Another process released the lock after writing: take its sheets and properties. */
  reloadFromDisk(): void {
    const { sheetsPath, propertiesPath } = this.files;
    const sheetsNow = stamp(sheetsPath);
    if (sheetsNow && sheetsNow !== this.seen.sheets) {
      for (const snapshot of readSnapshots(sheetsPath)) applySnapshot(this.workbook, snapshot);
      this.seen.sheets = sheetsNow;
    }
    const propertiesNow = stamp(propertiesPath);
    if (propertiesNow && propertiesNow !== this.seen.properties) {
      assignState(this.state, loadState(propertiesPath));
      this.seen.properties = propertiesNow;
    }
  }

  /** Writes the own sheets and the state, atomically; a failure is kept in `storageFailure`. */
  save(): void {
    const { sheetsPath, propertiesPath } = this.files;
    try {
      writeFileAtomic(
        sheetsPath,
        JSON.stringify(snapshotSheets(this.workbook, OUTPUT_SHEET_NAMES)),
        this.faults,
      );
      saveState(propertiesPath, this.state, (path, content) =>
        this.faults.writeFile('output', path, content),
      );
    } catch (error) {
      this.failure ??= error instanceof Error ? error : new Error(String(error));
      throw error;
    }
    this.seen.sheets = stamp(sheetsPath);
    this.seen.properties = stamp(propertiesPath);
  }

  /**
   * `SpreadsheetApp.flush()` makes the bundle's writes durable, as in Sheets: under a lock the
   * own sheets and properties are written to disk at once (atomically). Outside a lock they wait
   * for the release or the final save, since only a holder may write the shared state.
   */
  flush(): void {
    heartbeat();
    if (this.held > 0) this.save();
    this.faults.afterFlush();
  }

  /** The bundle's document lock: reload on taking it, save on releasing it. */
  bundleLock(counter: CallCounter): LockServiceOptions {
    return {
      lockPath: this.files.lockPath,
      counter,
      onAcquired: () => {
        this.held += 1;
        saveOnExit(this.saveHeldWrites);
        this.reloadFromDisk();
      },
      onReleased: () => {
        this.held = Math.max(0, this.held - 1);
        if (this.held === 0) noLongerSaveOnExit(this.saveHeldWrites);
        try {
          this.save();
        } catch {
          // Recorded in `storageFailure`: the mail service now refuses to send, and the CLI says
          // why. Releasing must still succeed, or the bundle would report the wrong failure.
        }
      },
    };
  }

  /** The lock of the final save: like any writer's, with calls that are not the bundle's. */
  saveLock(counter: CallCounter): LockServiceOptions {
    return {
      lockPath: this.files.lockPath,
      counter,
      onAcquired: () => this.reloadFromDisk(),
      onReleased: () => this.save(),
    };
  }

  /** After the final save: releasing it saved everything and freed any lock the bundle left held. */
  settled(): void {
    this.held = 0;
    noLongerSaveOnExit(this.saveHeldWrites);
  }
}
