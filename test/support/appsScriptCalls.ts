/**
 * Every Apps Script method the bundle calls, found statically: the source
 * files esbuild puts into dist/Code.js, type-checked, and each call whose
 * method is declared by Apps Script's own typings (`GoogleAppsScript.*`),
 * named `Class.method` the way the local runtime's call counter names it.
 */
import { buildSync } from 'esbuild';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ROOT } from './bundle';

/** The project's own source files that the bundle is made of. */
export function bundleSources(): string[] {
  const result = buildSync({
    entryPoints: [join(ROOT, 'src', 'entry', 'index.ts')],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'neutral',
    outfile: 'Code.js',
    define: { __WITH_GMAIL__: 'true' },
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs)
    .filter((path) => path.startsWith('src/') && path.endsWith('.ts'))
    .map((path) => join(ROOT, path));
}

export interface AppsScriptCall {
  /** `Sheet.getRange`. */
  method: string;
  /** `src/gas/workbook.ts:51`. */
  where: string;
}

export function appsScriptCalls(files = bundleSources()): AppsScriptCall[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  const program = ts.createProgram(files, { ...parsed!.options, noEmit: true });
  const checker = program.getTypeChecker();
  const calls: AppsScriptCall[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const symbol = checker.getSymbolAtLocation(node.expression.name);
        const name = symbol ? checker.getFullyQualifiedName(symbol) : '';
        if (name.startsWith('GoogleAppsScript.')) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          calls.push({
            method: name.split('.').slice(-2).join('.'),
            where: `${relative(ROOT, file)}:${line}`,
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return calls;
}
