/**
 * The preview bridge passes values between page and script exactly as
 * `google.script.run` does: primitives, and plain objects and arrays of them;
 * anything else fails the call and the page's failure handler runs.
 */
import * as vm from 'node:vm';
import { callAsScriptRun, scriptRunValueIn } from '../../src/local/runner/preview/scriptRun';
import { injectShim } from '../../src/local/runner/preview/shim';

const passValue = scriptRunValueIn();

class Invoice {
  constructor(readonly number: string) {}
}

describe('the google.script.run rules', () => {
  it.each([
    ['a number', 12.5],
    ['a string', 'Ромашка'],
    ['a boolean', false],
    ['null', null],
    ['nested plain objects and arrays', { rows: [[1, 'a', null]], ok: true, nested: { deep: [{}] } }],
  ])('lets %s through unchanged', (_name, value) => {
    expect(passValue(value, 'the parameters')).toEqual(value);
  });

  it('turns undefined inside arrays into null and drops undefined properties', () => {
    expect(passValue([1, undefined, { a: undefined, b: 2 }], 'the parameters')).toEqual([1, null, { b: 2 }]);
    expect(passValue(undefined, 'the return value')).toBeNull();
  });

  const circular: Record<string, unknown> = {};
  circular.self = circular;
  it.each([
    ['a Date', new Date(), /a Date/],
    ['a Date inside an object inside an array', [{ due: new Date() }], /a Date .*at \[0\]\.due/],
    ['a Map', new Map([[1, 2]]), /a Map/],
    ['a Set', new Set([1]), /a Set/],
    ['a function', { handler: () => 1 }, /a function .*at \.handler/],
    ['a class instance', new Invoice('СЧ-1'), /an? Invoice/],
    ['a RegExp', /x/, /RegExp/],
    ['NaN', Number.NaN, /NaN/],
    ['Infinity', [Infinity], /Infinity/],
    ['a symbol', Symbol('x'), /a symbol/],
    ['a bigint', BigInt(1), /a bigint/],
    ['a circular reference', circular, /circular/],
  ])('fails the call for %s', (_name, value, message) => {
    expect(() => passValue(value, 'the parameters')).toThrow(message);
  });

  it('judges values of another realm (the bundle’s vm) the same way', () => {
    const context = vm.createContext({});
    const inBundle = scriptRunValueIn(context);
    expect(inBundle(vm.runInContext('({ a: [1, { b: "x" }] })', context), 'r')).toEqual({
      a: [1, { b: 'x' }],
    });
    expect(() => inBundle(vm.runInContext('({ when: new Date() })', context), 'r')).toThrow(/a Date/);
  });

  it('fails a script call whose return value holds a Date, with a message for the failure handler', () => {
    const context = vm.createContext({});
    vm.runInContext(
      'function lastRun() { return { time: new Date(0) }; } function ok(x) { return [x]; }',
      context,
    );
    const runtime = {
      context,
      call: (fn: string, ...args: unknown[]) => (context[fn] as (...a: unknown[]) => unknown)(...args),
    };
    expect(callAsScriptRun(runtime, 'lastRun', [])).toEqual({
      error: expect.stringMatching(/a Date \(the return value of lastRun at \.time\)/),
    });
    expect(callAsScriptRun(runtime, 'ok', [undefined])).toEqual({ result: [null] });
  });
});

describe('the preview page’s google.script.run', () => {
  /** The shim as the browser runs it, over a recording fetch. */
  function page() {
    const bodies: string[] = [];
    const context = vm.createContext({
      location: { origin: 'http://127.0.0.1:1' },
      setTimeout,
      console,
      fetch: (_url: string, init: { body: string }) => {
        bodies.push(init.body);
        return Promise.resolve({ json: () => Promise.resolve({ result: 'answer' }) });
      },
    });
    vm.runInContext('var window = globalThis;', context);
    const html = injectShim('<html><head></head><body></body></html>');
    const script = /<script data-preview-shim>([\s\S]*?)<\/script>/.exec(html)![1];
    vm.runInContext(script, context);
    const run = vm.runInContext('window.google.script.run', context) as Record<
      string,
      (...a: unknown[]) => unknown
    >;
    const call = (fn: string, ...args: unknown[]) =>
      new Promise<{ ok: boolean; value: unknown }>((resolve) => {
        const runner = (run.withSuccessHandler as (h: unknown) => typeof run)((value: unknown) =>
          resolve({ ok: true, value }),
        );
        const withFailure = (runner.withFailureHandler as (h: unknown) => typeof run)((error: Error) =>
          resolve({ ok: false, value: error.message }),
        );
        withFailure[fn](...args);
      });
    return { bodies, call, context };
  }

  it('sends legal parameters, with undefined array items as null', async () => {
    const { bodies, call } = page();
    await expect(
      call('bookLoad', { person: 'Анна', tentative: true, skip: undefined }, [undefined]),
    ).resolves.toEqual({
      ok: true,
      value: 'answer',
    });
    expect(JSON.parse(bodies[0])).toEqual({
      fn: 'bookLoad',
      args: [{ person: 'Анна', tentative: true }, [null]],
    });
  });

  it('fails a call with a Date parameter before anything is sent, through the failure handler', async () => {
    const { bodies, call, context } = page();
    const date = vm.runInContext('new Date(2026, 11, 7)', context);
    const reply = await call('addDocument', { date });
    expect(reply.ok).toBe(false);
    expect(reply.value).toMatch(/a Date/);
    expect(bodies).toEqual([]);
  });
});
