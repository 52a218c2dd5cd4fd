/**
 * The vm context the bundle runs in: its globals are the local services, its clock is the
 * run's (fixed with `--today`, moved to each trigger's instant), and its top-level functions
 * are called in the authorization mode of the event, as Apps Script calls them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import type { AuthState } from '../services/auth';
import { contextDateFactory, fixContextClock, type DateFactory } from './clock';

export class BundleContext {
  readonly context: vm.Context = vm.createContext({});
  /** Makes Dates of the bundle's realm. */
  readonly makeDate: DateFactory = contextDateFactory(this.context);
  private setClock: ((ms: number) => void) | null;

  constructor(
    private readonly auth: AuthState,
    /** The fixed "now" of a `--today` run; null: the real clock until a trigger moves it. */
    fixedNowMs: number | null,
  ) {
    this.setClock = fixedNowMs === null ? null : fixContextClock(this.context, fixedNowMs);
  }

  /** Moves "now" for the bundle (a trigger firing at its own instant). */
  setNow(ms: number): void {
    if (this.setClock) this.setClock(ms);
    else this.setClock = fixContextClock(this.context, ms);
  }

  /** The service globals, then `Code.js`, as Apps Script loads a project. */
  load(globals: Record<string, unknown>, distDir: string): void {
    Object.assign(this.context, globals);
    vm.runInContext(readFileSync(join(distDir, 'Code.js'), 'utf8'), this.context, { filename: 'Code.js' });
  }

  /** Whether the bundle has a top-level function of this name. */
  has(fnName: string): boolean {
    return (
      /^[A-Za-z_$][\w$]*$/.test(fnName) && vm.runInContext(`typeof ${fnName}`, this.context) === 'function'
    );
  }

  /** Calls a top-level function in an authorization mode, FULL again afterwards. */
  call(mode: AuthState['mode'], fnName: string, args: unknown[]): unknown {
    if (!this.has(fnName)) throw new Error(`Script function not found: ${fnName}`);
    const fn = (this.context as Record<string, (...a: unknown[]) => unknown>)[fnName];
    this.auth.mode = mode;
    try {
      return fn(...args);
    } finally {
      this.auth.mode = 'FULL';
    }
  }

  /** `ScriptApp.AuthMode.NONE` and the like, as the bundle's own services give them. */
  enumValue(name: string, member: string): unknown {
    return vm.runInContext(`ScriptApp.${name}.${member}`, this.context);
  }
}
