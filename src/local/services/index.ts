/**
 * The Apps Script services of one local document, as the globals the bundle sees: exactly
 * those the add-on names (test/local/surface.test.ts holds the two lists equal), each checking
 * the authorization mode of the call in progress (`auth.ts`).
 */
import { guardServices, type AuthState } from './auth';
import type { LocalCacheService } from './cache';
import { LocalConsole, type LogSink } from './console';
import type { CallCounter } from './counters';
import { LocalHtmlService } from './html';
import { LocalLockService, type LockServiceOptions } from './lock';
import type { LocalMailServices } from './mail/mail';
import { LocalPropertiesService } from './properties';
import { LocalScriptApp } from './script/scriptApp';
import { LocalSession } from './session';
import type { LocalSpreadsheet } from './spreadsheet/spreadsheet';
import { LocalSpreadsheetApp } from './spreadsheet/spreadsheetApp';
import type { RecordedUi } from './spreadsheet/ui';
import type { LocalState } from './state';

export interface ServiceParts {
  spreadsheet: LocalSpreadsheet;
  ui: RecordedUi;
  /** What `SpreadsheetApp.flush()` persists. */
  flush: () => void;
  mail: LocalMailServices;
  cache: LocalCacheService;
  lock: LockServiceOptions;
  state: LocalState;
  counter: CallCounter;
  auth: AuthState;
  /** The manifest's time zone. */
  scriptTimeZone: string;
  /** Where the built sidebars are. */
  distDir: string;
  /** The user the script runs as (the sender). */
  effectiveUser: string;
  log: LogSink;
}

export function createServiceGlobals(parts: ServiceParts) {
  const { counter, state, auth, scriptTimeZone } = parts;
  return guardServices(
    {
      SpreadsheetApp: new LocalSpreadsheetApp(parts.spreadsheet, parts.ui, parts.flush),
      MailApp: parts.mail.MailApp,
      GmailApp: parts.mail.GmailApp,
      DriveApp: parts.mail.DriveApp,
      PropertiesService: new LocalPropertiesService(state, counter),
      CacheService: parts.cache,
      LockService: new LocalLockService(parts.lock),
      ScriptApp: new LocalScriptApp(state, counter, { scriptTimeZone, addOn: auth.addOn }),
      HtmlService: new LocalHtmlService(parts.distDir, counter),
      Session: new LocalSession(counter, () => scriptTimeZone, parts.effectiveUser),
      console: new LocalConsole(parts.log),
    },
    auth,
  );
}
