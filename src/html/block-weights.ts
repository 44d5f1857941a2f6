// Weights of the HTML block model (src/html/decide.ts), fitted by scripts/fit/html.ts on the real set's 91
// HTML pages (held-out body F1 0.955, 5 folds by site). Do not edit by hand: change the features or the
// fitter and run it again.
export interface HtmlWeights {
  linear: Record<string, number>;
  threshold: number;
}

export const HTML_WEIGHTS: HtmlWeights = {"linear":{"bias":-4.564,"textKept":-3.273,"textScore":5.589,"inRoot":3.466,"rootKept":2.427,"inArticle":-0.717,"linkDensity":-0.441,"rootLinks":0.345,"heading":-0.562,"listItem":1.456,"tableCell":1.358,"caption":-0.474,"pre":2.955,"logChars":0.195,"short":-0.665,"rootShort":0.951,"rootCaption":-0.921,"rootHeading":0.061,"outsideRegion":-1.246,"rootOutsideRegion":0.711,"textList":0.654,"paragraphChars":2.125},"threshold":0.5};
