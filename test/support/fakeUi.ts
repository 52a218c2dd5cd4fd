/** Just enough of SpreadsheetApp.getUi() to record the menu that onOpen builds. */
export interface RecordedMenu {
  title: string;
  items: { label: string; handler: string }[];
  added: boolean;
}

export function recordingSpreadsheetApp(locale = 'ru_RU'): {
  SpreadsheetApp: unknown;
  menus: RecordedMenu[];
} {
  const menus: RecordedMenu[] = [];
  const ui = {
    createMenu(title: string) {
      const menu: RecordedMenu = { title, items: [], added: false };
      menus.push(menu);
      const builder = {
        addItem(label: string, handler: string) {
          menu.items.push({ label, handler });
          return builder;
        },
        addSeparator() {
          return builder;
        },
        addSubMenu() {
          return builder;
        },
        addToUi() {
          menu.added = true;
        },
      };
      return builder;
    },
  };
  const spreadsheet = { getSpreadsheetLocale: () => locale };
  return {
    menus,
    SpreadsheetApp: {
      getUi: () => ui,
      getActiveSpreadsheet: () => spreadsheet,
      getActive: () => spreadsheet,
    },
  };
}
