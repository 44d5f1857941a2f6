// Weights of the HTML block model (src/html/decide.ts), fitted by scripts/fit/html.ts on the real set's 91
// HTML pages (held-out body F1 0.921, 5 folds by site). Do not edit by hand: change the features or the
// fitter and run it again.
export interface HtmlWeights {
  linear: Record<string, number>;
  threshold: number;
}

export const HTML_WEIGHTS: HtmlWeights = {"linear":{"bias":-4.15,"textKept":-2.442,"textScore":7.426,"inRoot":3.503,"rootKept":0.826,"inArticle":-0.752,"linkDensity":0.307,"rootLinks":2.41,"heading":-0.266,"listItem":0.811,"tableCell":2.727,"caption":-0.705,"pre":3.137,"logChars":-0.35},"threshold":0.6};
