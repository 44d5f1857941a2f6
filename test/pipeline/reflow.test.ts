import { detectWrapWidth, reflow } from '../../src/pipeline/reflow.js';
import { segment } from '../../src/pipeline/segment.js';
import { resolveOptions } from '../../src/options.js';
import { fixture, page } from '../helpers.js';

const opts = resolveOptions();
/** Greedy word wrap at `width` columns with a three-space indent, as text browsers print paragraphs. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && 3 + line.length + 1 + word.length > width) {
      lines.push('   ' + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, '   ' + line];
}

const paragraphs = (text: string) => {
  const lines = text.split('\n');
  return reflow(segment(lines), detectWrapWidth(lines, opts)).map((p) => p.text);
};

describe('detectWrapWidth', () => {
  it('finds the column of a dump wrapped at a fixed width', () => {
    expect(detectWrapWidth(fixture('pages/lynx-dump.txt').split('\n'), opts)).toBe(76);
  });

  it('finds none on pages whose paragraphs are single long lines', () => {
    expect(detectWrapWidth(fixture('seeds/000_7ab6330cd3968897.txt').split('\n'), opts)).toBeNull();
    // a few long lines of similar length, each followed by a blank line, are paragraphs, not wrapped text
    expect(detectWrapWidth(fixture('pages/related-list.txt').split('\n'), opts)).toBeNull();
  });
});

describe('reflow', () => {
  it('joins the lines of a paragraph wrapped at the page width', () => {
    const out = paragraphs(fixture('pages/lynx-dump.txt'));
    expect(out).toContain(
      "The programme includes two symphonies by Sibelius and a new piece for strings written by a young composer from the coast, who won the orchestra's composition prize last year with a work for choir and brass.",
    );
  });

  it('keeps a break where the next word would have fitted on the line (a real line break)', () => {
    const first = 'This is a paragraph of a dump that was wrapped at a fixed column width, so its lines run up to the same right margin each time and the reader sees one paragraph.';
    const second = 'This next paragraph is again long enough to run up to the margin of the page and wrap onto more lines, as every long paragraph in such a dump does.';
    const text = [...wrap(first, 60), '   By Ana Lopez', ...wrap(second, 60)].join('\n');
    expect(paragraphs(text)).toEqual([first, 'By Ana Lopez', second]);
  });

  it('joins a sentence broken before a lower-case word on pages without a fixed width', () => {
    const out = paragraphs(fixture('pages/crlf-wrapped.txt').replace(/\r/g, ''));
    expect(out[2]).toBe(
      'Engineers replaced the rusted parts of the jib and repainted the whole structure in its original colours, a dark red that older residents remember from the years when the port still handled coal.',
    );
  });

  it('keeps lines that end a sentence apart when the next starts a new one', () => {
    expect(paragraphs(page('One sentence ends here.', 'Another begins here.'))).toEqual(['One sentence ends here.', 'Another begins here.']);
  });

  it('joins CJK lines without a space', () => {
    const out = paragraphs(fixture('pages/cjk-wrapped.txt'));
    expect(out[1]).toContain('全国铁路旅客发送量');
    expect(out[1]).not.toContain(' 客');
  });
});
