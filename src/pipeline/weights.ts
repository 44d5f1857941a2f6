// Default classifier parameters: two logistic regressions over the features of model.ts, fitted by `npm run fit`
// (scripts/fit/classifier.ts) on the dev set (883 pages) and the real set (91 pages as lynx, w3m and html2text
// dumps). Do not edit by hand: change the features or the fitter and run it again. Held out (5 folds split by
// site, weights and threshold chosen inside each fold): dev F 0.897 (R 0.903 P 0.890); real F1 lynx 0.859 (P 0.856
// R 0.862), w3m 0.850 (P 0.829 R 0.872), html2text 0.840 (P 0.825 R 0.856).
import type { Weights } from './model.js';

/** Keep threshold chosen with these weights: the best mean of the dev set's F and the real set's F1. */
export const FITTED_KEEP_THRESHOLD = 0.5;

export const DEFAULT_WEIGHTS: Weights = {
  stage1: {"linear":{"bias":0.471,"len20":-0.744,"len50":-0.143,"len100":-0.058,"len200":-0.597,"len400":-0.083,"stop":0.455,"stopLong":1.823,"terminal":0.476,"sentences":1.319,"question":-0.402,"quote":0.647,"lower":0.545,"colon":0.567,"capitalised":-1.234,"shout":-0.105,"digits":-0.091,"symbols":-0.964,"bullet":-0.321,"numbered":0.828,"nested":-0.099,"indentLess":-0.267,"indentMore":0.028,"group":0.053,"headlineRun":-0.157,"listRun":-0.37,"linkList":-0.333,"numberedHeadlines":0.165,"widget":-0.655,"counter":-0.336,"separated":-0.167,"link":-1.159,"copyright":-0.604,"phrase":-1.415,"phraseShort":-0.62,"caption":-0.623,"table":0.716,"dateLike":-0.245,"lines":-0.061,"repeated":-0.772,"afterComments":-0.769,"corpus":-0.643,"corpusShort":-0.514}},
  stage2: {"linear":{"bias":-1.734,"len20":-0.418,"len50":0.041,"len100":-0.028,"len200":-0.143,"len400":-0.054,"stop":0.035,"stopLong":0.938,"terminal":0.406,"sentences":0.772,"question":-0.392,"quote":0.3,"lower":0.333,"colon":0.489,"capitalised":-0.481,"shout":0.067,"digits":0.125,"symbols":-0.481,"bullet":0.298,"numbered":0.504,"nested":-0.169,"indentLess":-0.148,"indentMore":0.147,"group":0.053,"headlineRun":0.136,"listRun":0.107,"linkList":0.449,"numberedHeadlines":0.084,"widget":-0.292,"counter":-0.267,"separated":-0.051,"link":-0.365,"copyright":-0.105,"phrase":-0.646,"phraseShort":-0.446,"caption":-0.376,"table":0.38,"dateLike":-0.32,"lines":0.144,"repeated":-0.299,"afterComments":0.296,"corpus":-0.392,"corpusShort":-0.332,"p1":1.232,"prev":0.404,"next":0.931,"around":0.756,"inRegion":0.171,"inMain":0.398,"beforeRegion":0.491,"afterRegion":-0.889,"regionDistance":-0.954,"aboveMax":0.185,"belowMax":0.305,"between":-0.076,"local":0.273,"shortInRegion":-0.104,"listInRegion":-0.602,"tableInRegion":-0.38,"headlineAfterRegion":0.434}},
};
