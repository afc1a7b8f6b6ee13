import fc from 'fast-check';

type Json = unknown;

/** Every path to a value inside a JSON document, the root included. */
function pathsOf(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (typeof value === 'object' && value !== null)
    return [
      ...here,
      ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key])),
    ];
  return here;
}

/** A copy with the value at `path` replaced, or removed when `value` is undefined. */
function withValueAt(document: Json, path: readonly (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(document) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy;
}

/** A valid document broken in one to three places: a value swapped for any JSON, or dropped. */
function mutated(valid: Json): fc.Arbitrary<Json> {
  const paths = pathsOf(valid);
  const change = fc.tuple(
    fc.nat({ max: paths.length - 1 }),
    fc.option(fc.jsonValue(), { nil: undefined }),
  );
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) =>
    changes.reduce<Json>((doc, [index, value]) => {
      const target = pathsOf(doc)[index % pathsOf(doc).length] ?? [];
      return withValueAt(doc, target, value);
    }, valid),
  );
}

/** `depth` arrays or objects inside each other, for parsers that might recurse. */
function nested(depth: number, kind: 'array' | 'object'): Json {
  let value: Json = 'leaf';
  for (let i = 0; i < depth; i += 1)
    value = kind === 'array' ? [value] : { schema: value, rules: value };
  return value;
}

/** Anything a field or a file might hold: JSON values, their text, broken text, deep nesting. */
export function anyInput(valid: Json): fc.Arbitrary<Json> {
  return fc.oneof(
    fc.anything(),
    fc.jsonValue(),
    fc.json(),
    fc.string(),
    mutated(valid),
    mutated(valid).map((doc) => JSON.stringify(doc) ?? ''),
    fc.constantFrom(nested(5_000, 'array'), nested(5_000, 'object'), '['.repeat(5_000)),
    fc
      .nat({ max: 4 })
      .map((i) =>
        withValueAt(
          valid,
          [['rules', 'transcript', 'messages', 'trigger', 'customer'][i] ?? 'rules'],
          nested(2_000, 'array'),
        ),
      ),
  );
}

// Words where every reading agrees on folding: accents written both ways, capitals, a ligature,
// Cyrillic and Greek, digits; separators of several kinds, a lone accent among them.
const LETTERS = ['a', 'b', 'á', 'B', 'Ä', 'a\u0301', 'ﬁ', 'ж', 'Ж', 'λ', 'Λ', '1'];
const SEPARATORS = [' ', ' ', ',', '\n', '!', '-', '💸', ' \u0301'];

const word = fc
  .array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 3 })
  .map((l) => l.join(''));

export const phraseArb = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([words, prefix]) => `${words.join(' ')}${prefix ? '*' : ''}`);

export const textArb = fc
  .array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { maxLength: 12 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

/** The reference reading: NFKD, accents dropped, lowercase, split on anything not a letter or digit. */
export function naiveWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Does the phrase occur in the text, read the naive way? */
export function naiveMatches(phrase: string, text: string): boolean {
  const prefix = phrase.trim().endsWith('*');
  const wanted = naiveWords(phrase);
  const words = naiveWords(text);
  if (wanted.length === 0) return false;
  for (let at = 0; at + wanted.length <= words.length; at += 1) {
    const ok = wanted.every((w, i) => {
      const have = words[at + i] ?? '';
      return prefix && i === wanted.length - 1 ? have.startsWith(w) : have === w;
    });
    if (ok) return true;
  }
  return false;
}
