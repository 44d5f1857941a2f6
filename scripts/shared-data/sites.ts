// Which site a page of the shared data comes from, and the cross-validation fold its site falls in. Everything
// fitted or tuned on the shared pages is chosen inside folds split by site, never by page: pages of one site share
// a template, and a fold that trains on a site's pages and tests on another of its pages measures memory, not
// extraction. The same site gets the same fold in every set (a site in both the dev set and the real set).

/** Second-level labels under a country code that are not a site's own name (`co.uk`, `com.br`, `gob.mx`). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'gob', 'edu', 'ac', 'or', 'ne', 'go', 'nic', 'mil']);
const GENERIC_TLD = new Set(['com', 'net', 'org', 'info', 'edu', 'gov', 'biz', 'int', 'mil']);

function isTopLevel(label: string): boolean {
  return GENERIC_TLD.has(label) || /^[a-z]{2}$/.test(label);
}

/** The site's own label of a host name: `www1.folha.uol.com.br` -> `uol`, `en.wikipedia.org` -> `wikipedia`. */
export function siteOfHost(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length === 0) return '';
  let end = labels.length - 1;
  // the last label is the top-level domain, whatever it is (.tech, .news)
  if (end > 0) end--;
  if (end > 0 && end === labels.length - 2 && labels[end + 1].length === 2 && SECOND_LEVEL.has(labels[end])) end--;
  return labels[end];
}

/** The host of a URL, looking through web-archive copies (`web.archive.org/web/<time>/<url>`). */
export function hostOfUrl(url: string): string | null {
  const archived = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(.*)$/i.exec(url);
  const inner = archived ? archived[1] : url;
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:]+)/i.exec(inner);
  return m && m[1].includes('.') ? m[1] : null;
}

/**
 * The host a page name starts with, for names made from a host (`nationnews.com-schools`,
 * `energiehoch3.de.lexikon.energieversorgung`): its labels up to the first top-level one and any that follow it.
 */
export function hostOfName(name: string): string | null {
  const labels = name.toLowerCase().split(/[-_]/)[0].split('.');
  const first = labels.findIndex((l, i) => i > 0 && isTopLevel(l));
  if (first < 0) return null;
  let end = first;
  while (end + 1 < labels.length && isTopLevel(labels[end + 1])) end++;
  return labels.slice(0, end + 1).join('.');
}

/** The site of a page known by a URL (when there is one) and a name. */
export function siteOf(url: string | null | undefined, name: string): string {
  const host = (url && hostOfUrl(url)) || hostOfName(name);
  if (host) return siteOfHost(host);
  // a name like `webmd-2`: numbered pages of one site
  return name.toLowerCase().replace(/[-_]\d+$/, '');
}

/** The fold of a site among `folds`, from a hash of its name (FNV-1a): stable, and the same in every set. */
export function foldOf(site: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < site.length; i++) h = Math.imul(h ^ site.charCodeAt(i), 0x01000193);
  return (h >>> 0) % folds;
}
