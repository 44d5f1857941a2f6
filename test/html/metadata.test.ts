// What a page says about itself: JSON-LD, meta tags, <title> and <h1>; and how it joins the text's fields.
import { parseHtml } from '../../src/html/dom.js';
import { isoLocal, readMetadata } from '../../src/html/metadata.js';
import { cleanDocument } from '../../src/index.js';

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
    expect(meta.explicit).toEqual({ title: 'Floods & landslides hit the valley', authors: ['Ana Ruiz', 'Li Wei'], published: '2020-08-01T16:30' });
    expect(meta.fallback.agency).toBe('Reuters');
  });

  it('skips broken JSON-LD and falls back on meta tags, <h1> and <title> without the site name', () => {
    const doc = parseHtml(
      '<html><head><script type="application/ld+json">{broken</script><title>Bridge reopens after repairs | City Post</title>' +
        '<meta property="og:site_name" content="City Post"><meta name="author" content="Sam Hill">' +
        '<meta property="article:published_time" content="2019-02-03T09:15:00-05:00"></head><body></body></html>',
    );
    const meta = readMetadata(doc);
    expect(meta.explicit).toEqual({ title: null, authors: [], published: '2019-02-03T09:15' });
    expect(meta.fallback.title).toBe('Bridge reopens after repairs');
    expect(meta.fallback.authors).toEqual(['Sam Hill']);
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

  it('turns ISO times into the page clock and rejects impossible dates', () => {
    expect(isoLocal('2021-03-04T05:06:07.000+09:00')).toBe('2021-03-04T05:06');
    expect(isoLocal('2021-03-04')).toBe('2021-03-04');
    expect(isoLocal('2021-02-30T10:00')).toBeNull();
    expect(isoLocal('March 4, 2021')).toBe('2021-03-04');
    expect(isoLocal('soon')).toBeNull();
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
    expect(r.record).toMatchObject({ title: 'Council backs tram line', published: '2022-09-06T21:40', authors: ['Jo Marsh'] });
    expect(r.record.body).not.toContain('Council backs tram line');
  });

  it('fills fields the text left empty from weaker hints', () => {
    const html = `<!doctype html><html><head><meta name="author" content="Kim Lee"><meta property="article:section" content="Transport"></head><body>${body}</body></html>`;
    const r = cleanDocument(html, { source: 'page.html' });
    if (!r.ok) throw new Error(r.reject.message);
    expect(r.record).toMatchObject({ authors: ['Kim Lee'], section: ['Transport'] });
  });
});
