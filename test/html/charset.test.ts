// Character encodings of HTML pages and telling HTML from text dumps.
import { decodeHtml, declaredCharset } from '../../src/html/charset.js';
import { isHtmlInput as isHtmlInputWith, looksLikeHtml as looksLikeHtmlWith } from '../../src/html/detect.js';
import { resolveInputOptions } from '../../src/options.js';
import { cleanBytes } from '../../src/index.js';

const input = resolveInputOptions();
const looksLikeHtml = (text: string) => looksLikeHtmlWith(text, input);
const isHtmlInput = (text: string, source: string) => isHtmlInputWith(text, source, input);

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decodeHtml', () => {
  it('reads the declared windows-1252 (and iso-8859-1, which means it) with curly quotes and dashes', () => {
    const bytes = latin1('<meta charset="iso-8859-1"><p>\x93Caf\xe9\x94 \x96 5\x80</p>');
    const d = decodeHtml(bytes);
    expect(d).toMatchObject({ encoding: 'windows-1252', from: 'declared', invalid: 0 });
    expect(d.text).toContain('“Café” – 5€');
  });

  it('prefers valid UTF-8 over a wrong declaration, and a BOM over everything', () => {
    const utf8 = new TextEncoder().encode('<meta charset="windows-1252"><p>Café “x”</p>');
    expect(decodeHtml(utf8)).toMatchObject({ encoding: 'utf-8', from: 'utf-8' });
    const bom = Uint8Array.from([0xff, 0xfe, ...[...'<p>é</p>'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeHtml(bom)).toMatchObject({ text: '<p>é</p>', encoding: 'utf-16le', from: 'bom' });
  });

  it('reads GBK and Shift_JIS pages by their <meta http-equiv> declaration', () => {
    // 新闻 in GBK, ニュース in Shift_JIS
    const gbk = Uint8Array.from([...latin1('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>'), 0xd0, 0xc2, 0xce, 0xc5]);
    expect(decodeHtml(gbk).text).toContain('新闻');
    const sjis = Uint8Array.from([...latin1("<meta charset='Shift_JIS'><p>"), 0x83, 0x6a, 0x83, 0x85, 0x81, 0x5b, 0x83, 0x58]);
    expect(decodeHtml(sjis).text).toContain('ニュース');
    expect(declaredCharset(sjis)).toBe('shift_jis');
  });

  it('falls back on windows-1252 for undeclared non-UTF-8 bytes and for an unknown label', () => {
    expect(decodeHtml(latin1('<p>na\xefve</p>'))).toMatchObject({ text: '<p>naïve</p>', from: 'default' });
    expect(decodeHtml(latin1('<meta charset="x-no-such"><p>\xe9</p>'))).toMatchObject({ from: 'default' });
  });

  it('reads a UTF-16 declaration on bytes that declare it in ASCII as UTF-8, as the WHATWG standard says', () => {
    for (const label of ['utf-16', 'UTF-16LE', 'utf-16be', 'unicode']) {
      // not valid UTF-8 (a windows-1252 byte): UTF-8 that is not is read as windows-1252, never as UTF-16 noise
      expect(decodeHtml(latin1(`<meta charset="${label}"><p>caf\xe9 au lait</p>`))).toMatchObject({ text: `<meta charset="${label}"><p>café au lait</p>`, encoding: 'windows-1252' });
    }
  });
});

describe('HTML detection', () => {
  it('knows a page by its doctype or <html>, after comments or an XML declaration', () => {
    expect(looksLikeHtml('<!DOCTYPE html><p>x')).toBe(true);
    expect(looksLikeHtml('\ufeff  <!-- saved page -->\n<html lang="en">')).toBe(true);
    expect(looksLikeHtml('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">')).toBe(true);
  });

  it('knows a fragment by its density of tags, and leaves a text dump that mentions a tag alone', () => {
    const fragment = '<div class="a"><p>One</p><p>Two</p><ul><li>3</li><li>4</li></ul><br><span>5</span></div>';
    expect(looksLikeHtml(fragment)).toBe(true);
    const dump = '   Headline\n\n   Use the <br> tag to break a line, the article said, and <p> for paragraphs.\n'.repeat(5);
    expect(looksLikeHtml(dump)).toBe(false);
  });

  it('leaves alone a text dump that quotes the source of a page in a code sample', () => {
    const sample = ['<!DOCTYPE html>', '<html>', '<head><title>Demo</title></head>', '<body>', '<div id="app"></div>', '<script src="app.js"></script>', '<div class="x"><p>Hi</p></div>', '</body>', '</html>'];
    const prose = Array.from({ length: 14 }, (_, i) => `   Line ${i} of the tutorial explains how the page below loads its script and renders.`);
    const dump = [...prose.slice(0, 7), '', ...sample.map((l) => `     ${l}`), '', ...prose.slice(7)].join('\n');
    expect(looksLikeHtml(dump)).toBe(false);
    // the same sample alone is a page
    expect(looksLikeHtml(sample.slice(3).join('\n'))).toBe(true);
  });

  it('leaves alone a lynx dump that is mostly a quoted page source, by the marks lynx makes', () => {
    const sample = ['<!DOCTYPE html>', '<html>', '<head><title>Demo</title></head>', '<body>', '<div id="app"></div>', '<script src="app.js"></script>', '<div class="x"><p>Hi</p></div>', '</body>', '</html>'];
    const code = [...sample, ...sample.slice(3, 8)].map((l) => `     ${l}`);
    const intro = ['   [1]Home [2]Tutorials [3]About', '', 'A page that loads one script', '', '   The whole page is below; save it and open it.', ''];
    const references = ['', 'References', '', '   1. https://example.org/', '   2. https://example.org/tutorials/', '   3. https://example.org/about/'];
    // the code sample alone reads as markup: more than two lines in five hold a tag
    const withoutMarks = [intro[2], '', intro[4], '', ...code].join('\n');
    expect(looksLikeHtml(withoutMarks)).toBe(true);
    expect(looksLikeHtml([...intro, ...code, ...references].join('\n'))).toBe(false);
    // numbered links in the text are enough, and so is the References list (looked for at the end of a long dump)
    const links = ['   [1]Home [2]Tutorials [3]About [4]Contact [5]Archive', ''];
    expect(looksLikeHtml([...links, ...code].join('\n'))).toBe(false);
    const long = [...intro.slice(2), ...Array.from({ length: 400 }, () => code).flat(), ...references];
    expect(looksLikeHtml(long.join('\n'))).toBe(false);
  });

  it('takes .html names as HTML only when there is markup', () => {
    expect(isHtmlInput('<p>Hello</p>', 'a/page.html')).toBe(true);
    expect(isHtmlInput('<p>Hello</p>', 'a/page.txt')).toBe(false);
    expect(isHtmlInput('Plain text saved with the wrong name.', 'page.htm')).toBe(false);
  });

  it('reads its thresholds from the input options, which a run passes to the sniffer', () => {
    const fragment = '<div class="a"><p>One</p><p>Two</p><ul><li>3</li><li>4</li></ul><br><span>5</span></div>';
    expect(looksLikeHtmlWith(fragment, { ...input, htmlMinTags: 20 })).toBe(false);
    expect(looksLikeHtmlWith(fragment, { ...input, htmlMinClosingTags: 10 })).toBe(false);
    const links = `   [1]Home [2]News [3]About\n\n${fragment}`;
    expect(looksLikeHtmlWith(links, input)).toBe(true);
    expect(looksLikeHtmlWith(links, { ...input, dumpMinLinkNumbers: 3 })).toBe(false);
    // the library's cleanBytes takes them from its options: the same fragment, with words enough to be an article
    const page = Buffer.from(`<div><h1>Harbour ferry returns</h1><p>${'The ferry between the two halves of the old harbour carried its first passengers on Monday. '.repeat(3)}</p>` +
      `<p>${'The city paid for the new landing stage from its flood budget, the operator said on Monday. '.repeat(3)}</p><ul><li>One</li><li>Two</li></ul><span>x</span></div>`);
    const asHtml = cleanBytes(page, { source: 'page.txt' });
    const asText = cleanBytes(page, { source: 'page.txt', options: { input: { htmlMinTags: 50 } } });
    expect(asHtml.ok && asHtml.record.body).not.toContain('<p>');
    expect(asText.ok && asText.record.body).toContain('<p>');
  });
});
