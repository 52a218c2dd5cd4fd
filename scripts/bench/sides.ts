/**
 * One side of a comparison: a fresh local runtime on the workbook, the add-on's bundle in it,
 * optionally a peer script loaded beside it, one function called, its calls and cells counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { OUTPUT_SHEET_NAMES } from '../../src/core/ownedSheets';
import type { Grid } from '../../src/core/types';
import { PROJECT_ROOT } from '../../src/local/runner/project';
import { createLocalRuntime, type LocalRuntime } from '../../src/local/runner/runtime';
import type { LocalSpreadsheet } from '../../src/local/services/spreadsheet/spreadsheet';
import type { Counted, SideRun } from './types';

export const PEERS = {
  naive: readFileSync(join(PROJECT_ROOT, 'scripts', 'bench', 'peers', 'naive.gs'), 'utf8'),
  competent: readFileSync(join(PROJECT_ROOT, 'scripts', 'bench', 'peers', 'competent.gs'), 'utf8'),
};

export interface RuntimeSpec {
  file: string;
  outDir: string;
  today: string;
  quota: number;
}

export function openRuntime(spec: RuntimeSpec): Promise<LocalRuntime> {
  return createLocalRuntime({
    file: spec.file,
    outDir: spec.outDir,
    today: spec.today,
    mode: 'send',
    dailyQuota: spec.quota,
  });
}

/** Recipients of every email this runtime sent (to, cc and bcc, as the quota counts them). */
export function recipientsOf(runtime: LocalRuntime): number {
  return runtime
    .sent()
    .filter((record) => record.kind === 'sent')
    .reduce((sum, record) => sum + record.to.length + record.cc.length + record.bcc.length, 0);
}

export function counted(runtime: LocalRuntime): Counted {
  return { calls: runtime.counters.snapshot(), cells: runtime.counters.cellsSnapshot() };
}

interface PeerResult {
  due: number;
  sent: number;
  failed: number;
}

/** A tutorial script from peers/ on its own fresh runtime. */
export async function runPeer(
  peer: keyof typeof PEERS,
  fn: string,
  spec: RuntimeSpec,
): Promise<SideRun & { due: number }> {
  const started = performance.now();
  const runtime = await openRuntime(spec);
  vm.runInContext(PEERS[peer], runtime.context, { filename: `${peer}.gs` });
  runtime.counters.reset();
  const result = runtime.call(fn) as PeerResult;
  return {
    ...counted(runtime),
    emails: result.sent,
    // One address per email; the refused ones would have counted as much.
    recipients: result.sent + result.failed,
    failed: result.failed,
    due: result.due,
    localMs: performance.now() - started,
  };
}

/**
 * The agency's sheets as the core reads them (every layer of every sheet but the add-on's own
 * output sheets), read through the local services outside any counted run.
 */
export function gridsOf(spreadsheet: LocalSpreadsheet): Map<string, Grid> {
  const grids = new Map<string, Grid>();
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    if (OUTPUT_SHEET_NAMES.includes(name)) continue;
    const range = sheet.getDataRange();
    grids.set(name, {
      sheet: name,
      values: range.getValues() as Grid['values'],
      display: range.getDisplayValues(),
      backgrounds: range.getBackgrounds(),
      formats: range.getNumberFormats(),
    });
  }
  return grids;
}
