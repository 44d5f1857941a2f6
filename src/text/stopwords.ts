// Function words (articles, pronouns, prepositions, conjunctions, auxiliaries) of the languages news corpora
// mostly come in. Running prose is dense in them; navigation, headline lists and widgets are not, which makes
// their share one of the best cheap signals of body text (jusText). The lists are deliberately closed-class
// only and of similar size, so that a density threshold means the same thing in every language.
import { isCjkCharacterWord } from './tokens.js';

const LISTS: Record<string, string> = {
  en: `a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor
    not now of off on once only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours yourself yourselves said says
    who's it's he's she's they're we're i'm don't didn't isn't wasn't won't can't`,
  de: `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus
    bei bin bis bist da damit dann das dass dasselbe dazu dein deine deinem deinen deiner dem den denn der des
    desselben dessen dich die dies diese dieselbe dieselben diesem diesen dieser dieses dir doch dort du durch ein
    eine einem einen einer eines einig einige einigem einigen einiger er es etwas euch euer eure für gegen gewesen
    hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in
    indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine keinem keinen
    keiner man manche mein meine meinem meinen meiner mich mir mit muss musste nach nicht nichts noch nun nur ob
    oder ohne sehr sein seine seinem seinen seiner selbst sich sie sind so solche soll sollte sondern sonst über
    um und uns unser unsere unter viel vom von vor war waren warst was weg weil weiter welche welchem welchen
    welcher welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte würde würden zu zum zur zwar
    zwischen`,
  fr: `au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur leurs lui ma mais
    me même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un
    une vos votre vous été être avoir ai as avons avez ont avait avaient est sont était étaient sera seront fait
    plus comme tout tous toute toutes aussi bien très sans sous entre après avant depuis où dont si car donc lors
    alors cela ceci ça celui celle ceux celles y c d j l m n s t`,
  es: `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas
    ellos en entre era erais eran es esa esas ese eso esos esta está están estas este esto estos fue fueron ha han
    hasta hay la las le les lo los más me mi mis mucho muy nada ni no nos nosotros o os otra otras otro otros para
    pero poco por porque que quien quienes qué se sea ser si sido sin sobre son su sus también tanto te tiene
    tienen todo todos tu tus un una uno unos usted vosotros y ya yo`,
  it: `a ad al alla alle allo agli ai anche avere aveva c che chi ci come con contro cui da dal dalla dalle dallo
    dei del della delle dello di dove e ed era erano essere è fa fra gli ha hanno i il in io la le lei li lo loro
    lui ma mi mia mio ne nei nel nella nelle nello noi non nostro o per perché più poi quale quando quanto quella
    quelle quello questa queste questo se sei si sia sono su sua sue sui sul sulla suo suoi tra tu tutti tutto un
    una uno vi voi`,
  pt: `a ao aos as até com como da das de dela dele deles do dos e ela elas ele eles em entre era eram essa esse
    esta este eu foi foram há isso isto já lhe lhes mais mas me mesmo meu minha muito na nas nem no nos nós num
    numa o os ou para pela pelas pelo pelos por qual quando que quem se sem ser seu seus sua suas são também te
    tem tinha um uma umas uns você é`,
  nl: `aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge
    geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen
    maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen
    toch toen tot u uit uw van veel voor want waren was wat we wel werd wezen wie wij wil worden wordt zal ze zei
    zelf zich zij zijn zo zonder zou`,
  pl: `a aby ale ani aż bardzo bez bo być był była było były będzie co czy dla do gdy gdzie go i ich ich iż jak
    jako je jego jej jest jeszcze jeśli już ją kiedy która które którego której który których lub ma mają mi może
    mnie na nad nam nas nawet nie nich nim niż o od oraz po pod przed przez przy się so sobie są ta tak także tam
    te tego tej ten to tu tych tylko tym u w we więc z za ze że żeby`,
  ru: `а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до его ее
    если есть еще же за здесь и из или им их к как ко когда кто ли либо мне может мы на надо наш не него нее нет
    ни них но ну о об однако он она они оно от очень по под при с со так также такой там те тем то того тоже той
    только том ты у уже хотя чего чей чем что чтобы эта эти это я`,
  sv: `alla allt att av blev bli blir de dem den denna deras dess det detta dig din dina du där då efter ej eller
    en er ett från för ha hade han hans har henne hennes hon honom hur här i icke ingen inom inte jag ju kan kunde
    man med mellan men mig min mina mitt mot mycket ni nu när någon något några och om oss på samma sedan sig sin
    sina sitta själv skulle som så sådan till under upp ut utan vad var vara varför varit vars vi vid vilken
    vilket våra än är åt över`,
  da: `af alle andet andre at blev bliver da de dem den denne der deres det dette dig din dog du efter eller en end
    er et for fra ham han hans har havde have hende hendes her hos hun hvad hvis hvor i ikke ind jeg jer jo kunne
    man mange med meget men mig min mine mit mod når og også om op os over på selv sig sin sine skal som thi til
    ud under var vi vil ville vor være været`,
  no: `alle at av bare begge ble blei bli blir både da de deg dei deim deira deires dem den denne der dere deres
    det dette di din disse ditt du då eg ein eit eitt eller elles en enn er et ett etter for fordi fra før ha
    hadde han hans har hennar henne hennes her hjå ho hoe honom hoss hossen hun hva hvem hver hvilke hvilken hvis
    hvor hvordan hvorfor i ikke ikkje ingen ingi inkje inn inni ja jeg kan kom korleis kun kunne kva kvar kvi
    man mange me med meg mellom men mi min mine mitt mot mykje ned no noe noen nokon nokor nokre nå når og også om
    opp oss over på samme seg selv si sia sidan siden sin sine sitt sjøl skal skulle slik so som somme somt så
    sånn til um upp ut uten var vart varte ved vere verte vi vil ville vore vors vort være vært å`,
  fi: `ja on oli ei se että hän ovat olla ole kun mutta myös niin kuin tai jos sen tämä nyt vain vielä sitä joka
    jotka mitä mikä siitä sekä kanssa minä sinä me te he hänen heidän tämän tässä siinä ollut olisi ovat voi
    kaikki jo jälkeen mukaan noin aina paljon`,
  cs: `a aby aj ale ani ano asi až bez by byl byla byli bylo být co což či další do i jak jako je jeho jej její
    jejich jen jenž ještě již jsem jsme jsou jste k kam kde kdo kdy když ke která které kterou který kteří ma mezi
    mi mne mnou můj na nad nám námi nás náš ne nebo než nich ním o od on ona oni ono pak po pod podle pokud pouze
    pro proto protože před při s se si sice své svůj ta tak také tam tato te tedy ten tento to tohoto tom tomto
    tu tuto ty tyto u už v ve však všechno z za ze že`,
  tr: `acaba ama aslında az bazı belki biri birkaç birşey biz bu çok çünkü da daha de defa diye eğer en gibi hem
    hep hepsi her hiç için ile ise kez ki kim mı mu mü nasıl ne neden nerde nerede nereye niçin niye o sanki şey
    siz şu tüm ve veya ya yani bir olarak olan oldu`,
  hu: `a az egy és hogy nem is meg de ez azt már van volt csak mint még el ki be fel le sem vagy ha pedig mert
    után között által így úgy majd most mi amely aki ami minden ezt annak ennek azonban`,
  ro: `a acea aceasta această aceste acest acestei acestui al ale ca care ce cu că de din după este eu fi fost
    iar in în la le lor lui mai mult ne nu o pe pentru prin sa sau se să și sunt un una unei unui va vor`,
  // Chinese and Japanese: particles and other function characters, matched per character.
  zh: `的 了 是 在 和 有 也 不 这 那 我 你 他 她 它 们 就 与 对 为 以 将 到 说 中 上 下 里 后 前 等 被 从 而 及 之 其 但 于
    个 着 都 要 会 地 得 把 或 并 该 此 还 没 很 更 最 又 再 已 经 所 因 如 果 虽 然 让 给 向 由 至 一 些 能 可 来 去 时 也`,
  ja: `の は を が に で と も た て し な い る か ら れ さ す ま こ そ あ う ん や よ へ だ ど か っ`,
};

export const STOPWORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(LISTS).map(([lang, list]) => [lang, new Set(list.split(/\s+/).filter(Boolean))]),
);

/** The languages in STOPWORDS order, and for every function word the bit mask of the languages that list it:
 * one look-up per token counts the hits of every list at once (a page is measured against every list). */
const LANGUAGES = [...STOPWORDS.keys()];
if (LANGUAGES.length > 31) throw new Error('stop-word lists: more languages than bits in a mask');
const LANGUAGE_MASKS: ReadonlyMap<string, number> = (() => {
  const masks = new Map<string, number>();
  LANGUAGES.forEach((lang, i) => {
    for (const word of STOPWORDS.get(lang)!) masks.set(word, (masks.get(word) ?? 0) | (1 << i));
  });
  return masks;
})();

/** The languages whose list holds the token, as a mask. Tokens are lower-case words; an elided form (l'homme,
 * dell'anno) counts by its first part. */
function languagesOf(token: string): number {
  const mask = LANGUAGE_MASKS.get(token) ?? 0;
  const apostrophe = firstApostrophe(token);
  return apostrophe > 0 ? mask | (LANGUAGE_MASKS.get(token.slice(0, apostrophe)) ?? 0) : mask;
}

/** Index of the first ' or ’, or -1 (a plain loop: this runs for every token). */
function firstApostrophe(token: string): number {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 0x27 || c === 0x2019) return i;
  }
  return -1;
}

/** The lists that hold each token, as masks: looked up once per block, for the page's language guess and the
 * block's density alike. */
export function languageMasks(tokens: readonly string[]): Int32Array {
  const masks = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) masks[i] = languagesOf(tokens[i]);
  return masks;
}

/** Hits of every list over the tokens picked by `pick` (all without it), in LANGUAGES order: counted into one array
 * that every call fills afresh (this runs twice per block; read the counts before the next call). */
const HITS = new Array<number>(LANGUAGES.length).fill(0);
function hitsPerLanguage(tokens: readonly string[], masks: Int32Array, pick: ((token: string) => boolean) | null): number[] {
  HITS.fill(0);
  for (let k = 0; k < tokens.length; k++) if (pick === null || pick(tokens[k])) addHits(HITS, masks[k]);
  return HITS;
}

/** Count a token for every list that holds it. */
function addHits(counts: number[], mask: number): void {
  for (let i = 0; mask !== 0; i++, mask >>>= 1) if (mask & 1) counts[i]++;
}

const CJK_LANGUAGES = ['zh', 'ja'];

/**
 * The languages of a page: one for its CJK characters and one for its other words, since pages mix them (an
 * English blog about Japan, a Chinese page with English navigation). Each is the language whose function words
 * cover the largest share of those tokens, or null with too little evidence.
 */
export interface PageLanguages {
  words: string | null;
  cjk: string | null;
}

/** A page's languages from lists of its tokens (its blocks' words), counted in one pass without joining the lists
 * or filtering the tokens by script. `masks`: each list's `languageMasks`, when the caller has them. */
export function guessLanguagesOf(lists: readonly (readonly string[])[], masks: readonly Int32Array[] = lists.map(languageMasks), minTokens = 20): PageLanguages {
  const cjk = { tokens: 0, counts: new Array<number>(LANGUAGES.length).fill(0) };
  const other = { tokens: 0, counts: new Array<number>(LANGUAGES.length).fill(0) };
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l];
    for (let k = 0; k < list.length; k++) {
      const script = isCjkCharacterWord(list[k]) ? cjk : other;
      script.tokens++;
      addHits(script.counts, masks[l][k]);
    }
  }
  return {
    words: bestList(other.tokens, other.counts, minTokens, (l) => !CJK_LANGUAGES.includes(l)),
    cjk: bestList(cjk.tokens, cjk.counts, minTokens, (l) => CJK_LANGUAGES.includes(l)),
  };
}

/** The eligible language with most hits (the first in LANGUAGES order on a tie), or null with too few tokens or
 * hits. */
function bestList(tokens: number, counts: readonly number[], minTokens: number, eligible: (lang: string) => boolean): string | null {
  if (tokens < minTokens) return null;
  let best: string | null = null;
  let bestHits = 0;
  for (let i = 0; i < LANGUAGES.length; i++) {
    const lang = LANGUAGES[i];
    if (!eligible(lang)) continue;
    const n = counts[i];
    if (n > bestHits) {
      best = lang;
      bestHits = n;
    }
  }
  return bestHits >= Math.max(3, tokens * 0.05) ? best : null;
}

/**
 * Share of a block's tokens that are function words: CJK characters judged by the page's CJK language, other
 * words by its other language. With no language known for a script, the best any list does on the block counts.
 */
export function stopwordDensity(tokens: readonly string[], languages: PageLanguages, masks: Int32Array = languageMasks(tokens)): number {
  if (tokens.length === 0) return 0;
  let cjk = 0;
  let n = 0;
  for (const t of tokens) if (isCjkCharacterWord(t)) cjk++;
  if (cjk > 0) n += hitsWith(hitsPerLanguage(tokens, masks, isCjkCharacterWord), cjk, languages.cjk, CJK_LANGUAGES);
  if (cjk < tokens.length) n += hitsWith(hitsPerLanguage(tokens, masks, cjk ? notCjk : null), tokens.length - cjk, languages.words, null);
  return n / tokens.length;
}

const notCjk = (token: string) => !isCjkCharacterWord(token);

/**
 * Chinese is counted per character, and its function characters are a smaller share of running text than
 * function words are of European prose; scaling brings its prose into the same density range.
 */
const DENSITY_SCALE: Record<string, number> = { zh: 3 };

/** The hits of a script's tokens (`counts` per list, `tokens` of them) by the page's language for the script. */
function hitsWith(counts: readonly number[], tokens: number, language: string | null, among: string[] | null): number {
  const known = language === null ? -1 : LANGUAGES.indexOf(language);
  if (known >= 0) return scaledHits(counts, tokens, known);
  let best = 0;
  for (let i = 0; i < LANGUAGES.length; i++) if (!among || among.includes(LANGUAGES[i])) best = Math.max(best, scaledHits(counts, tokens, i));
  return best;
}

/** The hits of list `i`, scaled (DENSITY_SCALE), at most `tokens`. */
function scaledHits(counts: readonly number[], tokens: number, i: number): number {
  return Math.min(tokens, counts[i] * (DENSITY_SCALE[LANGUAGES[i]] ?? 1));
}
