/** What the benchmark measures, shared by the cases and the report. */
import type { Cells } from './cost';
import type { BenchSize } from './workbooks';

/** Calls by `Service.method` and cells moved by sheet, as the local services counted them. */
export interface Counted {
  calls: Record<string, number>;
  cells: Cells;
}

export interface SideRun extends Counted {
  emails: number;
  /** Recipients of those emails (to, cc, bcc): what the daily mail quota counts. */
  recipients: number;
  /** Emails the quota refused (the tutorial scripts count them and go on). */
  failed: number;
  /** Loading the xlsx and running the function on the local services. */
  localMs: number;
}

export interface RunKind {
  name: string;
  /** Top-level function of the bundle. */
  ours: string;
  /** Functions of the peer scripts. */
  naive: string;
  competent: string;
  /** What the planner plans in this run (for the core timing). */
  plan: { daily: boolean; weekly: boolean };
}

export interface Measurement {
  size: BenchSize;
  kind: string;
  /** False when the bundle has no such function yet (the row says so). */
  available: boolean;
  ours: SideRun;
  competent: SideRun;
  naive: SideRun;
  coreMs: number;
  /** Messages the core planned. */
  planned: number;
  /** Unpaid invoices due within 3 days or overdue: what the tutorial scripts email, one each. */
  due: number;
  /** Ours again the next day on what the first run left (own sheets and markers made): a recalculation's steady cost. */
  next?: Counted;
}

export interface SidebarMeasurement extends Counted {
  size: BenchSize;
  /** What the person does, e.g. "open a form (first)". */
  label: string;
  api: string;
  available: boolean;
  /** The call succeeded (a form submit was accepted). */
  ok: boolean;
}

export interface SteadyMeasurement extends Counted {
  size: BenchSize;
  /** Day N of daily runs. */
  day: number;
  logRowsBefore: number;
  emails: number;
  /** Cells of `Журнал` the run read. */
  logCellsRead: number;
}

export interface SteadyResult {
  runs: SteadyMeasurement[];
  /** Log rows one real weekday run appended (the seed's template). */
  rowsPerDay: number;
  /** Rows of the first, real day. */
  firstDayRows: number;
}

export interface CoreScaleMeasurement {
  factor: number;
  people: number;
  documents: number;
  /** Wall time, median of three. */
  ms: number;
  /** CPU time of the process (user + system), median of three: what the target is read on. */
  cpuMs: number;
  /** Committed JS heap right after the run, before any forced collection (≈ its peak). */
  heapMb: number;
  /** Peak resident memory of the process that built the grids and ran the core. */
  rssMb: number;
  gcPct: number;
  planned: number;
}

export interface ChunkedResult {
  size: BenchSize;
  quota: number;
  /** Messages the core plans for the day. */
  planned: number;
  triggers: string[];
  executions: number;
  /** Executions Apps Script would have stopped at 6 minutes. */
  killed: number;
  maxExecutionMs: number;
  /** Modelled time of all the day's executions (the daily trigger budget). */
  totalMs: number;
  sent: number;
  duplicates: number;
  /** Calls of the last execution (what an execution with nothing left costs). */
  lastExecutionCalls: number;
  /** Recipients the day's sends used of the quota (the quota counts cc too). */
  recipientsUsed: number;
}

/** A daily run of ours alone: calls, cells and emails. */
export interface OurRun extends Counted {
  size: BenchSize;
  day: string;
  emails: number;
}

export interface ReportData {
  measurements: Measurement[];
  sidebars: SidebarMeasurement[];
  steady: SteadyResult;
  chunked: ChunkedResult[];
  coreScale: CoreScaleMeasurement[];
  /** Daily runs at the deepest size on a Monday and the two days after, none a first run: what a Monday adds. */
  week: { monday: OurRun; tuesday: OurRun; wednesday: OurRun };
}

export interface ReportOptions {
  today: string;
  quota: number;
  quick: boolean;
}
