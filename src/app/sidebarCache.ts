/**
 * Sidebar answers from the result cache: a form's options and the dashboard, computed from the
 * sheets once and served again while nothing changed. The key holds everything the answer is
 * made of besides the sheets: the change stamp (changeStamp.ts), the settings, the language,
 * the zone and locale, today, and what the view reads of the clock (the dashboard: the hour).
 * An answer for one person only (a filter by the signed-in user) must add that user to the key.
 * Entries live `CACHE_SECONDS` at most: what no trigger reports is seen within that time.
 */
import type { RunContext } from './context';
import { readChangeStamp } from './changeStamp';
import { dashboardView, MANAGER_CHOICE_PROPERTY, type DashboardView } from './dashboard';
import { formOptions } from './forms/submit';
import type { FormOptions } from './forms/types';
import type { AppEnv } from './ports';
import { hourNow } from './reminders/daySchedule';

/** Ten minutes: the longest a change no trigger reports can stay unseen. */
export const CACHE_SECONDS = 600;

/** FNV-1a, 32 bits: a short fingerprint of the settings for the key (250 characters at most). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

export function viewKey(view: string, stamp: string, ctx: RunContext, moments: readonly string[]): string {
  const inputs = JSON.stringify([ctx.settings, ctx.settingWarnings, ctx.lang, ctx.timeZone, ctx.locale]);
  return ['accountDesk.view', view, stamp, ctx.today, ...moments, fingerprint(inputs)].join(':');
}

/** The cached answer of `view` when there is one for this key, else `compute()`, kept for next time. */
export function cachedView<T>(
  env: Pick<AppEnv, 'documentProperties' | 'cache' | 'logger'>,
  ctx: RunContext,
  view: string,
  moments: readonly string[],
  compute: () => T,
): T {
  const key = viewKey(view, readChangeStamp(env), ctx, moments);
  const cached = env.cache.get(key);
  if (cached !== null) {
    try {
      return JSON.parse(cached) as T;
    } catch {
      env.logger.log('cache: unreadable entry, computing again', { view });
    }
  }
  const answer = compute();
  env.cache.put(key, JSON.stringify(answer), CACHE_SECONDS);
  return answer;
}

export function cachedFormOptions(env: AppEnv, ctx: RunContext): FormOptions {
  return cachedView(env, ctx, 'formOptions', [], () => formOptions(env, ctx));
}

/**
 * The dashboard's today line names the next hour: an answer is good within its hour. It is one
 * person's answer too (whose clients it shows): their choice and their email are in the key.
 */
export function cachedDashboard(env: AppEnv, ctx: RunContext): DashboardView {
  const person = [env.user.properties.get(MANAGER_CHOICE_PROPERTY) ?? '-', env.user.email()];
  return cachedView(
    env,
    ctx,
    'dashboard',
    [String(hourNow(env, ctx)), fingerprint(JSON.stringify(person))],
    () => dashboardView(env, ctx),
  );
}
