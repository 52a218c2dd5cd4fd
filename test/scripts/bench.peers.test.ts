/**
 * The benchmark's peers are honest peers: the competent tutorial script does the same job as the
 * naive one (the same due invoices, the same emails, the same states written), only in blocks,
 * so its calls do not grow with the sheets while the naive one's do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { openRuntime, PEERS } from '../../scripts/bench/sides';
import { SIZES, writeBenchWorkbook } from '../../scripts/bench/workbooks';

const TODAY = '2026-12-07';
const dir = mkdtempSync(join(tmpdir(), 'account-desk-peers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface PeerRun {
  result: { due: number; sent: number; failed: number };
  states: unknown[];
  callsBesidesMail: number;
}

async function runPeer(peer: keyof typeof PEERS, fn: string, file: string): Promise<PeerRun> {
  const runtime = await openRuntime({
    file,
    outDir: join(dir, `${peer}-${fn}-${file.length}`),
    today: TODAY,
    quota: 1500,
  });
  vm.runInContext(PEERS[peer], runtime.context);
  runtime.counters.reset();
  const result = runtime.call(fn) as PeerRun['result'];
  const calls = runtime.counters.snapshot();
  const sheet = runtime.spreadsheet.getSheetByName('Документы')!;
  const values = sheet.getDataRange().getValues();
  const stateCol = values[0].indexOf('Состояние');
  return {
    result,
    states: values.map((row) => row[stateCol]),
    callsBesidesMail: Object.entries(calls)
      .filter(([method]) => method !== 'MailApp.sendEmail')
      .reduce((sum, [, count]) => sum + count, 0),
  };
}

describe('the benchmark peers', () => {
  const small = join(dir, 'small.xlsx');
  const agency = join(dir, 'agency.xlsx');
  beforeAll(async () => {
    await writeBenchWorkbook(SIZES[0], TODAY, small);
    await writeBenchWorkbook(SIZES[1], TODAY, agency);
  });

  it('find the same due invoices, send as many emails and write the same states', async () => {
    const naive = await runPeer('naive', 'naiveDailyRun', small);
    const competent = await runPeer('competent', 'competentDailyRun', small);

    expect(naive.result.due).toBeGreaterThan(0);
    expect(competent.result).toEqual(naive.result);
    expect(competent.states).toEqual(naive.states);
  });

  it('the competent one makes as many calls besides the sends at any size, far fewer than the naive one', async () => {
    const competentSmall = await runPeer('competent', 'competentDailyRun', small);
    const competentAgency = await runPeer('competent', 'competentDailyRun', agency);
    const naiveSmall = await runPeer('naive', 'naiveDailyRun', small);

    expect(competentAgency.callsBesidesMail).toBe(competentSmall.callsBesidesMail);
    expect(naiveSmall.callsBesidesMail).toBeGreaterThan(10 * competentSmall.callsBesidesMail);
  });
});
