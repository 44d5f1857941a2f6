// Weights of the HTML block model (src/html/decide.ts), fitted by scripts/fit/html.ts on the real set's 91
// HTML pages (held-out body F1 0.950, 5 folds by site). Do not edit by hand: change the features or the
// fitter and run it again.
export interface HtmlWeights {
  linear: Record<string, number>;
  threshold: number;
}

export const HTML_WEIGHTS: HtmlWeights = {"linear":{"bias":-4.95,"textKept":-3.098,"textScore":5.844,"inRoot":3.421,"rootKept":2.097,"inArticle":-0.815,"linkDensity":-0.186,"rootLinks":0.566,"heading":-0.466,"listItem":0.972,"tableCell":1.465,"caption":-0.42,"pre":2.952,"logChars":0.638,"short":-0.542,"rootShort":1.052,"rootCaption":-0.856,"rootHeading":0.037,"outsideRegion":-1.294,"rootOutsideRegion":0.802,"textList":0.622,"paragraphChars":2.402},"threshold":0.5};
