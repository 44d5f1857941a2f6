// Default classifier parameters, fitted by scripts/fit-classifier.mjs on the development set (883 pages,
// model: logistic regression).
// Do not edit by hand: change the features or the fitter and run it again with --write.
import type { Weights } from './model.js';

/** Keep threshold chosen with these weights (the fitter's best F on the development set). */
export const FITTED_KEEP_THRESHOLD = 0.5;

export const DEFAULT_WEIGHTS: Weights = {
  stage1: {"linear":{"bias":1.007,"len20":-1.091,"len50":-0.362,"len100":-0.128,"len200":-0.634,"len400":-0.096,"stop":0.01,"stopLong":1.308,"terminal":0.209,"sentences":0.504,"question":-0.095,"quote":0.463,"lower":0.257,"colon":0.141,"capitalised":-1.319,"shout":-0.014,"digits":0.358,"symbols":-0.108,"bullet":0.004,"numbered":1.086,"nested":-0.132,"indentLess":-0.159,"indentMore":0.439,"group":0.016,"headlineRun":-0.523,"listRun":-0.257,"linkList":-0.41,"numberedHeadlines":0.339,"widget":-0.942,"counter":0,"separated":0,"link":-0.517,"copyright":-0.818,"phrase":-1.603,"phraseShort":-0.701,"caption":-1.089,"table":1.482,"dateLike":-0.252,"lines":1.242,"repeated":-1.005,"afterComments":-0.895,"corpus":-0.698,"corpusShort":-0.642}},
  stage2: {"linear":{"bias":-1.847,"len20":-0.684,"len50":-0.133,"len100":-0.111,"len200":-0.292,"len400":-0.109,"stop":-0.115,"stopLong":0.783,"terminal":0.443,"sentences":0.361,"question":-0.209,"quote":0.281,"lower":0.088,"colon":0.227,"capitalised":-0.709,"shout":0.024,"digits":0.284,"symbols":0.039,"bullet":0.302,"numbered":0.533,"nested":-0.066,"indentLess":-0.101,"indentMore":0.196,"group":0.257,"headlineRun":-0.252,"listRun":-0.217,"linkList":0.55,"numberedHeadlines":0.182,"widget":-0.436,"counter":0,"separated":0,"link":-0.2,"copyright":-0.535,"phrase":-0.787,"phraseShort":-0.501,"caption":-1.005,"table":0.615,"dateLike":-0.333,"lines":0.723,"repeated":-0.341,"afterComments":0.33,"corpus":-0.41,"corpusShort":-0.396,"p1":1.577,"prev":0.579,"next":1.069,"around":0.707,"inRegion":0.311,"inMain":0.361,"beforeRegion":0.804,"afterRegion":-1.168,"regionDistance":-0.559,"aboveMax":0.241,"belowMax":0.349,"between":-0.416,"local":-0.018,"shortInRegion":0.157,"listInRegion":-0.405,"tableInRegion":0.422,"headlineAfterRegion":0.184}},
};
