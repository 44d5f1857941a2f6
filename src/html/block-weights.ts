// Weights of the HTML block model (src/html/decide.ts), fitted by scripts/fit/html.ts on the real set's 91
// HTML pages (held-out body F1 0.950, 5 folds by site). Do not edit by hand: change the features or the
// fitter and run it again.
export interface HtmlWeights {
  linear: Record<string, number>;
  threshold: number;
}

export const HTML_WEIGHTS: HtmlWeights = {"linear":{"bias":-4.664,"textKept":-3.032,"textScore":5.856,"inRoot":3.378,"rootKept":2.046,"inArticle":-0.895,"linkDensity":-0.498,"rootLinks":0.41,"heading":-0.575,"listItem":1.501,"tableCell":1.358,"caption":-0.429,"pre":2.978,"logChars":0.441,"short":-0.588,"rootShort":1.011,"rootCaption":-0.854,"rootHeading":0.151,"outsideRegion":-1.351,"rootOutsideRegion":0.83,"textList":0.596,"paragraphChars":2.283},"threshold":0.5};
