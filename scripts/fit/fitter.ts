// A fitter makes one generated file of the repository from the shared data (../shared): fitted weights, chosen
// thresholds. `npm run fit` runs them all and writes their files; `npm run fit -- --check` runs them and fails
// when a committed file differs from what they make. A fitter's output must be deterministic: the same code and
// data give the same bytes.

export interface FitContext {
  /** The repository's root. */
  root: string;
  /** The shared data folder (../shared from the root). */
  shared: string;
  /** Progress and figures, for people (standard error). */
  log: (line: string) => void;
  /** Log more than the figures (a fitter's held-out misses, say): `npm run fit -- --verbose`. */
  verbose?: boolean;
}

export interface Fitter {
  name: string;
  /** The generated file, relative to the repository's root. */
  output: string;
  /** Generated files (other fitters' outputs) that the code this fitter runs reads: it must run again after one of
   * them changes. The classifier's fit scores bodies through the whole pipeline, headline ranker included, and the
   * ranker's fit runs the classifier: a cycle, which `npm run fit` runs round after round until nothing changes. */
  reads: string[];
  /** The file's whole content. */
  run(ctx: FitContext): Promise<string>;
}
