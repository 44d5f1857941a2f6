// The scorer reads feature vectors as dense arrays with weights compiled to feature indices; these tests hold it to
// the definition over named features (a weight per name, trees that split on names, a missing name read as 0), on
// random vectors, weights and trees, and the default weights on a page.
import fc from 'fast-check';
import {
  contextVector,
  contributions,
  CONTEXT_FEATURES,
  FEATURES,
  logit,
  namedVector,
  OWN_FEATURES,
  type NamedVector,
  type Scorer,
  type TreeNode,
} from '../../src/pipeline/model.js';
import { prepareOwn, stageOne } from '../../src/pipeline/classify.js';
import { DEFAULT_WEIGHTS } from '../../src/pipeline/weights.js';
import { fixture, pipeline } from '../helpers.js';

/** The definition: a linear sum over the vector's names in order, or trees splitting on names (missing: 0). */
function namedLogit(scorer: Scorer, x: NamedVector): number {
  if ('linear' in scorer) {
    let z = 0;
    for (const k in x) if (scorer.linear[k] !== undefined) z += scorer.linear[k] * x[k];
    return z;
  }
  let z = scorer.base;
  for (const tree of scorer.trees) {
    let n = 0;
    while (tree[n].f !== undefined) n = (x[tree[n].f!] ?? 0) <= tree[n].t! ? tree[n].l! : tree[n].r!;
    z += tree[n].v;
  }
  return z;
}

const value = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: -4, max: 4, noNaN: true }));
const vector = (length: number) => fc.array(value, { minLength: length, maxLength: length }).map((v) => Float64Array.from(v));
/** Feature names, with some no vector holds (weights written for other features). */
const name = fc.oneof(fc.constantFrom(...FEATURES), fc.constantFrom('unknown', 'retired'));
const linear = fc.dictionary(name, fc.double({ min: -3, max: 3, noNaN: true })).map((w): Scorer => ({ linear: w }));

/** A random full binary tree of depth <= 3, as the fitter writes them (a flat node list, node 0 the root). */
const tree = fc.array(fc.tuple(name, fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })), { minLength: 15, maxLength: 15 }).chain((nodes) =>
  fc.integer({ min: 0, max: 3 }).map((depth) => {
    const out: TreeNode[] = [];
    const build = (d: number, k: number): number => {
      const at = out.length;
      const [f, t, v] = nodes[k % nodes.length];
      out.push({ v });
      if (d < depth) {
        out[at].f = f;
        out[at].t = t;
        out[at].l = build(d + 1, 2 * k + 1);
        out[at].r = build(d + 1, 2 * k + 2);
      }
      return at;
    };
    build(0, 0);
    return out;
  }),
);
const trees = fc.record({ base: fc.double({ min: -1, max: 1, noNaN: true }), trees: fc.array(tree, { maxLength: 6 }) }).map((s): Scorer => s);

describe('feature vectors and the scorer', () => {
  it('names own features first, then the context ones, each once', () => {
    expect(FEATURES).toEqual([...OWN_FEATURES, ...CONTEXT_FEATURES]);
    expect(new Set(FEATURES).size).toBe(FEATURES.length);
  });

  it('sums a linear scorer exactly as over named features, for own and context vectors', () => {
    fc.assert(
      fc.property(fc.oneof(vector(OWN_FEATURES.length), vector(FEATURES.length)), linear, (x, scorer) => {
        expect(logit(scorer, x)).toBe(namedLogit(scorer, namedVector(x)));
      }),
    );
  });

  it('walks trees as over named features, a feature the vector does not hold reading 0', () => {
    fc.assert(
      fc.property(fc.oneof(vector(OWN_FEATURES.length), vector(FEATURES.length)), trees, (x, scorer) => {
        expect(logit(scorer, x)).toBe(namedLogit(scorer, namedVector(x)));
      }),
    );
  });

  it('explains a score as contributions that add up to it (less the bias and the trees base)', () => {
    fc.assert(
      fc.property(vector(FEATURES.length), fc.oneof(linear, trees), (x, scorer) => {
        const parts = Object.values(contributions(scorer, x)).reduce((a, b) => a + b, 0);
        const named = namedVector(x);
        const rest = 'linear' in scorer ? (scorer.linear.bias ?? 0) * named.bias : scorer.trees.reduce((s, t) => s + t[0].v, scorer.base);
        expect(parts + rest).toBeCloseTo(logit(scorer, x), 9);
      }),
    );
  });

  it('scores a page with the default weights as the named definition does, stage by stage', () => {
    const doc = pipeline(fixture('pages/related-list.txt'));
    const own = prepareOwn(doc);
    const stageOneScores = stageOne(own, DEFAULT_WEIGHTS);
    const chars = doc.blocks.map((b) => b.features.chars);
    expect(own.vectors.length).toBeGreaterThan(5);
    own.vectors.forEach((x, i) => {
      expect(x.length).toBe(OWN_FEATURES.length);
      expect(logit(DEFAULT_WEIGHTS.stage1, x)).toBe(namedLogit(DEFAULT_WEIGHTS.stage1, namedVector(x)));
      const context = contextVector(i, own.vectors, stageOneScores, chars, doc.regions, new Float64Array(FEATURES.length));
      // the context vector extends the own one
      expect(Array.from(context.subarray(0, x.length))).toEqual(Array.from(x));
      expect(logit(DEFAULT_WEIGHTS.stage2, context)).toBe(namedLogit(DEFAULT_WEIGHTS.stage2, namedVector(context)));
    });
  });
});
