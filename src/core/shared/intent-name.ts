import { capitalized } from './capitalized.js';

/**
 * A bot’s intent id as words a person reads: `billing.duplicate_charge` → "Billing › duplicate
 * charge". The id stays beside it, since that is what an intent rule names.
 */
export function intentName(id: string): string {
  const parts = id
    .split('.')
    .map((part) => part.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
  const words = parts.join(' › ');
  return words === '' ? id : capitalized(words);
}
