/** What the last reminder run left for the dashboard and the local CLI, in a document property. */

/** Document property with the last run's time and one-line outcome. */
export const LAST_RUN_PROPERTY = 'accountDesk.lastRun';

export interface LastRun {
  /** ISO instant. */
  time: string;
  kind: 'daily' | 'weekly' | 'now' | 'hourly';
  outcome: string;
  /** Log rows whose sending was interrupted and whose status is unknown. */
  unknownStatus: number;
  /** Messages that failed in this run (refused or rejected); absent in records of older versions. */
  failed?: number;
  /** False when a message failed or the run had to stop early. */
  ok?: boolean;
}
