export interface QueryToken {
  readonly raw: string;
  readonly index: number;
}

/** Splits on whitespace outside double quotes; undefined when a quote is left open. */
export function tokenizeSearchQuery(text: string): QueryToken[] | undefined {
  const tokens: QueryToken[] = [];
  let current = '';
  let quoted = false;
  const flush = () => {
    if (current !== '') tokens.push({ raw: current, index: tokens.length });
    current = '';
  };
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (!quoted && /\s/u.test(char)) flush();
    else current += char;
  }
  if (quoted) return undefined;
  flush();
  return tokens;
}

export function unquote(value: string): { text: string; quoted: boolean } {
  const quoted = value.length >= 2 && value.startsWith('"') && value.endsWith('"');
  return { text: quoted ? value.slice(1, -1) : value, quoted };
}

/** Lowercased words of a text, as search sees them (punctuation is not searched). */
export function searchWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}
