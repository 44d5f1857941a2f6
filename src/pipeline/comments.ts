// Reader comments: a thread below the article is a run of entries that each open with the same kind of head, a
// short line giving who wrote it and when ("Anna Berg 12.03.2021 // 14:05", "Tom on March 3, 2021 at 4:47 pm",
// "Nixe said:"), perhaps under a heading of its own ("12 Comments", "Leave a Reply"). The thread is found from that
// shape, not from words: three heads or more whose time stamps are printed alike (or that all end with a colon),
// each within a few blocks of the one before, under names that differ, below article text. The article ends where
// the thread (or its heading) starts; the thread's blocks leave the body, and are read into comments (author and
// time as the page prints them, and the text) for `includeComments`. Some threads print the time under each
// comment instead, alone on its lines after the text and its reply button ("April 5, 2018" / "6:32 PM"), with the
// name, if any, on a line of its own above: three or more such feet below the comment section's heading or form are
// a thread too.
import type { Block, Doc } from './doc.js';
import { remove } from './doc.js';
import { findDate, type DateOptions } from '../extract/date.js';
import { isWeekday, MONTH_WORD } from '../text/months.js';
import { COMMENTS_LABEL } from '../text/vocabulary.js';
import { CLOCK } from '../text/time-stamps.js';
import type { Comment } from './doc-parts.js';
import type { CommentOptions } from '../options.js';
export type { Comment } from './doc-parts.js';

const NUMERIC_DATE = /(?<![\d./-])\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}(?![\d./-])/u;
const LETTERS = /\p{L}[\p{L}\p{M}'’.-]*/gu;
const MARKER = /^\s*(?:[*+•o#-]|\d{1,4}[.)])\s+/u;
/** A dash that opens a line: a quotation's attribution (a list's hyphen is a MARKER). */
const ATTRIBUTION = /^[—–―]/u;

interface Head {
  block: number;
  /** The shape of the time stamp (digits and punctuation), ':' for "Name said:", or FOOT for a comment whose time
   * stands under its text (its head is then the comment's first block, text and all). */
  signature: string;
  name: string[];
  time: string | null;
}

/** The head a block opens with, if its first line reads like one. */
function headOf(doc: Doc, block: Block): Head | null {
  const o = doc.options.comments;
  const raw = block.startLine === block.endLine ? block.text : (doc.lines[block.startLine - 1] ?? block.text);
  const line = raw.replace(MARKER, '').trim();
  if (line === '' || line.length > o.maxHeadChars || !block.text.includes(line.slice(0, 20))) return null;
  // "— Anna Berg (@anna) March 3, 2021" under a quotation is its attribution (an embedded post's foot): the quote
  // stands above it, where a comment stands below its head
  if (ATTRIBUTION.test(line)) return null;
  const stamp = timeStamp(line, doc.options.fields);
  if (stamp) {
    const name = nameWords(line.slice(0, stamp.start));
    // a name, then the stamp, then at most a verb or a button ("said:", "| Reply"): a line that goes on after
    // its date is a reference or a headline
    if (!isName(name, o) || words(line.slice(stamp.end)) > 2) return null;
    const signature = line.slice(stamp.start, stamp.end).replace(LETTERS, '').replace(/\d+/g, '0').replace(/\s+/g, '');
    return { block: block.index, signature, name, time: line.slice(stamp.start, stamp.end).trim() };
  }
  // "Name said:" on a line of its own, the comment below it
  if (/[:：]$/u.test(line)) {
    const name = nameWords(line.slice(0, -1));
    if (isName(name, o, 1)) return { block: block.index, signature: ':', name, time: null };
  }
  return null;
}

/** Where the line's time stamp is: a date (with its time) or a clock time. A relative time ("2 days ago", "před 3
 * minutami") is not read: news feeds print it over every teaser. */
function timeStamp(line: string, dates: DateOptions): { start: number; end: number } | null {
  const date = findDate(line, dates);
  // a numeric date whose day and month cannot be told apart (11/08/2020) is still a date
  const numeric = date ? null : NUMERIC_DATE.exec(line);
  const clock = CLOCK.exec(line);
  const spans = [
    date && { start: date.start, end: date.end },
    numeric && { start: numeric.index, end: numeric.index + numeric[0].length },
    clock && { start: clock.index, end: clock.index + clock[0].length },
  ].filter(
    (s): s is { start: number; end: number } => s !== null,
  );
  if (spans.length === 0) return null;
  let start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  // "Tuesday, March 3, 2021": a month's or a weekday's name just before the date belongs to it
  for (let before = lastWord(line, start); before && (MONTH_WORD.test(before.word) || isWeekday(before.word)); before = lastWord(line, start)) {
    start = before.index;
  }
  return { start, end };
}

/** A few words, each with a letter, none quoted or in brackets; `extra`: words allowed beyond a name ("said"). */
function isName(name: string[], o: CommentOptions, extra = 0): boolean {
  return name.length >= 1 && name.length <= o.maxNameWords + extra && name.every((w) => /\p{L}/u.test(w) && !/["“”„«»()[\]]/u.test(w));
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}

/** The last word of `line` before `end`, and where it starts (a comma after it allowed). */
function lastWord(line: string, end: number): { word: string; index: number } | null {
  let to = end;
  while (to > 0 && (line[to - 1] === ' ' || line[to - 1] === ',')) to--;
  const index = line.lastIndexOf(' ', to - 1) + 1;
  const word = line.slice(index, to);
  return word !== '' && /\p{L}/u.test(word) ? { word, index } : null;
}

/** The words before a stamp, without a remark in brackets ("Anna (Berlin)"), the separators after them ("Anna |",
 * "Anna ·"), an avatar's mail address ("anna@example.org' Anna") or picture ("[avatar.png] Anna"), nor the
 * comment's number ("#12 Anna"). */
function nameWords(text: string): string[] {
  return text
    .replace(REMARK, ' ')
    .replace(PICTURE, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w) && !w.includes('@') && !COMMENT_NUMBER.test(w))
    .map((w) => w.replace(/[,;:]$/u, ''));
}

const REMARK = /\([^()]{0,40}\)/gu;
/** What a text browser prints for a picture: its file name or address in square brackets. */
const PICTURE = /\[[^\][\s]{0,200}\.(?:gif|png|jpe?g|webp|svg)\]/giu;
const COMMENT_NUMBER = /^#\d+$/u;

/** Heads that follow each other at most `maxGap` blocks apart with the same signature: candidate threads. */
function chains(heads: Head[], o: CommentOptions): Head[][] {
  const open = new Map<string, Head[]>();
  const done: Head[][] = [];
  for (const h of heads) {
    const chain = open.get(h.signature);
    if (chain && h.block - chain[chain.length - 1].block <= o.maxGap) chain.push(h);
    else {
      if (chain) done.push(chain);
      open.set(h.signature, [h]);
    }
  }
  done.push(...open.values());
  return done.filter((c) => c.length >= o.minHeads).sort((a, b) => a[0].block - b[0].block);
}

/** Names of a thread, without the words every head repeats around them ("said", "on", "at"). */
function threadNames(chain: Head[]): string[] {
  const counts = new Map<string, number>();
  for (const h of chain) for (const w of new Set(h.name.map((x) => x.toLowerCase()))) counts.set(w, (counts.get(w) ?? 0) + 1);
  const common = (w: string) => (counts.get(w.toLowerCase()) ?? 0) * 2 > chain.length;
  return chain.map((h) => {
    const words = [...h.name];
    while (words.length > 1 && common(words[words.length - 1])) words.pop();
    while (words.length > 1 && common(words[0])) words.shift();
    return words.join(' ');
  });
}

/** The name most heads give (lower case), and the share of heads that give it. */
function mostCommon(names: string[]): { name: string; share: number } {
  const counts = new Map<string, number>();
  let most = { name: '', count: 0 };
  for (const n of names) {
    const c = (counts.get(n.toLowerCase()) ?? 0) + 1;
    counts.set(n.toLowerCase(), c);
    if (c > most.count) most = { name: n.toLowerCase(), count: c };
  }
  return { name: most.name, share: most.count / names.length };
}

/** Readers take turns: the same word before most stamps is a label ("Updated"), a columnist's dated entries or a
 * live blog's clock, and no thread (null). One name may stand before many stamps when it answers the others: the
 * blog's author replying under each comment, a third of the heads or more, three in four of them right after
 * another reader's (a reader's head may be missed), among readers whose names differ. That name is returned (its
 * answers belong to the comments they answer: their text stands above their stamp), or '' when there is none. */
function answeringName(names: string[], o: CommentOptions): string | null {
  const top = mostCommon(names);
  const isTop = names.map((n) => n.toLowerCase() === top.name);
  const readers = names.filter((_, i) => !isTop[i]);
  const answers = isTop.filter((t, i) => t && i > 0 && !isTop[i - 1]).length;
  const answering = top.share * 3 >= 1 && readers.length >= o.minHeads && mostCommon(readers).share <= 0.5 && answers * 4 >= (names.length - readers.length) * 3;
  if (answering) return top.name;
  return top.share <= 0.5 ? '' : null;
}

export interface Thread {
  /** First block of the comment section (its heading, or the first head). */
  start: number;
  /** Exclusive. */
  end: number;
  heads: Head[];
  names: string[];
}

/** The page's comment thread, if it has one below its article text: by its heads, or else by its feet. */
export function findThread(doc: Doc): Thread | null {
  return threadByHeads(doc) ?? threadByFeet(doc);
}

function threadByHeads(doc: Doc): Thread | null {
  const blocks = doc.blocks;
  const o = doc.options.comments;
  const heads: Head[] = [];
  for (const b of blocks) {
    const h = headOf(doc, b);
    if (h) heads.push(h);
  }
  for (const found of chains(heads, o)) {
    const timed = found[0].signature === ':' ? timedBelow(doc, found) : found;
    if (timed.length < o.minHeads) continue;
    const all = threadNames(timed);
    // "Name says:" over a time is a name, and two can talk
    const answering = timed[0].signature === ':' ? (new Set(all.map((n) => n.toLowerCase())).size < 2 ? null : '') : answeringName(all, o);
    if (answering === null) continue;
    const chain = answering === '' ? timed : timed.filter((_, n) => all[n].toLowerCase() !== answering);
    const names = answering === '' ? all : threadNames(chain);
    const first = chain[0].block;
    let article = 0;
    let lastProse = -1;
    for (let i = 0; i < first; i++) {
      if (!blocks[i].decision.keep) continue;
      article += blocks[i].features.chars;
      if (blocks[i].features.chars >= 150) lastProse = i;
    }
    if (article < o.minArticleChars) continue;
    // entries of a list (dated links, timetables) have no text under their heads; comments do
    const texts = chain.map((h, n) => commentText(doc, h, n + 1 < chain.length ? chain[n + 1].block : h.block + 1));
    if (texts.filter((t) => t !== '').length * 3 < chain.length * 2) continue;
    // the section's heading ("12 thoughts on ...", "Leser-Kommentare"), counters and list numbers above the first
    // head, back to the article's last paragraph
    let start = first;
    while (start - 1 > lastProse && first - start < o.maxLabelDistance && isSectionLine(blocks[start - 1], o)) start--;
    return { start, end: threadEnd(blocks, chain, o), heads: chain, names };
  }
  return null;
}

const FOOT = 'foot';

/** Blocks that are a time stamp and nothing else ("April 5, 2018", "6:32 PM", "12.03.2021 // 14:05"), with their
 * signature. */
function stampAlone(block: Block, o: CommentOptions, dates: DateOptions): string | null {
  const line = block.text.replace(MARKER, '').trim();
  if (line === '' || line.length > o.maxHeadChars) return null;
  const stamp = timeStamp(line, dates);
  if (!stamp || stamp.start > 0 || /[\p{L}\p{N}]/u.test(line.slice(stamp.end).replace(/\b(?:at|um|à|a las|o)\b/giu, ''))) return null;
  return line.replace(LETTERS, 'a').replace(/\d+/g, '0').replace(/\s+/g, '');
}

/**
 * A thread whose comments each end with their time stamp alone (the date and the time may be two lines): at least
 * `minHeads` feet printed alike, each at most `maxGap` blocks after the one before, text above most of them, below a
 * comment section's heading or form that follows article text. The thread runs from that heading to the last foot;
 * each comment from the block after one foot to the next foot.
 */
function threadByFeet(doc: Doc): Thread | null {
  const blocks = doc.blocks;
  const o = doc.options.comments;
  // a foot: the first of adjacent stamp-alone blocks, and where it ends
  const feet: { block: number; end: number; signature: string }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const signature = stampAlone(blocks[i], o, doc.options.fields);
    if (signature === null) continue;
    let end = i + 1;
    while (end < blocks.length && stampAlone(blocks[end], o, doc.options.fields) !== null) end++;
    feet.push({ block: i, end, signature });
    i = end - 1;
  }
  const bySignature = new Map<string, typeof feet>();
  for (const f of feet) bySignature.set(f.signature, [...(bySignature.get(f.signature) ?? []), f]);
  for (const same of bySignature.values()) {
    let chain: typeof feet = [];
    for (const f of [...same, null]) {
      if (f && (chain.length === 0 || f.block - chain[chain.length - 1].end < o.maxGap)) {
        chain.push(f);
        continue;
      }
      const thread = chain.length >= o.minHeads ? footThread(doc, chain) : null;
      if (thread) return thread;
      chain = f ? [f] : [];
    }
  }
  return null;
}

function footThread(doc: Doc, feet: { block: number; end: number }[]): Thread | null {
  const blocks = doc.blocks;
  const o = doc.options.comments;
  const first = feet[0].block;
  // the comment section's heading or form, at most a comment's length above the first foot
  let label = -1;
  for (let i = first - 1; i >= 0 && first - i <= o.maxGap + o.maxLabelDistance; i--) {
    if (COMMENTS_LABEL.test(blocks[i].text)) label = i;
  }
  if (label < 0) return null;
  let article = 0;
  for (let i = 0; i < label; i++) if (blocks[i].decision.keep) article += blocks[i].features.chars;
  if (article < o.minArticleChars) return null;
  // the first comment starts under the form's last field (renderer residue: a text box, a button), at most a
  // comment's length above its foot
  let start = first;
  while (start - 1 > label && first - start < o.maxGap && blocks[start - 1].decision.rule !== 'chrome:residue') start--;
  const heads: Head[] = feet.map((f, n) => ({
    block: n === 0 ? start : feet[n - 1].end,
    signature: FOOT,
    name: [],
    time: blocks.slice(f.block, f.end).map((b) => b.text.replace(MARKER, '').trim()).join(' '),
  }));
  const texts = heads.map((h, n) => commentText(doc, h, feet[n].block));
  if (texts.filter((t) => t !== '').length * 3 < heads.length * 2) return null;
  return { start: label, end: feet[feet.length - 1].end, heads, names: heads.map((h, n) => footAuthor(doc, h.block, feet[n].block)) };
}

/** A comment's author where its name stands on a line of its own above its text: a few words, no sentence (a
 * final initial's full stop allowed: "Mirja K."). */
function footAuthor(doc: Doc, from: number, to: number): string {
  const b = doc.blocks[from];
  const name = b.text.replace(MARKER, '').trim();
  const sentence = b.features.terminal && !/(?:^|\s)\p{Lu}\.$/u.test(name);
  if (to - from < 2 || !isText(b) || b.features.words > doc.options.comments.maxNameWords || sentence || b.startLine !== b.endLine) return '';
  return name;
}

/** Labels that end with a colon head sections, interviews and quotations too ("Anne:", "Tom wrote:"): a thread's
 * heads are those with the time below them ("Anna says:" over "March 3, 2021 at 4:47 pm"). */
function timedBelow(doc: Doc, chain: Head[]): Head[] {
  const o = doc.options.comments;
  return chain.filter((h, n) => timeStamp(commentText(doc, h, n + 1 < chain.length ? chain[n + 1].block : h.block + 2).slice(0, o.maxHeadChars), doc.options.fields)?.start === 0);
}

/** A short line that is not a sentence of the article: a heading, a counter, a list number, a button. */
function isSectionLine(block: Block, o: CommentOptions): boolean {
  const f = block.features;
  return COMMENTS_LABEL.test(block.text) || (f.words <= 12 && f.chars <= o.maxHeadChars && !(f.terminal && f.words >= 4));
}

/** The last comment runs on over text and buttons, up to the first button after its text (its reply button), at
 * most `maxGap` blocks, and not into the form for a new comment ("Leave a Reply"). */
function threadEnd(blocks: Block[], chain: Head[], o: CommentOptions): number {
  const last = chain[chain.length - 1].block;
  let end = last + 1;
  let text = false;
  while (end < blocks.length && end - last <= o.maxGap && !COMMENTS_LABEL.test(blocks[end].text)) {
    const b = blocks[end];
    if (isAction(b) && !b.features.terminal) {
      end++;
      // the button under the comment closes it
      if (text) break;
    } else if (isText(b)) {
      text = true;
      end++;
    } else break;
  }
  return end;
}

/** A reply or rating button under each comment: a short line, removed as interface words. */
function isAction(block: Block): boolean {
  return block.decision.rule === 'chrome:widget' || block.features.words <= 3;
}

/**
 * Take the comment thread out of the body: its blocks are removed (`comments:thread`, its heading and form
 * `comments:section`), and returned as comments, each from its head to the next.
 */
export function takeComments(doc: Doc): Comment[] {
  const thread = findThread(doc);
  if (!thread) return [];
  const blocks = doc.blocks;
  const o = doc.options.comments;
  const firstHead = thread.heads[0].block;
  for (let i = thread.start; i < firstHead; i++) {
    if (blocks[i].decision.keep) remove(blocks[i], 'comments:section', 'heading or form of the comment section below the article');
  }
  const comments: Comment[] = [];
  thread.heads.forEach((head, n) => {
    const to = n + 1 < thread.heads.length ? thread.heads[n + 1].block : thread.end;
    let text = commentText(doc, head, to);
    let time = head.time;
    // "Name said:" with the time on the line below it
    const stamp = time === null ? timeStamp(text.slice(0, o.maxHeadChars), doc.options.fields) : null;
    if (stamp && stamp.start === 0) {
      time = text.slice(0, stamp.end).trim();
      text = text.slice(stamp.end).trim();
    }
    for (let i = head.block; i < to; i++) if (blocks[i].decision.keep) remove(blocks[i], 'comments:thread', `reader comment ${n + 1} of ${thread.heads.length} below the article`);
    // a name on its own line above the text is the author, not the comment
    if (head.signature === FOOT && thread.names[n] && text.startsWith(thread.names[n])) text = text.slice(thread.names[n].length).trim();
    if (text !== '') comments.push({ author: thread.names[n] || null, time, text });
  });
  return withoutButton(comments);
}

/** Comments without the button printed at the end of each ("Reply", "Antworten"), where it joined their text: the
 * same last word ending at least half of them after a sentence's end. */
function withoutButton(comments: Comment[]): Comment[] {
  const last = comments.map((c) => buttonAtEnd(c.text));
  const counts = new Map<string, number>();
  for (const w of last) if (w !== '') counts.set(w, (counts.get(w) ?? 0) + 1);
  const [button, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count * 2 < comments.length) return comments;
  // once known, the button goes wherever it ends a comment ("Beste Grüße Anna Antworten")
  return comments.flatMap((c) => {
    if (!c.text.endsWith(button) || !/\s/u.test(c.text.charAt(c.text.length - button.length - 1))) return [c];
    const text = c.text.slice(0, c.text.length - button.length).trim();
    return text === '' ? [] : [{ ...c, text }];
  });
}

/** The text's last word when it stands after the end of a sentence or a paragraph, else ''. */
function buttonAtEnd(text: string): string {
  const space = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\n'));
  const word = text.slice(space + 1);
  const before = text.slice(0, space).trimEnd();
  return space > 0 && /^\p{L}+$/u.test(word) && (text[space] === '\n' || SENTENCE_END.test(before.slice(-1))) ? word : '';
}

const SENTENCE_END = /^[.!?)…:;"”»\p{So}]$/u;

/** A comment's text: its head block after the head line, and the blocks of text up to `to`, without reply and
 * rating buttons. */
function commentText(doc: Doc, head: Head, to: number): string {
  const parts: string[] = [];
  for (let i = head.block; i < to && i < doc.blocks.length; i++) {
    const b = doc.blocks[i];
    if (head.signature === FOOT && stampAlone(b, doc.options.comments, doc.options.fields) !== null) continue;
    if (i === head.block && head.signature !== FOOT) parts.push(afterHead(doc, b));
    else if (isText(b) && !(isAction(b) && !b.features.terminal)) parts.push(b.text);
  }
  // list numbers of nested replies ("3.") are not text
  return parts
    .map((p) => p.trim())
    .filter((p) => /[\p{L}\p{N}]{2}|\p{L}/u.test(p) && !/^\d+[.)]?$/u.test(p))
    .join('\n\n');
}

/** Whether the block may be a comment's text: whatever the classifier made of it for where it lies (outside the
 * article, a run of short lines), but not what it removes for what it is (buttons, form fields, captions). */
function isText(block: Block): boolean {
  return !NOT_TEXT.has(block.decision.rule);
}

const NOT_TEXT = new Set(['chrome:residue', 'chrome:widget', 'chrome:caption']);

/** The block's text after its head line. */
function afterHead(doc: Doc, block: Block): string {
  if (block.startLine === block.endLine) return '';
  const line = (doc.lines[block.startLine - 1] ?? '').replace(MARKER, '').trim();
  const at = block.text.indexOf(line);
  return at < 0 ? block.text : block.text.slice(at + line.length);
}
