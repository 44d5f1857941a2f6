// What HTML tells about a block beyond its text. A text dump loses the markup; an HTML page says outright which
// lines are navigation (<nav>), side boxes (<aside>), forms, the site's own header and footer, which containers the
// site named "related", "share" or "comments", and how much of a block is link text. decide.ts weighs this
// evidence with the text classifier's reading.

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
  /** Inside the element the article's prose votes for (content-root.ts). */
  inRoot: boolean;
  /** The number of the <pre> listing the line belongs to (in page order), else null: a listing's lines make one
   * paragraph of the body, and repeat within it as code does. */
  listing: number | null;
  /** Visible characters of the block's container element: a paragraph split into lines by <br> is still long. */
  containerChars: number;
}

/** Words in class and id names that mark page furniture. Matched against whole name parts, never substrings. */
const FURNITURE_WORDS = new Set([
  'related', 'share', 'sharing', 'social', 'comment', 'comments', 'disqus', 'promo', 'promoted', 'cookie',
  'cookies', 'consent', 'gdpr', 'newsletter', 'subscribe', 'signup', 'ad', 'ads', 'advert', 'adverts',
  'advertisement', 'advertising', 'sponsor', 'sponsored', 'sidebar', 'widget', 'widgets', 'popular', 'trending',
  'recommended', 'recommendations', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs', 'menu', 'navbar', 'nav',
  'navigation', 'toolbar', 'pagination', 'pager', 'tags', 'masthead', 'mostread',
  // the same boxes named in Spanish, Portuguese, French, Italian, German and Dutch
  'relacionadas', 'relacionados', 'relacionado', 'compartir', 'compartilhar', 'comentarios', 'publicidad',
  'commentaires', 'partager', 'correlati', 'commenti', 'condividi', 'kommentare', 'werbung', 'reacties',
]);

/** A furniture word run together with what the box holds, as one class name: `relatedposts`, `sharebar`,
 * `commentlist` (WordPress plugins and many themes write them so). */
const RUN_TOGETHER = new RegExp(
  `^(related|share|social|comment|comments|promo|newsletter|sidebar|popular|trending|recommended|sponsored|ad|ads)` +
    '(?:posts?|articles?|stories|story|links?|items?|box|bar|list|widget|block|area|wrap|wrapper|container|buttons?|icons?|module)$',
);

/** Class names that mark the article text itself: a furniture word further out does not apply inside them. */
const CONTENT_NAME = /^(?:article|story|post|entry|news|main)[-_]?(?:body|text|content)$|^articlebody$|^storytext$/i;

/** Class/id names split into lower-case parts: `related-stories`, `shareBar`, `ad_slot_2` -> related, share, ad. */
export function nameParts(name: string): string[] {
  let parts = PARTS_SEEN.get(name);
  if (parts === undefined) {
    parts = name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean);
    // a site repeats a few hundred class names on every page and across its pages: split each once
    if (PARTS_SEEN.size >= MAX_PARTS_SEEN) PARTS_SEEN.clear();
    PARTS_SEEN.set(name, parts);
  }
  return parts;
}

const PARTS_SEEN = new Map<string, string[]>();
const MAX_PARTS_SEEN = 20000;

/** The first furniture word in the element's class or id, or null. */
export function furnitureHint(classAttr: string | null, idAttr: string | null): { word: string; name: string } | null {
  for (const name of [...(classAttr ?? '').split(/\s+/), idAttr ?? '']) {
    if (!name) continue;
    for (const part of nameParts(name)) {
      if (FURNITURE_WORDS.has(part)) return { word: part, name };
      const run = RUN_TOGETHER.exec(part);
      if (run) return { word: run[1], name };
    }
  }
  return null;
}

export function isContentName(classAttr: string | null, idAttr: string | null): boolean {
  return [...(classAttr ?? '').split(/\s+/), idAttr ?? ''].some((n) => n !== '' && CONTENT_NAME.test(n));
}
