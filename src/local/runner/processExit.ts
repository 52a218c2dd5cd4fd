/** How the runner's process ends without losing what the bundle wrote under a lock. */

/**
 * Savers of runtimes whose bundle holds a lock right now. A process can end inside a
 * locked section (an uncaught error, `process.exit`): their own sheets and properties
 * are then saved on exit, synchronously as exit requires, so the next run sees them.
 */
const unsavedOnExit = new Set<() => void>();
let exitHookInstalled = false;

export function saveOnExit(save: () => void): void {
  unsavedOnExit.add(save);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Before the lock service's own exit hook deletes the lock files: save while still the holder.
  process.prependListener('exit', () => {
    for (const pending of unsavedOnExit) {
      try {
        pending();
      } catch {
        // Exiting anyway: the previous state on disk is still whole.
      }
    }
  });
}

export function noLongerSaveOnExit(save: () => void): void {
  unsavedOnExit.delete(save);
}

/** Exit codes of a process ended by a signal, as a shell reports them (128 + the signal's number). */
const SIGNAL_EXIT: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
let signalHandlersInstalled = false;

/**
 * SIGINT, SIGTERM and SIGHUP end the process without losing a write: Node runs a handler only
 * between two pieces of JavaScript, so a bundle call in progress finishes first (no message is
 * cut in half), then what the bundle holds under a lock is saved (the exit hook above) and the
 * process exits with the shell's code for that signal.
 */
export function exitCleanlyOnSignals(): void {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.on(signal, () => {
      // Someone else handles it (the preview server closes itself): leave the exit to them.
      if (process.listenerCount(signal) > 1) return;
      process.exit(code);
    });
  }
}
