/**
 * `class LocalSheet implements Emulates<GoogleAppsScript.Spreadsheet.Sheet>` says which Apps
 * Script type a local class stands for. Its public members named like that type's members are
 * the emulated surface, which test/local/surface.test.ts holds equal to what the add-on uses.
 * The type has no members: it costs nothing at run time and does not bind signatures (a local
 * Sheet returns local Ranges, not Google's).
 */
export type Emulates<T> = Record<never, T>;
