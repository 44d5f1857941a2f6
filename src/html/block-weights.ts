// Weights of the HTML block model (src/html/decide.ts), fitted by scripts/fit/html.ts on the real set's 91
// HTML pages (held-out body F1 0.921, 5 folds by site). Do not edit by hand: change the features or the
// fitter and run it again.
export interface HtmlWeights {
  linear: Record<string, number>;
  threshold: number;
}

export const HTML_WEIGHTS: HtmlWeights = {"linear":{"bias":-3.286,"textKept":-2.249,"textScore":6.872,"inRoot":3.332,"rootKept":1.303,"inArticle":-0.731,"linkDensity":0.227,"rootLinks":2.23,"heading":-0.285,"listItem":0.331,"tableCell":2.719,"caption":-0.643,"pre":2.697,"logChars":-0.894},"threshold":0.5};
