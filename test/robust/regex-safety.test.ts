// Every regular expression in src/ is checked for catastrophic backtracking by recheck (a ReDoS checker that
// proves a pattern linear or finds an attack string). Its verdicts are kept in regex-audit.json, since checking
// all of them takes half a minute: this test fails when a pattern is added or changed without being audited,
// when any pattern is exponential, and when a polynomial one has no written reason why its input stays short.
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
  key: string;
  where: string;
}
interface Verdict {
  verdict: 'safe' | 'polynomial' | 'exponential' | 'unknown';
  where: string;
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

/** Regular expression literals, and the places where a RegExp is built from a string. */
function scanSources(): { literals: Found[]; constructed: string[] } {
  const literals: Found[] = [];
  const constructed: string[] = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const where = (n: ts.Node) => `${path.relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText();
        literals.push({ key: text, where: where(n) });
      } else if (ts.isNewExpression(n) && n.expression.getText() === 'RegExp') {
        constructed.push(where(n));
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, constructed };
}

/** Patterns built with `new RegExp(...)`: caught as the modules load, with the place that built them. */
async function constructedPatterns(): Promise<Found[]> {
  const found: Found[] = [];
  const Real = RegExp;
  globalThis.RegExp = new Proxy(Real, {
    construct(target, args: [string | RegExp, string?]) {
      const re = new target(...args);
      const frame = (new Error().stack ?? '').split('\n').find((l) => l.includes(`${path.sep}src${path.sep}`));
      const m = frame && /\(?([^()\s]+\.ts):(\d+):\d+\)?$/.exec(frame);
      if (m) found.push({ key: `/${re.source}/${re.flags}`, where: `${path.relative(ROOT, m[1])}:${m[2]}` });
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
  let all: Found[];
  let constructedSites: string[];
  let dynamic: Found[];

  beforeAll(async () => {
    const scanned = scanSources();
    dynamic = await constructedPatterns();
    constructedSites = scanned.constructed;
    all = [...scanned.literals, ...dynamic];
  });

  it('are all found, including those built from strings', () => {
    expect(all.length).toBeGreaterThan(50);
    // every `new RegExp` runs when its module loads, so every one was caught and is audited below
    expect([...new Set(dynamic.map((d) => d.where))].sort()).toEqual([...new Set(constructedSites)].sort());
  });

  it('have all been audited by recheck, and none is exponential; polynomial ones say why their input is short', async () => {
    let audit: Record<string, Verdict> = JSON.parse(readFileSync(AUDIT, 'utf8'));
    if (process.env.REGEX_AUDIT === 'write' || process.env.REGEX_AUDIT === 'write-all') {
      const { checkSync } = await import('recheck');
      const next: Record<string, Verdict> = {};
      for (const { key, where } of all) {
        if (next[key]) continue;
        // recheck's verdicts depend on its time budget, so a pattern already audited keeps its verdict (and its
        // reason) unless REGEX_AUDIT=write-all asks for every pattern again; only its place is brought up to date
        if (audit[key] && process.env.REGEX_AUDIT !== 'write-all') {
          next[key] = { ...audit[key], where };
          continue;
        }
        const cut = key.lastIndexOf('/');
        const d = checkSync(key.slice(1, cut), key.slice(cut + 1), { timeout: 20_000 });
        const verdict = d.status === 'safe' ? 'safe' : d.status === 'vulnerable' ? (d.complexity.type as Verdict['verdict']) : 'unknown';
        next[key] = { verdict, where, ...(d.status === 'vulnerable' ? { attack: d.attack.pattern } : {}), ...(audit[key]?.bounded ? { bounded: audit[key].bounded } : {}) };
      }
      writeFileSync(AUDIT, JSON.stringify(Object.fromEntries(Object.entries(next).sort(([, a], [, b]) => (a.where < b.where ? -1 : 1))), null, 2) + '\n');
      audit = next;
    }
    const keys = new Set(all.map((f) => f.key));
    const missing = all.filter((f) => !audit[f.key]).map((f) => `${f.where} ${f.key}`);
    expect(missing).toEqual([]); // audit them: REGEX_AUDIT=write npm test -- test/robust/regex-safety
    expect(Object.keys(audit).filter((k) => !keys.has(k))).toEqual([]); // stale entries: run the audit again
    const problems = Object.entries(audit)
      .filter(([, v]) => v.verdict === 'exponential' || v.verdict === 'unknown' || (v.verdict === 'polynomial' && !v.bounded))
      .map(([k, v]) => `${v.where} ${k}: ${v.verdict}${v.attack ? `, attack ${v.attack}` : ''}`);
    expect(problems).toEqual([]); // fix the pattern, or bound its input and write why in "bounded"
  }, 600_000); // the write mode runs recheck on every pattern
});
