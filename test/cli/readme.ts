// The examples of a README section, in order, to be run by a test as they are written:
// - ```sh blocks: one command a line, run in the example's directory;
// - ```text blocks that start with `$ `: transcripts, each command followed by what it prints (standard output and
//   standard error together);
// - a ```json or ```yaml block right after a paragraph ending "Given this `NAME`:" or naming a file as
//   "data repository's `NAME`": the content of that file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';

export type Example =
  | { kind: 'command'; command: string }
  | { kind: 'transcript'; command: string; output: string }
  | { kind: 'file'; name: string; content: string };

/** The text of the `## title` section of README.md, up to the next `## ` heading. */
export function readmeSection(title: string): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start === -1) throw new Error(`README.md has no section "${title}"`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

export function examples(section: string): Example[] {
  const out: Example[] = [];
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  let last = 0;
  for (let m = fence.exec(section); m; m = fence.exec(section)) {
    const [, lang, body] = m;
    const before = section.slice(last, m.index);
    last = m.index + m[0].length;
    if (lang === 'sh') {
      for (const line of body.split('\n')) if (line.trim() !== '' && !line.startsWith('#')) out.push({ kind: 'command', command: line });
    } else if (lang === 'text' && body.startsWith('$ ')) {
      for (const part of body.split(/^\$ /m).slice(1)) {
        const nl = part.indexOf('\n');
        out.push({ kind: 'transcript', command: part.slice(0, nl), output: part.slice(nl + 1) });
      }
    } else if (lang === 'json' || lang === 'yaml') {
      const named = /`([^`]+)`[^`]*$/.exec(before.trimEnd());
      if (!named) throw new Error(`a ${lang} example with no file name before it:\n${body}`);
      out.push({ kind: 'file', name: named[1], content: body });
    } else {
      throw new Error(`an example the tests do not know how to run (\`\`\`${lang}):\n${body}`);
    }
  }
  return out;
}

/** Run times change from run to run: `done in 0.15 s` reads `done in N s`. */
export function withoutTimes(text: string): string {
  return text.replace(/done in (?:\d+(?:\.\d+)? s|\d+ min \d+ s)/g, 'done in N s');
}
