/** SpreadsheetApp: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app */
import type { CallCounter } from '../counters';
import type { Emulates } from '../emulates';
import { DeveloperMetadataLocationType } from './metadata';
import type { LocalSpreadsheet } from './spreadsheet';
import { LocalUi, type RecordedUi } from './ui';

export class LocalSpreadsheetApp implements Emulates<GoogleAppsScript.Spreadsheet.SpreadsheetApp> {
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  private readonly counter: CallCounter;
  private readonly ui: LocalUi;

  constructor(
    private readonly spreadsheet: LocalSpreadsheet,
    recorded: RecordedUi,
    /** Persists what the bundle wrote (the local counterpart of Sheets committing pending changes). */
    private readonly onFlush: () => void = () => undefined,
  ) {
    this.counter = spreadsheet.counter;
    this.ui = new LocalUi(this.counter, recorded);
  }

  getActiveSpreadsheet(): LocalSpreadsheet {
    this.counter.count('SpreadsheetApp.getActiveSpreadsheet');
    return this.spreadsheet;
  }

  getUi(): LocalUi {
    this.counter.count('SpreadsheetApp.getUi');
    return this.ui;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush() */
  flush(): void {
    this.counter.count('SpreadsheetApp.flush');
    this.onFlush();
  }
}
