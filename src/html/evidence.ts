// What HTML tells about a block beyond its text, and how that becomes a decision. A text dump loses the markup;
// an HTML page says outright which lines are navigation (<nav>), side boxes (<aside>), forms, the site's own
// header and footer, which containers the site named "related", "share" or "comments", and how much of a block
// is link text. These are strong signals, so a block they mark is removed before the main-content search, under
// its own rule id (`chrome:html-*`), so reports and statistics show that markup, not wording, decided it.
import type { Doc } from '../pipeline/doc.js';
import { remove } from '../pipeline/doc.js';

/** Page regions that hold no article text: ARIA landmarks and the HTML elements that imply them. */
export type Landmark = 'nav' | 'aside' | 'form' | 'header' | 'footer';

export interface HtmlEvidence {
  /** Innermost block-level element the text sits in (`p`, `h2`, `li`, `td`, `div`, ...). */
  tag: string;
  /** Share of the block's visible characters that are link text. */
  linkDensity: number;
  /** Nearest landmark around the block; header and footer only when they belong to the page, not to an article. */
  landmark: Landmark | null;
  /** Class or id of the nearest container that names page furniture ("related-stories"), and the word matched. */
  hint: { word: string; name: string } | null;
  /** Inside <article>, <main>, role=main or itemprop=articleBody. */
  inArticle: boolean;
}

/** Words in class and id names that mark page furniture. Matched against whole name parts, never substrings. */
const FURNITURE_WORDS = new Set([
  'related', 'share', 'sharing', 'social', 'comment', 'comments', 'disqus', 'promo', 'promoted', 'cookie',
  'cookies', 'consent', 'gdpr', 'newsletter', 'subscribe', 'signup', 'ad', 'ads', 'advert', 'adverts',
  'advertisement', 'advertising', 'sponsor', 'sponsored', 'sidebar', 'widget', 'widgets', 'popular', 'trending',
  'recommended', 'recommendations', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs', 'menu', 'navbar', 'nav',
  'navigation', 'toolbar', 'pagination', 'pager', 'tags', 'masthead', 'mostread',
]);

/** Class names that mark the article text itself: a furniture word further out does not apply inside them. */
const CONTENT_NAME = /^(?:article|story|post|entry|news|main)[-_]?(?:body|text|content)$|^articlebody$|^storytext$/i;

/** Class/id names split into lower-case parts: `related-stories`, `shareBar`, `ad_slot_2` -> related, share, ad. */
export function nameParts(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** The first furniture word in the element's class or id, or null. */
export function furnitureHint(classAttr: string | null, idAttr: string | null): { word: string; name: string } | null {
  for (const name of [...(classAttr ?? '').split(/\s+/), idAttr ?? '']) {
    if (!name) continue;
    for (const part of nameParts(name)) if (FURNITURE_WORDS.has(part)) return { word: part, name };
  }
  return null;
}

export function isContentName(classAttr: string | null, idAttr: string | null): boolean {
  return [...(classAttr ?? '').split(/\s+/), idAttr ?? ''].some((n) => n !== '' && CONTENT_NAME.test(n));
}

const LANDMARK_REASON: Record<Landmark, string> = {
  nav: 'inside <nav>: site navigation',
  aside: 'inside <aside>: a box beside the article',
  form: 'inside a <form>: search, login or sign-up',
  header: "inside the page's <header>, outside the article",
  footer: "inside the page's <footer>, outside the article",
};

/**
 * Turn the HTML evidence of each block into a decision: landmarks and furniture class names are page chrome, and
 * so are link-dense blocks. Runs after the text classifier and before the main-content search. Markup is the
 * more precise reason, so a landmark or class name replaces the classifier's rule on a block it also removed;
 * link density only decides blocks the classifier kept. Field extractors may still read these blocks (a
 * breadcrumb in a removed header still gives the section).
 */
export function applyHtmlEvidence(doc: Doc): void {
  const maxDensity = doc.options.htmlLinkDensity;
  for (const block of doc.blocks) {
    const html = block.html;
    if (!html) continue;
    if (html.landmark) {
      block.cls = 'bad';
      remove(block, `chrome:html-${html.landmark}`, LANDMARK_REASON[html.landmark]);
    } else if (html.hint) {
      block.cls = 'bad';
      remove(block, 'chrome:html-hint', `inside a container named "${html.hint.name}" (${html.hint.word})`);
    } else if (block.decision.keep && html.linkDensity >= maxDensity && block.features.words > 0) {
      block.cls = 'bad';
      remove(block, 'chrome:html-link-dense', `${Math.round(html.linkDensity * 100)}% of the text is link text`);
    }
  }
}
