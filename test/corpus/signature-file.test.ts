// Signature files: a shard's duplicate state written apart and merged. Shards of one input list, merged, must give
// exactly the answers of one run over the whole list, however the list was split and in whatever order the files
// are named.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pageSignature, resolveDuplicates, type PageSignature } from '../../src/corpus/duplicates.js';
import { resolveNearDuplicateOptions } from '../../src/corpus/options.js';
import {
  createSignatureWriter,
  decodeMinhash,
  duplicatesFromFiles,
  encodeMinhash,
  mergeSignatureFiles,
  openSignatureFile,
  SignatureFileError,
} from '../../src/corpus/signature-file.js';
import { generateBodies } from '../../bench/neardup/corpus.mjs';
import { scratch } from '../scratch.js';

const options = resolveNearDuplicateOptions();
const id = (n: number) => n.toString(16).padStart(16, '0');

/** 400 generated bodies with a quarter of copies; every seventh input was rejected, so it has no signature. */
const pages: PageSignature[] = [];
{
  let position = 0;
  for (const { body } of generateBodies(460, { seed: 8, duplicateShare: 0.25 })) {
    if (position % 7 === 3) position++;
    pages.push(pageSignature(position, { id: id(position + 1), source: `in/${String(position).padStart(4, '0')}.txt`, body }, options));
    position++;
  }
}

let tmp: string;
beforeEach(() => {
  tmp = scratch('sig');
});

function writeShard(name: string, shard: PageSignature[], params = options): string {
  const file = path.join(tmp, name);
  const writer = createSignatureWriter(file, params);
  shard.forEach((p) => writer.write(p));
  writer.close();
  return file;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Position -> [position, id] of the first page of its cluster, for the pages that duplicate an earlier one. */
function answersOfOneRun(): Map<number, [number, string]> {
  const out = new Map<number, [number, string]>();
  resolveDuplicates(pages, options).forEach((m, k) => m && out.set(pages[k].position, [m.first.position, m.first.id]));
  return out;
}

describe('signature files', () => {
  it('encode a signature as base64 of its values, and refuse anything else', () => {
    const sig = Uint32Array.from([0, 1, 0xffffffff, 123456789]);
    const text = encodeMinhash(sig);
    expect(decodeMinhash(text, 4)).toEqual(sig);
    expect(decodeMinhash(text, 5)).toBeNull();
    expect(decodeMinhash(text.replace(/=*$/, '') + '!', 4)).toBeNull();
  });

  it('give back the pages written, in order, with the signature parameters', async () => {
    const file = writeShard('all.sig.jsonl', pages.slice(0, 20));
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(JSON.parse(lines[0])).toEqual({ format: 'corpus-clean-signatures', version: 1, shingleWords: 5, permutations: 128, seed: options.seed });
    const opened = await openSignatureFile(file);
    expect(opened.params).toEqual({ shingleWords: 5, permutations: 128, seed: options.seed });
    expect(await collect(opened.pages)).toEqual(pages.slice(0, 20));
  });

  it('merged from contiguous shards, give the clusters of one run over all inputs', async () => {
    const single = answersOfOneRun();
    expect(single.size).toBeGreaterThan(60); // the test means something: many pages are duplicates
    const cuts = [0, 130, 131, 290, pages.length];
    const files = cuts.slice(1).map((end, k) => writeShard(`shard-${k}.sig.jsonl`, pages.slice(cuts[k], end)));
    // named in any order: the merge goes by the global input position each line carries
    const found = await duplicatesFromFiles([...files].reverse());
    expect(new Map([...found].map(([pos, m]) => [pos, [m.first.position, m.first.id]]))).toEqual(single);
    // a copy whose original is in an earlier shard is found across the cut
    const crossing = [...found].filter(([pos, m]) => pos >= pages[290].position && m.first.position < pages[130].position);
    expect(crossing.length).toBeGreaterThan(0);
  });

  it('give the same clusters however the inputs were split (round robin over three shards)', async () => {
    const files = [0, 1, 2].map((k) => writeShard(`rr-${k}.sig.jsonl`, pages.filter((_, i) => i % 3 === k)));
    const found = await duplicatesFromFiles(files);
    expect(new Map([...found].map(([pos, m]) => [pos, [m.first.position, m.first.id]]))).toEqual(answersOfOneRun());
  });

  it('take the threshold from the merge, the signature parameters from the files', async () => {
    const file = writeShard('t.sig.jsonl', pages);
    const strict = await duplicatesFromFiles([file], { threshold: 0.99 });
    const loose = await duplicatesFromFiles([file], { threshold: 0.5 });
    expect(strict.size).toBeLessThan(answersOfOneRun().size);
    expect(loose.size).toBeGreaterThan(answersOfOneRun().size);
    expect(await duplicatesFromFiles([])).toEqual(new Map());
  });

  it('refuse shards made with other signature parameters, and overlapping shards', async () => {
    const a = writeShard('a.sig.jsonl', pages.slice(0, 10));
    const otherSeed = { ...options, seed: 7 };
    const b = writeShard('b.sig.jsonl', pages.slice(10, 20).map((p) => ({ ...p, minhash: p.minhash })), otherSeed);
    await expect(mergeSignatureFiles([a, b])).rejects.toThrow(/b\.sig\.jsonl:1: parameters differ .*\(seed\)/);
    const overlap = writeShard('c.sig.jsonl', pages.slice(5, 15));
    await expect(duplicatesFromFiles([a, overlap])).rejects.toThrow(/position \d+ is also in .*: shards overlap/);
  });

  it('name the file and line of a damaged signature file', async () => {
    const good = readFileSync(writeShard('good.sig.jsonl', pages.slice(0, 3)), 'utf8').split('\n');
    const damaged = (name: string, lines: string[]) => {
      const file = path.join(tmp, name);
      writeFileSync(file, lines.join('\n'));
      return file;
    };
    const expectError = async (file: string, message: RegExp) => {
      const read = async () => collect((await openSignatureFile(file)).pages);
      await expect(read()).rejects.toThrow(SignatureFileError);
      await expect(read()).rejects.toThrow(message);
    };
    await expectError(damaged('empty', []), /empty: empty file/);
    await expectError(damaged('records', ['{"id":"0000000000000001","source":"a.txt"}']), /records:1: not a corpus-clean-signatures version 1 header/);
    await expectError(damaged('cut', [good[0], good[1], good[2].slice(0, 200)]), /cut:3: bad signature line/);
    await expectError(damaged('order', [good[0], good[2], good[1]]), /order:3: position 0 does not follow 1/);
    const short = JSON.stringify({ ...JSON.parse(good[1]), minhash: encodeMinhash(new Uint32Array(64)) });
    await expectError(damaged('short', [good[0], short]), /short:2: minhash is not 128 values in base64/);
    await expectError(path.join(tmp, 'missing.sig.jsonl'), /missing\.sig\.jsonl: cannot read: /);
  });

  it('are written in input order only, with signatures of the file parameters', () => {
    const writer = createSignatureWriter(path.join(tmp, 'w.sig.jsonl'), options);
    writer.write(pages[1]);
    expect(() => writer.write(pages[0])).toThrow(/input order/);
    expect(() => writer.write({ ...pages[2], minhash: new Uint32Array(64) })).toThrow(/64 values, expected 128/);
    writer.abort();
  });
});
