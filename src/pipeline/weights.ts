// Default classifier parameters: two logistic regressions over the features of model.ts, fitted by `npm run fit`
// (scripts/fit/classifier.ts) on the dev set (883 pages) and the real set (91 pages as lynx, w3m and html2text
// dumps). Do not edit by hand: change the features or the fitter and run it again. Held out (5 folds split by
// site, weights and threshold chosen inside each fold): dev F 0.896 (R 0.909 P 0.884); real F1 lynx 0.868 (P 0.854
// R 0.882), w3m 0.853 (P 0.835 R 0.872), html2text 0.841 (P 0.824 R 0.859).
import type { Weights } from './model.js';

/** Keep threshold chosen with these weights: the best mean of the dev set's F and the real set's F1. */
export const FITTED_KEEP_THRESHOLD = 0.45;

export const DEFAULT_WEIGHTS: Weights = {
  stage1: {"linear":{"bias":0.269,"len20":-0.735,"len50":-0.138,"len100":-0.178,"len200":-0.649,"len400":-0.075,"stop":0.281,"stopLong":1.902,"terminal":0.703,"sentences":1.344,"question":-0.366,"quote":0.638,"lower":0.424,"colon":0.712,"capitalised":-1.208,"shout":-0.07,"digits":-0.018,"symbols":-0.79,"bullet":-0.3,"numbered":0.79,"nested":0,"indentLess":-0.125,"indentMore":0.063,"group":0.033,"headlineRun":-0.077,"listRun":-0.338,"linkList":-0.209,"numberedHeadlines":0.15,"widget":-0.649,"counter":-0.333,"separated":-0.158,"link":-1.083,"copyright":-0.587,"phrase":-1.364,"phraseShort":-0.607,"caption":-0.592,"table":0.933,"dateLike":-0.237,"lines":0.02,"repeated":-0.721,"afterComments":-0.882,"corpus":-0.652,"corpusShort":-0.501}},
  stage2: {"linear":{"bias":-1.377,"len20":-0.449,"len50":-0.051,"len100":-0.098,"len200":-0.221,"len400":-0.037,"stop":-0.019,"stopLong":0.946,"terminal":0.441,"sentences":0.72,"question":-0.314,"quote":0.284,"lower":0.364,"colon":0.499,"capitalised":-0.566,"shout":0.058,"digits":0.102,"symbols":-0.366,"bullet":0.241,"numbered":0.389,"nested":-0.081,"indentLess":-0.172,"indentMore":0.233,"group":0.088,"headlineRun":0.114,"listRun":0.081,"linkList":0.462,"numberedHeadlines":0.082,"widget":-0.293,"counter":-0.254,"separated":-0.048,"link":-0.233,"copyright":-0.095,"phrase":-0.614,"phraseShort":-0.472,"caption":-0.378,"table":0.142,"dateLike":-0.301,"lines":0.081,"repeated":-0.335,"afterComments":0.312,"corpus":-0.395,"corpusShort":-0.323,"p1":1.166,"prev":0.378,"next":0.783,"around":0.745,"inRegion":-0.032,"inMain":0.654,"beforeRegion":0.383,"afterRegion":-1.036,"regionDistance":-1.048,"aboveMax":0.246,"belowMax":0.303,"between":-0.142,"local":0.146,"shortInRegion":-0.046,"listInRegion":-0.622,"tableInRegion":-0.075,"headlineAfterRegion":0.408}},
};
