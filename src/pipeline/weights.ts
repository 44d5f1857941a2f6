// Default classifier parameters: two logistic regressions over the features of model.ts, fitted by `npm run fit`
// (scripts/fit/classifier.ts) on the dev set (883 pages) and the real set (91 pages as lynx, w3m and html2text
// dumps). Do not edit by hand: change the features or the fitter and run it again. Held out (5 folds split by
// site, weights and threshold chosen inside each fold): dev F 0.902 (R 0.908 P 0.896); real F1 lynx 0.890 (P 0.894
// R 0.887), w3m 0.878 (P 0.872 R 0.885), html2text 0.882 (P 0.867 R 0.897).
import type { Weights } from './weights-shape.js';

/** Keep threshold chosen with these weights: the best mean of the dev set's F and the real set's F1
 * among those that cut sentences in two in at most 12% of the dev set's bodies. */
export const FITTED_KEEP_THRESHOLD = 0.45;

export const DEFAULT_WEIGHTS: Weights = {
  stage1: {"linear":{"bias":0.271,"len20":-0.732,"len50":-0.147,"len100":-0.171,"len200":-0.656,"len400":-0.075,"stop":0.283,"stopLong":1.906,"terminal":0.71,"sentences":1.335,"question":-0.355,"quote":0.633,"lower":0.4,"colon":0.706,"capitalised":-1.222,"shout":-0.07,"digits":-0.033,"symbols":-0.777,"bullet":-0.28,"numbered":0.788,"nested":0.005,"indentLess":-0.13,"indentMore":0.082,"group":0.029,"headlineRun":-0.09,"listRun":-0.357,"linkList":-0.169,"numberedHeadlines":0.145,"widget":-0.66,"counter":-0.332,"separated":-0.167,"link":-1.069,"copyright":-0.587,"phrase":-1.365,"phraseShort":-0.647,"caption":-0.593,"table":1.01,"dateLike":-0.226,"lines":0.031,"repeated":-0.724,"afterComments":-0.888,"corpus":-0.654,"corpusShort":-0.503}},
  stage2: {"linear":{"bias":-1.379,"len20":-0.432,"len50":-0.069,"len100":-0.09,"len200":-0.217,"len400":-0.04,"stop":0.006,"stopLong":0.938,"terminal":0.445,"sentences":0.703,"question":-0.295,"quote":0.272,"lower":0.31,"colon":0.462,"capitalised":-0.589,"shout":0.059,"digits":0.097,"symbols":-0.369,"bullet":0.271,"numbered":0.376,"nested":-0.077,"indentLess":-0.158,"indentMore":0.204,"group":0.09,"headlineRun":0.122,"listRun":0.055,"linkList":0.503,"numberedHeadlines":0.073,"widget":-0.309,"counter":-0.25,"separated":-0.051,"link":-0.196,"copyright":-0.093,"phrase":-0.602,"phraseShort":-0.49,"caption":-0.381,"table":0.18,"dateLike":-0.287,"lines":0.085,"repeated":-0.335,"afterComments":0.327,"corpus":-0.398,"corpusShort":-0.325,"ownScore":1.164,"prev":0.382,"next":0.774,"around":0.756,"inRegion":-0.06,"inMain":0.74,"beforeRegion":0.341,"afterRegion":-1.081,"regionDistance":-1.018,"aboveMax":0.235,"belowMax":0.291,"between":-0.144,"local":0.144,"shortInRegion":-0.043,"listInRegion":-0.659,"tableInRegion":0.062,"headlineAfterRegion":0.382}},
};
