import { capitalized } from '../shared/index.js';

/** What Zendesk's intelligent triage concluded, from the tags it adds (`intent__…`, …). */
export interface ZendeskTriage {
  readonly intent?: string;
  readonly sentiment?: string;
  readonly language?: string;
}

const PARTS = ['intent', 'sentiment', 'language'] as const;

/**
 * Intelligent triage adds tags `intent__<value>`, `sentiment__<value>` and `language__<value>`
 * (support.zendesk.com 4550640560538). Zendesk's guess, not the bot's: the value is shown as
 * words with a capital, the first tag of each kind wins. Undefined when the ticket has none.
 */
export function zendeskTriage(tags: readonly string[]): ZendeskTriage | undefined {
  const found: Partial<Record<(typeof PARTS)[number], string>> = {};
  for (const part of PARTS) {
    const tag = tags.find((candidate) => candidate.startsWith(`${part}__`));
    const value = tag
      ?.slice(part.length + 2)
      .replace(/_+/g, ' ')
      .trim();
    // Tags are lowercase; shown as a phrase: "Negative", "English".
    if (value !== undefined && value !== '') found[part] = capitalized(value);
  }
  return Object.keys(found).length === 0 ? undefined : found;
}
