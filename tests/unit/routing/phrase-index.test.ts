import { describe, expect, it } from 'vitest';
import { PhraseIndex, tokenize } from '../../../src/core/routing';

function indexOf(phrases: Record<string, string[]>): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const [owner, list] of Object.entries(phrases))
    for (const phrase of list) index.add(owner, phrase);
  return index;
}

describe('PhraseIndex', () => {
  it('lists every occurrence in text order', () => {
    const index = indexOf({ a: ['refund*'], b: ['money back'] });
    const text = 'Refunds? money back, refunded';
    expect(index.scan(text).map((hit) => [hit.owner, text.slice(hit.start, hit.end)])).toEqual([
      ['a', 'Refunds'],
      ['b', 'money back'],
      ['a', 'refunded'],
    ]);
  });

  it('finds each owner once, at its earliest place, through phrases that share a beginning', () => {
    const index = indexOf({
      short: ['a*'],
      longer: ['ab*'],
      phrase: ['abc def'],
      word: ['abc'],
      never: ['abd*', 'abc xyz'],
    });
    const texts = ['a', 'abx abc', 'zz abc def'];
    const hits = index.firstHits(texts.map((text) => tokenize(text)));
    const seen = Object.fromEntries(
      [...hits].map(([owner, hit]) => [
        owner,
        [hit.text, texts[hit.text]?.slice(hit.start, hit.end)],
      ]),
    );
    expect(seen).toEqual({
      short: [0, 'a'],
      longer: [1, 'abx'],
      word: [1, 'abc'],
      phrase: [2, 'abc def'],
    });
  });

  it('keeps searching for an owner whose phrases share nodes with owners already found', () => {
    const index = indexOf({ first: ['refund'], second: ['refund now', 'refunded'] });
    const hits = index.firstHits([tokenize('refund refund refund then refunded')]);
    expect(hits.get('second')?.start).toBe(26);
  });

  it('stops reading once every owner is found', () => {
    const index = indexOf({ only: ['stop'] });
    const texts = ['go', 'stop', 'never read'];
    let read = 0;
    const next = () => (read < texts.length ? tokenize(texts[read++] ?? '') : undefined);
    expect(index.firstHits(next).get('only')?.text).toBe(1);
    expect(read).toBe(2);
  });

  it('starts each search afresh, whatever earlier searches found', () => {
    const index = indexOf({ first: ['refund'], second: ['refund now', 'refunded'] });
    expect([...index.firstHits([tokenize('refund now')]).keys()]).toEqual(['first', 'second']);
    const again = index.firstHits([tokenize('a refunded order')]);
    expect([...again.keys()]).toEqual(['second']);
    expect(again.get('second')?.start).toBe(2);
    index.add('third', 'order');
    const grown = index.firstHits([tokenize('refund my order')]);
    expect([...grown.keys()].sort()).toEqual(['first', 'third']);
  });

  it('gives a search started from inside another its own counts', () => {
    const index = indexOf({ only: ['stop'] });
    let inner: number | undefined;
    const outer = index.firstHits(() => {
      if (inner === undefined) {
        inner = index.firstHits([tokenize('stop')]).get('only')?.start;
        return tokenize('go then stop');
      }
      return undefined;
    });
    expect(inner).toBe(0);
    expect(outer.get('only')?.start).toBe(8);
  });

  it.each(['', '   ', '*', '!?', '\u0301'])(
    'refuses the phrase %j, which has no word',
    (phrase) => {
      expect(new PhraseIndex<string>().add('x', phrase)).toBe(false);
    },
  );
});
