// The news agency credited: a source credit in the header or after the article (`(Xinhua)`, `Source: Xinhua`,
// `来源：新华网`, `(China Daily)`, a bare `Reuters`, `-- AFP`), also as one part of a line of fields (`By Zhang Yue |
// China Daily | Updated: ...`), or a story that opens with `(Reuters) -`; else the agency of the dateline, else one
// named in the byline.
import type { ExtractContext } from './context.js';
import { consumeIfFieldLine, headerBlocks, isFieldLine, leadBlocks, tailBlocks } from './context.js';
import { findDate, type DateOptions } from './date.js';
import { isWireAgency, knownAgency } from './agencies.js';
import { segments, WEB_ADDRESS } from './segments.js';

const PARENTHESISED = /^[(（]\s*([^()（）]{2,40}?)\s*[)）]$/u;
/** Square brackets hold renderer residue (`[BUTTON]`, `[logo.png]`); only a known agency counts in them. */
const BRACKETED = /^\[\s*([^[\]]{2,40}?)\s*\]$/u;
const SOURCE_LABEL = /^(?:sources?|quelle|fuente|fonte|źródło|источник|(?:本文)?来源|出处|稿源)\s*[:：]\s*(.{2,60}?)\.?$/iu;
/** An outlet's name: a few capitalised words, one of which names a kind of outlet ("China Daily", "People's Daily
 * Online", "Global Dispatch"); a capitalised word alone in brackets is more often a button or a caption. */
const OUTLET = /^\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|of|the|de|du|des|für)){0,4}$/u;
const OUTLET_WORD =
  /\b(?:daily|times|news|post|press|herald|online|journal|tribune|gazette|agency|network|tv|radio|review|telegraph|observer|chronicle|weekly|wire|service|media|dispatch|today|courier|star|mail|express|standard|magazine|bulletin|broadcasting|channel|digest|monitor|mirror|record|report|zeitung|nachrichten|presse|rundschau|tageblatt|diario|noticias|giornale|gazeta|wiadomości)\b/iu;
/** An outlet's name in Chinese, Japanese or Korean: a short run without spaces or sentence marks ("新华网"). */
const CJK_OUTLET = /^(?=.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}A-Za-z0-9·・\-－—–]{2,20}$/u;
/** A Chinese outlet printed bare next to the date ("2019年03月04日 15:42 新京报"): a name ending like a paper's,
 * a site's, an agency's or a station's. */
const CJK_OUTLET_SUFFIX = /(?:报|网|社|台|周刊|客户端)$/u;
/** A credit is a short line; longer parts are prose. */
const MAX_CREDIT = 70;
/** A credit may be set off by a dash or slash: "-- AFP", "— Reuters", "/Xinhua". */
const LEAD_MARK = /^[-–—/\s]+/u;
/** A story that opens with the agency alone: "(Reuters) - World stock markets ...". */
const OPENING_CREDIT = /^[([]([^()[\]]{2,40})[)\]]\s*(?:--|—|–|-)\s/u;

/** The outlet a credit names, as written: a known agency, or a name that reads like an outlet's. */
export function outletName(name: string): string | null {
  const n = name.trim();
  return knownAgency(n) ?? ((OUTLET.test(n) && OUTLET_WORD.test(n)) || CJK_OUTLET.test(n) ? n : null);
}

export function parseCreditLine(text: string): string | null {
  const t = text.trim().replace(LEAD_MARK, '');
  if (t.length > MAX_CREDIT) return null;
  let m = PARENTHESISED.exec(t);
  // "(Xinhua)", "(Source: Xinhua)"
  if (m) return SOURCE_LABEL.test(m[1]) ? parseCreditLine(m[1]) : outletName(m[1]);
  m = BRACKETED.exec(t);
  if (m) return knownAgency(m[1]);
  m = SOURCE_LABEL.exec(t);
  if (m) return outletName(m[1]);
  return knownAgency(t);
}

/** An outlet named without a label in a line of fields: a web address beside other fields, or a Chinese outlet
 * beside the date. */
function unlabelledOutlet(part: string, parts: string[], o: DateOptions): string | null {
  if (parts.length >= 2 && WEB_ADDRESS.test(part)) return part;
  const date = findDate(part, o);
  if (!date) return null;
  const rest = (part.slice(0, date.start) + ' ' + part.slice(date.end)).trim();
  return CJK_OUTLET.test(rest) && CJK_OUTLET_SUFFIX.test(rest) ? rest : null;
}

export function extractAgencyLine(ctx: ExtractContext): string | null {
  for (const block of [...headerBlocks(ctx, 8), ...tailBlocks(ctx, 4)]) {
    if (block.features.residue) continue;
    const parts = segments(block.text);
    for (const part of parts) {
      const agency = parseCreditLine(part);
      if (!agency) continue;
      consumeIfFieldLine(ctx, block, 'agency', `source credit: ${agency}`);
      return agency;
    }
  }
  // only in the article header: elsewhere a web address or a name after a date is as likely a headline list's
  for (const block of headerBlocks(ctx, 4)) {
    const parts = segments(block.text);
    const found = isFieldLine(ctx, block) ? parts.map((p) => unlabelledOutlet(p, parts, ctx.doc.options.fields)).find((a) => a !== null) : null;
    if (found) return found;
  }
  const lead = leadBlocks(ctx, 1)[0];
  const opening = lead ? OPENING_CREDIT.exec(lead.text) : null;
  return opening ? knownAgency(opening[1]) : null;
}

/** A copyright line: the site's own name follows the sign or the word. */
const COPYRIGHT = /©|\(c\)|\bcopyright\b|版权所有/iu;
/** A web address's ending, which a site's name in a credit may carry ("chinadaily.com.cn"). */
const DOMAIN_END = /(?:\.(?:com|net|org|co|gov|edu))?(?:\.[a-z]{2})?$/u;

/** A name folded for comparison: lower case, letters and digits only, without a web address's ending. */
function folded(name: string): string {
  return name.toLowerCase().replace(DOMAIN_END, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a credited outlet is the page's own: not a wire agency, and named in the page's masthead (its first
 * blocks) or in a copyright line. A wire agency's name on its own site is still its credit. */
export function isOwnOutlet(ctx: ExtractContext, outlet: string): boolean {
  const o = ctx.doc.options.fields;
  if (isWireAgency(outlet)) return false;
  const name = folded(outlet);
  if (name.length < 3) return false;
  const top = ctx.blocks.slice(0, o.mastheadBlocks);
  const copyright = ctx.blocks.filter((b) => b.text.length <= o.maxCopyrightLine && COPYRIGHT.test(b.text));
  return [...top, ...copyright].some((b) => folded(b.text.slice(0, o.maxCopyrightLine)).includes(name));
}

