// Weights of the HTML block model (src/html/decide.ts), fitted by scripts/fit/html.ts on the real set's 91
// HTML pages (held-out body F1 0.953, 5 folds by site). Do not edit by hand: change the features or the
// fitter and run it again.
export interface HtmlWeights {
  linear: Record<string, number>;
  threshold: number;
}

export const HTML_WEIGHTS: HtmlWeights = {"linear":{"bias":-4.532,"textKept":-3.301,"textScore":5.708,"inRoot":3.416,"rootKept":2.481,"inArticle":-0.717,"linkDensity":-0.451,"rootLinks":0.349,"heading":-0.548,"listItem":1.465,"tableCell":1.385,"caption":-0.448,"pre":2.951,"logChars":0.078,"short":-0.666,"rootShort":0.957,"rootCaption":-0.896,"rootHeading":0.059,"outsideRegion":-1.246,"rootOutsideRegion":0.774,"textList":0.663,"paragraphChars":2.106},"threshold":0.5};
