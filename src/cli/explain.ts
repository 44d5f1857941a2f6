// `corpus-clean --explain INPUTS`: instead of records, why each block of each page was kept or removed. Readable text
// by default; JSON (one object per page) with `--format jsonl|json` or an `-o` file ending in .jsonl or .json.
// The pages are judged as a run judges them: with the corpus profile of the inputs (a first pass, a warm-up window
// on a stream), the one `--profile` names, or none with `--no-profile`.
import path from 'node:path';
import { DEFAULT_INCLUDE } from '../io/discover.js';
import { discoverInputsAside } from '../io/discover-thread.js';
import { createWriter, fileSink, stdoutSink, type OutputFormat, type Sink } from '../io/writers.js';
import { viewBytes, withInputOptions } from '../run/page.js';
import { LongPageWorker, MAIN_THREAD_BYTES } from '../run/long-pages.js';
import type { CorpusProfile } from '../corpus/profile.js';
import { readInput } from '../io/read-input.js';
import { planCorpus } from '../run/profile-pass.js';
import { explainPage, formatExplanation, type PageExplanation } from '../explain/explain.js';
import { profileFlag } from './corpus-options.js';
import type { CleanFlags } from './clean.js';
import { EXIT, outputFailure } from './exit.js';
import { onInterrupt } from './interrupt.js';
import { checkedOutputs, refuseOverlaps } from './outputs.js';
import { countByReason, rejectsExit } from './rejects-exit.js';
import { withoutCompression } from '../io/compression.js';
import { withListedFiles } from './file-list.js';
import type { Reject } from '../rejects.js';

/** Readable unless JSON was asked for, by `--format` or by the output file's extension. */
export function explainFormat(output: string | undefined, format: string | undefined): OutputFormat | 'text' {
  const ext = output ? path.extname(withoutCompression(output)).toLowerCase() : '';
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  return format === 'json' || format === 'jsonl' ? format : 'text';
}

export async function runExplain(args: string[], flags: CleanFlags): Promise<number> {
  args = await withListedFiles(args, flags);
  if (args.length === 0 && flags.filesFrom === undefined) args = ['-'];
  const format = explainFormat(flags.output, flags.format);
  const outputs = checkedOutputs([['-o', flags.output]], { stdout: !flags.output, others: [['--profile', typeof flags.profile === 'string' ? flags.profile : undefined]] });
  let sink: Sink;
  try {
    sink = flags.output ? fileSink(flags.output) : stdoutSink();
  } catch (err) {
    return outputFailure(err);
  }
  const json = format === 'text' ? null : createWriter(sink, format);
  const rejects: { reason: string }[] = [];
  const emit = (explanation: PageExplanation) => {
    if (explanation.reject) rejects.push(explanation.reject);
    if (json) json.write(explanation);
    else sink.write(formatExplanation(explanation));
  };
  const failed = (r: Reject) => emit(explainPage(r.source, { ok: false, reject: r, doc: null, format: null }));
  let profile: CorpusProfile | null = null;
  // a long page is explained on a worker, so that this thread answers Ctrl-C and SIGTERM at once (long-pages.ts)
  const page = withInputOptions({ encoding: flags.encoding, maxBytes: flags.maxBytes });
  const long = new LongPageWorker(page, () => profile);
  // Ctrl-C and SIGTERM remove the temporary output, leaving any previous file as it was (interrupt.ts)
  const stopWatching = onInterrupt(() => sink.abort());
  try {
    const found = await discoverInputsAside(args, { include: flags.include ?? DEFAULT_INCLUDE, exclude: flags.exclude ?? [], outputs });
    refuseOverlaps(found.overlaps);
    found.rejects.forEach(failed);
    const given = profileFlag(flags.profile);
    const plan = await planCorpus(found.inputs, { ...page, profile: given, warmup: flags.warmup });
    profile = plan.profile;
    for (const { input, read: early } of plan.pages) {
      const read = early ?? (await readInput(input, flags.maxBytes));
      if ('reject' in read) failed(read.reject);
      else if (read.bytes.length > MAIN_THREAD_BYTES) emit(await long.explain(input.source, read.bytes));
      else emit(explainPage(input.source, viewBytes(read.bytes, input.source, { ...page, profile })));
    }
    if (json) json.close();
    else sink.close();
  } catch (err) {
    sink.abort();
    return outputFailure(err);
  } finally {
    stopWatching();
    await long.close();
  }
  return rejectsExit(countByReason(rejects), flags.strict);
}
