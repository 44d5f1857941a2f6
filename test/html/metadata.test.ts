// What a page says about itself: JSON-LD, meta tags, <title> and <h1>; and how it joins the text's fields.
import { parseHtml } from '../../src/html/dom.js';
import { isoDateTime as isoDateTimeWith, readMetadata as readMetadataWith } from '../../src/html/metadata.js';
import type { Document } from '../../src/html/dom.js';
import { resolveOptions } from '../../src/options.js';
import { cleanDocument } from '../../src/index.js';

const readMetadata = (doc: Document) => readMetadataWith(doc, resolveOptions());
const isoDateTime = (value: string) => isoDateTimeWith(value, resolveOptions().fields);
const head = (inner: string) => parseHtml(`<!doctype html><html><head>${inner}</head><body></body></html>`);
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('readMetadata', () => {
  it('reads headline, people and publication time from a JSON-LD article, also inside @graph', () => {
    const meta = readMetadata(
      head(
        ld({
          '@graph': [
            { '@type': 'WebPage', name: 'Page' },
            {
              '@type': ['NewsArticle'],
              headline: 'Floods &amp; landslides hit the valley',
              datePublished: '2020-08-01T16:30:00Z',
              author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Organization', name: 'Reuters' }, 'Li Wei'],
            },
          ],
        }),
      ),
    );
    expect(meta.explicit).toEqual({ title: 'Floods & landslides hit the valley', authors: ['Ana Ruiz', 'Li Wei'], published: '2020-08-01T16:30Z' });
    expect(meta.fallback.agency).toBe('Reuters');
  });

  it('skips broken JSON-LD and reads meta tags and <title> without the site name', () => {
    const doc = parseHtml(
      '<html><head><script type="application/ld+json">{broken</script><title>Bridge reopens after repairs | City Post</title>' +
        '<meta property="og:site_name" content="City Post"><meta name="author" content="Sam Hill">' +
        '<meta property="article:published_time" content="2019-02-03T09:15:00-05:00"></head><body></body></html>',
    );
    const meta = readMetadata(doc);
    expect(meta.explicit).toEqual({ title: 'Bridge reopens after repairs', authors: ['Sam Hill'], published: '2019-02-03T09:15-05:00' });
  });

  it('takes the JSON-LD name for the title when only the name matches the <title>', () => {
    const doc = parseHtml(
      `<html><head><title>Harbour Bridge - Citypedia</title>${ld({ '@type': 'Article', name: 'Harbour Bridge', headline: 'steel arch bridge across the harbour' })}</head><body></body></html>`,
    );
    expect(readMetadata(doc).explicit.title).toBe('Harbour Bridge');
  });

  it('takes the printed <h1> when the og:title is that headline with a series or site after it', () => {
    const page = (h1: string) =>
      parseHtml(`<html><head><meta property="og:title" content="Chapter Nine: The Long Walk Home - Tales of the Marsh"></head><body><h1>${h1}</h1></body></html>`);
    expect(readMetadata(page('Chapter Nine: The Long Walk Home')).explicit.title).toBe('Chapter Nine: The Long Walk Home');
    expect(readMetadata(page('Tales of the Marsh')).explicit.title).toBe('Chapter Nine: The Long Walk Home - Tales of the Marsh');
  });

  it('takes the printed <h1> when the JSON-LD headline is that headline with its writer and site after it', () => {
    const page = (h1: string) =>
      parseHtml(
        `<html><head><title>Why the ferry timetable changed</title>${ld({ '@type': 'NewsArticle', headline: 'Why the ferry timetable changed - Maria Olsen - Harbour Post' })}</head><body><h1>${h1}</h1></body></html>`,
      );
    expect(readMetadata(page('Why the ferry timetable changed')).explicit.title).toBe('Why the ferry timetable changed');
    // an <h1> that is only the start of a word of the headline is no printed headline
    expect(readMetadata(page('Why the ferry timetable chan')).explicit.title).toBe('Why the ferry timetable changed - Maria Olsen - Harbour Post');
  });

  it('reads en and em dashes in the <title> as separators: a short part before one is no headline', () => {
    const title = (t: string) => readMetadata(parseHtml(`<html><head><title>${t}</title></head><body><h1>Something else</h1></body></html>`)).explicit.title;
    expect(title('Heat pumps: A guide for owners of old houses — Home Energy Weekly')).toBe('Heat pumps: A guide for owners of old houses');
    expect(title('Tide: Moon and Water — a handbook for sailors')).toBe('Tide: Moon and Water — a handbook for sailors');
  });

  it('reads the byline the markup marks: names linked from it, not its buttons, and no name twice', () => {
    const byline = (inner: string) => readMetadata(parseHtml(`<html><body><h1>Bridge reopens</h1><div class="article-byline">${inner}</div><p>Text.</p></body></html>`)).explicit.authors;
    expect(byline('By <a href="/a/ann">Ann Lee</a> and <a href="/a/bo">Bo Kim</a> <button>Follow</button>')).toEqual(['Ann Lee', 'Bo Kim']);
    expect(byline('<a href="/a/ann">Ann Lee</a><a href="/p">Profile</a><a href="/f">Follow</a>')).toEqual(['Ann Lee']);
    expect(byline('(Ann Lee, Bo Kim et Cy Park)')).toEqual(['Ann Lee', 'Bo Kim', 'Cy Park']);
    const ldTwice = readMetadata(parseHtml(`<html><head>${ld({ '@type': 'NewsArticle', author: [{ name: 'Ann Lee' }, { name: 'ann  lee' }, { name: 'City Post' }] })}<meta property="og:site_name" content="City Post"></head></html>`));
    expect(ldTwice.explicit.authors).toEqual(['Ann Lee']);
  });

  it("takes the article's byline over bylines in boxes beside it, and co-authors named after the linked one", () => {
    const page = (head: string, body: string) => readMetadata(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`)).explicit.authors;
    const trending = '<div class="trending-box"><ul><li><a href="/s/1">Other story</a><span class="byline">By Rae Dunn</span></li></ul></div>';
    expect(page('', `${trending}<h1>Bridge reopens</h1><p class="byline">By Tom Grey</p><p>Text.</p>`)).toEqual(['Tom Grey']);
    // with nothing marked in the article, a box's byline is all there is
    expect(page('', `${trending}<h1>Bridge reopens</h1><p>Text.</p>`)).toEqual(['Rae Dunn']);
    // the meta author picks the byline that names them: not a column's name, not a card with its buttons
    const column = '<div class="byline-column"><a href="/column/deals">Deal Notes</a></div><p class="byline">By TOM GREY</p>';
    expect(page('<meta name="author" content="Tom Grey">', `<h1>Bridge reopens</h1>${column}<p>Text.</p>`)).toEqual(['Tom Grey']);
    const card = '<div class="author-card"><h4>Tom Grey</h4><a href="/p">Profile</a> <a href="/f">Follow</a></div>';
    expect(page('<meta name="author" content="Tom Grey">', `${card}<span class="author"><a href="/tom">Tom Grey</a></span>`)).toEqual(['Tom Grey']);
    expect(page('', '<span class="author"><a href="/ann">Ann Lee</a> (avec Bo Kim et Cy Park)</span>')).toEqual(['Ann Lee', 'Bo Kim', 'Cy Park']);
    expect(page('<meta name="author" content="Ann Lee (https://example.org/ann/)">', '<p>Text.</p>')).toEqual(['Ann Lee']);
  });

  it('reads JSON-LD wrapped in a CDATA section', () => {
    const doc = parseHtml(`<html><head><script type="application/ld+json"><![CDATA[ {"@type":"NewsArticle","datePublished":"2020-05-01T10:00:00Z"} ]]></script></head></html>`);
    expect(readMetadata(doc).explicit.published).toBe('2020-05-01T10:00Z');
  });

  it('reads a BreadcrumbList as the section, without the page itself', () => {
    const meta = readMetadata(
      head(
        ld({
          '@type': 'BreadcrumbList',
          itemListElement: [
            { position: 2, name: 'Science' },
            { position: 1, name: 'News' },
            { position: 3, name: 'Telescope finds a new ring around a distant planet' },
          ],
        }),
      ),
    );
    expect(meta.fallback.section).toEqual(['News', 'Science']);
  });

  it('reads a blog platform\'s JSON-LD posting (SocialMediaPosting) as the article', () => {
    const meta = readMetadata(head(ld({ '@type': 'SocialMediaPosting', headline: 'Spring release notes', datePublished: '2016-05-10T14:02:11-04:00', author: 'releasebot' })));
    expect(meta.explicit).toEqual({ title: 'Spring release notes', authors: [], published: '2016-05-10T14:02-04:00' });
  });

  it('leaves a bracketed middle name or nickname out of an author\'s name', () => {
    const meta = readMetadata(head(ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Marta (Luísa Prado) Vieira ' }, 'Tomás (Tom) Ferreira'] })));
    expect(meta.explicit.authors).toEqual(['Marta Vieira', 'Tomás Ferreira']);
    const marked = parseHtml('<html><body><p class="byline">By <a href="/a/olsen">Erik (Rik) Olsen</a></p></body></html>');
    expect(readMetadata(marked).explicit.authors).toEqual(['Erik Olsen']);
  });

  it('reads the whole byline when the page marks only one of its names', () => {
    const doc = parseHtml(
      '<html><body><article><h2>Port strike enters its second week</h2><p><span class="credits">Por <span itemprop="name">Lucía Gómez</span>, ' +
        '<span itemprop="name">Pedro Salas</span> y <span class="last-byline" itemprop="name">Inés Mora</span></span></p></article></body></html>',
    );
    expect(readMetadata(doc).explicit.authors).toEqual(['Lucía Gómez', 'Pedro Salas', 'Inés Mora']);
    const alone = parseHtml('<html><body><p><span class="byline">Inés Mora</span> <span>reporting from Valencia</span></p></body></html>');
    expect(readMetadata(alone).explicit.authors).toEqual(['Inés Mora']);
  });

  it('takes no author from a box to follow the site\'s writers, and name-cases a byline in capitals', () => {
    const doc = parseHtml(
      '<html><body><div class="col-2"><ul><li class="author-follow" data-id="Greta Lind"><a href="/greta"><span>Greta Lind</span></a></li>' +
        '<li class="followAuthor"><span>Omar Haddad</span></li></ul></div>' +
        '<article><h1>Ferry fares rise again</h1><div class="author-name">HENRIK SVENSSON</div><p>Text.</p></article></body></html>',
    );
    expect(readMetadata(doc).explicit.authors).toEqual(['Henrik Svensson']);
  });

  it('turns ISO times into the page clock and rejects impossible dates', () => {
    expect(isoDateTime('2021-03-04T05:06:07.000+09:00')).toBe('2021-03-04T05:06+09:00');
    expect(isoDateTime('2021-03-04')).toBe('2021-03-04');
    expect(isoDateTime('2021-02-30T10:00')).toBeNull();
    expect(isoDateTime('March 4, 2021')).toBe('2021-03-04');
    expect(isoDateTime('soon')).toBeNull();
  });
});

describe('metadata in the record', () => {
  const body = '<p>' + 'The regional council approved the new tram line after a long debate on Tuesday night. '.repeat(3) + '</p>';

  it('takes the explicit headline, authors and time over the text, and the printed headline leaves the body', () => {
    const html =
      '<!doctype html><html><head>' +
      ld({ '@type': 'NewsArticle', headline: 'Council backs tram line', datePublished: '2022-09-06T21:40:00+02:00', author: { '@type': 'Person', name: 'Jo Marsh' } }) +
      `</head><body><p class="kicker">Transport</p><h1>Council backs tram line</h1>${body}${body.replace('regional', 'city')}</body></html>`;
    const r = cleanDocument(html, { source: 'page.html' });
    if (!r.ok) throw new Error(r.reject.message);
    expect(r.record).toMatchObject({ title: 'Council backs tram line', published: '2022-09-06T21:40+02:00', authors: ['Jo Marsh'] });
    expect(r.record.body).not.toContain('Council backs tram line');
  });

  it('fills fields the text left empty from weaker hints', () => {
    const html = `<!doctype html><html><head><meta name="author" content="Kim Lee"><meta property="article:section" content="Transport"></head><body>${body}</body></html>`;
    const r = cleanDocument(html, { source: 'page.html' });
    if (!r.ok) throw new Error(r.reject.message);
    expect(r.record).toMatchObject({ authors: ['Kim Lee'], section: ['Transport'] });
  });
});
