/**
 * The one fault hook of the local runtime, so tests can prove "exactly once"
 * on the real CLI without root, mounts or a real full disk. Read from the
 * `ACCOUNT_DESK_FAULTS` environment variable (or the runtime's `faults`
 * option): a comma-separated list of
 *
 *   kill-after-send:N    SIGKILL this process right after the N-th message reached the outbox
 *   kill-before-send:N   SIGKILL it just before the N-th message is written
 *   kill-after-flush:N   SIGKILL it right after the N-th `SpreadsheetApp.flush()` persisted
 *   enospc:outbox[@N]    the N-th and every later outbox write fails with ENOSPC (default N = 1),
 *   eacces:outbox[@N]    or EACCES; half of the message is written first, as a full disk does
 *   enospc:output[@N]    the same for the files next to the output workbook (state, sheets, xlsx)
 *   eacces:output[@N]
 *   mail-fail-at:K       the K-th message (only that one) fails with the mail service's error
 *
 * Counts are per process. Unknown entries are an error: a test that misspells
 * its fault must not pass for the wrong reason.
 */
import { writeFileSync } from 'node:fs';

export const FAULTS_ENV = 'ACCOUNT_DESK_FAULTS';

export type WriteTarget = 'outbox' | 'output';
type Errno = 'ENOSPC' | 'EACCES';

export interface FaultPlan {
  killAfterSend?: number;
  killBeforeSend?: number;
  killAfterFlush?: number;
  mailFailAt?: number;
  writes: Partial<Record<WriteTarget, { code: Errno; from: number }>>;
}

const ERRNO: Record<Errno, { errno: number; text: string }> = {
  ENOSPC: { errno: -28, text: 'no space left on device' },
  EACCES: { errno: -13, text: 'permission denied' },
};

function count(entry: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${FAULTS_ENV}: bad count in "${entry}"`);
  return value;
}

export function parseFaults(spec: string | undefined): FaultPlan {
  const plan: FaultPlan = { writes: {} };
  for (const entry of (spec ?? '').split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const write = /^(enospc|eacces):(outbox|output)(?:@(\d+))?$/.exec(entry);
    if (write) {
      plan.writes[write[2] as WriteTarget] = {
        code: write[1].toUpperCase() as Errno,
        from: write[3] === undefined ? 1 : count(entry, write[3]),
      };
      continue;
    }
    const [name, value] = entry.split(':');
    if (name === 'kill-after-send') plan.killAfterSend = count(entry, value);
    else if (name === 'kill-before-send') plan.killBeforeSend = count(entry, value);
    else if (name === 'kill-after-flush') plan.killAfterFlush = count(entry, value);
    else if (name === 'mail-fail-at') plan.mailFailAt = count(entry, value);
    else throw new Error(`${FAULTS_ENV}: unknown fault "${entry}"`);
  }
  return plan;
}

/** An error shaped like the one `fs` throws, so callers cannot tell it from a real disk. */
export function errnoError(code: Errno, syscall: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${ERRNO[code].text}, ${syscall} '${path}'`);
  error.code = code;
  error.errno = ERRNO[code].errno;
  error.syscall = syscall;
  error.path = path;
  return error;
}

/** Dies the way `kill -9` kills: no exit handlers, no final save. */
function killSelf(): never {
  process.kill(process.pid, 'SIGKILL');
  // The signal is delivered at once; never run another line of the bundle meanwhile.
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
}

export class Faults {
  private sends = 0;
  private flushes = 0;
  private readonly writes: Record<WriteTarget, number> = { outbox: 0, output: 0 };

  constructor(private readonly plan: FaultPlan) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): Faults {
    return new Faults(parseFaults(env[FAULTS_ENV]));
  }

  /** Before a message is written: may kill, or return the service error the K-th message meets. */
  beforeSend(serviceError: string): void {
    const next = this.sends + 1;
    if (this.plan.killBeforeSend === next) killSelf();
    if (this.plan.mailFailAt === next) {
      this.sends = next;
      throw new Error(serviceError);
    }
  }

  afterSend(): void {
    this.sends += 1;
    if (this.plan.killAfterSend === this.sends) killSelf();
  }

  afterFlush(): void {
    this.flushes += 1;
    if (this.plan.killAfterFlush === this.flushes) killSelf();
  }

  /**
   * Writes `content` to `path` unless a disk fault applies; then writes the first half
   * (a full disk stops mid-file) and throws the fs error.
   */
  writeFile(target: WriteTarget, path: string, content: string | Buffer, flag = 'w'): void {
    this.writes[target] += 1;
    const fault = this.plan.writes[target];
    if (fault && this.writes[target] >= fault.from) {
      if (fault.code === 'EACCES') throw errnoError('EACCES', 'open', path);
      const half = Buffer.from(content).subarray(0, Math.floor(Buffer.byteLength(content) / 2));
      writeFileSync(path, half, { flag });
      throw errnoError('ENOSPC', 'write', path);
    }
    writeFileSync(path, content, { flag });
  }

  /** For writes done by a library (the xlsx): fails before it starts, as a full disk would soon after. */
  checkWrite(target: WriteTarget, path: string): void {
    this.writes[target] += 1;
    const fault = this.plan.writes[target];
    if (fault && this.writes[target] >= fault.from)
      throw errnoError(fault.code, fault.code === 'EACCES' ? 'open' : 'write', path);
  }
}
