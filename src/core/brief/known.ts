import type { PartialContextPackage } from '../contract/index.js';
import { KNOWN_FACTS_MAX, MESSAGES_READ } from './budget.js';
import { referencesIn } from './message-sense.js';
import { shortenText } from './words.js';
import type { KnownFact } from './types.js';
import type { WordLimits } from './budget.js';

/** A fact found in the conversation, before it is cut to its words. */
export interface FoundFact {
  readonly kind: KnownFact['kind'];
  readonly text: string;
  readonly index: number;
}

/** "Label: value" lines of a form the customer submitted. */
function formAnswers(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[^:]{1,60}:\s*\S/u.test(line));
}

/**
 * What the customer already gave, so the agent does not ask for it again: their answers to the
 * bot's forms, and the emails and reference numbers (order, invoice, account, error codes) in
 * their messages, as written. Found by pattern, never verified. Anything the identity already
 * shows (`alreadyShown`: the email, the account ID) is left out. The first KNOWN_FACTS_MAX.
 */
export function findKnownFacts(
  pkg: PartialContextPackage,
  end: number,
  alreadyShown: readonly string[],
): FoundFact[] {
  const seen = new Set(alreadyShown.map((value) => value.trim().toLowerCase()));
  const facts: FoundFact[] = [];
  const add = (fact: FoundFact, key: string) => {
    const normal = key.trim().toLowerCase();
    if (normal === '' || seen.has(normal)) return;
    seen.add(normal);
    facts.push(fact);
  };
  const stop = Math.min(end, pkg.transcript.length, MESSAGES_READ);
  for (let i = 0; i < stop && facts.length < KNOWN_FACTS_MAX; i += 1) {
    const message = pkg.transcript[i];
    if (message?.role !== 'customer') continue;
    if (message.kind === 'form') {
      for (const line of formAnswers(message.text)) {
        const label = line.slice(0, line.indexOf(':')).trim();
        const value = line.slice(line.indexOf(':') + 1).trim();
        // The value first: when words run short, it is what the agent must not ask for again.
        add({ kind: 'form', text: `${value} (${label})`, index: i }, value);
      }
      continue;
    }
    for (const found of referencesIn(message.text)) {
      add({ kind: found.kind, text: found.value, index: i }, found.value);
    }
  }
  return facts.slice(0, KNOWN_FACTS_MAX);
}

/** The known facts, each cut to its limit (by position). */
export function buildKnown(
  found: readonly FoundFact[],
  limits: Pick<WordLimits, 'known'>,
): KnownFact[] {
  return found.map((fact, i) => ({
    kind: fact.kind,
    text: shortenText(fact.text, limits.known[i] ?? 1),
    index: fact.index,
  }));
}
