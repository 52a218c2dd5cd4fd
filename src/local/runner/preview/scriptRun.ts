/**
 * What `google.script.run` lets through between a page and the script, in
 * both directions (https://developers.google.com/apps-script/guides/html/reference/run,
 * https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values):
 * "Legal parameters are JavaScript primitives like a Number, Boolean, String, or null, as well
 * as JavaScript objects and arrays that are composed of primitives, objects and arrays. ...
 * Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other
 * prohibited type, including prohibited types inside objects or arrays. Objects that create
 * circular references will also fail, and undefined fields within arrays become null."
 *
 * Stricter where the pages are silent: a form element fails too (no sidebar sends one), as do
 * NaN and the infinities, Maps, Sets, class instances and symbols; a return value obeys the
 * same rule (Google has been seen to hand the page `null` for a returned Date; failing makes
 * the bug visible). Undefined object properties are dropped, as JSON drops them.
 *
 * The rule is one piece of plain JavaScript, run in the page by the preview shim and in the
 * bundle's realm by the preview server, so both sides judge a value the same way.
 */
import * as vm from 'node:vm';

export const SCRIPT_RUN_VALUE_SOURCE = `function scriptRunValue(value, what) {
  var path = [];
  var open = [];
  function fail(kind) {
    throw new Error('google.script.run cannot pass ' + kind + ' (' + what + (path.length ? ' at ' + path.join('') : '') + '): only numbers, booleans, strings, null, and plain objects and arrays of them.');
  }
  function kindOf(v) {
    var tag = Object.prototype.toString.call(v).slice(8, -1);
    var ctor = v && v.constructor && typeof v.constructor.name === 'string' ? v.constructor.name : '';
    return 'a ' + (ctor && ctor !== 'Object' ? ctor : tag);
  }
  function copy(v) {
    if (v === null) return null;
    var type = typeof v;
    if (type === 'string' || type === 'boolean') return v;
    if (type === 'number') {
      if (v !== v || v === Infinity || v === -Infinity) fail(String(v));
      return v;
    }
    if (type === 'undefined') return undefined;
    if (type !== 'object') fail('a ' + type);
    if (open.indexOf(v) >= 0) fail('a circular reference');
    var out;
    open.push(v);
    if (Array.isArray(v)) {
      out = [];
      for (var i = 0; i < v.length; i++) {
        path.push('[' + i + ']');
        var item = copy(v[i]);
        out.push(item === undefined ? null : item);
        path.pop();
      }
    } else {
      var proto = Object.getPrototypeOf(v);
      // A plain object of any realm: its prototype is null or a realm's Object.prototype.
      if (proto !== null && Object.getPrototypeOf(proto) !== null) fail(kindOf(v));
      out = {};
      var keys = Object.keys(v);
      for (var k = 0; k < keys.length; k++) {
        path.push('.' + keys[k]);
        var field = copy(v[keys[k]]);
        if (field !== undefined) out[keys[k]] = field;
        path.pop();
      }
    }
    open.pop();
    return out;
  }
  var result = copy(value);
  return result === undefined ? null : result;
}`;

export type ScriptRunValue = (value: unknown, what: string) => unknown;

/** The rule as a function of a vm context's realm (the bundle's), or of this one. */
export function scriptRunValueIn(context?: vm.Context): ScriptRunValue {
  const source = `(${SCRIPT_RUN_VALUE_SOURCE})`;
  return (context ? vm.runInContext(source, context) : vm.runInNewContext(source)) as ScriptRunValue;
}

/** Errors thrown in the bundle come from its realm: not `instanceof Error` here. */
export function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error
    ? String((error as { message: unknown }).message)
    : String(error);
}

export type ScriptRunReply = { result: unknown } | { error: string };

/**
 * One `google.script.run` call on the bundle: the arguments as the script receives them, the
 * function's return value as the page receives it, or the failure the page's handler gets.
 */
export function callAsScriptRun(
  runtime: { context: vm.Context; call(fn: string, ...args: unknown[]): unknown },
  fn: string,
  args: readonly unknown[],
): ScriptRunReply {
  const check = scriptRunValueIn(runtime.context);
  try {
    const received = check(args, 'the parameters') as unknown[];
    return { result: check(runtime.call(fn, ...received), `the return value of ${fn}`) };
  } catch (error) {
    return { error: messageOf(error) };
  }
}
