// Default classifier parameters, fitted by scripts/fit-classifier.mjs on the development set (883 pages,
// model: logistic regression).
// Do not edit by hand: change the features or the fitter and run it again with --write.
import type { Weights } from './model.js';

/** Keep threshold chosen with these weights (the fitter's best F on the development set, with recall >= 0.93). */
export const FITTED_KEEP_THRESHOLD = 0.35;

export const DEFAULT_WEIGHTS: Weights = {
  stage1: {"linear":{"bias":1.007,"len20":-1.091,"len50":-0.362,"len100":-0.128,"len200":-0.634,"len400":-0.096,"stop":0.01,"stopLong":1.308,"terminal":0.209,"sentences":0.504,"question":-0.095,"quote":0.463,"lower":0.257,"colon":0.141,"capitalised":-1.319,"shout":-0.014,"digits":0.358,"symbols":-0.108,"bullet":0.004,"numbered":1.086,"nested":-0.132,"indentLess":-0.159,"indentMore":0.439,"group":0.016,"headlineRun":-0.523,"listRun":-0.257,"linkList":-0.41,"numberedHeadlines":0.339,"widget":-0.942,"counter":0,"separated":0,"link":-0.517,"copyright":-0.818,"phrase":-1.603,"phraseShort":-0.701,"caption":-1.089,"table":1.482,"dateLike":-0.252,"lines":1.242,"repeated":-1.005,"afterComments":-0.895,"corpus":-0.698,"corpusShort":-0.642}},
  stage2: {"linear":{"bias":-1.853,"len20":-0.683,"len50":-0.132,"len100":-0.111,"len200":-0.29,"len400":-0.109,"stop":-0.118,"stopLong":0.779,"terminal":0.444,"sentences":0.363,"question":-0.21,"quote":0.279,"lower":0.087,"colon":0.226,"capitalised":-0.708,"shout":0.024,"digits":0.284,"symbols":0.04,"bullet":0.302,"numbered":0.532,"nested":-0.065,"indentLess":-0.1,"indentMore":0.196,"group":0.258,"headlineRun":-0.251,"listRun":-0.217,"linkList":0.552,"numberedHeadlines":0.182,"widget":-0.436,"counter":0,"separated":0,"link":-0.2,"copyright":-0.534,"phrase":-0.786,"phraseShort":-0.498,"caption":-1.006,"table":0.614,"dateLike":-0.334,"lines":0.721,"repeated":-0.343,"afterComments":0.33,"corpus":-0.403,"corpusShort":-0.389,"p1":1.582,"prev":0.575,"next":1.061,"around":0.7,"inRegion":0.314,"inMain":0.358,"beforeRegion":0.804,"afterRegion":-1.165,"regionDistance":-0.558,"aboveMax":0.248,"belowMax":0.363,"between":-0.418,"local":-0.018,"shortInRegion":0.158,"listInRegion":-0.406,"tableInRegion":0.421,"headlineAfterRegion":0.182}},
};
