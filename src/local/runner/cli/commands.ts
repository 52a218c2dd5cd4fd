/** The CLI's commands: `run`, `preview` and `diagnose`, each resolving to its exit code. */
import { existsSync, readFileSync } from 'node:fs';
import { diagnosticsText, diagnosticsView, differencesText } from '../../../core/diagnostics/view';
import { compareReports, isReport } from '../../../core/diagnostics/compare';
import type { DiagnosticsReport } from '../../../core/diagnostics/report';
import { t } from '../../../core/i18n';
import type { Lang } from '../../../core/types';
import { UnreadableWorkbookError } from '../workbookFile';
import type { CommandLine } from './args';
import { InputError } from './inputError';
import { checkInputFile, errorText, EXIT, runWorkbook, shown, userLanguage } from './runWorkbook';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  /** Where `Code.js` is, for callers that run another build (default `dist/`, rebuilt when stale). */
  distDir?: string;
}

/** Runs every file, each to its own outcome; returns the worst exit code. */
export async function runCommand(line: CommandLine, io: Io, lang: Lang): Promise<number> {
  if (line.files.length === 0) throw new InputError('local.error.noFiles');
  const outDir = line.out ?? 'out';
  const language = userLanguage(io.env);
  let worst: number = EXIT.ok;
  const outcomes: string[] = [];
  for (const file of line.files) {
    try {
      const result = await runWorkbook({
        file,
        outDir,
        today: line.today,
        mode: line.mode,
        quota: line.quota,
        lang,
        language,
        progress: io.out,
        distDir: io.distDir,
      });
      const summary = t(lang, 'local.summary.workbook', {
        name: result.name,
        sheets: result.sheetsWritten.length,
        sheetList: result.sheetsWritten.length ? ` (${result.sheetsWritten.join(', ')})` : '',
        messages: result.messages,
        drafts: result.drafts,
        calls: result.totalCalls,
      });
      if (result.storageError) {
        worst = Math.max(worst, EXIT.failed);
        io.err(result.storageError);
        outcomes.push(t(lang, 'local.outcome.failed', { file, summary }));
      } else if (result.error) {
        worst = Math.max(worst, EXIT.failed);
        const log = `${shown(result.documentPath).replace(/\.xlsx$/, '')}.log`;
        io.err(
          t(lang, 'local.error.runFailed', {
            file,
            message: result.error,
            output: shown(result.documentPath),
            log,
          }),
        );
        outcomes.push(t(lang, 'local.outcome.failed', { file, summary }));
      } else if (result.failedMessages !== undefined) {
        worst = Math.max(worst, EXIT.failed);
        io.err(t(lang, 'local.error.messagesFailed', { file, message: result.failedMessages }));
        outcomes.push(t(lang, 'local.outcome.failed', { file, summary }));
      } else outcomes.push(summary);
    } catch (error) {
      // One bad file does not stop the others.
      if (error instanceof InputError) {
        worst = Math.max(worst, EXIT.badInput);
        io.err(t(lang, error.key, error.params));
      } else {
        worst = Math.max(worst, EXIT.failed);
        io.err(t(lang, 'local.error.fileCrashed', { file, message: errorText(error) }));
      }
      outcomes.push(t(lang, 'local.outcome.skipped', { file }));
    }
  }
  for (const outcome of outcomes) io.out(outcome);
  io.out(t(lang, 'local.summary.where', { dir: shown(outDir) || '.' }));
  return worst;
}

export async function previewCommand(line: CommandLine, io: Io, lang: Lang): Promise<number> {
  if (line.files.length === 0) throw new InputError('local.error.noFiles');
  if (line.files.length > 1) throw new InputError('local.error.previewOneFile', { count: line.files.length });
  const [file] = line.files;
  checkInputFile(file);
  const port = line.port ?? 8080;
  const { startPreviewServer } = await import('../preview/server');
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  try {
    server = await startPreviewServer({
      file,
      outDir: line.out ?? 'out',
      port,
      today: line.today,
      language: userLanguage(io.env),
      distDir: io.distDir,
    });
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw new InputError('local.error.unreadable', { file });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES')
      throw new InputError('local.error.portBusy', { port, next: port === 65535 ? 8081 : port + 1 });
    throw error;
  }
  io.out(t(lang, 'local.preview.listening', { file, url: server.url, out: shown(line.out ?? 'out') }));
  await new Promise<void>((resolveStop) => {
    const stop = () => {
      void server.close().then(resolveStop);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.ok;
}

/** The JSON the Diagnostics sidebar copied in Google. */
function readGoogleReport(file: string): DiagnosticsReport {
  if (!existsSync(file)) throw new InputError('local.error.missingFile', { file });
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    parsed = null;
  }
  if (!isReport(parsed)) throw new InputError('diagnostics.cli.notReport', { file });
  return parsed;
}

/** The Diagnostics report of the local runtime; with `--compare`, its differences from Google's (exit 1 if any). */
export async function diagnoseCommand(line: CommandLine, io: Io, lang: Lang): Promise<number> {
  if (line.files.length === 0) throw new InputError('local.error.noFiles');
  const [file] = line.files;
  checkInputFile(file);
  const google = line.compare === undefined ? null : readGoogleReport(line.compare);
  const { diagnoseWorkbook } = await import('../diagnose');
  let report: DiagnosticsReport;
  try {
    report = await diagnoseWorkbook({ file, outDir: line.out, distDir: io.distDir });
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw new InputError('local.error.unreadable', { file });
    throw error;
  }
  if (google) {
    const differences = compareReports(report, google);
    for (const text of differencesText(differences, lang)) io.out(text);
    return differences.length ? EXIT.failed : EXIT.ok;
  }
  if (line.json) io.out(JSON.stringify(report, null, 2));
  else for (const text of diagnosticsText(diagnosticsView(report, lang))) io.out(text);
  return EXIT.ok;
}
