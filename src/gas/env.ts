import type { AppEnv } from '../app/ports';
import { GasResultCache } from './cache';
import { GasMailbox } from './mailbox';
import { GasMailer } from './mailer';
import { GasSelfTest } from './selfTest';
import { GasWorkbook } from './workbook';
import {
  consoleLogger,
  GasDocumentLock,
  GasDocumentProperties,
  GasTriggers,
  GasUi,
  GasUserSession,
  systemClock,
} from './services';

/**
 * The app's environment over the Apps Script services. Each adapter is
 * created on first use so that `onOpen` (which may run without authorization)
 * touches nothing it does not need.
 */
export function createGasEnv(): AppEnv {
  const lazy = <T extends object>(make: () => T): T => {
    let instance: T | undefined;
    return new Proxy({} as T, {
      get(_target, property) {
        instance ??= make();
        const value = Reflect.get(instance, property) as unknown;
        return typeof value === 'function' ? value.bind(instance) : value;
      },
    });
  };
  return {
    workbook: lazy(() => new GasWorkbook()),
    mailer: lazy(() => new GasMailer()),
    mailbox: lazy(() => new GasMailbox()),
    documentProperties: lazy(() => new GasDocumentProperties()),
    cache: lazy(() => new GasResultCache(consoleLogger)),
    userCache: lazy(() => new GasResultCache(consoleLogger, () => CacheService.getUserCache())),
    user: lazy(() => new GasUserSession()),
    lock: lazy(() => new GasDocumentLock()),
    triggers: lazy(() => new GasTriggers()),
    ui: lazy(() => new GasUi()),
    clock: systemClock,
    logger: consoleLogger,
    selfTest: lazy(() => new GasSelfTest()),
  };
}
