import { isObject } from '../shared/index.js';
import { shortenText } from './words.js';
import type { Brief } from './types.js';

/** What a reply-opening template may name: the customer, their ask, what the bot tried. */
const OPENING_PLACEHOLDERS = ['name', 'ask', 'tried'] as const;
export type OpeningPlaceholder = (typeof OPENING_PLACEHOLDERS)[number];

/** An opening is a few sentences; a template longer than this is a reply, not an opening. */
const OPENING_TEMPLATE_MAX_CHARS = 600;
/** The ask restated in the opening: one sentence, not the whole message. */
const ASK_WORDS = 20;

export type OpeningTemplateIssue =
  | { readonly code: 'empty' }
  | { readonly code: 'too_long'; readonly max: number }
  | { readonly code: 'unknown_placeholder'; readonly name: string }
  | { readonly code: 'unclosed_placeholder' };

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/gu;

/** What is wrong with a template an admin wrote, in order; empty when it can be used. */
export function checkOpeningTemplate(template: string): OpeningTemplateIssue[] {
  const issues: OpeningTemplateIssue[] = [];
  if (template.trim() === '') return [{ code: 'empty' }];
  if (template.length > OPENING_TEMPLATE_MAX_CHARS)
    issues.push({ code: 'too_long', max: OPENING_TEMPLATE_MAX_CHARS });
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!(OPENING_PLACEHOLDERS as readonly string[]).includes(name))
      issues.push({ code: 'unknown_placeholder', name });
  }
  if (/\{\{|\}\}/u.test(template.replace(PLACEHOLDER, '')))
    issues.push({ code: 'unclosed_placeholder' });
  return issues;
}

/** The words the opening is filled with: each in the reply's language. */
export interface OpeningWords {
  /** Who to greet when the customer's name is unknown ("there" in "Hi there"). */
  readonly noName: string;
  /** The sentence acknowledging the bot's tries, when it tried anything; may be empty. */
  readonly tried: string;
}

/** What an opening says of the conversation: the customer's name, their ask, whether the bot tried. */
export interface OpeningFacts {
  readonly name?: string;
  readonly ask?: string;
  readonly botTried: boolean;
}

/** The opening's facts from a brief: the full name, the first ask item, any bot try. */
export function openingFacts(
  brief: Pick<Brief, 'identity' | 'ask' | 'botTried' | 'botTriedMore'>,
): OpeningFacts {
  const name = brief.identity.name?.full.trim();
  const ask = brief.ask[0]?.text.full;
  return {
    ...(name === undefined || name === '' ? {} : { name }),
    ...(ask === undefined ? {} : { ask }),
    botTried: brief.botTried.length + brief.botTriedMore > 0,
  };
}

/**
 * The reply's opening as plain text: the template with the customer's first name, their ask
 * restated (its first words, quoted as they wrote them) and a sentence acknowledging what the
 * bot tried. It asks nothing: what the customer already gave is in the brief.
 */
export function fillOpening(template: string, facts: OpeningFacts, words: OpeningWords): string {
  const name =
    facts.name === undefined ? words.noName : (facts.name.split(/\s+/u)[0] ?? facts.name);
  // The template puts its own punctuation after the quote: the ask's own end stop goes.
  const ask =
    facts.ask === undefined
      ? ''
      : shortenText(facts.ask, ASK_WORDS).text.replace(/[\s.!?。！？]+$/u, '');
  const tried = facts.botTried ? words.tried : '';
  const values: Record<OpeningPlaceholder, string> = { name, ask, tried };
  return template
    .replace(PLACEHOLDER, (whole, key: string) =>
      Object.hasOwn(values, key) ? values[key as OpeningPlaceholder] : whole,
    )
    .replace(/[ \t]{2,}/gu, ' ')
    .replace(/ +([.,!?])/gu, '$1')
    .trim();
}

/** Plain text as the HTML `ticket.editor.insert` takes: escaped, line breaks kept. */
export function openingAsHtml(text: string): string {
  const escaped = text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');
  return escaped.replace(/\r?\n/gu, '<br>');
}

/**
 * The admin's templates by language, from the installation setting (a JSON object of language
 * code to template); anything unreadable or invalid is left out, so the app's own is used.
 */
export function readOpeningTemplates(raw: unknown): Map<string, string> {
  const templates = new Map<string, string>();
  if (typeof raw !== 'string' || raw.trim() === '') return templates;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return templates;
  }
  if (!isObject(parsed)) return templates;
  for (const [language, template] of Object.entries(parsed)) {
    if (typeof template === 'string' && checkOpeningTemplate(template).length === 0)
      templates.set(language, template);
  }
  return templates;
}
