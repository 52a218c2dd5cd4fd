/** A day's reminders and digests: `planDay` and the records it reads and returns. */
export { planDay } from './planDay';
export type { DayPlan, PlanInput } from './types';
