/**
 * Builds dist/ (and the local runner) once, before any test file runs, with the
 * real build script, and the opt-in Gmail build into build/gmail-dist/ for the tests of
 * that bundle (test/support/gmailBundle.ts). Tests read that one build; none rebuilds it, so parallel
 * test files never see a half-written dist/. Then unpacks the browser of the
 * browser tests once, for the same reason, and hands its path to the test files.
 */
export default async function buildOnce() {
  // Imported lazily: the build script's CLI part uses top-level await, which jest cannot require.
  const { buildAll } = await import('../scripts/build.mjs');
  await buildAll();
  const root = new URL('..', import.meta.url).pathname;
  await buildAll({
    withGmail: true,
    outDir: `${root}build/gmail-dist`,
    localOut: `${root}build/gmail-local`,
  });
  const { chromiumExecutable } = await import('../scripts/chromium.mjs');
  // Test workers are started after this and inherit the environment.
  process.env.ACCOUNT_DESK_TEST_CHROMIUM = JSON.stringify(chromiumExecutable());
}
