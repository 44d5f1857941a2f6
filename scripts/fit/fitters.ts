// Every fitter `npm run fit` runs, in this order.
import type { Fitter } from './fitter.js';
import { classifierFitter } from './classifier.js';
import { fieldsFitter } from './fields.js';
import htmlFitter from './html.js';

export const FITTERS: Fitter[] = [classifierFitter, fieldsFitter, htmlFitter];
