// Default classifier parameters: two logistic regressions over the features of model.ts, fitted by `npm run fit`
// (scripts/fit/classifier.ts) on the dev set (883 pages) and the real set (91 pages as lynx, w3m and html2text
// dumps). Do not edit by hand: change the features or the fitter and run it again. Held out (5 folds split by
// site, weights and threshold chosen inside each fold): dev F 0.897 (R 0.903 P 0.890); real F1 lynx 0.859 (P 0.856
// R 0.862), w3m 0.850 (P 0.829 R 0.872), html2text 0.840 (P 0.825 R 0.856).
import type { Weights } from './model.js';

/** Keep threshold chosen with these weights: the best mean of the dev set's F and the real set's F1. */
export const FITTED_KEEP_THRESHOLD = 0.45;

export const DEFAULT_WEIGHTS: Weights = {
  stage1: {"linear":{"bias":0.363,"len20":-0.794,"len50":-0.226,"len100":-0.252,"len200":-0.674,"len400":-0.076,"stop":0.255,"stopLong":1.832,"terminal":0.702,"sentences":1.281,"question":-0.318,"quote":0.644,"lower":0.353,"colon":0.677,"capitalised":-1.193,"shout":-0.082,"digits":0.137,"symbols":-0.819,"bullet":-0.32,"numbered":0.815,"nested":0.021,"indentLess":-0.143,"indentMore":-0.034,"group":0.05,"headlineRun":-0.076,"listRun":-0.353,"linkList":-0.245,"numberedHeadlines":0.144,"widget":-0.664,"counter":-0.346,"separated":-0.154,"link":-0.98,"copyright":-0.585,"phrase":-1.377,"phraseShort":-0.595,"caption":-0.613,"table":0.923,"dateLike":-0.253,"lines":-0.009,"repeated":-0.74,"afterComments":-0.847,"corpus":-0.662,"corpusShort":-0.504}},
  stage2: {"linear":{"bias":-1.514,"len20":-0.48,"len50":-0.079,"len100":-0.128,"len200":-0.237,"len400":-0.052,"stop":0.002,"stopLong":0.946,"terminal":0.456,"sentences":0.683,"question":-0.304,"quote":0.284,"lower":0.3,"colon":0.48,"capitalised":-0.494,"shout":0.046,"digits":0.19,"symbols":-0.424,"bullet":0.263,"numbered":0.503,"nested":-0.06,"indentLess":-0.191,"indentMore":0.209,"group":0.049,"headlineRun":0.136,"listRun":0.078,"linkList":0.464,"numberedHeadlines":0.061,"widget":-0.301,"counter":-0.259,"separated":-0.047,"link":-0.204,"copyright":-0.097,"phrase":-0.611,"phraseShort":-0.464,"caption":-0.384,"table":0.322,"dateLike":-0.305,"lines":0.093,"repeated":-0.351,"afterComments":0.258,"corpus":-0.4,"corpusShort":-0.329,"p1":1.176,"prev":0.394,"next":0.787,"around":0.797,"inRegion":-0.01,"inMain":0.634,"beforeRegion":0.361,"afterRegion":-0.995,"regionDistance":-0.952,"aboveMax":0.285,"belowMax":0.352,"between":-0.165,"local":0.158,"shortInRegion":-0.059,"listInRegion":-0.704,"tableInRegion":-0.239,"headlineAfterRegion":0.393}},
};
