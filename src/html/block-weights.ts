// Weights of the HTML block model (src/html/decide.ts), fitted by scripts/fit/html.ts on the real set's 91
// HTML pages (held-out body F1 0.938, 5 folds by site). Do not edit by hand: change the features or the
// fitter and run it again.
export interface HtmlWeights {
  linear: Record<string, number>;
  threshold: number;
}

export const HTML_WEIGHTS: HtmlWeights = {"linear":{"bias":-5.719,"textKept":-2.825,"textScore":7.401,"inRoot":3.318,"rootKept":1.26,"inArticle":-0.64,"linkDensity":0.751,"rootLinks":1.807,"heading":-0.441,"listItem":1.106,"tableCell":1.55,"caption":-0.127,"pre":3.047,"logChars":1.974,"short":-0.47,"rootShort":1.231,"rootCaption":-0.575,"rootHeading":0.154,"outsideRegion":-0.646,"rootOutsideRegion":0.245,"textList":1.339},"threshold":0.5};
