import type { ReminderSource } from './inputs';

/**
 * Where the daily run gets its records. The recalculation use case (which
 * reads the snapshot once and computes document states and the load summary)
 * is the intended source: map its states with `toReminderDocument`. Until it
 * is wired, the runs plan from no documents — digests and logs still work.
 */
export const registersSource: ReminderSource = () => ({ documents: [], load: null });
