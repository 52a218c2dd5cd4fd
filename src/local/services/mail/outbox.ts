/**
 * The outbox and drafts folders: each `.eml` is written to a temporary file and then linked
 * into place, so a full disk or a kill leaves no half message under a real name, and a number
 * once taken is never reused or overwritten.
 */
import { linkSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Faults } from '../faults';

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** A readable ASCII file name part from a (usually Russian) subject. */
export function slugOf(subject: string): string {
  const latin = [
    ...subject
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  ]
    .map((char) => CYRILLIC[char] ?? char)
    .join('');
  const slug = latin
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'message';
}

/**
 * Writes `NNNN-slug.eml`, numbering after the files already there: the whole message goes to a
 * temporary file first, then `link` gives it its name (like `wx`, it never replaces a file).
 */
export function writeNumbered(dir: string, slug: string, content: Buffer, faults: Faults): string {
  mkdirSync(dir, { recursive: true });
  const temporary = join(dir, `.${slug.slice(0, 20)}.${process.pid}.${Date.now()}.tmp`);
  try {
    faults.writeFile('outbox', temporary, content, 'wx');
    let next =
      readdirSync(dir).reduce((max, name) => Math.max(max, Number(/^(\d+)-/.exec(name)?.[1] ?? 0)), 0) + 1;
    for (;;) {
      const file = join(dir, `${String(next).padStart(4, '0')}-${slug}.eml`);
      try {
        linkSync(temporary, file);
        return file;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        next += 1;
      }
    }
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // Never created (the disk refused it): nothing to remove.
    }
  }
}
