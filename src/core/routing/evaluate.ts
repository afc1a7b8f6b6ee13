import { isObject, isUnitInterval } from '../shared/index.js';
import { PhraseIndex } from './phrase-index.js';
import { tokenize, type Token } from './tokenize.js';
import type { Conversation, Decision, Evidence, Rule, RuleMatch, RuleSet } from './types.js';

interface Compiled {
  readonly rules: readonly Rule[];
  readonly phrases: PhraseIndex<Rule>;
}

// Bots evaluate the same rule set for every message: compile it once.
const compiledSets = new WeakMap<RuleSet, Compiled>();

function compile(ruleSet: RuleSet): Compiled {
  const cached = compiledSets.get(ruleSet);
  if (cached !== undefined) return cached;
  const rules = ruleSet.rules.filter((rule) => rule.enabled);
  const phrases = new PhraseIndex<Rule>();
  for (const rule of rules) {
    if (rule.type === 'keyword' || rule.type === 'customer') {
      for (const phrase of rule.phrases) phrases.add(rule, phrase);
    }
  }
  const compiled = { rules, phrases };
  compiledSets.set(ruleSet, compiled);
  return compiled;
}

/** The earliest phrase hit of each rule in the customer's messages. */
function phraseEvidence(compiled: Compiled, conversation: Conversation): Map<Rule, Evidence> {
  const messages = Array.isArray(conversation.messages) ? conversation.messages : [];
  const customerIndexes: number[] = [];
  let read = 0;
  // The next customer message's words, tokenized only when the search asks for them.
  const nextCustomerTokens = (): Token[] | undefined => {
    for (; read < messages.length; read += 1) {
      const message = messages[read];
      if (message?.role !== 'customer' || typeof message.text !== 'string') continue;
      customerIndexes.push(read);
      read += 1;
      return tokenize(message.text);
    }
    return undefined;
  };
  const found = new Map<Rule, Evidence>();
  for (const [rule, hit] of compiled.phrases.firstHits(nextCustomerTokens)) {
    const messageIndex = customerIndexes[hit.text] ?? 0;
    const text = messages[messageIndex]?.text ?? '';
    found.set(rule, {
      kind: 'phrase',
      phrase: hit.pattern.source,
      matched: text.slice(hit.start, hit.end),
      messageIndex,
      span: { start: hit.start, end: hit.end },
    });
  }
  return found;
}

function otherEvidence(rule: Rule, conversation: Conversation): Evidence | undefined {
  switch (rule.type) {
    case 'keyword':
      return undefined;
    case 'customer':
      return conversation.humanRequested === true ? { kind: 'human_requested' } : undefined;
    case 'intent': {
      const intent = conversation.intent;
      if (typeof intent?.name !== 'string' || !isUnitInterval(intent.confidence)) return undefined;
      if (!rule.intents.includes(intent.name)) return undefined;
      if (rule.minConfidence !== undefined && intent.confidence < rule.minConfidence)
        return undefined;
      return { kind: 'intent', intent: intent.name, confidence: intent.confidence };
    }
    case 'confidence': {
      const answer = conversation.answerConfidence;
      const confidence = isUnitInterval(answer) ? answer : conversation.intent?.confidence;
      if (!isUnitInterval(confidence) || confidence >= rule.below) return undefined;
      return { kind: 'confidence', confidence, threshold: rule.below };
    }
    default: {
      const unreachable: never = rule;
      throw new Error(`Unknown rule type in ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * Decides whether to hand off, and says why: the first enabled rule in priority order that
 * matches, with its evidence, and every other rule that matched too.
 *
 * Pure, deterministic and linear in the length of the messages; the rule set should come from
 * `parseRuleSet` (or `DEFAULT_RULES`). A conversation from loosely typed code is read
 * leniently: messages without text and confidences outside 0–1 are ignored, never thrown on.
 */
export function evaluate(ruleSet: RuleSet, given: Conversation): Decision {
  const conversation: Conversation = isObject(given) ? given : { messages: [] };
  const compiled = compile(ruleSet);
  const phrases = phraseEvidence(compiled, conversation);
  const matches: RuleMatch[] = [];
  for (const rule of compiled.rules) {
    // The explicit button outranks words: it is the customer's own unambiguous request.
    const evidence =
      (rule.type === 'customer' ? otherEvidence(rule, conversation) : undefined) ??
      phrases.get(rule) ??
      otherEvidence(rule, conversation);
    if (evidence !== undefined)
      matches.push({ ruleId: rule.id, type: rule.type, label: rule.label, evidence });
  }
  const [fired, ...alsoMatched] = matches;
  return fired === undefined
    ? { handoff: false, alsoMatched: [] }
    : { handoff: true, fired, alsoMatched };
}
