// `corpus-clean check FILES...`: is this corpus what corpus-clean promises? Every record of JSON and JSONL files is
// validated against the record schema, and a body that is empty or still holds a paragraph twice is flagged. With
// --raw the files are raw page dumps instead, and a page fails when the cleaner would reject it (no article text,
// binary, undecodable, ...). Problems go to standard output, one per line as `FILE:LINE: FIELD: message` (the
// form editors and pre-commit show), a summary to standard error on a terminal or with --verbose; exit 1 when there
// is any problem, or nothing to check. Made to run on every commit: it loads the cleaner only for --raw.
import { Chalk } from 'chalk';
import { DEFAULT_INCLUDE, type Input } from '../io/discover.js';
import { discoverInputsAside } from '../io/discover-thread.js';
import { OutputClosedError, OutputError, stdoutSink } from '../io/writers.js';
import { checkEntries, type CheckProblem } from '../check/check-file.js';
import { EXIT } from './exit.js';
import { colourLevel, isChatty } from './terminal.js';
import { display } from './display.js';
import { requiredInputs, type FileListFlags } from './file-list.js';

export interface CheckFlags extends FileListFlags {
  raw?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  /** A raw page's limit (default 20 MiB); a JSONL line's (64 MiB) and a JSON file's (1 GiB, read whole). */
  maxBytes?: number;
}

/** Corpus files taken from directories. */
export const CORPUS_INCLUDE = ['**/*.{jsonl,ndjson,json}{,.gz,.zst}'];

interface Tally {
  files: number;
  /** Records (or pages, with --raw) read. */
  items: number;
  problems: number;
  /** Records or pages with at least one problem. */
  failed: number;
}

export async function runCheck(args: string[], flags: CheckFlags): Promise<number> {
  args = await requiredInputs(args, flags, 'files to check');
  const out = stdoutSink();
  const tally: Tally = { files: 0, items: 0, problems: 0, failed: 0 };
  const problem = (where: string, what: string, message: string) => {
    tally.problems++;
    out.write(`${where}: ${what}: ${message}\n`);
  };
  try {
    const include = flags.raw ? DEFAULT_INCLUDE : CORPUS_INCLUDE;
    const found = await discoverInputsAside(args, { include, exclude: [] });
    if (!flags.quiet) for (const dir of found.emptyDirs) note(`${display(dir)}: warning: no files matching ${include.join(', ')}`);
    for (const r of found.rejects) {
      tally.files++;
      tally.failed++;
      problem(display(r.source), r.reason, r.message);
    }
    if (flags.raw) await checkPages(found.inputs, tally, problem, flags);
    else await checkCorpus(found.inputs, tally, problem, flags.maxBytes);
    out.close();
  } catch (err) {
    // `corpus-clean check ... | head` stops reading: what was shown stands
    if (err instanceof OutputClosedError) return tally.problems > 0 ? EXIT.problem : EXIT.ok;
    throw err;
  }
  // a check of nothing (an empty directory, a pattern that matched no file, empty files) proves nothing: it fails
  if (tally.items === 0 && tally.problems === 0) {
    note(`nothing to check: ${tally.files === 0 ? `no ${flags.raw ? 'pages' : 'corpus files'} found` : `no records in ${tally.files} file(s)`}`);
    return EXIT.problem;
  }
  if (isChatty(flags)) note(summaryLine(tally, flags.raw === true));
  return tally.problems > 0 ? EXIT.problem : EXIT.ok;
}

type Report = (where: string, what: string, message: string) => void;

async function checkCorpus(inputs: Input[], tally: Tally, problem: Report, maxBytes: number | undefined): Promise<void> {
  for (const input of inputs) {
    tally.files++;
    const file = display(input.source);
    const where = (p: CheckProblem) => (p.line ? `${file}:${p.line}` : file);
    try {
      for await (const entry of checkEntries(input, maxBytes)) {
        if (entry.kind === 'error') {
          tally.failed++;
          problem(where(entry.problem), 'error', entry.problem.message);
          continue;
        }
        tally.items++;
        if (entry.problems.length > 0) tally.failed++;
        for (const p of entry.problems) problem(where(p), p.field, p.message);
      }
    } catch (err) {
      // one file never ends the check (a JSON file nested deeper than the parser's stack, a bug): it fails alone
      if (err instanceof OutputClosedError || err instanceof OutputError) throw err;
      tally.failed++;
      problem(file, 'error', `cannot be checked: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
    }
  }
}

async function checkPages(inputs: Input[], tally: Tally, problem: Report, flags: CheckFlags): Promise<void> {
  const { cleanPage, withInputOptions } = await import('../run/page.js');
  const { readInput } = await import('../io/read-input.js');
  const page = withInputOptions({});
  for (const input of inputs) {
    tally.files++;
    tally.items++;
    const read = await readInput(input, flags.maxBytes);
    const outcome = 'reject' in read ? { ok: false as const, reject: read.reject } : cleanPage(read.bytes, input.source, page);
    if (!outcome.ok) {
      const r = outcome.reject;
      tally.failed++;
      problem(`${display(r.source)}${r.line ? `:${r.line}` : ''}`, r.reason, r.message);
    } else if (outcome.record.warnings && isChatty(flags)) {
      for (const w of outcome.record.warnings) note(`${display(input.source)}${w.line ? `:${w.line}` : ''}: warning: ${w.reason}: ${w.message}`);
    }
  }
}

function summaryLine(t: Tally, raw: boolean): string {
  const chalk = new Chalk({ level: colourLevel(process.stderr) });
  const bad = (text: string, n: number) => (n > 0 ? chalk.red(text) : chalk.green(text));
  if (raw) return `checked ${t.items} page(s): ${bad(`${t.failed} would be rejected`, t.failed)}`;
  return `checked ${t.files} file(s), ${t.items} record(s): ${bad(`${t.problems} problem(s)`, t.problems)}`;
}

function note(line: string): void {
  process.stderr.write(`corpus-clean: ${line}\n`);
}
