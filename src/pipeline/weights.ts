// Default classifier parameters: two logistic regressions over the features of model.ts, fitted by `npm run fit`
// (scripts/fit/classifier.ts) on the dev set (883 pages) and the real set (91 pages as lynx, w3m and html2text
// dumps). Do not edit by hand: change the features or the fitter and run it again. Held out (5 folds split by
// site, weights and threshold chosen inside each fold): dev F 0.903 (R 0.909 P 0.898); real F1 lynx 0.891 (P 0.896
// R 0.886), w3m 0.879 (P 0.874 R 0.884), html2text 0.883 (P 0.870 R 0.896).
import type { Weights } from './weights-shape.js';

/** Keep threshold chosen with these weights: the best mean of the dev set's F and the real set's F1
 * among those that cut sentences in two in at most 12% of the dev set's bodies. */
export const FITTED_KEEP_THRESHOLD = 0.45;

export const DEFAULT_WEIGHTS: Weights = {
  stage1: {"linear":{"bias":0.282,"len20":-0.725,"len50":-0.138,"len100":-0.169,"len200":-0.658,"len400":-0.072,"stop":0.273,"stopLong":1.905,"terminal":0.707,"sentences":1.331,"question":-0.353,"quote":0.633,"lower":0.383,"colon":0.706,"capitalised":-1.222,"shout":-0.069,"digits":-0.028,"symbols":-0.768,"bullet":-0.279,"numbered":0.794,"nested":0.005,"indentLess":-0.144,"indentMore":0.07,"group":0.015,"headlineRun":-0.092,"listRun":-0.351,"linkList":-0.182,"numberedHeadlines":0.148,"widget":-0.661,"counter":-0.333,"separated":-0.163,"link":-1.073,"copyright":-0.588,"phrase":-1.369,"phraseShort":-0.646,"caption":-0.593,"table":0.971,"dateLike":-0.223,"lines":0.044,"repeated":-0.72,"afterComments":-0.893,"corpus":-0.652,"corpusShort":-0.502}},
  stage2: {"linear":{"bias":-1.37,"len20":-0.432,"len50":-0.053,"len100":-0.083,"len200":-0.229,"len400":-0.042,"stop":-0.014,"stopLong":0.938,"terminal":0.441,"sentences":0.694,"question":-0.295,"quote":0.271,"lower":0.345,"colon":0.474,"capitalised":-0.603,"shout":0.058,"digits":0.087,"symbols":-0.352,"bullet":0.266,"numbered":0.39,"nested":-0.076,"indentLess":-0.17,"indentMore":0.239,"group":0.105,"headlineRun":0.11,"listRun":0.048,"linkList":0.51,"numberedHeadlines":0.073,"widget":-0.311,"counter":-0.248,"separated":-0.048,"link":-0.208,"copyright":-0.094,"phrase":-0.602,"phraseShort":-0.492,"caption":-0.382,"table":0.162,"dateLike":-0.288,"lines":0.088,"repeated":-0.34,"afterComments":0.319,"corpus":-0.399,"corpusShort":-0.326,"ownScore":1.164,"prev":0.398,"next":0.783,"around":0.765,"inRegion":-0.074,"inMain":0.736,"beforeRegion":0.331,"afterRegion":-1.067,"regionDistance":-1.007,"aboveMax":0.229,"belowMax":0.297,"between":-0.16,"local":0.164,"shortInRegion":-0.075,"listInRegion":-0.675,"tableInRegion":0.07,"headlineAfterRegion":0.391}},
};
