// Words that page furniture is made of, in the languages the cleaner knows: sharing and printing buttons,
// comment counters, account links, navigation. A block made mostly of them is a widget, not prose. These are
// interface words, not any site's wording; article sentences use them too, which is why the classifier weighs
// their share in a short block rather than their mere presence.
import { caseless } from './caseless.js';
import { phraseAlternation } from './phrase-trie.js';
const WIDGET_WORDS = `
  share shares shared print email e-mail mail comment comments reply replies like likes tweet retweet pin
  facebook twitter whatsapp linkedin pinterest reddit telegram xing instagram youtube tiktok flipboard rss feed
  subscribe unsubscribe newsletter login logout log sign signin signup register account profile password
  follow followers views read reads more next previous prev back top home menu search close open toggle
  skip content navigation main sitemap contact imprint privacy terms cookies cookie settings accept
  permalink trackback bookmark save download send copy link url
  teilen drucken kommentar kommentare kommentieren antworten gefällt anmelden abmelden registrieren abonnieren
  suche suchen weiter zurück weiterlesen startseite impressum datenschutz kontakt merken versenden senden
  partager imprimer commentaire commentaires répondre connexion inscription abonner rechercher suivant
  précédent accueil lire suite envoyer
  compartir imprimir comentario comentarios responder iniciar sesión registrarse suscribirse buscar siguiente
  anterior inicio leer enviar
  condividi stampa commento commenti rispondi accedi registrati iscriviti cerca successivo precedente leggi
  partilhar compartilhar comentários entrar pesquisar seguinte
  delen afdrukken reageer reacties inloggen zoeken volgende vorige
  udostępnij drukuj komentarz komentarze odpowiedz zaloguj zarejestruj subskrybuj szukaj następny poprzedni
  czytaj więcej
  поделиться печать комментарий комментарии ответить войти регистрация подписаться поиск далее
  分享 打印 评论 回复 登录 注册 订阅 搜索 首页 返回 收藏 转发 点赞
`;

export const WIDGET_VOCABULARY: ReadonlySet<string> = new Set(WIDGET_WORDS.split(/\s+/).filter(Boolean));

/** "12 comments", "Comments (3)", "0 Kommentare": counters that widgets print next to their label (matched on
 * lower-cased text). */
export const COUNTER =
  /(?:\d+\s*(?:comments?|replies|likes?|shares?|views?|reads?|kommentare?|commentaires?|comentarios?|commenti|komentarz[ey]?|评论)\b)|(?:\b(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarze)\s*[([]?\s*\d+\s*[)\]]?)/u;

const ITEM_SEPARATOR = /[|•·»›]/u;
const ITEM_SEPARATOR_NOT_QUOTES = /[|•·]/u;

/** Whether the text quotes with guillemets (French, Swiss, Russian `le film «Vape Wave», «6 Days»`; German
 * `»Zitat«`): its » and › are then quotation marks, not the separators of a breadcrumb or a list of links. */
export function quotesWithGuillemets(text: string): boolean {
  return text.includes('«') || text.includes('‹');
}

/** Three or more short items separated by bars or bullets: "Email | Print | Comments", "Home » News » World". */
export function isSeparatedItems(text: string): boolean {
  // no separator, one item: most blocks are answered without splitting
  if (text.length > 300 || !ITEM_SEPARATOR.test(text)) return false;
  const items = text.split(quotesWithGuillemets(text) ? ITEM_SEPARATOR_NOT_QUOTES : ITEM_SEPARATOR);
  return items.length >= 3 && items.every((item) => {
    const t = item.trim();
    return t.length >= 1 && t.length <= 40;
  });
}

/**
 * Phrases of page furniture written as sentences: calls to subscribe, follow, donate or comment, notices about
 * cookies and rights, and the labels of related-content boxes. Article text rarely needs them; the classifier
 * weighs a match as evidence, not as a verdict. Matched on lower-cased text.
 */
export const BOILERPLATE_PHRASES = [
  // English
  'subscribe', 'subscription', 'newsletter', 'see also', 'read also', 'learn more', 'find out more', 'sign up', 'signing up', 'follow us', 'support (?:us|our)', 'donate', 'advertis', 'sponsored',
  'cookies?', 'privacy', 'terms of (?:use|service)', 'all rights reserved', 'read more', 'related (?:articles?|stories|posts|content)',
  'recommended', 'most (?:read|popular|viewed)', 'you (?:may|might) also like', 'more from', 'click here', 'download (?:our|the) app',
  'leave a (?:comment|reply)', 'comments? (?:are|is) closed', 'posted in', 'filed under', 'tags?:', 'share this',
  // German
  'abonnier', 'anmelden', 'registrier', 'folgen sie', 'unterstützen sie', 'spenden', 'anzeige', 'werbung', 'datenschutz',
  'alle rechte vorbehalten', 'weiterlesen', 'mehr zum thema', 'lesen sie auch', 'das könnte sie (?:auch )?interessieren',
  'weitere (?:artikel|beiträge|nachrichten|themen)', 'ähnliche (?:artikel|beiträge)', 'kommentar(?:e|funktion)?', 'hier klicken',
  'jetzt (?:lesen|testen|abonnieren|bestellen)', 'privatsphäre', 'antworten zu', 'mehr erfahren', 'zum artikel',
  // French, Spanish, Italian, Portuguese, Polish, Dutch
  "s'abonner", 'abonnez', 'inscrivez', 'lire aussi', 'à lire aussi', 'publicité', 'suscríbete', 'suscribirse', 'publicidad',
  'lee también', 'te puede interesar', 'iscriviti', 'leggi anche', 'pubblicità', 'assine', 'leia também', 'publicidade',
  'subskryb', 'zobacz (?:też|także|również)', 'czytaj (?:też|także|więcej)', 'reklama', 'abonneer', 'lees ook', 'advertentie',
  'vea también', 'ver también', 'dowiedz się', 'prawem autorskim', 'voir aussi', 'en savoir plus', 'replies to', 'responses to',
];

/** The phrases as one pattern (a trie: matched on every block, where a flat alternation of a hundred phrases is
 * tried phrase after phrase at every position). */
export const BOILERPLATE_PHRASE = new RegExp(phraseAlternation(BOILERPLATE_PHRASES), 'u');

/**
 * Words that label a box of links to other pages ("We Recommend", "Most Popular", "Selections for you", "Mehr zum
 * Thema", "Lesen Sie auch"). A short heading with one of them, above a run of headlines, is a list of links.
 */
export const LIST_LABEL = new RegExp(
  [
    BOILERPLATE_PHRASE.source,
    'recommend', 'for you', 'popular', 'trending', 'latest', 'top stories', 'top news', 'headlines', 'most', 'more', 'also',
    'selection', 'editor.s picks?', 'in (?:the|other) news', 'elsewhere', 'around the web', 'opinions?',
    'empfehl', 'meistgelesen', 'beliebt', 'neueste', 'aktuell', 'weitere', 'mehr', 'ähnlich', 'top-?themen', 'schlagzeilen',
    'populaires', 'à la une', 'plus lus', 'más leíd', 'populares', 'più lett', 'najczęściej', 'popularne', 'polecane',
    '推荐', '热门', '相关', '最新', '排行',
  ].join('|'),
  'iu',
);

/** A photo caption or credit: "Foto: Andina", "(Photo: AP)", "Titelbild: ...", "© Noah Addis" (matched on
 * lower-cased text). */
export const CAPTION = /©|(?:^|[\s(|/])(?:foto|fotos|photo|photos|bild|titelbild|image|picture|credit|fotografía|zdjęcie|grafik|illustration)\s*[:/]/u;

/** `CAPTION.test(lower)`, asked only of a text holding the credit sign, a colon or a slash, as every caption does:
 * most blocks hold none of them, and finding that out is three scans rather than the pattern tried at each
 * position. */
export function isCaption(lower: string): boolean {
  return (lower.includes('©') || lower.includes(':') || lower.includes('/')) && CAPTION.test(lower);
}

/** The heading of a comment section: "12 Comments", "Leave a Reply", "Kommentare (3)", "3 Antworten". */
export const COMMENTS_LABEL = caseless(
  /^(?:\d+\s+)?(?:comments?|kommentare?|antworten|replies|responses|commentaires?|comentarios?|commenti|komentarze?|reacties|reader comments|leser-?kommentare|discussion|diskussion)\b|\b(?:leave a (?:reply|comment)|kommentar (?:schreiben|verfassen|hinterlassen)|laisser un commentaire|deja un comentario|post a comment|join the discussion)\b/iu,
);

/**
 * The labels a site prints over links to other stories that it sets inside an article ("Related", "Lesen Sie
 * auch", "Czytaj także", "相关阅读"), in the major news languages: a line that is nothing but one of them, over a
 * headline or two, is such an insert (src/pipeline/inserts.ts). Labels of a box that ends the page ("More
 * stories") are the teaser lists' business. Matched on the whole line, case aside.
 */
export const INSERT_LABELS = [
  // English
  'related', 'related (?:stories|story|articles?|content|coverage|links|news|posts|reading)', 'read also', 'also read',
  'see also', 'more on this(?: story| topic)?', 'recommended(?: reading| stories)?', "don't miss", 'you (?:may|might) also like',
  // German
  'lesen sie auch', 'auch interessant', 'mehr zum thema', 'zum thema', 'passend zum thema', 'siehe auch',
  'das könnte sie (?:auch )?interessieren',
  // French, Spanish, Italian, Portuguese, Dutch
  'lire aussi', 'à lire aussi', 'lire également', 'à lire également', 'voir aussi', 'à voir aussi', 'sur le même sujet',
  'lee también', 'lea también', 'te puede interesar', 'le puede interesar', 'ver también', 'vea también', 'noticias relacionadas',
  'relacionad(?:o|a)s?', 'leggi anche', 'potrebbe interessarti', 'articoli correlati', 'vedi anche', 'leia também', 'veja também',
  'notícias relacionadas', 'lees ook', 'zie ook', 'gerelateerd',
  // Polish, Czech, Slovak, Russian, Ukrainian
  'czytaj (?:także|też|również)', 'zobacz (?:także|też|również)', 'przeczytaj (?:także|też|również)', 'polecamy', 'powiązane',
  'související', 'čtěte (?:také|též)', 'přečtěte si (?:také|též)', 'mohlo by vás zajímat', 'súvisiace', 'čítajte aj',
  'prečítajte si aj', 'читайте также', 'по теме', 'смотрите также', 'читайте також', 'по темі',
  // Nordic, Finnish, Hungarian, Romanian, Turkish, Indonesian
  'läs också', 'läs även', 'relaterat', 'læs også', 'les også', 'relatert', 'relateret', 'lue myös', 'kapcsolódó',
  'citește și', 'citeste si', 'ilgili haberler', 'baca juga',
  // Chinese, Japanese, Korean, Arabic
  '相关阅读', '延伸阅读', '相关新闻', '相关文章', '推荐阅读', '関連記事', '관련기사', 'اقرأ أيضا', 'اقرأ أيضاً',
];

/** A line that is only an insert's label, set off by markup marks (`# Related`, `*Související*`, `Read also:`). */
export const INSERT_LABEL = new RegExp(`^[\\s#*_•>-]*(?:${phraseAlternation(INSERT_LABELS)})[\\s:：»›>*_]*$`, 'iu');
