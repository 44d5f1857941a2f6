// Weights of the HTML block model (src/html/decide.ts), fitted by scripts/fit/html.ts on the real set's 91
// HTML pages (held-out body F1 0.922, 5 folds by site). Do not edit by hand: change the features or the
// fitter and run it again.
export interface HtmlWeights {
  linear: Record<string, number>;
  threshold: number;
}

export const HTML_WEIGHTS: HtmlWeights = {"linear":{"bias":-3.776,"textKept":-2.284,"textScore":6.979,"inRoot":3.49,"rootKept":1.115,"inArticle":-0.754,"linkDensity":0.357,"rootLinks":2.204,"heading":-0.346,"listItem":0.84,"tableCell":2.651,"caption":-0.948,"pre":3.264,"logChars":-0.602},"threshold":0.5};
