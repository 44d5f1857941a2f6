// Every tunable of the cleaner (a threshold, a weight, a cut-off, a window, a word count that a user or a fitter
// might change) is an option, with its default and its description in src/options.ts. A number a module declares
// for itself must be a true constant: a format's fact, a Unicode range, a fixed layout, a bound on memory or time
// that no record depends on. Each one stands in module-constants.json with the reason it is not an option; this
// test fails on a numeric module-level constant that is not there, and on an entry whose constant is gone.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from './helpers.js';

const SRC = path.join(ROOT, 'src');
const ALLOWED: Record<string, string> = JSON.parse(readFileSync(path.join(ROOT, 'test/module-constants.json'), 'utf8'));

/** Whether an expression is made of number literals only (`0.5`, `-1`, `64 * 1024`, `1 << 20`, `(2 ** 53) as const`). */
function isNumeric(e: ts.Expression | undefined): boolean {
  if (!e) return false;
  if (ts.isNumericLiteral(e)) return true;
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) return isNumeric(e.expression);
  if (ts.isPrefixUnaryExpression(e)) return isNumeric(e.operand);
  if (ts.isBinaryExpression(e)) return isNumeric(e.left) && isNumeric(e.right);
  return false;
}

/** `src/FILE.ts#NAME` of every variable declared at a module's top level with a number for its value. */
function numericModuleConstants(): string[] {
  const found: string[] = [];
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort();
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(path.join(SRC, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    for (const statement of sf.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && isNumeric(d.initializer)) found.push(`src/${file.split(path.sep).join('/')}#${d.name.text}`);
      }
    }
  }
  return found;
}

describe('numeric module-level constants in src/', () => {
  const found = numericModuleConstants();

  test('finds the constants it is meant to find', () => {
    // a scan that found nothing would pass whatever src/ holds
    expect(found).toContain('src/html/dom.ts#MAX_DEPTH');
  });

  test('each is a true constant listed in module-constants.json (a tunable belongs in src/options.ts)', () => {
    expect(found.filter((key) => !(key in ALLOWED))).toEqual([]);
  });

  test('each entry of module-constants.json names a constant that exists, with a reason', () => {
    expect(Object.keys(ALLOWED).filter((key) => !found.includes(key))).toEqual([]);
    expect(Object.entries(ALLOWED).filter(([, why]) => why.trim().length < 10)).toEqual([]);
  });
});
