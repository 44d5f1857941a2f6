// Weights of the HTML block model (src/html/decide.ts), fitted by scripts/fit/html.ts on the real set's 91
// HTML pages (held-out body F1 0.945, 5 folds by site). Do not edit by hand: change the features or the
// fitter and run it again.
export interface HtmlWeights {
  linear: Record<string, number>;
  threshold: number;
}

export const HTML_WEIGHTS: HtmlWeights = {"linear":{"bias":-4.975,"textKept":-3.085,"textScore":5.842,"inRoot":3.381,"rootKept":2.079,"inArticle":-0.776,"linkDensity":-0.09,"rootLinks":0.738,"heading":-0.478,"listItem":0.998,"tableCell":1.463,"caption":-0.423,"pre":2.936,"logChars":0.675,"short":-0.523,"rootShort":1.143,"rootCaption":-0.853,"rootHeading":0.056,"outsideRegion":-1.296,"rootOutsideRegion":0.773,"textList":0.643,"paragraphChars":2.401},"threshold":0.5};
