// Words that bind to what follows them: articles, prepositions and conjunctions. A sentence does not end on one,
// so a line that ends on one, without a stop, goes on in the next line whatever the line's width. Only words that
// cannot close a sentence in their language are listed ("in" and "on" can, as adverbs: "come in").
const WORDS = [
  // English
  'the a an of to for with and or but from by at as than into onto upon nor',
  // German
  'der die das den dem des ein eine einen einem einer eines und oder aber sondern mit von zu zum zur im ins auf für bei nach aus über unter durch gegen ohne um wie als dass',
  // French
  'le la les un une des du au aux et ou mais à de pour par sur avec sans dans chez entre vers que qui dont',
  // Spanish, Portuguese, Italian
  'el los las del y ni pero con por para sin sobre entre hacia desde una unos unas os das dos da do na no nas nos em com sem uma il lo gli di della delle dei degli nel nella con per tra fra che',
  // Dutch, Polish, Czech
  'het een en maar voor naar uit bij tot op van oraz lub ale się przez dla bez pod nad przy jak ani nebo ale pro bez pod nad při jako',
].join(' ');

const BINDING = new Set(WORDS.split(' '));

/** Whether `line` ends with a word that binds to the next (the word as printed, any case). */
export function endsWithBindingWord(line: string): boolean {
  const space = line.lastIndexOf(' ');
  const word = line.slice(space + 1);
  return space >= 0 && BINDING.has(word.toLowerCase());
}
