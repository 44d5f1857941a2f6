// Default classifier parameters: two logistic regressions over the features of model.ts, fitted by `npm run fit`
// (scripts/fit/classifier.ts) on the dev set (883 pages) and the real set (91 pages as lynx, w3m and html2text
// dumps). Do not edit by hand: change the features or the fitter and run it again. Held out (5 folds split by
// site, weights and threshold chosen inside each fold): dev F 0.898 (R 0.907 P 0.890); real F1 lynx 0.854 (P 0.850
// R 0.858), w3m 0.846 (P 0.826 R 0.867), html2text 0.836 (P 0.823 R 0.850).
import type { Weights } from './model.js';

/** Keep threshold chosen with these weights: the best mean of the dev set's F and the real set's F1. */
export const FITTED_KEEP_THRESHOLD = 0.5;

export const DEFAULT_WEIGHTS: Weights = {
  stage1: {"linear":{"bias":0.543,"len20":-0.812,"len50":-0.226,"len100":-0.105,"len200":-0.616,"len400":-0.076,"stop":0.411,"stopLong":1.781,"terminal":0.475,"sentences":1.282,"question":-0.361,"quote":0.655,"lower":0.598,"colon":0.539,"capitalised":-1.214,"shout":-0.121,"digits":0.108,"symbols":-0.965,"bullet":-0.346,"numbered":0.853,"nested":-0.081,"indentLess":-0.295,"indentMore":-0.078,"group":0.075,"headlineRun":-0.138,"listRun":-0.392,"linkList":-0.36,"numberedHeadlines":0.154,"widget":-0.666,"counter":-0.347,"separated":-0.161,"link":-1.09,"copyright":-0.605,"phrase":-1.426,"phraseShort":-0.614,"caption":-0.641,"table":0.682,"dateLike":-0.269,"lines":-0.11,"repeated":-0.783,"afterComments":-0.735,"corpus":-0.653,"corpusShort":-0.518}},
  stage2: {"linear":{"bias":-1.78,"len20":-0.434,"len50":0.025,"len100":-0.054,"len200":-0.16,"len400":-0.06,"stop":0.036,"stopLong":0.911,"terminal":0.394,"sentences":0.769,"question":-0.39,"quote":0.305,"lower":0.345,"colon":0.478,"capitalised":-0.462,"shout":0.062,"digits":0.231,"symbols":-0.485,"bullet":0.293,"numbered":0.514,"nested":-0.162,"indentLess":-0.156,"indentMore":0.133,"group":0.04,"headlineRun":0.122,"listRun":0.113,"linkList":0.435,"numberedHeadlines":0.076,"widget":-0.297,"counter":-0.277,"separated":-0.049,"link":-0.352,"copyright":-0.105,"phrase":-0.654,"phraseShort":-0.461,"caption":-0.385,"table":0.376,"dateLike":-0.324,"lines":0.138,"repeated":-0.313,"afterComments":0.261,"corpus":-0.392,"corpusShort":-0.33,"p1":1.222,"prev":0.405,"next":0.922,"around":0.789,"inRegion":0.214,"inMain":0.377,"beforeRegion":0.5,"afterRegion":-0.876,"regionDistance":-0.915,"aboveMax":0.227,"belowMax":0.334,"between":-0.087,"local":0.267,"shortInRegion":-0.148,"listInRegion":-0.588,"tableInRegion":-0.403,"headlineAfterRegion":0.458}},
};
