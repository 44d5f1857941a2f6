// Weights of the HTML block model (src/html/decide.ts), fitted by scripts/fit/html.ts on the real set's 91
// HTML pages (held-out body F1 0.954, 5 folds by site). Do not edit by hand: change the features or the
// fitter and run it again.
export interface HtmlWeights {
  linear: Record<string, number>;
  threshold: number;
}

export const HTML_WEIGHTS: HtmlWeights = {"linear":{"bias":-4.512,"textKept":-3.282,"textScore":5.694,"inRoot":3.44,"rootKept":2.456,"inArticle":-0.701,"linkDensity":-0.434,"rootLinks":0.374,"heading":-0.557,"listItem":1.454,"tableCell":1.375,"caption":-0.454,"pre":3.151,"logChars":0.063,"short":-0.682,"rootShort":0.943,"rootCaption":-0.901,"rootHeading":0.046,"outsideRegion":-1.238,"rootOutsideRegion":0.768,"textList":0.681,"paragraphChars":2.07},"threshold":0.5};
