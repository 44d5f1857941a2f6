// Default classifier parameters, fitted by scripts/fit-classifier.mjs on the development set (883 pages,
// model: logistic regression).
// Do not edit by hand: change the features or the fitter and run it again with --write.
import type { Weights } from './model.js';

/** Keep threshold chosen with these weights (the fitter's best F on the development set). */
export const FITTED_KEEP_THRESHOLD = 0.5;

export const DEFAULT_WEIGHTS: Weights = {
  stage1: {"linear":{"bias":0.999,"len20":-1.144,"len50":-0.359,"len100":-0.119,"len200":-0.623,"len400":-0.089,"stop":-0.01,"stopLong":1.323,"terminal":0.204,"sentences":0.509,"question":-0.085,"quote":0.468,"lower":0.26,"colon":0.131,"capitalised":-1.341,"shout":-0.005,"digits":0.374,"symbols":-0.1,"bullet":0.001,"numbered":1.091,"nested":-0.132,"indentLess":-0.165,"indentMore":0.439,"group":0.024,"headlineRun":-0.518,"listRun":-0.26,"linkList":-0.412,"numberedHeadlines":0.341,"widget":-0.968,"counter":0,"separated":0,"link":-0.513,"copyright":-0.815,"phrase":-1.607,"phraseShort":-0.72,"caption":-1.086,"table":1.487,"dateLike":-0.247,"lines":1.26,"repeated":-0.997,"afterComments":-0.907}},
  stage2: {"linear":{"bias":-1.823,"len20":-0.722,"len50":-0.134,"len100":-0.101,"len200":-0.292,"len400":-0.101,"stop":-0.11,"stopLong":0.797,"terminal":0.441,"sentences":0.36,"question":-0.208,"quote":0.285,"lower":0.091,"colon":0.229,"capitalised":-0.735,"shout":0.031,"digits":0.295,"symbols":0.048,"bullet":0.298,"numbered":0.543,"nested":-0.07,"indentLess":-0.107,"indentMore":0.201,"group":0.253,"headlineRun":-0.259,"listRun":-0.215,"linkList":0.536,"numberedHeadlines":0.186,"widget":-0.452,"counter":0,"separated":0,"link":-0.199,"copyright":-0.532,"phrase":-0.807,"phraseShort":-0.521,"caption":-1.007,"table":0.627,"dateLike":-0.329,"lines":0.738,"repeated":-0.35,"afterComments":0.331,"p1":1.546,"prev":0.582,"next":1.082,"around":0.717,"inRegion":0.295,"inMain":0.36,"beforeRegion":0.81,"afterRegion":-1.173,"regionDistance":-0.578,"aboveMax":0.259,"belowMax":0.366,"between":-0.454,"local":-0.024,"shortInRegion":0.171,"listInRegion":-0.397,"tableInRegion":0.43,"headlineAfterRegion":0.2}},
};
