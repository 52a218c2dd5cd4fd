/**
 * The browser side of the preview: a `google.script.run` that behaves like
 * Apps Script's (chainable `withSuccessHandler`, `withFailureHandler`,
 * `withUserObject`, any server function name, handlers called later, never
 * synchronously) but POSTs `{ fn, args }` to the preview server's `/rpc`.
 * Parameters pass the rules of `google.script.run` first (a Date, a function, a
 * DOM element… fail the call: see scriptRun.ts).
 * It is injected before the page's own script, so the page finds it at load.
 */
import { SCRIPT_RUN_VALUE_SOURCE } from './scriptRun';

const SHIM = `(function () {
  'use strict';
  ${SCRIPT_RUN_VALUE_SOURCE}
  function report(failure, userObject, error) {
    if (failure) failure(error, userObject);
    else console.error(error);
  }
  function call(name, args, success, failure, userObject) {
    var sent;
    try {
      sent = scriptRunValue(args, 'the parameters');
    } catch (error) {
      setTimeout(function () { report(failure, userObject, error); }, 0);
      return;
    }
    fetch('/rpc', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fn: name, args: sent }),
    })
      .then(function (response) { return response.json(); })
      .then(function (reply) {
        if (reply && Object.prototype.hasOwnProperty.call(reply, 'error')) {
          report(failure, userObject, new Error(reply.error));
        } else if (success) {
          success(reply ? reply.result : null, userObject);
        }
      }, function (error) { report(failure, userObject, error); });
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (h) { return runner(h, failure, userObject); };
        if (name === 'withFailureHandler') return function (h) { return runner(success, h, userObject); };
        if (name === 'withUserObject') return function (o) { return runner(success, failure, o); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          call(name, Array.prototype.slice.call(arguments), success, failure, userObject);
        };
      },
    });
  }
  function post(path) {
    fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  }
  window.google = window.google || {};
  window.google.script = window.google.script || {};
  window.google.script.run = runner(null, null, undefined);
  window.google.script.host = {
    origin: location.origin,
    close: function () { post('/host/close'); },
    setHeight: function () {},
    setWidth: function () {},
    editor: { focus: function () {} },
  };
})();`;

export const SHIM_TAG = `<script data-preview-shim>\n${SHIM}\n</script>`;

/** The page with the shim as its first script: right after `<head>`, else before everything. */
export function injectShim(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) {
    const at = head.index + head[0].length;
    return `${html.slice(0, at)}\n${SHIM_TAG}${html.slice(at)}`;
  }
  return `${SHIM_TAG}\n${html}`;
}
