/**
 * Keys that make every email exactly-once. An item key names one reminder of
 * one document at one stage; a message key names one email of one kind to one
 * recipient set on one day. The log sheet stores both.
 */
import type { CalendarDay } from '../types';

/** The same addresses in any order and case are one recipient set. */
export function recipientSetKey(addresses: readonly string[]): string {
  return [...new Set(addresses.map((address) => address.trim().toLowerCase()))].sort().join(',');
}

export const itemKeys = {
  preDue: (id: string): string => `predue:${id}`,
  overdue: (id: string, stage: number): string => `overdue:${id}:stage${stage}`,
  stop: (id: string): string => `stop:${id}`,
  /** The AM's "work paused" letter to the client about a STOP invoice (sent only by hand). */
  workPaused: (id: string): string => `workpaused:${id}`,
  renewal: (id: string, renewBy: CalendarDay): string => `renewal:${id}:${renewBy}`,
};

export function messageKey(kind: string, recipients: readonly string[], day: CalendarDay): string {
  return `${kind}:${recipientSetKey(recipients)}:${day}`;
}
