/**
 * A typed promise over `google.script.run`. Sidebars reach the server only
 * through `callServer`, whose method names and arguments are checked at
 * compile time against the exports of the entry module.
 */
import type * as Entry from '../../entry/index';

type ServerApi = typeof Entry;
type Method = {
  [K in keyof ServerApi]: ServerApi[K] extends (...args: never[]) => unknown ? K : never;
}[keyof ServerApi];

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [method: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

export function callServer<M extends Method>(
  method: M,
  ...args: Parameters<ServerApi[M]>
): Promise<ReturnType<ServerApi[M]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[M]>))
      .withFailureHandler((error) => reject(error));
    const fn = runner[method];
    if (typeof fn !== 'function') {
      reject(new Error(`Unknown server function: ${method}`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
