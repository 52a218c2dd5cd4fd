/**
 * Builds dist/ (and the local runner) once, before any test file runs, with the
 * real build script. Tests read that one build; none rebuilds it, so parallel
 * test files never see a half-written dist/.
 */
export default async function buildOnce() {
  // Imported lazily: the build script's CLI part uses top-level await, which jest cannot require.
  const { buildAll } = await import('../scripts/build.mjs');
  await buildAll();
}
