// One colour per removal rule, the same in the chart, the legend and the struck-through blocks, and the same in
// every report: a rule's colour comes from its name alone, so `chrome:widget` looks the same whatever else a corpus
// holds and whichever rule removed most. The rules the cleaner has are spread around the colour wheel by the
// golden angle, in the order listed, with two lightnesses in turn, so that no two of them look alike; a rule not
// listed (a new one) takes a hue from a hash of its name. All are dark enough for the white text of a rule's badge,
// and the rule's name is written on each removed block and in the legend. Rules are listed by how many blocks they
// removed (ties by name).
import { hash2 } from '../corpus/hash.js';

const KNOWN_RULES = [
  'chrome:link-list', 'field:title', 'chrome:widget', 'field:published', 'chrome:outside-main', 'field:byline',
  'chrome:template', 'dup:paragraph', 'chrome:boilerplate', 'field:section', 'chrome:residue', 'field:editors',
  'chrome:numbered-list', 'dup:near-paragraph', 'chrome:caption', 'field:dateline', 'chrome:orphan-heading',
  'field:agency', 'chrome:html-nav', 'chrome:html-aside', 'chrome:html-footer', 'chrome:html-header',
  'chrome:html-form', 'chrome:html-hint', 'chrome:html-link-dense', 'chrome:html-model', 'chrome:html-outside-article',
];
const GOLDEN_ANGLE = 137.508;

export function ruleColours(removed: Record<string, number>): Map<string, string> {
  const ranked = Object.entries(removed).sort(([ra, a], [rb, b]) => b - a || (ra < rb ? -1 : ra > rb ? 1 : 0));
  return new Map(ranked.map(([rule]) => [rule, ruleColour(rule)]));
}

export function ruleColour(rule: string): string {
  const i = KNOWN_RULES.indexOf(rule);
  if (i < 0) return `hsl(${(hash2(rule).h1 >>> 0) % 360}, 60%, 34%)`;
  return `hsl(${Math.round((i * GOLDEN_ANGLE) % 360)}, 65%, ${i % 2 === 0 ? 28 : 37}%)`;
}
