import type { AttachmentProblem } from '../app/ports';

/** Gmail's limit on a message's attachments (https://support.google.com/mail/answer/6584). */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export interface Attachments {
  blobs: GoogleAppsScript.Base.Blob[];
  problems: AttachmentProblem[];
}

/**
 * Each Drive file as a PDF (https://developers.google.com/apps-script/reference/drive/drive-app),
 * while the total stays under Gmail's 25 MB; the rest reported, never thrown.
 */
export function driveAttachments(fileIds: readonly string[] | undefined): Attachments {
  const blobs: GoogleAppsScript.Base.Blob[] = [];
  const problems: AttachmentProblem[] = [];
  let total = 0;
  for (const fileId of fileIds ?? []) {
    let file: GoogleAppsScript.Drive.File;
    try {
      file = DriveApp.getFileById(fileId);
    } catch {
      // Google gives one error for a file that does not exist and one the user may not open.
      problems.push({ fileId, reason: 'not-found' });
      continue;
    }
    // A file over the limit by itself is not downloaded at all.
    if (file.getSize() > MAX_ATTACHMENT_BYTES) {
      problems.push({ fileId, reason: 'too-large' });
      continue;
    }
    let blob: GoogleAppsScript.Base.Blob;
    try {
      blob = file.getAs('application/pdf');
    } catch (error) {
      const denied = /access|permission/i.test(error instanceof Error ? error.message : String(error));
      problems.push({ fileId, reason: denied ? 'no-access' : 'not-convertible' });
      continue;
    }
    const size = blob.getBytes().length;
    if (total + size > MAX_ATTACHMENT_BYTES) {
      problems.push({ fileId, reason: 'too-large' });
      continue;
    }
    total += size;
    blobs.push(blob);
  }
  return { blobs, problems };
}
