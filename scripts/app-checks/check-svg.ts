import { problem, type Problem } from './problem';

/**
 * Zendesk sanitises every SVG in assets/ and swaps one that embeds a bitmap for a placeholder, so
 * markup its sanitiser would touch is a problem here rather than a surprise after upload.
 */
const UNSAFE = [
  [/<script\b/i, 'a <script> element'],
  [/<foreignObject\b/i, 'a <foreignObject> element'],
  [/<image\b/i, 'an embedded bitmap (<image>), which Zendesk replaces with a placeholder'],
  [/<style\b/i, 'a <style> element'],
  [/\son[a-z]+\s*=/i, 'an event handler attribute'],
  [/javascript:/i, 'a javascript: URL'],
  [/href\s*=\s*["'](?!#)/i, 'a link to another resource'],
] as const;

const COLOUR_ATTRIBUTE = /\b(fill|stroke|stop-color|color)\s*=\s*["']([^"']*)["']/gi;
const COLOUR_STYLE = /\b(fill|stroke|stop-color|color)\s*:\s*([^;"']+)/gi;
const TINTABLE = new Set(['none', 'currentcolor', 'inherit']);

export function checkSvgSafety(markup: string, file: string): Problem[] {
  const problems: Problem[] = [];
  if (!/<svg\b[^>]*\sxmlns\s*=\s*["']http:\/\/www\.w3\.org\/2000\/svg["']/i.test(markup)) {
    problems.push(
      problem('svg_invalid', file, 'has no <svg xmlns="http://www.w3.org/2000/svg"> root'),
    );
  }
  for (const [pattern, what] of UNSAFE) {
    if (pattern.test(markup)) problems.push(problem('svg_unsafe', file, `contains ${what}`));
  }
  return problems;
}

/** A location icon is drawn in one colour that Zendesk's CSS sets, and Zendesk scales it to 18×18. */
export function checkIconMarkup(markup: string, file: string): Problem[] {
  const problems: Problem[] = [];
  const hasViewBox =
    /<svg\b[^>]*\sviewBox\s*=/i.test(markup) ||
    /<symbol\b(?=[^>]*\sid\s*=\s*["']default["'])[^>]*\sviewBox\s*=/i.test(markup);
  if (!hasViewBox) {
    problems.push(problem('svg_invalid', file, 'needs a viewBox so Zendesk can scale it to 18×18'));
  }
  const colours = [...markup.matchAll(COLOUR_ATTRIBUTE), ...markup.matchAll(COLOUR_STYLE)]
    .map((match) => (match[2] ?? '').trim())
    .filter((value) => !TINTABLE.has(value.toLowerCase()));
  if (colours.length > 0) {
    problems.push(
      problem(
        'icon_not_tintable',
        file,
        `sets its own colour (${[...new Set(colours)].join(', ')}); leave fills unset so Zendesk can tint it`,
      ),
    );
  }
  return problems;
}
