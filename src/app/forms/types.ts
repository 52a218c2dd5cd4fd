/** What the form sidebars receive from the server (through the entry module's API). */
import type { WeekHours } from '../../core/forms/loadForm';
import type { UiTexts } from '../../core/i18n/messages/ui';
import type { CalendarDay, Lang, MinorUnits } from '../../core/types';

/** Every page gets its language and the UI catalog in it, so pages carry no text of their own. */
export interface PageBase {
  lang: Lang;
  texts: UiTexts;
}

export interface OpenInvoice {
  /** 0-based grid row (what `registerPayment` sends back). */
  row: number;
  number: string;
  client: string;
  outstanding: MinorUnits;
  outstandingText: string;
}

export interface FormOptions extends PageBase {
  today: CalendarDay;
  timeZone: string;
  people: string[];
  clients: string[];
  managers: string[];
  /** Week columns of the load sheet, as Mondays with a short label. */
  weeks: { week: CalendarDay; label: string }[];
  invoices: OpenInvoice[];
  /** Each team member's weekly hours and the default, so the page checks hours as the server does. */
  weekHours: WeekHours;
  /** Registers that were not found, as sentences (the forms that need them say so). */
  missing: { documents: string | null; load: string | null };
}
