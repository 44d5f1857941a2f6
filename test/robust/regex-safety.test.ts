// Every regular expression in src/ is checked for catastrophic backtracking by recheck (a ReDoS checker that
// proves a pattern linear or finds an attack string). Its verdicts are kept in regex-audit.json, since checking
// all of them takes half a minute: this test fails when a pattern is added or changed without being audited,
// when any pattern is exponential, and when a polynomial one has no written reason why its input stays short.
// A pattern is named by its file and the declarations around it (`src/extract/agency.ts#parseCreditLine`, with
// `[2]`, `[3]` for a second and third pattern there), so that editing other lines leaves the file as it is.
//   Audit after changing patterns:  REGEX_AUDIT=write npm test -- test/robust/regex-safety  (audits the patterns
//   not yet in the file; REGEX_AUDIT=write-all audits every one again; both keep the reasons)
// Pathological inputs run through the whole cleaner in pathological.test.ts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// not from ../helpers.js: that loads the cleaner, and its modules must first load here, under watch
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Found {
  /** The pattern as a literal: `/source/flags`. */
  pattern: string;
  /** The file and the names of the declarations around the pattern (see scopeName). */
  scope: string;
}
interface Verdict {
  pattern: string;
  verdict: 'safe' | 'polynomial' | 'exponential' | 'unknown';
  attack?: string;
  /** For a polynomial pattern: why the text it runs on is short, or its cost bounded. */
  bounded?: string;
}

const AUDIT = path.join(ROOT, 'test/robust/regex-audit.json');
const SRC = path.join(ROOT, 'src');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(SRC, f))
  .sort();

/** The names of the declarations (variables, functions, methods, classes, properties) around a node, outermost
 * first, after its file: `src/extract/agency.ts#parseCreditLine`, `src/text/dates.ts#MONTHS.fr`. */
function scopeName(file: string, node: ts.Node): string {
  const names: string[] = [];
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    const named = n as ts.Node & { name?: ts.Node };
    if (
      (ts.isVariableDeclaration(n) || ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isClassDeclaration(n) || ts.isPropertyDeclaration(n) || ts.isPropertyAssignment(n)) &&
      named.name &&
      (ts.isIdentifier(named.name) || ts.isStringLiteral(named.name))
    ) {
      names.unshift(named.name.text);
    }
  }
  return `${path.relative(ROOT, file)}#${names.join('.') || '(module)'}`;
}

/** Regular expression literals, and the places where a RegExp is built from a string (file:line, with the name of
 * their scope). */
function scanSources(): { literals: Found[]; constructed: Map<string, string> } {
  const literals: Found[] = [];
  const constructed = new Map<string, string>();
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const where = (n: ts.Node) => `${path.relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        literals.push({ pattern: n.getText(), scope: scopeName(file, n) });
      } else if (ts.isNewExpression(n) && n.expression.getText() === 'RegExp') {
        constructed.set(where(n), scopeName(file, n));
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, constructed };
}

/** Every distinct pattern of a scope under its own key: the scope's name, then `[2]`, `[3]`... in the order met. */
function keyed(found: Found[]): Map<string, string> {
  const byScope = new Map<string, string[]>();
  for (const { pattern, scope } of found) {
    const list = byScope.get(scope) ?? [];
    if (!list.includes(pattern)) list.push(pattern);
    byScope.set(scope, list);
  }
  const keys = new Map<string, string>();
  for (const [scope, patterns] of byScope) patterns.forEach((p, i) => keys.set(i === 0 ? scope : `${scope}[${i + 1}]`, p));
  return keys;
}

/** Patterns built with `new RegExp(...)`: caught as the modules load, with the place (file:line) that built them. */
async function constructedPatterns(): Promise<{ pattern: string; where: string }[]> {
  const found: { pattern: string; where: string }[] = [];
  const Real = RegExp;
  globalThis.RegExp = new Proxy(Real, {
    construct(target, args: [string | RegExp, string?]) {
      const re = new target(...args);
      const frame = (new Error().stack ?? '').split('\n').find((l) => l.includes(`${path.sep}src${path.sep}`));
      const m = frame && /\(?([^()\s]+\.ts):(\d+):\d+\)?$/.exec(frame);
      if (m) found.push({ pattern: `/${re.source}/${re.flags}`, where: `${path.relative(ROOT, m[1])}:${m[2]}` });
      return re;
    },
  });
  try {
    for (const file of files) await import(file);
  } finally {
    globalThis.RegExp = Real;
  }
  return found;
}

describe('regular expressions in src/', () => {
  let all: Map<string, string>;
  let constructedSites: string[];
  let dynamicSites: string[];

  beforeAll(async () => {
    const scanned = scanSources();
    const dynamic = await constructedPatterns();
    constructedSites = [...scanned.constructed.keys()];
    dynamicSites = dynamic.map((d) => d.where);
    all = keyed([...scanned.literals, ...dynamic.map((d) => ({ pattern: d.pattern, scope: scanned.constructed.get(d.where) ?? d.where }))]);
  });

  it('are all found, including those built from strings', () => {
    expect(all.size).toBeGreaterThan(50);
    // every `new RegExp` runs when its module loads, so every one was caught and is audited below
    expect([...new Set(dynamicSites)].sort()).toEqual([...new Set(constructedSites)].sort());
  });

  it('have all been audited by recheck, and none is exponential; polynomial ones say why their input is short', async () => {
    let audit: Record<string, Verdict> = JSON.parse(readFileSync(AUDIT, 'utf8'));
    if (process.env.REGEX_AUDIT === 'write' || process.env.REGEX_AUDIT === 'write-all') {
      const { checkSync } = await import('recheck');
      // a pattern already audited keeps its verdict and its reason wherever it now stands, since recheck's verdicts
      // depend on its time budget; REGEX_AUDIT=write-all asks recheck about every pattern again
      const known = new Map(Object.values(audit).map((v) => [v.pattern, v]));
      const next: Record<string, Verdict> = {};
      for (const [key, pattern] of [...all].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const before = known.get(pattern);
        if (before && process.env.REGEX_AUDIT !== 'write-all') {
          next[key] = before;
          continue;
        }
        const cut = pattern.lastIndexOf('/');
        const d = checkSync(pattern.slice(1, cut), pattern.slice(cut + 1), { timeout: 20_000 });
        const verdict = d.status === 'safe' ? 'safe' : d.status === 'vulnerable' ? (d.complexity.type as Verdict['verdict']) : 'unknown';
        next[key] = { pattern, verdict, ...(d.status === 'vulnerable' ? { attack: d.attack.pattern } : {}), ...(before?.bounded ? { bounded: before.bounded } : {}) };
      }
      writeFileSync(AUDIT, JSON.stringify(next, null, 2) + '\n');
      audit = next;
    }
    const missing = [...all].filter(([key, pattern]) => audit[key]?.pattern !== pattern).map(([key, pattern]) => `${key} ${pattern}`);
    expect(missing).toEqual([]); // audit them: REGEX_AUDIT=write npm test -- test/robust/regex-safety
    expect(Object.keys(audit).filter((k) => !all.has(k))).toEqual([]); // stale entries: run the audit again
    const problems = Object.entries(audit)
      .filter(([, v]) => v.verdict === 'exponential' || v.verdict === 'unknown' || (v.verdict === 'polynomial' && !v.bounded))
      .map(([k, v]) => `${k} ${v.pattern}: ${v.verdict}${v.attack ? `, attack ${v.attack}` : ''}`);
    expect(problems).toEqual([]); // fix the pattern, or bound its input and write why in "bounded"
  }, 600_000); // the write mode runs recheck on every pattern
});
