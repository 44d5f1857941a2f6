// Default classifier parameters: two logistic regressions over the features of model.ts, fitted by `npm run fit`
// (scripts/fit/classifier.ts) on the dev set (883 pages) and the real set (91 pages as lynx, w3m and html2text
// dumps). Do not edit by hand: change the features or the fitter and run it again. Held out (5 folds split by
// site, weights and threshold chosen inside each fold): dev F 0.897 (R 0.910 P 0.885); real F1 lynx 0.868 (P 0.855
// R 0.882), w3m 0.853 (P 0.835 R 0.871), html2text 0.842 (P 0.827 R 0.858).
import type { Weights } from './weights-shape.js';

/** Keep threshold chosen with these weights: the best mean of the dev set's F and the real set's F1. */
export const FITTED_KEEP_THRESHOLD = 0.45;

export const DEFAULT_WEIGHTS: Weights = {
  stage1: {"linear":{"bias":0.273,"len20":-0.74,"len50":-0.144,"len100":-0.185,"len200":-0.655,"len400":-0.075,"stop":0.279,"stopLong":1.903,"terminal":0.705,"sentences":1.333,"question":-0.366,"quote":0.637,"lower":0.423,"colon":0.712,"capitalised":-1.204,"shout":-0.072,"digits":-0.018,"symbols":-0.776,"bullet":-0.299,"numbered":0.791,"nested":0.002,"indentLess":-0.124,"indentMore":0.061,"group":0.036,"headlineRun":-0.077,"listRun":-0.341,"linkList":-0.209,"numberedHeadlines":0.151,"widget":-0.649,"counter":-0.334,"separated":-0.159,"link":-1.078,"copyright":-0.588,"phrase":-1.365,"phraseShort":-0.606,"caption":-0.593,"table":0.933,"dateLike":-0.24,"lines":0.025,"repeated":-0.723,"afterComments":-0.881,"corpus":-0.653,"corpusShort":-0.502}},
  stage2: {"linear":{"bias":-1.352,"len20":-0.448,"len50":-0.054,"len100":-0.101,"len200":-0.228,"len400":-0.041,"stop":-0.02,"stopLong":0.936,"terminal":0.448,"sentences":0.703,"question":-0.312,"quote":0.281,"lower":0.378,"colon":0.496,"capitalised":-0.562,"shout":0.058,"digits":0.098,"symbols":-0.354,"bullet":0.241,"numbered":0.393,"nested":-0.08,"indentLess":-0.174,"indentMore":0.236,"group":0.096,"headlineRun":0.118,"listRun":0.074,"linkList":0.454,"numberedHeadlines":0.081,"widget":-0.294,"counter":-0.253,"separated":-0.048,"link":-0.225,"copyright":-0.095,"phrase":-0.617,"phraseShort":-0.472,"caption":-0.38,"table":0.137,"dateLike":-0.302,"lines":0.089,"repeated":-0.339,"afterComments":0.31,"corpus":-0.396,"corpusShort":-0.324,"p1":1.161,"prev":0.378,"next":0.78,"around":0.743,"inRegion":-0.056,"inMain":0.691,"beforeRegion":0.353,"afterRegion":-1.044,"regionDistance":-1.054,"aboveMax":0.245,"belowMax":0.302,"between":-0.147,"local":0.131,"shortInRegion":-0.065,"listInRegion":-0.631,"tableInRegion":-0.051,"headlineAfterRegion":0.404}},
};
