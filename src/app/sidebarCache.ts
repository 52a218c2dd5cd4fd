/**
 * Sidebar answers from the result cache: a form's options and the dashboard, computed from the
 * sheets once and served again while nothing changed. The key holds everything the answer is
 * made of besides the sheets: the change stamp (changeStamp.ts), the settings, the language,
 * the zone and locale, today, and what the view reads of the clock (the dashboard: the hour).
 * An answer for one person only (a filter by the signed-in user) must add that user to the key.
 * Entries live `CACHE_SECONDS` at most: what no trigger reports is seen within that time.
 */
import { fingerprint } from '../core/fingerprint';
import type { RunContext } from './context';
import { NO_CHANGE_STAMP, readChangeStampAndHint } from './changeStamp';
import { dashboardView, MANAGER_CHOICE_PROPERTY, type DashboardView } from './dashboard';
import { formOptions } from './forms/submit';
import type { FormOptions } from './forms/types';
import type { AppEnv, ResultCache } from './ports';
import { hourNow } from './reminders/daySchedule';

/** Ten minutes: the longest a change no trigger reports can stay unseen. */
export const CACHE_SECONDS = 600;

export function viewKey(view: string, stamp: string, ctx: RunContext, moments: readonly string[]): string {
  const inputs = JSON.stringify([ctx.settings, ctx.settingWarnings, ctx.lang, ctx.timeZone, ctx.locale]);
  return ['accountDesk.view', view, stamp, ctx.today, ...moments, fingerprint(inputs)].join(':');
}

/** The cached answer of `view` when `cache` has one for this key, else `compute()`, kept for next time. */
export function cachedView<T>(
  env: Pick<AppEnv, 'logger'>,
  cache: ResultCache,
  key: string,
  view: string,
  compute: () => T,
): T {
  const cached = cache.get(key);
  if (cached !== null) {
    try {
      return JSON.parse(cached) as T;
    } catch {
      env.logger.log('cache: unreadable entry, computing again', { view });
    }
  }
  const answer = compute();
  cache.put(key, JSON.stringify(answer), CACHE_SECONDS);
  return answer;
}

export function cachedFormOptions(env: AppEnv, ctx: RunContext): FormOptions {
  const { stamp, markers } = readChangeStampAndHint(env);
  const key = viewKey('formOptions', stamp, ctx, []);
  return cachedView(env, env.cache, key, 'formOptions', () => formOptions(env, ctx, markers));
}

/**
 * The dashboard's today line names the next hour: an answer is good within its hour. It is one
 * person's answer too (whose clients it shows: their choice, else their email), so it is kept in
 * that person's own cache, with their choice in the key. The user cache is the person's across
 * documents: the change stamp, random per document, tells this document's answers apart; before
 * the document has one, the answer goes to the document's cache with the person's email in the key.
 */
export function cachedDashboard(env: AppEnv, ctx: RunContext): DashboardView {
  const { stamp, markers } = readChangeStampAndHint(env);
  const stored = env.user.properties.get(MANAGER_CHOICE_PROPERTY);
  const choice = stored ?? '-';
  const own = stamp !== NO_CHANGE_STAMP;
  const person = own ? [choice] : [choice, env.user.email()];
  const key = viewKey('dashboard', stamp, ctx, [
    String(hourNow(env, ctx)),
    fingerprint(JSON.stringify(person)),
  ]);
  return cachedView(env, own ? env.userCache : env.cache, key, 'dashboard', () =>
    dashboardView(env, ctx, { choice: stored, markersHint: markers }),
  );
}
