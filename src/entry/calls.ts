/**
 * How each kind of entry call runs: a menu item, a sidebar API, a clock trigger. Each builds the
 * environment and the run's context once, and moves the change stamp when it wrote (so a cached
 * sidebar answer from before is not served again).
 */
import { fallbackLang, runContext, type RunContext, type RunMode } from '../app/context';
import { trackChanges } from '../app/changeStamp';
import type { AppEnv } from '../app/ports';
import { refreshOurTrigger } from '../app/reminders/triggers';
import { userMessageFor } from '../app/run';
import { t, type MessageKey } from '../core/i18n';
import type { Lang } from '../core/types';
import { createGasEnv } from '../gas/env';

/**
 * One entry call: the environment, then the run's context (settings, language, zone, today)
 * built once and handed to the work. Whatever fails becomes one sentence in the user's
 * language — the locale's, or Russian, when not even the context could be built.
 */
function entryCall<T>(
  mode: RunMode,
  name: string,
  work: (env: AppEnv, ctx: RunContext) => T,
  failed: (message: string, env: AppEnv) => T,
): T {
  const tracked = trackChanges(createGasEnv());
  const env = tracked.env;
  let ctx: RunContext | null = null;
  try {
    ctx = runContext(env, mode);
    return work(env, ctx);
  } catch (error) {
    return failed(userMessageFor(error, ctx?.lang ?? fallbackLang(env), env.logger, name), env);
  } finally {
    tracked.finish();
  }
}

/** The user's language alone, for calls that only show text: never fails. */
export function languageOf(env: AppEnv): Lang {
  try {
    return runContext(env, 'menu').lang;
  } catch {
    return fallbackLang(env);
  }
}

export function openSidebar(page: string, title: MessageKey, name: string): void {
  entryCall(
    'menu',
    name,
    (env, ctx) => env.ui.showSidebar(page, t(ctx.lang, title)),
    (message, env) => env.ui.alert(message),
  );
}

/**
 * Runs a sidebar API call. Whatever fails reaches the page as one sentence in
 * the user's language (google.script.run passes the message to the failure
 * handler), never as a stack trace.
 */
export function serve<T>(name: string, work: (env: AppEnv, ctx: RunContext) => T): T {
  return entryCall('sidebar', name, work, (message) => {
    throw new Error(message);
  });
}

/** A menu item whose outcome is one sentence in an alert. */
export function runForUser(name: string, work: (env: AppEnv, ctx: RunContext) => string): void {
  entryCall(
    'menu',
    name,
    (env, ctx) => env.ui.alert(work(env, ctx)),
    (message, env) => env.ui.alert(message),
  );
}

/** A clock trigger's call: never throws into the trigger; an older install is replaced first. */
export function triggerCall(
  name: string,
  work: (env: AppEnv, ctx: RunContext) => string,
  migrate = true,
): string {
  const run = (env: AppEnv, ctx: RunContext): string => {
    try {
      if (migrate) refreshOurTrigger(env, ctx);
    } catch (error) {
      env.logger.log(`${name}: could not refresh the trigger`, { error: String(error) });
    }
    return work(env, ctx);
  };
  return entryCall('trigger', name, run, (message) => message);
}

/** A menu item that shows what it has to say itself; a failure becomes an alert. */
export function menuCall(name: string, work: (env: AppEnv, ctx: RunContext) => void): void {
  entryCall('menu', name, work, (message, env) => env.ui.alert(message));
}
