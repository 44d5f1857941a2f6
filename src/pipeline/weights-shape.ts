// The shape of the block scorer's parameters, apart from the scorer itself: the fitted defaults (weights.ts),
// which the options read for their threshold, depend on this alone and not on the features and layout the scorer
// reads (importing model.ts here would close the cycle options -> weights -> model -> layout -> doc -> options).

/** A block's features by name: what the fitter reads and what explanations name. */
export type NamedVector = Record<string, number>;

/** A decision tree as a flat node list (node 0 is the root). Internal nodes send `x[f] <= t` left. */
export interface TreeNode {
  f?: string;
  t?: number;
  l?: number;
  r?: number;
  /** Output at a leaf; at an internal node, the mean output below it (for explaining a score). */
  v: number;
}

export type Scorer = { linear: NamedVector } | { base: number; trees: TreeNode[][] };

export interface Weights {
  stage1: Scorer;
  stage2: Scorer;
}
