// A synthetic news corpus for the scale benchmark: pages from page templates (sites with their own chrome:
// masthead, menus, link lists, share lines, cookie notices, footers) around article bodies made of generated
// sentences. Deterministic for a given seed; nothing here comes from real pages.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small, fast, seeded generator (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];

const NOUNS = 'council minister company union hospital school court police farmer teacher report budget plan bridge railway harbour market election committee museum river storm factory village airport festival league club agency study survey ministry mayor court tribunal orchestra library ferry station clinic'.split(' ');
const VERBS = 'approved rejected announced delayed criticised welcomed opened closed reviewed funded expanded questioned defended confirmed postponed'.split(' ');
const ADJS = 'new regional national local public private annual former rural coastal historic small large independent municipal'.split(' ');
const TIMES = 'on Monday|on Tuesday|on Wednesday|on Thursday|on Friday|last week|this morning|late on Sunday|earlier this month|after a long debate'.split('|');
const PLACES = 'Ardmore Keswick Tromsdal Vellinge Ostrava Lugano Tavira Mirandela Kilkenny Vaasa Lier Gdynia Tartu Zadar Brasov Trieste Cluj Aarhus Bergen Galway'.split(' ');
const CLAUSES = [
  'according to officials who asked not to be named',
  'in a statement released to reporters',
  'despite objections from residents and opposition members',
  'after months of negotiations with the regional authorities',
  'which had been expected for several years',
  'as part of a wider programme of investment',
  'while critics warned that the costs could rise further',
  'in a move that surprised many observers',
];

function sentence(r) {
  const n = () => pick(r, NOUNS);
  const parts = [
    `The ${pick(r, ADJS)} ${n()} in ${pick(r, PLACES)} ${pick(r, VERBS)} the ${n()} ${pick(r, TIMES)}`,
    r() < 0.6 ? `, ${pick(r, CLAUSES)}` : '',
    r() < 0.4 ? `, and the ${n()} said ${Math.floor(r() * 900) + 10} people would be affected` : '',
    '.',
  ];
  return parts.join('');
}

function paragraph(r) {
  const k = 2 + Math.floor(r() * 4);
  return Array.from({ length: k }, () => sentence(r)).join(' ');
}

/** Site templates: every page of a site repeats its chrome. */
export function makeSites(count, seed = 7) {
  const r = rng(seed);
  return Array.from({ length: count }, (_, s) => {
    const name = `${pick(r, ADJS)[0].toUpperCase()}${pick(r, ADJS).slice(1)} ${pick(r, ['Herald', 'Courier', 'Gazette', 'Post', 'Times', 'Ledger', 'Observer'])} ${s}`;
    const sections = Array.from({ length: 5 + Math.floor(r() * 4) }, () => pick(r, ['News', 'World', 'Business', 'Sport', 'Culture', 'Opinion', 'Science', 'Travel', 'Weather', 'Video', 'Local']));
    return {
      name,
      menu: sections.join(pick(r, [' | ', '  ', ' · ', ' / '])),
      login: pick(r, ['Sign in | Subscribe', 'Log in  Register', 'My account · Newsletter']),
      cookie: `We use cookies to improve your experience on ${name}. By continuing to browse you agree to our use of cookies.`,
      share: pick(r, ['Share on Facebook | Share on X | Email', 'Share this article', 'Facebook Twitter WhatsApp Email']),
      related: pick(r, ['Related stories', 'Most read', 'More from this section', 'You may also like']),
      footer: [`© ${2000 + s % 25} ${name}. All rights reserved.`, 'About us | Contact | Privacy policy | Terms of use | Advertise', `${name} is published by ${pick(r, ADJS)} media group and is a member of the press council.`],
      longPages: r() < 0.3,
    };
  });
}

/** Page `i` of the corpus: about 12.5 KB on average. */
export function makePage(i, sites, seed = 1) {
  const r = rng(seed * 1_000_003 + i);
  const site = sites[i % sites.length];
  const title = sentence(r).replace(/\.$/, '').slice(0, 90);
  const paras = (site.longPages ? 30 : 20) + Math.floor(r() * 12);
  const lines = [site.name, site.login, site.menu, '', site.cookie, '', pick(r, site.menu.split(/ [|·/] |  /)), '', title, ''];
  lines.push(`By ${pick(r, ['Anna', 'Marek', 'Lotte', 'Jonas', 'Ines', 'Pavel'])} ${pick(r, ['Keller', 'Novak', 'Berg', 'Costa', 'Lindqvist', 'Moreau'])}`, `${1 + Math.floor(r() * 28)} ${pick(r, ['March', 'June', 'October', 'December'])} 20${10 + Math.floor(r() * 15)}`, '');
  for (let p = 0; p < paras; p++) lines.push(paragraph(r), '');
  lines.push(site.share, '', site.related, '');
  for (let k = 0; k < 5; k++) lines.push(sentence(r).slice(0, 70).replace(/[ ,]+\S*$/, ''));
  lines.push('', ...site.footer, '');
  return lines.join('\n');
}

/** Write `pages` pages under `dir`, in folders of 1,000; returns the bytes written. */
export function writeCorpus(dir, pages, { sites = 200, seed = 1, from = 0 } = {}) {
  const templates = makeSites(sites);
  let bytes = 0;
  for (let i = from; i < from + pages; i++) {
    const sub = path.join(dir, `d${String(Math.floor(i / 1000)).padStart(4, '0')}`);
    if (i % 1000 === 0 || i === from) mkdirSync(sub, { recursive: true });
    const text = makePage(i, templates, seed);
    writeFileSync(path.join(sub, `p${String(i).padStart(7, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
