/**
 * `account-desk`: runs the add-on's bundle on .xlsx workbooks (SPEC §6).
 *   account-desk run [--today D] [--out DIR] [--mode M] [--quota N] FILE.xlsx...
 *   account-desk preview [--port N] [--today D] [--out DIR] FILE.xlsx
 *   account-desk diagnose [--out DIR] [--json] [--compare google.json] FILE.xlsx
 * Every line is in the user's language (ACCOUNT_DESK_LANG, else the POSIX locale), the
 * add-on's own lines included. Each file of a batch gets its own outcome; the exit code is
 * the worst of them: 0 success, 1 a run failed, 2 bad arguments or input.
 */
import { t } from '../../core/i18n';
import { parseCommandLine } from './cli/args';
import { diagnoseCommand, previewCommand, runCommand, type Io } from './cli/commands';
import { InputError } from './cli/inputError';
import { cliLang, errorText, EXIT } from './cli/runWorkbook';

export { InputError };
export {
  checkInputFile,
  cliLang,
  entryPointsFor,
  EXIT,
  runWorkbook,
  userLanguage,
  type RunOptions,
  type WorkbookResult,
} from './cli/runWorkbook';

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

/** The command line; resolves to the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const lang = cliLang(io.env);
  try {
    const line = parseCommandLine(argv);
    if (line.help || line.command === undefined || line.command === 'help') {
      io.out(t(lang, 'local.help'));
      return line.help || line.command === 'help' ? EXIT.ok : EXIT.badInput;
    }
    if (line.command === 'run') return await runCommand(line, io, lang);
    if (line.command === 'preview') return await previewCommand(line, io, lang);
    if (line.command === 'diagnose') return await diagnoseCommand(line, io, lang);
    throw new InputError('local.error.unknownCommand', { command: line.command });
  } catch (error) {
    if (error instanceof InputError) {
      io.err(t(lang, error.key, error.params));
      return EXIT.badInput;
    }
    io.err(t(lang, 'local.error.crashed', { message: errorText(error) }));
    return EXIT.failed;
  }
}
