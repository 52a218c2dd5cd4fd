/**
 * The bundle's console: each line kept for the run's log, error lines also apart, since
 * `console.error` is how a run that failed says so (https://developers.google.com/apps-script/reference/base/console).
 */
import type { Emulates } from './emulates';

export interface LogSink {
  /** Every line, error lines prefixed `error: `. */
  lines: string[];
  /** The error lines alone. */
  errors: string[];
  /** Also echo each line to stderr. */
  echo: boolean;
}

function line(args: unknown[]): string {
  return args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ');
}

export class LocalConsole implements Emulates<Console> {
  constructor(private readonly sink: LogSink) {}

  log(...args: unknown[]): void {
    const text = line(args);
    this.sink.lines.push(text);
    if (this.sink.echo) process.stderr.write(`${text}\n`);
  }

  error(...args: unknown[]): void {
    const text = line(args);
    this.sink.lines.push(`error: ${text}`);
    this.sink.errors.push(text);
    if (this.sink.echo) process.stderr.write(`${text}\n`);
  }
}
