/**
 * The self-test's harness: each check runs on its own, a service error becomes
 * `threw` in the report with its wording kept aside, and a verdict compares what
 * was expected with what the services did.
 */
import { checkKey, type Check, type CheckGroup, type Json } from '../../core/diagnostics/report';

export class Checks {
  readonly list: Check[] = [];
  readonly errors: Record<string, string> = {};

  /** Runs one check; a service error becomes `threw` in the report and its wording goes to `errors`. */
  run(
    id: string,
    group: CheckGroup,
    input: Json | undefined,
    body: () => Omit<Check, 'id' | 'group' | 'input'>,
  ): void {
    const base = input === undefined ? { id, group } : { id, group, input };
    try {
      this.list.push({ ...base, ...body() });
    } catch (error) {
      this.errors[checkKey(base)] = errorMessage(error);
      this.list.push({ ...base, status: 'failed', actual: { threw: true } });
    }
  }
}

/** An error's own sentence; `instanceof Error` fails for errors of another realm (the local runtime's vm). */
export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

/** Runs `work` and says whether the service refused it. */
export function attempt(work: () => void): { threw: boolean; message?: string } {
  try {
    work();
    return { threw: false };
  } catch (error) {
    return { threw: true, message: errorMessage(error) };
  }
}

export function verdict(expected: Json, actual: Json): Omit<Check, 'id' | 'group' | 'input'> {
  return { status: JSON.stringify(expected) === JSON.stringify(actual) ? 'ok' : 'failed', expected, actual };
}
