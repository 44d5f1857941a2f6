// Default classifier parameters: two logistic regressions over the features of model.ts, fitted by `npm run fit`
// (scripts/fit/classifier.ts) on the dev set (883 pages) and the real set (91 pages as lynx, w3m and html2text
// dumps). Do not edit by hand: change the features or the fitter and run it again. Held out (5 folds split by
// site, weights and threshold chosen inside each fold): dev F 0.900 (R 0.909 P 0.891); real F1 lynx 0.884 (P 0.883
// R 0.885), w3m 0.868 (P 0.854 R 0.882), html2text 0.879 (P 0.860 R 0.899).
import type { Weights } from './weights-shape.js';

/** Keep threshold chosen with these weights: the best mean of the dev set's F and the real set's F1. */
export const FITTED_KEEP_THRESHOLD = 0.45;

export const DEFAULT_WEIGHTS: Weights = {
  stage1: {"linear":{"bias":0.262,"len20":-0.738,"len50":-0.144,"len100":-0.185,"len200":-0.655,"len400":-0.072,"stop":0.274,"stopLong":1.893,"terminal":0.717,"sentences":1.335,"question":-0.368,"quote":0.638,"lower":0.41,"colon":0.718,"capitalised":-1.2,"shout":-0.071,"digits":-0.021,"symbols":-0.775,"bullet":-0.295,"numbered":0.791,"nested":0.003,"indentLess":-0.113,"indentMore":0.07,"group":0.033,"headlineRun":-0.073,"listRun":-0.34,"linkList":-0.212,"numberedHeadlines":0.151,"widget":-0.655,"counter":-0.334,"separated":-0.166,"link":-1.068,"copyright":-0.588,"phrase":-1.363,"phraseShort":-0.645,"caption":-0.594,"table":0.936,"dateLike":-0.223,"lines":0.034,"repeated":-0.721,"afterComments":-0.885,"corpus":-0.652,"corpusShort":-0.502}},
  stage2: {"linear":{"bias":-1.349,"len20":-0.446,"len50":-0.054,"len100":-0.098,"len200":-0.224,"len400":-0.039,"stop":-0.021,"stopLong":0.934,"terminal":0.456,"sentences":0.698,"question":-0.311,"quote":0.281,"lower":0.364,"colon":0.498,"capitalised":-0.564,"shout":0.06,"digits":0.096,"symbols":-0.351,"bullet":0.245,"numbered":0.395,"nested":-0.078,"indentLess":-0.163,"indentMore":0.24,"group":0.093,"headlineRun":0.118,"listRun":0.078,"linkList":0.455,"numberedHeadlines":0.082,"widget":-0.302,"counter":-0.253,"separated":-0.051,"link":-0.211,"copyright":-0.095,"phrase":-0.615,"phraseShort":-0.517,"caption":-0.381,"table":0.14,"dateLike":-0.287,"lines":0.095,"repeated":-0.335,"afterComments":0.309,"corpus":-0.395,"corpusShort":-0.323,"ownScore":1.16,"prev":0.381,"next":0.769,"around":0.746,"inRegion":-0.064,"inMain":0.694,"beforeRegion":0.352,"afterRegion":-1.046,"regionDistance":-1.058,"aboveMax":0.248,"belowMax":0.302,"between":-0.156,"local":0.14,"shortInRegion":-0.065,"listInRegion":-0.633,"tableInRegion":-0.05,"headlineAfterRegion":0.399}},
};
