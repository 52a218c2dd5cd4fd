/**
 * Two sides of the Apps Script surface, read by the compiler:
 * - what the add-on's Apps Script adapters use: every member of a `GoogleAppsScript.*` type
 *   they access (calls, enum objects such as `ScriptApp.AuthMode`), and every service global
 *   they name (`SpreadsheetApp`, `console`…), as `Type.member` the way the call counter names it;
 * - what the local services emulate: the public members of each class that declares
 *   `implements Emulates<GoogleAppsScript.…>`, those named like a member of that type, and
 *   the globals `createServiceGlobals` returns.
 * Enum members (`AuthMode.NONE`) are data, and trigger events (`GoogleAppsScript.Events.*`)
 * are what the runner hands a handler, not a service: neither is compared.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './bundle';

const GAS_TYPES = `${join('@types', 'google-apps-script')}`;

export function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return tsFilesUnder(path);
    return entry.endsWith('.ts') && !entry.endsWith('.d.ts') ? [path] : [];
  });
}

function program(files: string[]): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  return ts.createProgram(files, { ...parsed!.options, noEmit: true });
}

/** `GoogleAppsScript.Spreadsheet.Range.setValues` → `Range.setValues`. */
function shortName(qualified: string): string {
  return qualified.split('.').slice(-2).join('.');
}

function isServiceGlobal(symbol: ts.Symbol | undefined): boolean {
  return (symbol?.declarations ?? []).some(
    (declaration) =>
      ts.isVariableDeclaration(declaration) && declaration.getSourceFile().fileName.includes(GAS_TYPES),
  );
}

export interface Surface {
  /** `SpreadsheetApp`, `console`… */
  globals: string[];
  /** `Range.setValues`, `ScriptApp.AuthMode`, `console.log`… */
  members: string[];
}

const sorted = (names: Set<string>): string[] => [...names].sort();

/** What `files` (the Apps Script adapters) use of Apps Script. */
function usedIn(checker: ts.TypeChecker, sources: ts.SourceFile[]): Surface {
  const globals = new Set<string>();
  const members = new Set<string>();
  for (const source of sources) {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && isServiceGlobal(checker.getSymbolAtLocation(node))) globals.add(node.text);
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const qualified = symbol ? checker.getFullyQualifiedName(symbol) : '';
        const enumMember = symbol !== undefined && (symbol.flags & ts.SymbolFlags.EnumMember) !== 0;
        if (qualified.startsWith('GoogleAppsScript.') && !qualified.startsWith('GoogleAppsScript.Events.')) {
          if (!enumMember) members.add(shortName(qualified));
        } else if (
          ts.isIdentifier(node.expression) &&
          isServiceGlobal(checker.getSymbolAtLocation(node.expression))
        ) {
          // A global typed outside the Apps Script namespace: `console` (lib's Console).
          members.add(`${node.expression.text}.${node.name.text}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { globals: sorted(globals), members: sorted(members) };
}

/** The type a class emulates, from its `implements Emulates<T>` clause. */
function emulatedType(checker: ts.TypeChecker, node: ts.ClassDeclaration): ts.Type | null {
  for (const clause of node.heritageClauses ?? []) {
    if (clause.token !== ts.SyntaxKind.ImplementsKeyword) continue;
    for (const heritage of clause.types) {
      if (heritage.expression.getText() !== 'Emulates' || heritage.typeArguments?.length !== 1) continue;
      return checker.getTypeFromTypeNode(heritage.typeArguments[0]);
    }
  }
  return null;
}

/** `GoogleAppsScript.Spreadsheet.Sheet` → `Sheet`; lib's `Console` is the global `console`. */
function emulatedName(checker: ts.TypeChecker, type: ts.Type): string {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  const qualified = symbol ? checker.getFullyQualifiedName(symbol) : checker.typeToString(type);
  return qualified === 'Console' ? 'console' : qualified.split('.').slice(-1)[0];
}

function isPublic(member: ts.ClassElement): boolean {
  const flags = ts.getCombinedModifierFlags(member as ts.Declaration);
  return (
    (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Static)) === 0 &&
    member.name !== undefined &&
    !ts.isPrivateIdentifier(member.name)
  );
}

export interface Emulation extends Surface {
  /** Classes that say `implements Emulates<…>`, by the type they emulate. */
  classes: Record<string, string>;
  /** Exported `Local*` classes without that clause: they would hide surface from the comparison. */
  unmarked: string[];
}

function emulatedIn(checker: ts.TypeChecker, sources: ts.SourceFile[]): Emulation {
  const globals = new Set<string>();
  const members = new Set<string>();
  const classes: Record<string, string> = {};
  const unmarked: string[] = [];
  for (const source of sources) {
    const visit = (node: ts.Node): void => {
      if (ts.isClassDeclaration(node) && node.name) {
        const type = emulatedType(checker, node);
        if (!type) {
          if (/^Local[A-Z]/.test(node.name.text)) unmarked.push(node.name.text);
        } else {
          const name = emulatedName(checker, type);
          classes[node.name.text] = name;
          const declared = new Set(checker.getPropertiesOfType(type).map((property) => property.name));
          for (const member of node.members)
            if (isPublic(member) && member.name && declared.has(member.name.getText()))
              members.add(`${name}.${member.name.getText()}`);
        }
      }
      if (ts.isFunctionDeclaration(node) && node.name?.text === 'createServiceGlobals') {
        const signature = checker.getSignatureFromDeclaration(node);
        if (signature)
          for (const property of checker.getReturnTypeOfSignature(signature).getProperties())
            globals.add(property.name);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { globals: sorted(globals), members: sorted(members), classes, unmarked: unmarked.sort() };
}

/** Both sides from one type-checked program: the adapters' use and the services' emulation. */
export function appsScriptSurfaces(
  adapterFiles: string[],
  serviceFiles: string[],
): { used: Surface; emulated: Emulation } {
  const built = program([...adapterFiles, ...serviceFiles]);
  const checker = built.getTypeChecker();
  const sourcesOf = (files: string[]) =>
    files.map((file) => built.getSourceFile(file)).filter((file): file is ts.SourceFile => !!file);
  return {
    used: usedIn(checker, sourcesOf(adapterFiles)),
    emulated: emulatedIn(checker, sourcesOf(serviceFiles)),
  };
}

/** Method names a plain script calls (`x.getValue(`): the benchmark's untyped naive script. */
export function methodsCalledIn(script: string): string[] {
  const source = ts.createSourceFile('script.js', script, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression))
      names.add(node.expression.name.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sorted(names);
}
