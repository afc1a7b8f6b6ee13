import { describe, expect, it } from 'vitest';
import {
  countWords,
  ELLIPSIS,
  excerptText,
  LONG_WORD_CHARS,
  shortenText,
} from '../../../src/core/brief';

describe('countWords', () => {
  it.each([
    ['spaced words', 'I want a refund', 4],
    ['punctuation attached to words', 'Hello, world!', 2],
    ['whitespace only', ' \n\t ', 0],
    ['a run at the long-word limit', 'x'.repeat(LONG_WORD_CHARS), 1],
    ['a run past the long-word limit', 'x'.repeat(LONG_WORD_CHARS + 1), 2],
    ['Japanese, two characters a word', '返金をお願い', 3],
    ['Japanese with an odd count', '返金を', 2],
    ['Japanese mixed with Latin', 'INV-2231の返金', 3],
    ['Japanese punctuation, joined to its word', '返金を。「返金」を！', 4],
    ['a Japanese ellipsis and full stop after a word', '返金…。', 1],
    ['a katakana word with long vowel marks', 'コーヒー', 1],
    ['Arabic with spaces', 'أريد استرداد المبلغ', 3],
    ['combining marks, which add nothing', 'cafe\u0301 cafe\u0301', 2],
    ['an emoji joined sequence', '👩‍💻 ok', 2],
    ['a megabyte without spaces', 'a'.repeat(1_000_000), Math.ceil(1_000_000 / LONG_WORD_CHARS)],
  ])('counts %s', (_, text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('shortenText', () => {
  it.each([
    ['keeps a short text whole', 'I want a refund', 5, 'I want a refund', false],
    [
      'cuts between words, ellipsis included',
      'one two three four five six',
      4,
      'one two three…',
      true,
    ],
    ['collapses whitespace', ' one \n\n two\tthree ', 5, 'one two three', false],
    ['cuts Japanese between its words', '先月の返金をお願いします', 3, '先月の…', true],
    [
      'cuts a long run inside, whole characters only',
      'ab'.repeat(40),
      2,
      `${'ab'.repeat(8)}…`,
      true,
    ],
    ['keeps a limit of one word to the ellipsis', 'one two', 1, '…', true],
    [
      'puts the ellipsis in place of a full stop',
      'It is sent. It takes a day.',
      4,
      'It is sent…',
      true,
    ],
  ])('%s', (_, text, limit, shown, isShortened) => {
    expect(shortenText(text, limit)).toEqual({ text: shown, full: text, isShortened });
  });

  it.each([
    ['Japanese', 'バックアップコードをお持ちでしたら、「別の方法を試す」から入力できます。', '「'],
    ['English', 'Please try the option (Use another method) on the login page', '('],
    ['French', 'Essayez « Utiliser une autre méthode » sur la page de connexion', '«'],
  ])(
    'never leaves a %s opening bracket or quote dangling before its ellipsis',
    (_, text, opening) => {
      for (let words = 2; words <= countWords(text); words += 1) {
        const shown = shortenText(text, words).text;
        expect(shown.endsWith(`${opening}${ELLIPSIS}`), shown).toBe(false);
        expect(shown.endsWith(` ${ELLIPSIS}`), shown).toBe(false);
      }
    },
  );

  it('cuts Japanese only between its phrases, never before the negation that ends one', () => {
    const text =
      'ログインしようとすると認証コードを求められますが、スマホを機種変更したのでアプリにコードが出てきません';
    const hiragana = /\p{Script=Hiragana}/u;
    const katakana = /[\p{Script=Katakana}ー]/u;
    const shown = [];
    for (let words = 2; words < countWords(text); words += 1) {
      const { text: cut } = shortenText(text, words);
      const kept = cut.slice(0, -ELLIPSIS.length);
      expect(text.startsWith(kept), cut).toBe(true);
      expect(countWords(kept) <= words - 1 || countWords(kept) === 1, cut).toBe(true);
      shown.push(cut);
      // A first phrase longer than the words given is cut inside, as any over-long word is.
      if ('ログインしようとすると'.startsWith(kept)) continue;
      // Hiragana just past the cut is an ending left behind; katakana on both sides, a word cut.
      const [last, next] = [kept.at(-1) ?? '', text[kept.length] ?? ''];
      if (/[、。]/u.test(last)) continue;
      expect(hiragana.test(next) || (katakana.test(last) && katakana.test(next)), cut).toBe(false);
    }
    expect(shown).not.toContain(
      'ログインしようとすると認証コードを求められますが、スマホを機種変更したのでアプリにコードが出て…',
    );
  });

  it('cuts Chinese between any of its words', () => {
    const text = '我想申请退款，因为我被重复扣款了两次';
    for (let words = 2; words < countWords(text); words += 1) {
      expect(countWords(shortenText(text, words).text.slice(0, -ELLIPSIS.length))).toBe(words - 1);
    }
  });

  it('never cuts a word in half', () => {
    const text = 'antidisestablish ment refund chargeback dispute';
    const shown = shortenText(text, 3).text;
    expect(shown).toBe(`antidisestablish ment${ELLIPSIS}`);
    for (const word of shown.slice(0, -1).split(' ')) expect(text.split(' ')).toContain(word);
  });

  it.each([
    ['emoji', '😀'.repeat(50)],
    ['emoji with skin tones', '👍🏽'.repeat(50)],
    ['letters with combining marks', 'e\u0301'.repeat(50)],
  ])('keeps %s whole when cutting inside a run', (_, text) => {
    const short = shortenText(text, 2);
    expect(short.isShortened).toBe(true);
    const shown = short.text.slice(0, -1);
    expect(shown.length).toBeGreaterThan(0);
    expect(text.startsWith(shown)).toBe(true);
    const next = text.charCodeAt(shown.length);
    expect(next >= 0xdc00 && next <= 0xdfff).toBe(false);
    expect(/^\p{M}|^\u{1F3FD}/u.test(text.slice(shown.length))).toBe(false);
  });

  it('keeps a megabyte message to its limit', () => {
    const text = 'refund '.repeat(150_000);
    const short = shortenText(text, 10);
    expect(countWords(short.text)).toBeLessThanOrEqual(10);
    expect(short.full).toBe(text);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses the limit %s', (limit) => {
    expect(() => shortenText('x', limit)).toThrow(RangeError);
  });
});

describe('excerptText', () => {
  const before = 'word '.repeat(200);
  const text = `${before}I want a refund now please ${'more '.repeat(50)}`;
  const focus = { start: before.length + 9, end: before.length + 15 };

  it('starts a few words before words it must keep in view', () => {
    const excerpt = excerptText(text, 17, focus);
    expect(excerpt.text).toBe(
      `${ELLIPSIS}word word I want a refund now please more more more more more more more${ELLIPSIS}`,
    );
    const [mark] = excerpt.highlights;
    expect(mark && excerpt.text.slice(mark.start, mark.end)).toBe('refund');
    expect(countWords(excerpt.text)).toBeLessThanOrEqual(17);
  });

  it('keeps the head when the focus is in it', () => {
    const excerpt = excerptText(`refund ${before}`, 5, { start: 0, end: 6 });
    expect(excerpt).toMatchObject({
      text: 'refund word word word…',
      highlights: [{ start: 0, end: 6 }],
    });
  });

  it('maps the focus through collapsed whitespace', () => {
    const excerpt = excerptText('I   want\n\na refund', 10, { start: 12, end: 18 });
    expect(excerpt).toMatchObject({ text: 'I want a refund', highlights: [{ start: 9, end: 15 }] });
  });

  it.each([
    ['out of range', { start: 5, end: 500 }],
    ['reversed', { start: 4, end: 2 }],
    ['not integers', { start: 0.5, end: 2 }],
  ])('ignores a focus %s', (_, span) => {
    expect(excerptText('I want a refund', 10, span).highlights).toEqual([]);
  });

  it('starts at the sentence that holds the focus when it begins within reach', () => {
    const text =
      "I've tried all of that, more than once. Can I talk to a human please, someone who can see your side of the delivery logs";
    const at = text.indexOf('talk to a human');
    const shown = excerptText(text, 12, { start: at, end: at + 'talk to a human'.length });
    expect(shown.text).toBe('…Can I talk to a human please, someone who can…');
    const [mark] = shown.highlights;
    expect(mark && shown.text.slice(mark.start, mark.end)).toBe('talk to a human');
  });

  it('windows Japanese on its phrases, before and after the focus', () => {
    const text =
      'ログインしようとすると認証コードを求められますが、スマホを機種変更したのでアプリにコードが出てきません';
    const at = text.indexOf('アプリ');
    for (let words = 5; words <= 12; words += 1) {
      const shown = excerptText(text, words, { start: at, end: at + 3 }).text;
      const body = shown.replace(/^…|…$/gu, '');
      const from = text.indexOf(body);
      expect(from, shown).toBeGreaterThan(0);
      expect(/\p{Script=Hiragana}/u.test(text[from] ?? ''), shown).toBe(false);
      expect(/\p{Script=Hiragana}/u.test(text[from + body.length] ?? ''), shown).toBe(false);
      expect(body, shown).toContain('アプリ');
    }
  });

  it('windows into Japanese without spaces', () => {
    const jp = `${'あ'.repeat(500)}返金をお願いします${'い'.repeat(500)}`;
    const excerpt = excerptText(jp, 10, { start: 500, end: 502 });
    const [mark] = excerpt.highlights;
    expect(mark && excerpt.text.slice(mark.start, mark.end)).toBe('返金');
    expect(countWords(excerpt.text)).toBeLessThanOrEqual(10);
  });
});
