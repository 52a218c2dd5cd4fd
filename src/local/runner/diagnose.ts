/**
 * `account-desk diagnose FILE.xlsx`: the bundle's own Diagnostics self-test
 * (the very `getDiagnostics` the sidebar calls in Google) on the local
 * runtime. It writes nothing the user keeps: the runtime works in a temporary
 * copy of the document's state (the output workbook, properties, own sheets),
 * which is removed afterwards, and nothing is ever saved back.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DiagnosticsView } from '../../core/diagnostics/view';
import type { DiagnosticsReport } from '../../core/diagnostics/report';
import { createLocalRuntime, documentName } from './runtime';

export interface DiagnoseOptions {
  file: string;
  /** Where the document's state lives (`run --out`); read, never written. Default `out`. */
  outDir?: string;
  distDir?: string;
}

/** What `run` keeps next to the output: copied, so that the self-test sees the document as it is. */
function stateFiles(name: string): string[] {
  return [`${name}.xlsx`, `${name}.properties.json`, `${name}.sheets.json`];
}

export async function diagnoseWorkbook(options: DiagnoseOptions): Promise<DiagnosticsReport> {
  const name = documentName(options.file);
  const outDir = resolve(options.outDir ?? 'out');
  const scratch = mkdtempSync(join(tmpdir(), 'account-desk-diagnose-'));
  try {
    for (const file of stateFiles(name)) {
      if (existsSync(join(outDir, file))) copyFileSync(join(outDir, file), join(scratch, file));
    }
    const runtime = await createLocalRuntime({
      file: options.file,
      outDir: scratch,
      distDir: options.distDir,
    });
    const view = runtime.call('getDiagnostics') as DiagnosticsView;
    // Out of the bundle's realm, as plain JSON: exactly what the sidebar's "Copy JSON" gives in Google.
    return JSON.parse(JSON.stringify(view.report)) as DiagnosticsReport;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
