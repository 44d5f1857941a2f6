// Folds split by site: the site of a page is its host's own label, whatever subdomain, country suffix or web-archive
// copy it came through, and a site falls in the same fold every time.
import { foldOf, hostOfName, hostOfUrl, siteOf, siteOfHost } from '../../scripts/shared-data/sites.js';

describe('site of a page', () => {
  it.each([
    ['www.example.com', 'example'],
    ['news.example.co.uk', 'example'],
    ['www1.paper.uol.com.br', 'uol'],
    ['en.wikipedia.org', 'wikipedia'],
    ['blog.example.tech', 'example'],
    ['sport.example.cz', 'example'],
    ['localhost', 'localhost'],
  ])('%s is %s', (host, site) => {
    expect(siteOfHost(host)).toBe(site);
  });

  it('reads the host of a URL, through a web-archive copy', () => {
    expect(hostOfUrl('https://web.archive.org/web/20160526181643/http://blog.example.de/post/')).toBe('blog.example.de');
    expect(hostOfUrl('http://www.example.com:8080/a?b')).toBe('www.example.com');
    expect(hostOfUrl('hard::example.html')).toBeNull();
  });

  it('reads the host a page name starts with', () => {
    expect(hostOfName('paper.example.com-story')).toBe('paper.example.com');
    expect(hostOfName('shop.de.lexikon.entry')).toBe('shop.de');
    expect(hostOfName('daily.com.pa-story')).toBe('daily.com.pa');
    expect(hostOfName('0a12df42d1764095989ab078ee0f940b')).toBeNull();
  });

  it('takes the URL first, then the name, then the name without its number', () => {
    expect(siteOf('https://www.paper.example/story', 'other.com-x')).toBe('paper');
    expect(siteOf(null, 'paper.com-story')).toBe('paper');
    expect(siteOf(null, 'webpaper-2')).toBe('webpaper');
  });

  it('puts a site in one fold, the same every time, and spreads sites over the folds', () => {
    const sites = Array.from({ length: 500 }, (_, i) => `site${i}`);
    const folds = sites.map((s) => foldOf(s, 5));
    expect(sites.map((s) => foldOf(s, 5))).toEqual(folds);
    for (let k = 0; k < 5; k++) expect(folds.filter((f) => f === k).length).toBeGreaterThan(70);
    expect(folds.every((f) => f >= 0 && f < 5)).toBe(true);
  });
});
