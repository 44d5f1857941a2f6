// Words that page furniture is made of, in the languages the cleaner knows: sharing and printing buttons,
// comment counters, account links, navigation. A block made mostly of them is a widget, not prose. These are
// interface words, not any site's wording; article sentences use them too, which is why the classifier weighs
// their share in a short block rather than their mere presence.
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

/** "12 comments", "Comments (3)", "0 Kommentare": counters that widgets print next to their label. */
export const COUNTER =
  /(?:\d+\s*(?:comments?|replies|likes?|shares?|views?|reads?|kommentare?|commentaires?|comentarios?|commenti|komentarz[ey]?|评论)\b)|(?:\b(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarze)\s*[([]?\s*\d+\s*[)\]]?)/iu;

const ITEM_SEPARATOR = /[|•·»›]/u;

/** Three or more short items separated by bars or bullets: "Email | Print | Comments", "Home » News » World". */
export function isSeparatedItems(text: string): boolean {
  if (text.length > 300) return false;
  const items = text.split(ITEM_SEPARATOR);
  return items.length >= 3 && items.every((item) => {
    const t = item.trim();
    return t.length >= 1 && t.length <= 40;
  });
}
