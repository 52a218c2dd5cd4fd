/**
 * The sidebar APIs a person waits for, on a runtime whose daily run has just finished (its own
 * sheets and log exist, as in a real spreadsheet): a form's options and the dashboard opened
 * twice with nothing changed in between (the second may be answered from a cache), then one
 * document added and one payment registered.
 */
import type { LocalRuntime } from '../../src/local/runner/runtime';
import { counted } from './sides';
import type { SidebarMeasurement } from './types';
import type { BenchSize } from './workbooks';

interface FormOptionsLike {
  invoices?: { row: number; number: string; outstandingText: string }[];
}

interface ResultLike {
  ok?: boolean;
}

export function measureSidebars(runtime: LocalRuntime, size: BenchSize, today: string): SidebarMeasurement[] {
  const out: SidebarMeasurement[] = [];
  const step = (label: string, api: string, ...args: unknown[]): unknown => {
    const available = runtime.has(api);
    runtime.counters.reset();
    let result: unknown = null;
    let ok = false;
    if (available) {
      try {
        result = runtime.call(api, ...args);
        ok = (result as ResultLike | null)?.ok !== false;
      } catch (error) {
        process.stderr.write(`bench: ${api} failed: ${String(error)}\n`);
      }
    }
    out.push({ size, label, api, available, ok, ...counted(runtime) });
    return result;
  };

  const options = step('open a form (first)', 'getFormOptions') as FormOptionsLike | null;
  step('open a form (again, nothing changed)', 'getFormOptions');
  step('dashboard (first)', 'getDashboard');
  step('dashboard (again, nothing changed)', 'getDashboard');
  step('submit: add a document', 'addDocument', {
    type: 'invoice',
    number: `BENCH-${size.name}`,
    counterparty: 'Клиент 1',
    direction: 'incoming',
    contract: '',
    date: today,
    amount: '12 000',
    dueDate: today,
    clientEmail: 'client1@client.example',
    manager: '',
  });
  const invoice = options?.invoices?.[0];
  step(
    'submit: register a payment',
    'registerPayment',
    invoice
      ? { row: invoice.row, number: invoice.number, paidDate: today, amount: invoice.outstandingText }
      : { row: 1, number: '', paidDate: today, amount: '1' },
  );
  runtime.counters.reset();
  return out;
}
