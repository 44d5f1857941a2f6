// The examples of README.md and docs/*.md, in order, to be run by the tests as they are written:
// - ```sh blocks: one command a line, run in the example's directory;
// - ```text blocks that start with `$ `: transcripts, each command followed by what it prints (standard output and
//   standard error together);
// - a ```json, ```yaml or ```text block right after a paragraph ending "this `NAME`:" (or naming the file as the
//   last thing in backquotes before the block): the content of that file;
// - a ```json block right after a paragraph that starts with "`COMMAND` prints": the JSON the command prints;
// - ```js blocks: programs that use the library;
// - any other block (a synopsis, an excerpt, another language): shown, not run, unless a test says otherwise.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';

export type Example =
  | { kind: 'command'; command: string }
  | { kind: 'transcript'; command: string; output: string }
  | { kind: 'file'; name: string; content: string }
  | { kind: 'prints'; command: string; output: string }
  | { kind: 'script'; content: string }
  | { kind: 'shown'; lang: string; content: string };

/** README.md and every page of docs/, as paths from the repository's root. */
export function documents(): string[] {
  const docs = readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort();
  return ['README.md', ...docs.map((f) => `docs/${f}`)];
}

export function readDocument(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8');
}

/** The text of the `## title` section of a document, up to the next `## ` heading. */
export function section(file: string, title: string): string {
  const text = readDocument(file);
  const start = text.indexOf(`\n## ${title}\n`);
  if (start === -1) throw new Error(`${file} has no section "${title}"`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

export function examples(text: string): Example[] {
  const out: Example[] = [];
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  let last = 0;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const [, lang, body] = m;
    const before = text.slice(last, m.index).trimEnd();
    last = m.index + m[0].length;
    const paragraph = before.slice(before.lastIndexOf('\n\n') + 2);
    const prints = /^`([^`]+)` prints\b/.exec(paragraph);
    const named = /`([^`]+)`[^`]*:$/.exec(before);
    if (lang === 'sh') {
      // a line ending in a backslash goes on on the next
      for (const command of body.split(/(?<!\\)\n/)) if (command.trim() !== '' && !command.startsWith('#')) out.push({ kind: 'command', command });
    } else if (lang === 'text' && body.startsWith('$ ')) {
      for (const part of body.split(/^\$ /m).slice(1)) {
        const nl = part.indexOf('\n');
        out.push({ kind: 'transcript', command: part.slice(0, nl), output: part.slice(nl + 1) });
      }
    } else if (lang === 'json' && prints) {
      out.push({ kind: 'prints', command: prints[1], output: body });
    } else if ((lang === 'json' || lang === 'yaml' || lang === 'text') && named) {
      out.push({ kind: 'file', name: named[1], content: body });
    } else if (lang === 'js') {
      out.push({ kind: 'script', content: body });
    } else {
      out.push({ kind: 'shown', lang, content: body });
    }
  }
  return out;
}

/** What identifies an example in the tests' tables: the first line of its command or content, or its file name. */
export function exampleKey(e: Example): string {
  const first = (text: string) => text.split('\n')[0];
  switch (e.kind) {
    case 'command':
    case 'transcript':
    case 'prints':
      return `${e.kind} ${first(e.command)}`;
    case 'file':
      return `file ${e.name}`;
    default:
      return `${e.kind} ${first(e.content)}`;
  }
}

/** Run times change from run to run: `done in 0.15 s` reads `done in N s`. */
export function withoutTimes(text: string): string {
  return text.replace(/done in (?:\d+(?:\.\d+)? s|\d+ min \d+ s)/g, 'done in N s');
}
