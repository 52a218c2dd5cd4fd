/**
 * Whether the code runs as an installed Editor add-on or bound to the
 * spreadsheet, decided at run time so that one build serves both: an add-on
 * puts its menu under Extensions (`Ui.createAddonMenu`,
 * https://developers.google.com/workspace/add-ons/concepts/menus), a bound
 * script gets a menu of its own.
 */

/**
 * Only an add-on opens in AuthMode.NONE (https://developers.google.com/apps-script/reference/script/auth-mode);
 * otherwise `ScriptApp.getInstallationSource()` says NONE for a bound script
 * (https://developers.google.com/apps-script/reference/script/script-app#getInstallationSource()).
 * If it cannot be asked, the add-on menu is the safe answer: it works bound too.
 */
export function runsAsAddOn(unauthorized: boolean): boolean {
  if (unauthorized) return true;
  try {
    return ScriptApp.getInstallationSource() !== ScriptApp.InstallationSource.NONE;
  } catch {
    return true;
  }
}
