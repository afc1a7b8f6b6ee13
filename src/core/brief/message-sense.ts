import type { MessageKind, TranscriptMessage } from '../contract/index.js';
import { capitalized, wordLikeSegments } from '../shared/index.js';

// JavaScript's \b knows only ASCII letters: "conseillère\b" would never match. This is \b for
// the alphabets written with spaces (Latin with its accents, Greek, Cyrillic), so the word lists
// below can be written with it; the Japanese lists need no edges. Not \p{L}: V8 builds its ~650
// ranges for every use, about 1 ms per list to construct and as much again to first run, which
// the sidebar paid before its first paint.
const WORD_CHAR =
  '[0-9A-Za-z_\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF]';
const WORD_EDGE = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;
const unicodeEdges = (pattern: RegExp, flags = 'u') =>
  new RegExp(pattern.source.replaceAll('\\b', WORD_EDGE), flags);
const edged = (patterns: readonly RegExp[]) => patterns.map((pattern) => unicodeEdges(pattern));

/**
 * What a message is for, read from its words without a model: the customer stating their
 * problem (`content`), only asking for a person (`escalation`), only greeting or thanking
 * (`pleasantry`), only answering an identity question (`identity`: a name, an email, an order
 * or account number on its own), or nothing at all (`blank`). The word lists cover the six UI
 * languages; anything they do not know counts as content, so a message in another language is
 * never hidden, only not told apart.
 */
export type CustomerSense = 'content' | 'escalation' | 'pleasantry' | 'identity' | 'blank';

/** The bot's side: greetings and "let me check" are not tries, nor is the handoff line. */
export type BotSense = 'try' | 'greeting' | 'filler' | 'handoff';

// Escalation phrases: asking for a person, in every UI language. Matched on lowercased text.
const ESCALATION = edged([
  /\b(talk|speak|chat)\s+(to|with)\s+(a\s+|an\s+|some\s*one\s*|some\s*body\s*|your\s+)?(real\s+|live\s+|actual\s+)?(human|person|agent|someone|somebody|representative|rep|staff|support|team|people)\b/u,
  /\b(real|live|actual)\s+(person|human|agent|people)\b/u,
  /\b(human|agent|person|representative|operator)\s+(please|pls|plz|now)\b/u,
  /\b(get|need|want)\s+(help|support)\s+from\s+(the|a|your)\s+team\b/u,
  /\b(connect|transfer|put)\s+me\s+(to|with|through)\b/u,
  /\bis\s+there\s+(a|any)\s*(one|body|real\s+person|person|human)\b/u,
  /\b(a\s+)?(human|agent|representative|operator)\s*[?!.]*$/u,
  /\bmit\s+(einem|einer|jemandem)\s+(echten\s+)?(menschen|mitarbeiter(in)?|person|berater(in)?)\b/u,
  /\b(menschen|mitarbeiter|kundendienst|support)\s+(sprechen|bitte)\b/u,
  /\bparler\s+(à|a|avec)\s+(un|une|quelqu'un|quelqu’un)\s*(vrai\s+|vraie\s+)?(humain|personne|conseiller|conseillère|agent)?\b/u,
  /\b(un\s+)?(humain|conseiller)\s*(svp|s'il vous plaît|s’il vous plaît)?\s*[?!.]*$/u,
  /\bhablar\s+con\s+(un|una|alguien)\s*(humano|persona|agente|asesor)?\b/u,
  /\b(persona\s+real|un\s+humano|un\s+agente)\b/u,
  /\bfalar\s+com\s+(um|uma|alguém)\s*(humano|pessoa|atendente|agente)?\b/u,
  /\b(pessoa\s+real|um\s+humano|um\s+atendente|atendente\s+por\s+favor)\b/u,
  /(人間|担当者|オペレーター|スタッフ|有人)(と|に|の方|さん)?(話|つな|繋|代わ|お願い|対応)/u,
]);

// Whole-message pleasantries: greetings, thanks, yes/no, in every UI language.
const PLEASANTRY_WORDS = new Set([
  ...'hi hello hey heya hiya ho yo hallo hola olá ola oi salut bonjour bonsoir moin servus ciao'.split(
    ' ',
  ),
  ...'thanks thank thx ty cheers danke dankeschön merci gracias obrigado obrigada vielen dank'.split(
    ' ',
  ),
  ...'ok okay k kk yes yeah yep yup no nope nah sure great cool fine please pls plz bitte'.split(
    ' ',
  ),
  ...'ja nein oui non sí si não nao vale claro good morning afternoon evening day bye'.split(' '),
  ...'guten tag morgen abend buenos buenas días dias tardes bom boa tarde bonne journée'.split(' '),
  ...'you very much lot so svp por favor de nada the there all'.split(' '),
]);
const PLEASANTRY_PHRASES =
  /(こんにちは|こんばんは|おはようございます|ありがとうございます|ありがとう|よろしくお願いします|よろしく|はい|いいえ|すみません)/gu;

// A greeting a message opens with ("hi,", "Guten Morgen,", "こんにちは、"), up to the words after it.
const OPENING_GREETING =
  /^\s*(hi|hello|hey|hiya|hallo|hola|olá|ola|oi|salut|bonjour|bonsoir|moin|servus|guten\s+(morgen|tag|abend)|good\s+(morning|afternoon|evening)|buen(os|as)\s+(días|dias|tardes|noches)|bom\s+dia|boa\s+(tarde|noite)|こんにちは|こんばんは|おはようございます)(\s+(there|all|team|everyone|zusammen))?(\s*[,!?.:、。！？]+\s*|\s+)/iu;

/**
 * A customer message without the greeting it opens with, so a headline quoting it starts with
 * their problem ("hi, the Connect button…" → "The Connect button…"); as it is when nothing
 * else would be left.
 */
export function withoutOpeningGreeting(text: string): string {
  const opening = OPENING_GREETING.exec(text);
  if (opening === null) return text;
  const rest = text.slice(opening[0].length);
  if (!/[\p{L}\p{N}]/u.test(rest)) return text;
  return capitalized(rest);
}

// Words that carry no content beside an escalation ("can I just ...", "this is taking forever").
const FILLER_WORDS = new Set([
  ..."i i’m im i'm me my we our us can could would will just now still this that it is are was be been do does did".split(
    ' ',
  ),
  ...'to a an the with for of on in please again already really want need like get let someone somebody anyone'.split(
    ' ',
  ),
  ...'taking forever long time wait waiting hour hours enough ok okay so and or but help team support'.split(
    ' ',
  ),
  ...'ich möchte will bitte mit einem einer kann jetzt nur das es ist je veux voudrais un une avec peux svp'.split(
    ' ',
  ),
  ...'quiero puedo con un una por favor ahora solo eu quero posso com um uma agora só'.split(' '),
  ...'talk speak chat sprechen reden parler hablar falar 話したい 話し'.split(' '),
  // Japanese is segmented into short words: its particles and verb endings carry no content.
  ...'し て い ない ので から したい です ます たい を が は に と で の も か ね よ お願い します ください 解決 まだ'.split(
    ' ',
  ),
]);

// Identity answers: an email, a reference with a digit, "#123", and the words around them.
const EMAIL = /[^\s@<>()]{1,64}@[^\s@<>()]{1,253}\.[^\s@<>()]{2,24}/gu;
const REFERENCE = unicodeEdges(/(?:#\s?\d[\w-]*|\b[\p{L}]{0,6}[-_/]?\d[\p{L}\d_/-]{2,}\b)/u, 'gu');
const IDENTITY_WORDS = new Set([
  ..."my name is it its it's it’s i am i'm im email e-mail mail address order number no nr account id invoice ref reference customer".split(
    ' ',
  ),
  ...'mein meine name ist heiße bestellung bestellnummer rechnung nummer konto kundennummer'.split(
    ' ',
  ),
  ..."mon ma nom est je suis c'est c’est commande numéro compte facture courriel".split(' '),
  ...'mi nombre es soy correo pedido número cuenta factura meu minha nome é sou conta pedido fatura'.split(
    ' ',
  ),
]);

// The bot's greetings and fillers; its handoff line. Lowercased.
const BOT_GREETING = edged([
  /\b(how|what)\s+can\s+i\s+help\b/u,
  /\bhelp\s+you\s+with\b/u,
  /\bwhat\s+(would|do)\s+you\s+(like|need|want)\b/u,
  /\bi'?m\s+[^.!?]{0,40}(assistant|bot|agent)\b/u,
  /\bi’m\s+[^.!?]{0,40}(assistant|bot|agent)\b/u,
  /\bwobei\s+kann\s+ich\s+helfen\b|\bwie\s+kann\s+ich\s+helfen\b|\bich\s+bin\s+der\s+assistent\b/u,
  /\bcomment\s+puis-je\s+vous\s+aider\b|\bje\s+suis\s+l['’]assistant\b/u,
  /\ben\s+qué\s+puedo\s+ayudar\b|\bsoy\s+el\s+asistente\b/u,
  /\bcomo\s+posso\s+ajudar\b|\bsou\s+o\s+assistente\b/u,
  /(何かお手伝い|ご用件|どのようなご用件|アシスタントです)/u,
]);
// The bot asking who the customer is or which order: a question, not something it tried.
const BOT_IDENTITY_QUESTION = edged([
  /\b(your|the)\s+(name|email|e-mail|order|invoice|account|number)\b/u,
  /\bwhich\s+(invoice|order|account)\b/u,
  /\b(ihr(en)?\s+namen?|ihre\s+e-mail|bestellnummer|rechnungsnummer|welche\s+rechnung)\b/u,
  /\b(votre\s+(nom|courriel|e-mail|commande|facture)|quelle\s+facture)\b/u,
  /\b(tu\s+(nombre|correo|pedido)|qué\s+factura)\b/u,
  /\b(seu\s+(nome|e-mail|pedido)|qual\s+fatura)\b/u,
  /(お名前|メールアドレス|注文番号|請求書番号)/u,
]);

const BOT_FILLER = edged([
  /\b(let\s+me\s+(check|look|see)|one\s+moment|just\s+a\s+(moment|second|sec)|give\s+me\s+a\s+(moment|second))\b/u,
  /\b(einen\s+moment|ich\s+schaue\s+nach|un\s+instant|je\s+regarde|un\s+momento|déjame\s+revisar|um\s+momento|vou\s+verificar)\b/u,
  /(少々お待ち|確認します|確認いたします|ほかにお困り|他にお困り)/u,
  /\b(anything\s+else\s+i\s+can\s+help|is\s+there\s+anything\s+else)\b/u,
  // Waiting on the customer: "Sure, I'll be here.", "Take your time.", "Let me know how it goes."
  /\b(i['’]?ll\s+be\s+(right\s+)?here|take\s+your\s+time|no\s+rush|let\s+me\s+know\s+how\s+it\s+goes)\b/u,
  /\b(lassen\s+sie\s+sich\s+zeit|lass\s+dir\s+zeit|prenez\s+votre\s+temps|je\s+reste\s+là|tómate\s+tu\s+tiempo|aquí\s+estaré|estarei\s+aqui|sem\s+pressa)\b/u,
  /(ごゆっくり|お待ちしております)/u,
]);
const BOT_HANDOFF = edged([
  /\b(pass|passing|hand|handing|transfer|transferring|connect|connecting|forward|forwarding|escalate|escalating)\b[^.!?]{0,40}\b(team|agent|person|human|colleague|support|specialist)/u,
  /\bget\s+this\s+to\s+(the|our)\s+team\b/u,
  /\b(weiterleiten|weiter|übergebe|übergeben|gebe\s+ich\s+das\s+an|verbinde)\b/u,
  /\b(je\s+transmets|je\s+vous\s+mets\s+en\s+relation|je\s+transfère)\b/u,
  /\b(te\s+paso|paso\s+esto|te\s+transfiero|te\s+comunico)\b/u,
  /\b(vou\s+transferir|encaminhar|encaminho|transfiro)\b/u,
  /(おつなぎ|お繋ぎ|引き継|担当チームに)/u,
]);

/** The word-like segments of `text`, lowercased: in every script (see wordLikeSegments). */
function wordsOf(text: string): string[] {
  return wordLikeSegments(opening(text).toLowerCase());
}

/**
 * What a message is for shows in its opening: the word lists read this many characters, so a
 * megabyte message costs what its start costs.
 */
const SENSE_CHARS = 2_000;
const opening = (text: string) => text.slice(0, SENSE_CHARS);
const normalise = (text: string) =>
  opening(text).normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');

const globalOf = (pattern: RegExp) =>
  new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
const ESCALATION_GLOBAL = ESCALATION.map(globalOf);

function stripAll(text: string, patterns: readonly RegExp[]): { rest: string; found: boolean } {
  let rest = text;
  let found = false;
  for (const global of patterns) {
    const next = rest.replace(global, ' ');
    if (next !== rest) found = true;
    rest = next;
  }
  return { rest, found };
}

/** Words of `text` that are none of `ignored`, in every script. */
function contentWords(text: string, ...ignored: ReadonlySet<string>[]): string[] {
  return wordsOf(text).filter((word) => !ignored.some((set) => set.has(word)));
}

/** The meaningful words of a message: what two messages share when one repeats the other. */
export function meaningfulWords(text: string): string[] {
  return contentWords(text.replace(PLEASANTRY_PHRASES, ' '), PLEASANTRY_WORDS, FILLER_WORDS).filter(
    (word) => word.length > 2 || /[^\p{Script=Latin}]/u.test(word),
  );
}

export interface SenseContext {
  /** Words of the customer's known names, so "Tomás Ferreira" alone reads as an answer. */
  readonly names?: readonly string[];
  /** The words that fired a customer rule, when the package names them. */
  readonly escalationWords?: string;
}

/** What a customer message is for; see CustomerSense. */
export function senseOfCustomerMessage(
  message: Pick<TranscriptMessage, 'text' | 'kind'>,
  context: SenseContext = {},
): CustomerSense {
  const text = normalise(message.text);
  if (wordsOf(text).length === 0) return 'blank';
  // The words that fired a customer rule are an escalation too, whatever they are: taken out
  // first, whole, before the word lists take out parts of them.
  const fired = context.escalationWords?.trim().toLowerCase() ?? '';
  const firedHere = fired !== '' && text.includes(fired);
  const stripped = stripAll(firedHere ? text.split(fired).join(' ') : text, ESCALATION_GLOBAL);
  const rest = stripped.rest;
  const found = stripped.found || firedHere;
  const afterPleasantry = rest.replace(PLEASANTRY_PHRASES, ' ');
  if (found) {
    const left = meaningfulWords(afterPleasantry);
    return left.length < 4 ? 'escalation' : 'content';
  }
  const plain = text.replace(PLEASANTRY_PHRASES, ' ');
  if (contentWords(plain, PLEASANTRY_WORDS).length === 0) return 'pleasantry';
  const names = new Set((context.names ?? []).flatMap((name) => wordsOf(name)));
  const withoutIds = plain.replace(EMAIL, ' ').replace(REFERENCE, ' ');
  const hadId = withoutIds !== plain;
  const left = contentWords(withoutIds, IDENTITY_WORDS, PLEASANTRY_WORDS, names);
  const hadName = wordsOf(withoutIds).some((word) => names.has(word));
  if (left.length === 0 && (hadId || hadName)) return 'identity';
  if (!hadId && looksLikeAName(message.text)) return 'identity';
  return 'content';
}

/** One to three capitalised words and nothing else: a name given on its own. */
function looksLikeAName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((word) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(word))
  );
}

const isGreeting = (text: string) => BOT_GREETING.some((pattern) => pattern.test(text));

/**
 * What a bot message is for; see BotSense. Buttons, forms and carousels the bot offered are
 * tries, except a greeting menu; asking for a name or an order number is not a try either.
 */
export function senseOfBotMessage(message: Pick<TranscriptMessage, 'text' | 'kind'>): BotSense {
  const kind: MessageKind = message.kind ?? 'text';
  const text = normalise(message.text);
  const short = wordsOf(text).length <= 24;
  // A greeting menu ("What do you need help with? Billing · Plans") is a greeting, not a try.
  if (kind === 'button') return short && isGreeting(text) ? 'greeting' : 'try';
  if (kind !== 'text') return 'try';
  if (BOT_HANDOFF.some((pattern) => pattern.test(text))) return 'handoff';
  if (short && isGreeting(text)) return 'greeting';
  if (short && BOT_FILLER.some((pattern) => pattern.test(text))) return 'filler';
  const isQuestion = /[?？]\s*$/u.test(text);
  if (short && isQuestion && BOT_IDENTITY_QUESTION.some((pattern) => pattern.test(text)))
    return 'filler';
  return 'try';
}

// A bot sentence that only apologises, acknowledges or stalls: "Sorry about that!", "I understand."
const COURTESY_SENTENCE = edged([
  // "Sorry, I didn't get that" says the bot had no answer: only apologies about the customer's trouble.
  /^(i'?m\s+|i’m\s+|so\s+|very\s+)?sorry(\s+(about|for|to\s+hear|that|this|it'?s|it’s)\b|\s*[.!])/u,
  /^(i\s+apologi[sz]e|(my\s+)?apologies)\b/u,
  /^(i\s+understand|i\s+see|got\s+it|understood|thanks|thank\s+you|no\s+problem|of\s+course|sure|okay|ok)\b/u,
  /^(let\s+me\s+(check|look|see)|one\s+moment)\b/u,
  /^(entschuldigung|((es|das)\s+)?tut\s+mir\s+(sehr\s+|wirklich\s+)?leid|verstehe|danke|(je\s+suis\s+(vraiment\s+)?)?désolée?|je\s+comprends|merci|lo\s+siento|lamento|disculpa|perdón|entiendo|gracias|desculpe|sinto\s+muito|entendo|obrigad[oa])\b/u,
  /^(申し訳|失礼|承知|かしこまりました|ありがとうございます|ご不便をおかけ|ご迷惑をおかけ)/u,
  // A greeting on its own, perhaps with a name: "Hi!", "Hello Megan." (not "Hi, it was sent.").
  /^(hi|hello|hey|hallo|hola|olá|oi|salut|bonjour)(\s+[\p{L}'’-]+)?\s*[.!]*$/u,
]);
/** Sentences this long or longer say something, whatever they start with. */
const COURTESY_WORDS_MAX = 10;

/**
 * A bot message without the courtesy sentences it opens with, so a cut try starts with what the
 * bot offered; the message itself when nothing else is left.
 */
export function withoutOpeningCourtesy(text: string): string {
  let rest = text.trimStart();
  for (;;) {
    // Japanese sentences end without a space after them.
    const end = /[.!?](\s+|$)|[。！？]\s*/u.exec(rest);
    if (end === null) return rest;
    const sentence = rest.slice(0, end.index + 1);
    const after = rest.slice(end.index + end[0].length);
    const isCourtesy =
      wordsOf(sentence).length < COURTESY_WORDS_MAX &&
      COURTESY_SENTENCE.some((pattern) => pattern.test(normalise(sentence)));
    if (!isCourtesy || !/[\p{L}\p{N}]/u.test(after)) return rest;
    rest = after;
  }
}

// A customer turning an answer down: "no", "didn't work", "still", "same thing", "already".
const REJECTION = edged([
  /^\s*(no|nope|nah|nein|non|não|nao|いいえ)\b/u,
  /\b(didn'?t|did\s+not|doesn'?t|does\s+not|don'?t|not)\s+(work|help|change|fix)/u,
  /\b(still|same\s+(thing|problem|issue)|already\s+(did|tried|done)|did\s+that|read\s+it\s+already|tried\s+that)\b/u,
  /\b(immer\s+noch|hat\s+nicht|funktioniert\s+nicht|schon\s+versucht|toujours|ne\s+marche\s+pas|déjà|sigue|todavía|no\s+funciona|ya\s+lo|ainda|não\s+funciona|já\s+tentei)\b/u,
  /(まだ|できません|だめ|ダメ|変わりません)/u,
]);

/** The customer turned down the bot's previous answer. */
export function isRejection(text: string): boolean {
  const lowered = normalise(text);
  return REJECTION.some((pattern) => pattern.test(lowered));
}

/**
 * A reference someone would be asked for: "#4821", a prefix and digits ("INV-2026-0287",
 * "LL-30412", "XR-409"), a long number ("48213"), or a long mixed id ("00D5g000004XyZq");
 * not a year, a price, a time or an ordinal ("3rd").
 */
function looksLikeReference(value: string): boolean {
  if (/^#\s?\d{3,}/u.test(value)) return true;
  if (/^\p{L}{1,6}[-_/]?\d{3,}[\p{L}\d_/-]*$/u.test(value)) return true;
  if (/^\d{5,}$/u.test(value)) return true;
  const letters = (value.match(/\p{L}/gu) ?? []).length;
  const digits = (value.match(/\d/gu) ?? []).length;
  return value.length >= 10 && letters >= 2 && digits >= 3;
}

/** Emails and reference numbers in a text, as written, in order, each once. */
export function referencesIn(text: string): { kind: 'email' | 'reference'; value: string }[] {
  const found: { kind: 'email' | 'reference'; value: string; at: number }[] = [];
  const head = opening(text);
  for (const match of head.matchAll(EMAIL))
    found.push({ kind: 'email', value: match[0].replace(/[.,;:!?)]+$/u, ''), at: match.index });
  const withoutEmails = head.replace(EMAIL, (email) => ' '.repeat(email.length));
  for (const match of withoutEmails.matchAll(REFERENCE)) {
    const value = match[0].trim();
    if (!looksLikeReference(value)) continue;
    found.push({ kind: 'reference', value, at: match.index });
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  return found
    .filter(({ value }) => {
      const key = value.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ kind, value }) => ({ kind, value }));
}
