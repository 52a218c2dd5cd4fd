/**
 * What register detection resolved but the user should know about, as
 * sentences: a header that names the same field in several columns is read
 * from one of them, never silently.
 */
import { a1 } from '../cells/text';
import { t } from '../i18n';
import type { Lang } from '../types';
import type { RegisterMapping } from './types';

export function registerWarnings(mappings: readonly RegisterMapping[], lang: Lang): string[] {
  return mappings.flatMap((mapping) =>
    (mapping.duplicates ?? []).map((duplicate) =>
      t(lang, 'registers.warning.duplicateHeader', {
        sheet: mapping.sheet,
        header: duplicate.header,
        cells: duplicate.cols.map((col) => a1(mapping.headerRow, col)).join(', '),
        used: a1(mapping.headerRow, duplicate.used),
      }),
    ),
  );
}
