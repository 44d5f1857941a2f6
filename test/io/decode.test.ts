// Bytes to text: every encoding news dumps come in, damaged bytes, and files that are not text. The encoded
// fixtures in fixtures/bad/encodings/ were written by another encoder (Python's codecs) from the UTF-8 references
// beside them, so a test compares our decoding with an independent encoding of the same text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodePage, isKnownEncoding, lineAt, scanUtf8 } from '../../src/io/decode.js';
import { cleanPage } from '../../src/run/page.js';
import { ROOT } from '../helpers.js';
import { resolveInputOptions } from '../../src/options.js';

const input = resolveInputOptions();

const BAD = path.join(ROOT, 'fixtures/bad');
const bytesOf = (rel: string) => readFileSync(path.join(BAD, rel));
const reference = (name: string) => readFileSync(path.join(BAD, 'encodings/reference', name), 'utf8');

function decoded(bytes: Uint8Array, encoding?: string) {
  const r = decodePage(bytes, { encoding, input });
  if (!r.ok) throw new Error(`expected text, got ${r.reason}: ${r.message}`);
  return r;
}

describe('decodePage: encodings', () => {
  it.each([
    ['encodings/fr-windows-1252.txt', 'fr.txt', 'windows-1252'],
    ['encodings/de-iso-8859-1.txt', 'de.txt', 'windows-1252'],
    ['encodings/zh-hans-gb18030.txt', 'zh-hans.txt', 'gb18030'],
    ['encodings/zh-hant-big5.txt', 'zh-hant.txt', 'big5hkscs'],
    ['encodings/ja-shift_jis.txt', 'ja.txt', 'cp932'],
    ['encodings/ko-euc-kr.txt', 'ko.txt', 'cp949'],
  ])('detects %s without being told', (file, ref, encoding) => {
    const r = decoded(bytesOf(file));
    expect(r.text).toBe(reference(ref));
    expect(r.encoding).toBe(encoding);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    ['encodings/en-utf-16le-bom.txt', 'utf-16le'],
    ['encodings/en-utf-16be-bom.txt', 'utf-16be'],
    ['encodings/en-utf-16le-no-bom.txt', 'utf-16le'],
  ])('reads UTF-16: %s', (file, encoding) => {
    const r = decoded(bytesOf(file));
    expect(r.text).toBe(reference('en.txt'));
    expect(r.encoding).toBe(encoding);
  });

  // invented lines in three scripts: Cyrillic and Chinese have NUL bytes only in their spaces, digits and line ends
  const SCRIPTS = {
    cyrillic: 'Городской совет утвердил план реконструкции старого моста.\nРаботы начнутся весной 2025 года и займут два года.\n',
    chinese: '市议会周二批准了重建旧桥的计划。\n工程将于2025年春季开始，预计持续两年。\n',
    latin: 'The council approved a plan on Tuesday to rebuild the old bridge.\nWork starts in the spring of 2025.\n',
  };
  it.each(Object.entries(SCRIPTS))('reads UTF-16 LE and BE without a byte order mark by where its NULs fall: %s', (_script, text) => {
    const page = text.repeat(20);
    const le = Buffer.from(page, 'utf16le');
    expect(decoded(le)).toMatchObject({ text: page, encoding: 'utf-16le' });
    expect(decoded(Buffer.from(le).swap16())).toMatchObject({ text: page, encoding: 'utf-16be' });
  });

  it('does not take binary data with NULs on one side for UTF-16', () => {
    // little-endian 16-bit numbers below 256: NULs at every odd offset, but code units that are control codes
    const numbers = Buffer.alloc(2000);
    for (let i = 0; i < 1000; i++) numbers[2 * i] = i % 256;
    expect(decodePage(numbers, { input })).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('reads UTF-32 with a byte order mark', () => {
    const text = 'Ünïcödé 😀 text';
    const le = Buffer.alloc(4 + 4 * [...text].length);
    le.writeUInt32LE(0xfeff, 0);
    [...text].forEach((ch, i) => le.writeUInt32LE(ch.codePointAt(0)!, 4 + 4 * i));
    expect(decoded(le).text).toBe(text);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 4) be.writeUInt32BE(le.readUInt32LE(i), i);
    expect(decoded(be).text).toBe(text);
  });

  it('strips a UTF-8 byte order mark and reads plain ASCII as UTF-8', () => {
    expect(decoded(Buffer.from('\ufeffcafé', 'utf8')).text).toBe('café');
    expect(decoded(Buffer.from('plain ascii\n')).encoding).toBe('utf-8');
  });

  it('uses --encoding for pages without a byte order mark, but a mark still wins', () => {
    const koi8 = Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]); // "Привет" in KOI8-R
    expect(decoded(koi8, 'koi8-r').text).toBe('Привет');
    expect(decoded(Buffer.from('\ufeffé', 'utf8'), 'windows-1252').text).toBe('é');
    // told UTF-16, a page without a mark is not mistaken for binary because of its NUL bytes
    expect(decoded(Buffer.from('hi', 'utf16le'), 'utf-16le').text).toBe('hi');
  });

  it('knows which encodings can be asked for', () => {
    for (const name of ['utf-8', 'windows-1252', 'latin1', 'gb18030', 'gbk', 'big5', 'shift_jis', 'euc-kr', 'koi8-r']) {
      expect(isKnownEncoding(name)).toBe(true);
    }
    expect(isKnownEncoding('no-such-encoding')).toBe(false);
  });

  it('reports a low-confidence guess instead of passing it off as certain', () => {
    // two accented letters in a short line: too little for the detector to be sure
    const r = decoded(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65]));
    expect(r.text).toBe('Café crème');
    expect(r.warnings.map((w) => w.reason)).toEqual(['encoding-guess']);
    expect(r.warnings[0].message).toContain('--encoding');
  });
});

describe('decodePage: damage is never silent', () => {
  it('replaces invalid UTF-8 and says how many and on which line', () => {
    const r = decoded(bytesOf('damaged/utf8-invalid-bytes.txt'));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('\ufffd');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ reason: 'invalid-bytes', line: 3 });
    // the rest of the page is intact
    expect(r.text.replace(/\ufffd+/, '图')).toBe(reference('zh-hans.txt'));
  });

  it('drops a character cut off at the end of a truncated file, with a warning', () => {
    const r = decoded(bytesOf('damaged/utf8-truncated.txt'));
    expect(r.text).toBe(reference('zh-hans.txt').trimEnd().slice(0, -1));
    expect(r.warnings).toEqual([expect.objectContaining({ reason: 'truncated', line: 7 })]);
  });

  it('drops NUL padding at the end of a file (an interrupted write), with a warning', () => {
    const r = decoded(bytesOf('damaged/nul-padded.txt'));
    expect(r.text).toBe(reference('de.txt'));
    expect(r.warnings).toEqual([expect.objectContaining({ reason: 'nul-padding' })]);
  });

  it('rejects a page that is mostly undecodable in the encoding it was given', () => {
    const r = decodePage(bytesOf('encodings/zh-hans-gb18030.txt'), { encoding: 'utf-8', input });
    expect(r).toMatchObject({ ok: false, reason: 'decode', line: 1 });
  });

  it('reads its thresholds from the input options: the share of undecodable characters, the evidence for UTF-8', () => {
    const damaged = Buffer.concat([Buffer.from('Café crème, déjà vu: ', 'utf8'), Buffer.from([0xff]), Buffer.from(' naïve', 'utf8')]);
    expect(decodePage(damaged, { input })).toMatchObject({ ok: true, encoding: 'utf-8' });
    // five good multi-byte characters for one bad byte: not UTF-8 when six are asked for
    const legacy = decodePage(damaged, { input: { ...input, utf8Evidence: 6 } });
    expect(legacy.ok && legacy.encoding).not.toBe('utf-8');
    expect(decodePage(damaged, { input: { ...input, maxInvalidShare: 0 } })).toMatchObject({ ok: false, reason: 'decode' });
  });

  it('replaces lone surrogates in UTF-16 like invalid bytes', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x42, 0x00, 0x43, 0x00, 0x44, 0x00]);
    const r = decoded(bytes);
    expect(r.text).toBe('A\ufffdBCD');
    expect(r.warnings[0]).toMatchObject({ reason: 'invalid-bytes', line: 1 });
  });

  it('tells damaged UTF-8 from a legacy encoding', () => {
    // many good multi-byte characters and one bad byte: damaged UTF-8
    const damaged = Buffer.concat([Buffer.from('naïve café déjà vu — ', 'utf8'), Buffer.from([0xe9]), Buffer.from(' ok', 'utf8')]);
    expect(decoded(damaged).encoding).toBe('utf-8');
    // the same letters in Windows-1252 have no valid UTF-8 sequences at all
    const legacy = decoded(Buffer.from('naïve café déjà vu', 'latin1'));
    expect(legacy.encoding).toBe('windows-1252');
    expect(legacy.text).toBe('naïve café déjà vu');
  });
});

describe('decodePage: not text at all', () => {
  it.each([
    ['binary/photo-saved-as.txt', 'PNG image'],
    ['binary/archive.txt', 'gzip archive'],
    ['binary/nul-in-text.txt', 'NUL bytes (the first at byte 200)'],
  ])('rejects %s as binary', (file, what) => {
    expect(decodePage(bytesOf(file), { input })).toEqual({ ok: false, reason: 'binary', message: `not a text file: ${what}` });
  });

  it('rejects random control bytes as binary even without NUL bytes', () => {
    const bytes = Buffer.alloc(1000, 0x41);
    for (let i = 0; i < 1000; i += 10) bytes[i] = 0x01;
    expect(decodePage(bytes, { input })).toMatchObject({ ok: false, reason: 'binary', message: 'not a text file: 10% control bytes' });
  });

  it('does not take a few bytes that happen to alternate with NUL for UTF-16', () => {
    expect(decodePage(Buffer.from([0, 1, 2, 3]), { input })).toMatchObject({ ok: false, reason: 'binary' });
    expect(decodePage(Buffer.from([0x41, 0, 0x01, 0, 0x02, 0, 0x03, 0]), { input })).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('keeps tabs, form feeds, backspaces and escape sequences, which text dumps do contain', () => {
    const r = decoded(Buffer.from('a\tb\fc\bd\x1b[1me\r\n'));
    expect(r.text).toBe('a\tb\fc\bd\x1b[1me\r\n');
  });

  it('calls a file of only NUL bytes empty: nothing was ever written into it', () => {
    expect(decodePage(bytesOf('empty/nul-only.txt'), { input })).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('cleanPage: line endings and empty pages', () => {
  it.each(['encodings/en-utf-8-bom-crlf.txt', 'encodings/en-lone-cr.txt', 'encodings/en-utf-16be-bom.txt'])(
    '%s gives the same record body as the UTF-8 reference',
    (file) => {
      const want = cleanPage(Buffer.from(reference('en.txt')), 'ref');
      const got = cleanPage(bytesOf(file), file);
      if (!want.ok || !got.ok) throw new Error('expected records');
      expect(got.record.body).toBe(want.record.body);
      expect(got.record.title).toBe('Harbour ferry returns after winter repairs');
      expect(got.record.body).not.toMatch(/\r/);
    },
  );

  it.each(['empty/zero-bytes.txt', 'empty/whitespace.txt', 'empty/invisible.txt', 'empty/nul-only.txt'])('%s is empty', (file) => {
    expect(cleanPage(bytesOf(file), file)).toMatchObject({ ok: false, reject: { source: file, reason: 'empty' } });
  });

  it('calls a page of only characters that join, order or mark others (kept in the text) empty, as text or HTML', () => {
    const invisible = '\u200c\u200d\u2060\u202e\u034f\ufe0f\u200e';
    for (const page of [invisible, `${invisible}\n\n${invisible}\n`, `<!DOCTYPE html><html><body><p>${invisible}</p></body></html>`]) {
      expect(cleanPage(Buffer.from(page), 'p.txt')).toMatchObject({ ok: false, reject: { reason: 'empty', message: 'the page holds no visible text' } });
    }
    // one of them inside a word keeps it, and the page
    const persian = `${'می\u200cخواهم به خانه بروم و کتاب بخوانم. '.repeat(6)}\n`;
    expect(cleanPage(Buffer.from(`Headline\n\n${persian}`), 'p.txt')).toMatchObject({ ok: true });
  });

  it('puts decoding warnings into the record, after its stats', () => {
    const r = cleanPage(bytesOf('damaged/utf8-invalid-bytes.txt'), 'x.txt');
    if (!r.ok) throw new Error(r.reject.message);
    expect(Object.keys(r.record).at(-1)).toBe('warnings');
    expect(r.record.warnings).toEqual([expect.objectContaining({ reason: 'invalid-bytes', line: 3 })]);
  });

  it('rejects bytes over the size limit without decoding them', () => {
    expect(cleanPage(Buffer.alloc(11, 0x41), 'big.txt', { maxBytes: 10 })).toMatchObject({ ok: false, reject: { reason: 'too-large' } });
  });
});

describe('scanUtf8 and lineAt', () => {
  it('counts well-formed characters, invalid sequences and a cut-off tail', () => {
    expect(scanUtf8(Buffer.from('aé中😀', 'utf8'))).toEqual({ multibyte: 3, invalid: 0, tail: 0 });
    // an overlong "/", a UTF-16 surrogate, a stray continuation byte: counted as the standard decoder replaces them
    const bad = Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x80]);
    const replaced = [...new TextDecoder().decode(bad)].filter((c) => c === '\ufffd').length;
    expect(scanUtf8(bad)).toEqual({ multibyte: 0, invalid: replaced, tail: 0 });
    expect(replaced).toBe(6);
    expect(scanUtf8(Buffer.from([0x61, 0xe4, 0xb8]))).toEqual({ multibyte: 0, invalid: 0, tail: 2 });
  });

  it('counts LF, CRLF and lone CR as line ends', () => {
    expect(lineAt('a\nb\r\nc\rd', 7)).toBe(4);
    expect(lineAt('abc', 2)).toBe(1);
  });
});
