// Default classifier parameters: two logistic regressions over the features of model.ts, fitted by `npm run fit`
// (scripts/fit/classifier.ts) on the dev set (883 pages) and the real set (91 pages as lynx, w3m and html2text
// dumps). Do not edit by hand: change the features or the fitter and run it again. Held out (5 folds split by
// site, weights and threshold chosen inside each fold): dev F 0.899 (R 0.909 P 0.890); real F1 lynx 0.883 (P 0.882
// R 0.884), w3m 0.863 (P 0.850 R 0.877), html2text 0.877 (P 0.858 R 0.897).
import type { Weights } from './weights-shape.js';

/** Keep threshold chosen with these weights: the best mean of the dev set's F and the real set's F1. */
export const FITTED_KEEP_THRESHOLD = 0.45;

export const DEFAULT_WEIGHTS: Weights = {
  stage1: {"linear":{"bias":0.266,"len20":-0.737,"len50":-0.143,"len100":-0.185,"len200":-0.653,"len400":-0.075,"stop":0.279,"stopLong":1.91,"terminal":0.708,"sentences":1.333,"question":-0.367,"quote":0.637,"lower":0.41,"colon":0.714,"capitalised":-1.201,"shout":-0.071,"digits":-0.02,"symbols":-0.774,"bullet":-0.297,"numbered":0.791,"nested":0.003,"indentLess":-0.122,"indentMore":0.065,"group":0.033,"headlineRun":-0.074,"listRun":-0.34,"linkList":-0.212,"numberedHeadlines":0.151,"widget":-0.655,"counter":-0.334,"separated":-0.158,"link":-1.068,"copyright":-0.587,"phrase":-1.363,"phraseShort":-0.645,"caption":-0.594,"table":0.935,"dateLike":-0.222,"lines":0.027,"repeated":-0.72,"afterComments":-0.885,"corpus":-0.652,"corpusShort":-0.501}},
  stage2: {"linear":{"bias":-1.348,"len20":-0.445,"len50":-0.054,"len100":-0.098,"len200":-0.224,"len400":-0.04,"stop":-0.026,"stopLong":0.94,"terminal":0.453,"sentences":0.697,"question":-0.311,"quote":0.282,"lower":0.363,"colon":0.497,"capitalised":-0.561,"shout":0.059,"digits":0.096,"symbols":-0.351,"bullet":0.244,"numbered":0.394,"nested":-0.078,"indentLess":-0.172,"indentMore":0.241,"group":0.092,"headlineRun":0.12,"listRun":0.077,"linkList":0.455,"numberedHeadlines":0.081,"widget":-0.302,"counter":-0.252,"separated":-0.048,"link":-0.21,"copyright":-0.095,"phrase":-0.614,"phraseShort":-0.518,"caption":-0.381,"table":0.139,"dateLike":-0.286,"lines":0.092,"repeated":-0.335,"afterComments":0.31,"corpus":-0.395,"corpusShort":-0.323,"ownScore":1.163,"prev":0.38,"next":0.77,"around":0.744,"inRegion":-0.064,"inMain":0.695,"beforeRegion":0.348,"afterRegion":-1.043,"regionDistance":-1.058,"aboveMax":0.25,"belowMax":0.305,"between":-0.161,"local":0.139,"shortInRegion":-0.063,"listInRegion":-0.632,"tableInRegion":-0.051,"headlineAfterRegion":0.397}},
};
