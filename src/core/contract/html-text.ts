/**
 * Text out of the HTML Zendesk stores for a comment or message, never parsed as markup:
 * block ends and `<br>` become line breaks, every tag is dropped, entities are decoded, blank
 * runs collapse. What looks like a tag in customer text is gone from the text; nothing of it
 * can run or render, because the result is shown as text.
 */
const BLOCK_END = /<\s*(br\s*\/?|\/\s*(p|div|li|tr|h[1-6]|blockquote|pre))\s*>/gi;
const TAG = /<[^<>]*>/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntity(match: string, body: string): string {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff
      ? String.fromCodePoint(code)
      : match;
  }
  return NAMED[body.toLowerCase()] ?? match;
}

export function htmlToText(html: string): string {
  return html
    .replace(/<\s*(script|style)[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, ' ')
    .replace(BLOCK_END, '\n')
    .replace(TAG, '')
    .replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, decodeEntity)
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
