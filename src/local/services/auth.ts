/**
 * Authorization modes of the local runtime. Menu clicks, sidebar calls and
 * installable triggers run in FULL; the simple trigger `onOpen` runs in
 * LIMITED (a bound script, or an add-on used in this document) or NONE (an
 * add-on installed but not yet used here), and there the services refuse what
 * Google refuses:
 * - AuthMode.NONE "does not allow access to any services that require authorization" and the
 *   add-on menus guide says not to check Properties in it
 *   (https://developers.google.com/apps-script/reference/script/auth-mode,
 *   https://developers.google.com/workspace/add-ons/concepts/menus); the file itself is not
 *   readable (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 * - Simple triggers "cannot access services that require authorization" but can read and
 *   modify the file they are bound to (https://developers.google.com/apps-script/guides/triggers#restrictions).
 * Where the pages are silent (locks, the cache) the stricter choice: refused.
 *
 * An installed Editor add-on builds its menu under Extensions with `createAddonMenu`
 * (https://developers.google.com/workspace/add-ons/concepts/menus); locally `createMenu`
 * throws when the runtime is started as an add-on.
 */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

export interface AuthState {
  mode: AuthModeName;
  addOn: boolean;
}

/** Methods a service still allows in a mode below FULL; `'all'` or a list. */
type Allowed = 'all' | readonly string[];

const RULES: Record<string, { NONE: Allowed; LIMITED: Allowed }> = {
  SpreadsheetApp: { NONE: ['getUi'], LIMITED: 'all' },
  PropertiesService: { NONE: [], LIMITED: 'all' },
  CacheService: { NONE: [], LIMITED: [] },
  LockService: { NONE: [], LIMITED: 'all' },
  MailApp: { NONE: [], LIMITED: [] },
  GmailApp: { NONE: [], LIMITED: [] },
  DriveApp: { NONE: [], LIMITED: [] },
  ScriptApp: { NONE: ['getInstallationSource'], LIMITED: ['getInstallationSource'] },
  Session: { NONE: ['getScriptTimeZone'], LIMITED: ['getScriptTimeZone'] },
};

export const ADDON_CREATE_MENU =
  'An installed Editor add-on adds its menu under Extensions: use Ui.createAddonMenu(), not createMenu().';

function permissionError(service: string, method: string, mode: AuthModeName): Error {
  return new Error(`You do not have permission to call ${service}.${method} (AuthMode.${mode}).`);
}

function allows(allowed: Allowed, method: string): boolean {
  return allowed === 'all' || allowed.includes(method);
}

/** The Ui, refusing `createMenu` in an add-on. */
function guardUi(ui: object, auth: AuthState): object {
  return new Proxy(ui, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property !== 'createMenu' || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (auth.addOn) throw new Error(ADDON_CREATE_MENU);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

function guardService(name: string, service: object, auth: AuthState): object {
  const rules = RULES[name];
  return new Proxy(service, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        if (rules && auth.mode !== 'FULL' && !allows(rules[auth.mode], property))
          throw permissionError(name, property, auth.mode);
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        return name === 'SpreadsheetApp' && property === 'getUi' && result
          ? guardUi(result as object, auth)
          : result;
      };
    },
  });
}

/** The service globals, each checking the current mode on every call. */
export function guardServices<T extends Record<string, unknown>>(services: T, auth: AuthState): T {
  const guarded: Record<string, unknown> = {};
  for (const [name, service] of Object.entries(services))
    guarded[name] =
      typeof service === 'object' && service !== null ? guardService(name, service, auth) : service;
  return guarded as T;
}
