/** The real `account-desk` (bin/account-desk.js) as a child process, with only the environment given. */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/bundle';

export const BIN = join(ROOT, 'bin', 'account-desk.js');

export interface CliResult {
  code: number | null;
  out: string[];
  err: string[];
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

/** Runs the CLI to its end; `env` replaces the environment (PATH kept), so the language is only what it says. */
export function runCli(args: string[], env: Record<string, string>, cwd: string): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 60_000,
  });
  return { code: result.status, out: lines(result.stdout), err: lines(result.stderr) };
}

/** Starts the CLI and resolves once it has printed a line matching `ready` (or has exited). */
export function startCli(
  args: string[],
  env: Record<string, string>,
  cwd: string,
  ready: RegExp,
): Promise<CliResult & { stop(): Promise<void> }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  return new Promise((resolve) => {
    const result = (code: number | null) => ({
      code,
      out: lines(stdout),
      err: lines(stderr),
      stop: () =>
        new Promise<void>((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (ready.test(stdout)) resolve(result(null));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('exit', (code) => resolve(result(code)));
  });
}
