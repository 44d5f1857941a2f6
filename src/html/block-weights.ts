// Weights of the HTML block model (src/html/decide.ts), fitted by scripts/fit/html.ts on the real set's 91
// HTML pages (held-out body F1 0.955, 5 folds by site). Do not edit by hand: change the features or the
// fitter and run it again.
export interface HtmlWeights {
  linear: Record<string, number>;
  threshold: number;
}

export const HTML_WEIGHTS: HtmlWeights = {"linear":{"bias":-4.549,"textKept":-3.287,"textScore":5.571,"inRoot":3.467,"rootKept":2.427,"inArticle":-0.719,"linkDensity":-0.441,"rootLinks":0.353,"heading":-0.548,"listItem":1.475,"tableCell":1.357,"caption":-0.471,"pre":2.948,"logChars":0.209,"short":-0.652,"rootShort":0.953,"rootCaption":-0.909,"rootHeading":0.066,"outsideRegion":-1.29,"rootOutsideRegion":0.698,"textList":0.594,"paragraphChars":2.142},"threshold":0.5};
