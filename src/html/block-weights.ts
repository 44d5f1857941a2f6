// Weights of the HTML block model (src/html/decide.ts), fitted by scripts/fit/html.ts on the real set's 91
// HTML pages (held-out body F1 0.939, 5 folds by site). Do not edit by hand: change the features or the
// fitter and run it again.
export interface HtmlWeights {
  linear: Record<string, number>;
  threshold: number;
}

export const HTML_WEIGHTS: HtmlWeights = {"linear":{"bias":-4.815,"textKept":-2.796,"textScore":5.932,"inRoot":3.326,"rootKept":1.624,"inArticle":-0.484,"linkDensity":0.24,"rootLinks":0.969,"heading":-0.517,"listItem":1.007,"tableCell":1.424,"caption":-0.411,"pre":3.019,"logChars":2.429,"short":-0.633,"rootShort":1.14,"rootCaption":-0.79,"rootHeading":0.107,"outsideRegion":-1.311,"rootOutsideRegion":0.566,"textList":0.76},"threshold":0.5};
