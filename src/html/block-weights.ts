// Weights of the HTML block model (src/html/decide.ts), fitted by scripts/fit/html.ts on the real set's 91
// HTML pages (held-out body F1 0.944, 5 folds by site). Do not edit by hand: change the features or the
// fitter and run it again.
export interface HtmlWeights {
  linear: Record<string, number>;
  threshold: number;
}

export const HTML_WEIGHTS: HtmlWeights = {"linear":{"bias":-5.535,"textKept":-2.996,"textScore":6.875,"inRoot":3.312,"rootKept":1.528,"inArticle":-0.429,"linkDensity":0.297,"rootLinks":1.278,"heading":-0.467,"listItem":1.021,"tableCell":1.61,"caption":-0.309,"pre":2.978,"logChars":2.534,"short":-0.466,"rootShort":1.142,"rootCaption":-0.695,"rootHeading":0.278,"outsideRegion":-0.918,"rootOutsideRegion":0.161,"textList":0.98},"threshold":0.5};
