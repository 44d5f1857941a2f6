// Section from a breadcrumb trail in the header: `English>>Foreign Affairs`, `Home > World > Asia`,
// `Home » Business » Markets`, `News / Politics`, `当前位置：首页 > 新闻 > 国内`. Each part must read like a navigation
// label (a few words, no sentence punctuation), so an ordinary line with a ">" or "/" in it is not taken for one.
// A trail that ends with the headline itself (`Home > World > Typhoon forces evacuation of ...`) gives the labels
// before it. The parts are kept as printed, a leading "Home" included.
import type { ExtractContext } from './context.js';
import { consume, headerBlocks } from './context.js';
import { plainText } from './segments.js';
import { knownAgency } from './agencies.js';
import { findDate } from './date.js';
import { quotesWithGuillemets, WIDGET_VOCABULARY } from '../text/vocabulary.js';
import type { FieldOptions } from '../options.js';

const SEPARATOR = /\s*(?:>>|»|›|>|\/|→|‹‹)\s*/u;
/** "You are here:", "当前位置：": a label in front of the trail. */
const LOCATION_LABEL = /^(?:you are here|location|当前位置|您的位置|你的位置|所在位置|位置)\s*[:：]\s*/iu;
/** A last part that only says "this article" (Chinese sites end the trail with 正文, "main text"). */
const ARTICLE_LABEL = /^(?:正文|正文内容|内容|详情|文章)$/u;

export function parseBreadcrumb(line: string, o: FieldOptions): string[] | null {
  const parts = trail(line, o);
  if (parts && parts.length > 2 && ARTICLE_LABEL.test(parts[parts.length - 1])) parts.pop();
  return parts;
}

function trail(line: string, o: FieldOptions): string[] | null {
  const text = plainText(line).replace(LOCATION_LABEL, '');
  if (text.length > 200 || /[.!?;]$/.test(text) || quotesWithGuillemets(text)) return null;
  const slash = !/>>|»|›|>|→/.test(text);
  // a slash only separates when spaced ("News / Politics"); "and/or" or a URL is not a trail
  const parts = (slash ? text.split(/\s+\/\s+/) : text.split(SEPARATOR)).map((p) => p.trim());
  if (parts.length < 2 || parts.length > o.breadcrumbMaxParts) return null;
  const labels = parts.slice(0, -1);
  if (labels.some((p) => !isLabel(p, slash, o)) || BYLINE_START.test(parts[0])) return null;
  // "Signup / Login" is a pair of buttons
  if (parts.every((p) => p.toLowerCase().split(/\s+/).every((w) => WIDGET_VOCABULARY.has(w)))) return null;
  const last = parts[parts.length - 1];
  if (isLabel(last, slash, o)) return parts;
  return !slash && labels.length >= o.breadcrumbMinLabels && isHeadline(last) ? labels : null;
}

/** Every word capitalised, but for short joining words ("Crime & Legal", "Arts and Culture"). */
const TITLE_CASE = /^[\p{Lu}\p{Lo}\d][\p{L}\d'’-]*(?:\s+(?:[\p{Lu}\p{Lo}\d][\p{L}\d'’-]*|&|and|of|the|und|de|et|y))*$/u;
/** A byline ("Por Laura Jordán / Javier Urbina") is not a trail. */
const BYLINE_START = /^(?:by|von|par|por|di|door)\s/iu;
/** A photo credit has the same shape as a trail ("Noah Berger / AP", "Kevin Voigt/GettyImages"). */
const PHOTO_CREDIT = /getty|shutterstock|imago|istock|alamy|unsplash|\b(?:photo|foto|bild|picture|credit)s?\b/iu;

/** `slash`: parts split at " / ", the form photo credits share ("Noah Berger / AP"). */
function isLabel(part: string, slash: boolean, o: FieldOptions): boolean {
  if (part === '' || /[.!?:;,|()[\]{}"“”<>/]/.test(part)) return false;
  // a date ("29 / Dezember / 2022") is not a section, nor is a photo credit
  if (/^\d{1,2}$/.test(part) || findDate(part, o)) return false;
  // a slash also parts names in a headline ("Apple / Google deal probed"): there, labels are in title case
  if (slash && (knownAgency(part) || PHOTO_CREDIT.test(part) || !TITLE_CASE.test(part))) return false;
  const n = part.split(/\s+/).length;
  return n <= o.breadcrumbMaxPartWords && /^\p{Lu}|^\p{Lo}|^\d/u.test(part);
}

function isHeadline(part: string): boolean {
  return part.length <= 150 && /^[\p{Lu}\p{Lo}\d"“‘']/u.test(part) && !/[.;]$/.test(part);
}

export function extractSection(ctx: ExtractContext): string[] {
  for (const block of headerBlocks(ctx, 30)) {
    if (block.kind !== 'text') continue;
    const parts = parseBreadcrumb(block.text, ctx.doc.options.fields);
    if (parts) {
      consume(block, 'section', `breadcrumb ${parts.join(' > ')}`);
      return parts;
    }
  }
  return [];
}
