// What a run shows people on standard error: lines as things happen (rejects, warnings), a progress bar while it
// goes, and a summary at the end (inputs, records, rejects, removed blocks per rule, time). Terminal manners: the
// per-page lines and the summary only on a terminal or with --verbose (a pipeline or a cron job sees only errors;
// --rejects and --summary-json keep the rest for machines), the bar only when standard error is a terminal (and
// standard output is not that same terminal receiving records), colour only on a terminal and never with NO_COLOR
// set, and with --quiet nothing but errors.
import { Chalk, type ChalkInstance } from 'chalk';
import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';
import type { CorpusPassProgress } from '../run/profile-pass.js';

export interface RunTotals {
  /** Input files (or standard input) read. */
  files: number;
  /** What was read: pages (one per file) or, with --from-jsonl, lines. Records + rejected = inputs. */
  inputs: number;
  records: number;
  /** Rejects per reason. */
  rejects: Record<string, number>;
  /** Removed blocks per rule, over all records. */
  removed: Record<string, number>;
  /** Pages found to repeat an earlier one (marked with duplicate_of, or dropped with --drop-duplicates). */
  duplicates: number;
  seconds: number;
}

/** Rejects that are failures: a duplicate dropped on request (reason `duplicate`) is listed but is no failure. */
export function failedCount(rejects: Record<string, number>): number {
  return Object.entries(rejects).reduce((sum, [reason, n]) => sum + (reason === 'duplicate' ? 0 : n), 0);
}

export interface SummaryContext {
  /** Where the records went (-o); standard output when absent. */
  output?: string;
  /** Where the rejects went (--rejects); standard error when absent. */
  rejectsFile?: string;
  /** `line` when the inputs were JSONL records, one per line. */
  unit: 'page' | 'line';
}

export interface RunReporter {
  /** Whether per-page lines (rejects that are not errors, warnings) and the summary are shown (isChatty). */
  readonly chatty: boolean;
  /** The run begins; `total` inputs are expected, or an unknown number (null). */
  start(total: number | null): void;
  /** One input ended, as a record or as a reject. */
  tick(outcome: 'record' | 'reject'): void;
  /** The corpus pass, which reads every page before the first is cleaned: the bar counts the pages it read, under
   * its own label, then the inputs cleaned. */
  readonly corpusPass: CorpusPassProgress & { cleaning(): void };
  /** A line for people (a reject, a warning), printed above the bar. */
  log(line: string): void;
  /** The run ended: the bar goes, the summary is printed (unless quiet). */
  finish(totals: RunTotals, context: SummaryContext): void;
  /** The run was cut short (an output failed, a signal): the bar goes, nothing more is printed. */
  stop(): void;
}

type Stream = NodeJS.WriteStream;

/** Colour depth for a stream as chalk counts it (0 none, 1 basic, 2 256 colours, 3 true colour). */
export function colourLevel(stream: Stream, env: NodeJS.ProcessEnv = process.env): 0 | 1 | 2 | 3 {
  // https://no-color.org: any non-empty value turns colour off
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  // Node warns when it sees NO_COLOR (even empty) beside FORCE_COLOR; an empty NO_COLOR means nothing
  const { NO_COLOR: _unset, ...rest } = env;
  const depth = stream.getColorDepth(rest);
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}

/** Whether a command shows its per-page lines and summary: on a terminal unless --quiet, or with --verbose. */
export function isChatty(opts: { quiet?: boolean; verbose?: boolean }, stream: Stream = process.stderr): boolean {
  return opts.verbose === true || (!opts.quiet && stream.isTTY === true);
}

export interface ReporterOptions {
  quiet?: boolean;
  /** Per-page lines and the summary even when standard error is not a terminal. */
  verbose?: boolean;
  /** Records go to standard output (no -o): a bar on the same terminal would be torn by them. */
  recordsToStdout?: boolean;
  stream?: Stream;
  /** Standard output, to tell whether it is the terminal too. */
  stdout?: Stream;
}

// cli-progress (CommonJS) is loaded when a bar is shown, in a terminal: a pipeline or a pre-commit hook, which
// never shows one, does not pay for loading it at start.
const require = createRequire(import.meta.url);

export function createReporter(opts: ReporterOptions = {}): RunReporter {
  const stream = opts.stream ?? process.stderr;
  const stdout = opts.stdout ?? process.stdout;
  const chalk = new Chalk({ level: colourLevel(stream) });
  const showBar = !opts.quiet && stream.isTTY === true && process.env.TERM !== 'dumb' && !(opts.recordsToStdout && stdout.isTTY);
  const chatty = isChatty(opts, stream);
  let bar: CliProgress.SingleBar | null = null;
  let total = 0;
  let done = 0;
  let rejected = 0;
  let counted = 0;
  const cleaning = () => ({ label: 'cleaning', what: `${total === 1 ? 'input' : 'inputs'}, ${rejected} rejected` });
  return {
    chatty,
    start(inputs) {
      if (!showBar) return;
      const known = inputs !== null;
      total = inputs ?? 0;
      const cliProgress = require('cli-progress') as typeof CliProgress;
      bar = new cliProgress.SingleBar({
        stream,
        format: known ? 'corpus-clean {label} {bar} {value}/{total} {what}, {duration_formatted}' : 'corpus-clean {label} {value} {what}, {duration_formatted}',
        barsize: 30,
        hideCursor: false, // a run killed mid-way must not leave the cursor hidden
        linewrap: true, // nor line wrapping turned off
        clearOnComplete: true,
        forceRedraw: true,
        gracefulExit: false, // Ctrl-C is handled by the run (it removes temporary files first)
        fps: 10,
      });
      bar.start(total, 0, cleaning());
    },
    tick(outcome) {
      done++;
      if (outcome === 'reject') rejected++;
      bar?.update(done, cleaning());
    },
    corpusPass: {
      begin(pages) {
        counted = 0;
        bar?.setTotal(pages);
        bar?.update(0, { label: 'corpus pass', what: 'pages read' });
        bar?.render();
      },
      counted() {
        bar?.update(++counted);
      },
      cleaning() {
        bar?.setTotal(total);
        bar?.update(done, cleaning());
        bar?.render();
      },
    },
    log(line) {
      if (!bar) {
        stream.write(line + '\n');
        return;
      }
      // clear the bar's line, print the line in its place, and draw the bar again below it; the bar puts the
      // cursor back where it was saved when it ends, so the new place of the bar is saved (ESC 7)
      stream.write('\r\x1b[2K' + line + '\n\x1b7');
      bar.render();
    },
    finish(totals, context) {
      this.stop();
      if (!chatty) return;
      for (const line of summaryLines(totals, context, chalk)) stream.write(`corpus-clean: ${line}\n`);
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}

/** The end-of-run summary, one line each: counts, rejects by reason, removed blocks by rule, time. */
export function summaryLines(totals: RunTotals, context: SummaryContext, chalk: ChalkInstance = new Chalk({ level: 0 })): string[] {
  const rejected = failedCount(totals.rejects);
  const dropped = totals.rejects.duplicate ?? 0;
  const n = (x: number) => chalk.bold(String(x));
  const where = context.output ? ` to ${context.output}` : '';
  const listed = context.rejectsFile && rejected + dropped > 0 ? ` (listed in ${context.rejectsFile})` : '';
  const dups = totals.duplicates > 0 ? ` (${n(totals.duplicates)} ${dropped > 0 ? 'duplicate(s) dropped' : 'marked duplicate_of'})` : '';
  const rejectedText = rejected > 0 ? chalk.red(`${n(rejected)} rejected`) : `${n(0)} rejected`;
  const records = chalk.green(`${n(totals.records)} record(s)`);
  const lines = [
    context.unit === 'line'
      ? `${n(totals.files)} file(s), ${n(totals.inputs)} line(s): ${records}${where}, ${rejectedText}${listed}${dups}`
      : `${n(totals.inputs)} input(s), ${records}${where}, ${rejectedText}${listed}${dups}`,
  ];
  if (rejected + dropped > 0) lines.push(`rejected by reason: ${byCount(totals.rejects).map(([k, v]) => `${chalk.red(k)} ${v}`).join(', ')}`);
  const removed = byCount(totals.removed);
  if (removed.length > 0) lines.push(`removed blocks by rule: ${removed.map(([k, v]) => `${chalk.cyan(k)} ${v}`).join(', ')}`);
  lines.push(chalk.dim(`done in ${formatSeconds(totals.seconds)}`));
  return lines;
}

/** Largest count first, then by name: the same order every run. */
function byCount(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
}

export function formatSeconds(seconds: number): string {
  if (seconds < 59.95) return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}
