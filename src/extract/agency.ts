// The news agency credited: a source line in the header or after the article (`(Xinhua)`, `Source: Xinhua`,
// `(China Daily)`, a bare `Reuters`), else the agency of the dateline, else one named in the byline.
import type { ExtractContext } from './context.js';
import { consume, headerBlocks, tailBlocks } from './context.js';
import { knownAgency } from './agencies.js';

const PARENTHESISED = /^[([]\s*([^()[\]]{2,40}?)\s*[)\]]$/u;
const SOURCE_LABEL = /^(?:source|sources|quelle|fuente|fonte|source\s*:\s*|źródło|источник|来源|出处)\s*[:：]\s*(.{2,60}?)\.?$/iu;
/** An outlet name in a credit line: a few capitalised words ("China Daily", "Xinhua"). */
const OUTLET = /^\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|of|the|de|du|des|für))*$/u;

/** A credit line is short; longer text is not one (and the patterns below need short input to stay fast). */
const MAX_CREDIT_CHARS = 80;

export function parseCreditLine(text: string): string | null {
  const t = text.trim();
  if (t.length > MAX_CREDIT_CHARS) return null;
  let m = PARENTHESISED.exec(t);
  if (m) return knownAgency(m[1]) ?? (OUTLET.test(m[1]) && m[1].split(/\s+/).length <= 4 ? m[1] : null);
  m = SOURCE_LABEL.exec(t);
  if (m) return knownAgency(m[1]) ?? (OUTLET.test(m[1]) ? m[1] : null);
  return knownAgency(t);
}

export function extractAgencyLine(ctx: ExtractContext): string | null {
  for (const block of [...headerBlocks(ctx, 8), ...tailBlocks(ctx, 4)]) {
    if (block.features.chars > 70) continue;
    const agency = parseCreditLine(block.text);
    if (agency) {
      consume(block, 'agency', `source credit: ${agency}`);
      return agency;
    }
  }
  return null;
}
