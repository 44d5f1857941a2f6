// The command-line program: parses flags and hands over to a command module. Command modules are loaded only
// when used, so `corpus-clean --version` starts without loading the cleaner.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { EXIT, UsageError } from './exit.js';
import { parseSize } from '../io/size.js';

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

function size(value: string): number {
  const bytes = parseSize(value);
  if (bytes === null) throw new InvalidArgumentError('expected a size in bytes, or with K, M or G (20M)');
  return bytes;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** --verbose: the summary and per-page lines that a terminal shows, wherever standard error goes. */
function verbose(): Option {
  return new Option('--verbose', 'print the summary and per-page rejects and warnings on standard error even when it is not a terminal').conflicts('quiet');
}

/** --files-from and -0: inputs listed in a file or on standard input, for every command that takes inputs. */
function listingFiles(command: Command): Command {
  return command
    .option('--files-from <file>', 'also take the inputs listed in FILE, one a line (- for standard input: find ... | corpus-clean --files-from -)')
    .option('-0, --null', 'the names of the --files-from list are separated by NUL bytes (find -print0)');
}

const PAGES_INCLUDE = '**/*.{txt,html,htm}{,.gz,.zst}';

/** The flags that choose files in directory inputs, the same for every command that walks directories. */
function selectingFiles(command: Command, includeDefault = PAGES_INCLUDE): Command {
  return listingFiles(command)
    .option('--include <glob>', `files to take from directories (repeatable; default ${includeDefault})`, collect)
    .option('--exclude <glob>', 'files to leave out of directories (repeatable)', collect);
}

export function buildProgram(): Command {
  const program = newProgram();
  addCleanCommand(program);
  addReportCommand(program);
  addCheckCommand(program);
  addSchemaCommand(program);
  addProfileCommand(program);
  return program;
}

/** The program without its commands, with the settings they inherit. */
function newProgram(): Command {
  return new Command('corpus-clean')
    .description('Turn raw news-page dumps into a clean, validated JSONL corpus.')
    .version(version, '-V, --version')
    .addHelpText('after', '\nclean is the default command (corpus-clean pages/ -o corpus.jsonl cleans pages/):\nsee corpus-clean clean --help for its options.')
    .showHelpAfterError('(run corpus-clean --help for usage)')
    // the parser's messages look like the program's own: `corpus-clean: unknown option '--x'`, not `error: ...`
    // (set before the commands are added, which inherit it)
    .configureOutput({ outputError: (message, write) => write(message.startsWith('error: ') ? `corpus-clean: ${message.slice('error: '.length)}` : message) })
    .exitOverride();
}

/** The default command: clean pages into records (or, with --explain, show why each block was kept). */
function addCleanCommand(program: Command): void {
  selectingFiles(program.command('clean', { isDefault: true }), `${PAGES_INCLUDE}, with --from-jsonl **/*.{jsonl,ndjson}{,.gz,.zst}`)
    .description('clean pages into records (the default command)')
    .argument('[inputs...]', 'files, directories (walked for *.txt, *.html, *.htm, also gzip or zstd compressed) or - for standard input')
    .option('-o, --output <file>', 'write records to FILE (.jsonl or .json); default: standard output')
    .addOption(new Option('--format <format>', 'output format when -o has no telling extension').choices(['jsonl', 'json']))
    .addOption(
      new Option('--layout <layout>', 'record layout: corpus-clean\'s own, or datatrove\'s {"id", "text", "metadata": {...}} (its JsonlReader reads it as it is)')
        .choices(['corpus-clean', 'datatrove'])
        .default('corpus-clean'),
    )
    .option('--rejects <file>', 'write rejected inputs to FILE as JSONL (source, reason, message); default: report them on standard error')
    .option('--encoding <name>', 'read pages without a byte order mark in this encoding; default: detect it')
    .option('--max-bytes <size>', 'reject pages larger than SIZE without loading them (K, M, G allowed; default 20M)', size)
    .option('--from-jsonl', 'inputs are JSONL records from another tool, one page per line (directories: *.jsonl, *.ndjson)')
    .option('--text-field <name>', 'with --from-jsonl: the field that holds the page text (default "text")')
    .option('--summary-json <file>', 'write the end-of-run summary (counts, rejects by reason, removed blocks by rule, time) to FILE as JSON')
    .option('--drop-duplicates', 'leave later copies of a page out of the output, as rejects (reason duplicate); default: keep them, marked by duplicate_of')
    .option('--include-comments', 'write the reader comments found below an article into the record\'s comments (author, time, text); default: leave them out')
    .option('--near-threshold <j>', 'Jaccard similarity of word shingles from which pages are near duplicates (0 to 1, default 0.8)', jaccardThreshold)
    .option('-q, --quiet', 'print nothing on standard error but errors')
    .addOption(verbose())
    .option('--strict', 'exit 1 when any page is rejected (default: only when an input cannot be read)')
    .option('--explain', 'instead of records, show why each block was kept or removed (rule, reason, score, features); JSON with --format or a .jsonl/.json output')
    .option('-j, --jobs <n>', 'worker threads cleaning pages (default and at most: the number of cores; 1 cleans in the main thread)', positiveInt)
    .option('--profile <file>', 'use this corpus profile (corpus-clean profile) instead of a first pass over the inputs')
    .option('--no-profile', 'no corpus pass: judge every page on its own')
    .option('--shard <i/n>', 'clean only shard I of N of the inputs (contiguous parts of the sorted input list)')
    .option('--signatures <file>', 'with --shard and --profile (or --from-jsonl): the merged signatures of all shards (corpus-clean profile --profile, or --from-jsonl), so that copies of pages in earlier shards are marked as in one run')
    .option('--cleaned <file>', 'with --shard: what this shard\'s signature round cleaned (corpus-clean profile --cleaned), written out instead of cleaning the pages again')
    .option('--warmup <n>', 'pages of a stream (standard input) profiled before cleaning begins (default 1000)', positiveInt)
    .action(async (inputs: string[], opts) => {
      if (opts.explain) {
        const { runExplain } = await import('./explain.js');
        process.exitCode = await runExplain(inputs, opts);
        return;
      }
      const { runClean } = await import('./clean.js');
      process.exitCode = await runClean(inputs, opts);
    });
}

/** `report`: one self-contained HTML page of what was kept and removed. */
function addReportCommand(program: Command): void {
  selectingFiles(program.command('report'))
    .description('clean pages and write one self-contained HTML report of what was kept and removed')
    .argument('[inputs...]', 'files, directories (walked for *.txt, *.html, *.htm, also gzip or zstd compressed) or - for standard input')
    .option('-o, --output <file>', 'write the report to FILE; default: standard output, when it is not a terminal')
    .option('--max-pages <n>', 'show at most N pages in detail, evenly spaced (default 200)', positiveInt)
    .option('--encoding <name>', 'read pages without a byte order mark in this encoding; default: detect it')
    .option('--max-bytes <size>', 'reject pages larger than SIZE without loading them (default 20M)', size)
    .option('-q, --quiet', 'print nothing on standard error but errors')
    .addOption(verbose())
    .action(async (inputs: string[], opts) => {
      const { runReport } = await import('./report.js');
      process.exitCode = await runReport(inputs, opts);
    });
}

/** `check`: validate corpus files (or raw pages) against the record schema. */
function addCheckCommand(program: Command): void {
  listingFiles(program.command('check'))
    .description('validate JSON and JSONL corpus files against the record schema (with --raw: raw pages against the cleaner)')
    .argument('[files...]', 'corpus files (.jsonl, .ndjson, .json, also compressed), directories, or - for standard input')
    .option('--raw', 'the files are raw page dumps: fail on pages the cleaner would reject (no article text, binary, ...)')
    .option('--max-bytes <size>', 'read no JSONL line (default 64M), JSON file (1G) or raw page (20M) larger than SIZE', size)
    .option('-q, --quiet', 'print the problems only, no summary')
    .addOption(verbose())
    .action(async (files: string[], opts) => {
      const { runCheck } = await import('./check.js');
      process.exitCode = await runCheck(files, opts);
    });
}

/** `schema`: print the JSON Schema of a record. */
function addSchemaCommand(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of a record (generated from the record schema the cleaner validates with)')
    .action(async () => {
      const { runSchema } = await import('./schema.js');
      process.exitCode = runSchema();
    });
}

/** `profile`: the first pass, line counts across the inputs, or shard profiles merged. */
function addProfileCommand(program: Command): void {
  selectingFiles(program.command('profile'), `${PAGES_INCLUDE}, with --from-jsonl **/*.{jsonl,ndjson}{,.gz,.zst}`)
    .description('count how often each line recurs across the inputs (the first pass), or merge shard profiles')
    .argument('[inputs...]', 'files and directories to profile, or with --merge the profile files to add up')
    .option('-o, --output <file>', 'write the profile to FILE; default: standard output')
    .option('--merge', 'merge profile files (of shards of one corpus) into one')
    .option('--shard <i/n>', 'profile only shard I of N of the inputs (as clean --shard)')
    .option('--profile <file>', 'with the merged profile of all shards: write the duplicate signatures of the pages cleaned with it (JSONL), for clean --signatures')
    .option('--from-jsonl', 'inputs are JSONL records from another tool (cleaned without a profile): write their duplicate signatures, for clean --from-jsonl --signatures')
    .option('--text-field <name>', 'with --from-jsonl: the field that holds the page text (default "text")')
    .option('--cleaned <file>', 'with --profile or --from-jsonl: also keep the records and rejects cleaned in FILE, which clean --cleaned writes out instead of cleaning again')
    .addOption(new Option('--layout <layout>', 'with --cleaned: the layout of the records kept').choices(['corpus-clean', 'datatrove']))
    .option('--include-comments', 'with --cleaned: the records kept carry the reader comments')
    .option('-j, --jobs <n>', 'worker threads reading and counting pages (default and at most: the number of cores)', positiveInt)
    .option('--encoding <name>', 'read pages without a byte order mark in this encoding; default: detect it')
    .option('--max-bytes <size>', 'leave out pages larger than SIZE (default 20M)', size)
    .option('-q, --quiet', 'print nothing on standard error but errors')
    .addOption(verbose())
    .action(async (inputs: string[], opts) => {
      const { runProfile } = await import('./profile.js');
      process.exitCode = await runProfile(inputs, opts);
    });
}

/**
 * `corpus-clean chekc x.jsonl`: cleaning is the default command, so a mistyped command would be read as an input
 * that is not there (exit 1, "chekc: unreadable"). A first argument that names no file and is one or two typing
 * slips from a command's name is a usage error that names the command meant.
 */
function mistypedCommand(program: Command, args: string[]): void {
  const [first] = args;
  if (first === undefined || first.startsWith('-') || ['/', '\\', '.'].some((c) => first.includes(c))) return;
  const names = program.commands.map((c) => c.name());
  if (names.includes(first) || first === 'help' || existsSync(first)) return;
  const near = names.filter((name) => editDistance(first.toLowerCase(), name) <= Math.min(2, Math.floor(name.length / 3)));
  if (near.length === 0) return;
  throw new UsageError(`${first}: no such command or file (did you mean ${near.map((n) => `corpus-clean ${n}`).join(' or ')}?)`);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours, one each. */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length];
}

function jaccardThreshold(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !(n > 0 && n <= 1)) throw new InvalidArgumentError('expected a number above 0 and at most 1 (0.8)');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    mistypedCommand(program, argv.slice(2));
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; every other parse problem is a usage error
      process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`corpus-clean: ${err.message}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    throw err;
  }
}
