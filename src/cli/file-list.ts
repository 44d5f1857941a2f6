// `--files-from FILE` (`-` for standard input): the inputs listed in a file, one a line, as `find`, `git ls-files`
// and `xargs` pass them; `-0` (`--null`) for lists separated by NUL bytes (`find -print0`), which can name any file.
// The names listed join the inputs given as arguments, after them, and are read as arguments are (a directory is
// walked).
import { readFile } from 'node:fs/promises';
import { describeFsError } from '../io/discover.js';
import { UsageError } from './exit.js';

export interface FileListFlags {
  filesFrom?: string;
  null?: boolean;
}

/** The inputs of a command that needs some: the arguments and the names listed; a usage error when there are none
 * and no list was given (an empty list is a list of nothing, as `find` finding nothing is). */
export async function requiredInputs(args: string[], flags: FileListFlags, what: string): Promise<string[]> {
  const inputs = await withListedFiles(args, flags);
  if (inputs.length === 0 && flags.filesFrom === undefined) throw new UsageError(`no ${what}: give them as arguments, or list them with --files-from FILE`);
  return inputs;
}

/** The arguments, then the names the --files-from list holds. */
export async function withListedFiles(args: string[], flags: FileListFlags): Promise<string[]> {
  if (flags.filesFrom === undefined) {
    if (flags.null) throw new UsageError('-0 says how the list of --files-from is separated: give --files-from FILE (- for standard input)');
    return args;
  }
  if (flags.filesFrom === '-' && args.includes('-')) {
    throw new UsageError('standard input cannot be both the list of files (--files-from -) and a page (-)');
  }
  let bytes: Buffer;
  try {
    bytes = flags.filesFrom === '-' ? await readStdin() : await readFile(flags.filesFrom);
  } catch (err) {
    throw new UsageError(`cannot read the list of files ${flags.filesFrom}: ${describeFsError(err)}`);
  }
  return [...args, ...parseFileList(bytes.toString('utf8'), flags.null === true)];
}

/**
 * The names of a list: NUL-separated, or one a line (LF or CRLF); empty entries are skipped. A name `-` is the
 * file of that name, not standard input.
 */
export function parseFileList(text: string, nul: boolean): string[] {
  const names = nul ? text.split('\0') : text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  return names.filter((name) => name !== '').map((name) => (name === '-' ? './-' : name));
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
