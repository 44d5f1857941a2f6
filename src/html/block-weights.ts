// Weights of the HTML block model (src/html/decide.ts), fitted by scripts/fit/html.ts on the real set's 91
// HTML pages (held-out body F1 0.945, 5 folds by site). Do not edit by hand: change the features or the
// fitter and run it again.
export interface HtmlWeights {
  linear: Record<string, number>;
  threshold: number;
}

export const HTML_WEIGHTS: HtmlWeights = {"linear":{"bias":-5.009,"textKept":-3.096,"textScore":5.862,"inRoot":3.376,"rootKept":2.087,"inArticle":-0.781,"linkDensity":-0.054,"rootLinks":0.775,"heading":-0.47,"listItem":1.008,"tableCell":1.468,"caption":-0.42,"pre":2.944,"logChars":0.707,"short":-0.513,"rootShort":1.147,"rootCaption":-0.851,"rootHeading":0.063,"outsideRegion":-1.298,"rootOutsideRegion":0.754,"textList":0.646,"paragraphChars":2.411},"threshold":0.5};
