let segmenter: Intl.Segmenter | undefined;

/**
 * The one word segmenter of the core, built on first use and then shared. Building one costs
 * tens of milliseconds (ICU loads its word-break rules), so no module builds it as it loads.
 */
export function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  return segmenter;
}

// Unicode's word-break classes (UAX #29) of the characters the fast path below reads. Text with
// any other character (other scripts, emoji, format characters…) goes to the segmenter.
type WordClass = 'letter' | 'digit' | 'underscore' | 'midLetter' | 'midNum' | 'midBoth' | 'other';

/** Plain text in Latin script: ASCII, Latin letters, combining accents and typographic quotes. */
const PLAIN_LATIN =
  // eslint-disable-next-line no-misleading-character-class -- accents listed as a range of single characters, each read on its own
  /^[\t\n\r\u0020-\u007E\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u2013\u2014\u2018\u2019\u201C\u201D\u2026]*$/u;
const LETTER = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/u;
const MARK = /[\u0300-\u036F]/u;

function classOf(char: string): WordClass {
  if (LETTER.test(char)) return 'letter';
  if (char >= '0' && char <= '9') return 'digit';
  switch (char) {
    case '_':
      return 'underscore';
    case ':':
      return 'midLetter';
    case ',':
    case ';':
      return 'midNum';
    case '.':
    case "'":
    case '\u2018':
    case '\u2019':
      return 'midBoth';
    default:
      return 'other';
  }
}

interface Unit {
  readonly text: string;
  readonly cls: WordClass;
}

/** Characters with the accents that follow them (WB4); an accent after a line break stands alone. */
function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  for (const char of text) {
    const last = units[units.length - 1];
    const isMark = MARK.test(char);
    if (isMark && last !== undefined && last.text !== '\n' && last.text !== '\r') {
      units[units.length - 1] = { text: last.text + char, cls: last.cls };
    } else {
      units.push({ text: char, cls: isMark ? 'other' : classOf(char) });
    }
  }
  return units;
}

const isWordPart = (cls: WordClass | undefined) =>
  cls === 'letter' || cls === 'digit' || cls === 'underscore';

/**
 * Whether ICU calls a segment a word, which it decides by the segment's last character: a letter
 * or a digit is; an underscore is when something came before it and no accent follows it.
 */
function isWordLike(last: Unit | undefined, units: number): boolean {
  if (last === undefined) return false;
  if (last.cls !== 'underscore') return true;
  return last.text === '_' && units >= 2;
}

/**
 * The word-like segments of plain Latin text by UAX #29's rules for these characters (WB4–WB13b):
 * letters, digits and underscores run together; a colon, period or apostrophe joins two letters
 * ("don't"), a comma, semicolon, period or apostrophe two digits ("1,000.50").
 */
function plainLatinWords(text: string): string[] {
  const units = unitsOf(text);
  const words: string[] = [];
  let i = 0;
  while (i < units.length) {
    if (!isWordPart(units[i]?.cls)) {
      i += 1;
      continue;
    }
    let word = '';
    let count = 0;
    let last: Unit | undefined;
    for (;;) {
      const unit = units[i];
      if (unit === undefined) break;
      if (isWordPart(unit.cls)) {
        word += unit.text;
        count += 1;
        last = unit;
        i += 1;
        continue;
      }
      const before = units[i - 1]?.cls;
      const after = units[i + 1]?.cls;
      const joinsLetters =
        before === 'letter' &&
        after === 'letter' &&
        (unit.cls === 'midLetter' || unit.cls === 'midBoth');
      const joinsDigits =
        before === 'digit' &&
        after === 'digit' &&
        (unit.cls === 'midNum' || unit.cls === 'midBoth');
      if (!joinsLetters && !joinsDigits) break;
      word += unit.text;
      count += 1;
      i += 1;
    }
    if (isWordLike(last, count)) words.push(word);
  }
  return words;
}

/**
 * The word-like segments of `text`, as `Intl.Segmenter` finds them. Plain Latin text, most of
 * what customers write, is read by the rules above without building the segmenter, and property
 * tests hold the two to the same answer. Those rules are UAX #29's, as ICU's default data has
 * them (Node, Firefox); Chromium's ICU data alone does not join two letters across a period or a
 * colon ("e.g", "a:b"), so plain Latin text now reads the same in every browser and in the tests.
 */
export function wordLikeSegments(text: string): string[] {
  if (PLAIN_LATIN.test(text)) return plainLatinWords(text);
  const words: string[] = [];
  for (const part of wordSegmenter().segment(text)) {
    if (part.isWordLike === true) words.push(part.segment);
  }
  return words;
}
