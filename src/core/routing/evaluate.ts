import { PhraseIndex } from './phrase-index';
import { tokenize } from './tokenize';
import type {
  Conversation,
  Decision,
  Evidence,
  PhraseRule,
  Rule,
  RuleMatch,
  RuleSet,
} from './types';

interface Compiled {
  readonly rules: readonly Rule[];
  readonly phrases: PhraseIndex<PhraseRule>;
}

// Bots evaluate the same rule set for every message: compile it once.
const compiledSets = new WeakMap<RuleSet, Compiled>();

function compile(ruleSet: RuleSet): Compiled {
  const cached = compiledSets.get(ruleSet);
  if (cached !== undefined) return cached;
  const rules = ruleSet.rules.filter((rule) => rule.enabled);
  const phrases = new PhraseIndex<PhraseRule>();
  for (const rule of rules) {
    if (rule.type === 'keyword' || rule.type === 'customer') {
      for (const phrase of rule.phrases) phrases.add(rule, phrase);
    }
  }
  const compiled = { rules, phrases };
  compiledSets.set(ruleSet, compiled);
  return compiled;
}

/** The earliest phrase hit of each rule across the customer's messages. */
function phraseEvidence(compiled: Compiled, conversation: Conversation): Map<Rule, Evidence> {
  const found = new Map<Rule, Evidence>();
  conversation.messages.forEach((message, messageIndex) => {
    if (message.role !== 'customer') return;
    for (const hit of compiled.phrases.scanTokens(tokenize(message.text))) {
      if (found.has(hit.owner)) continue;
      found.set(hit.owner, {
        kind: 'phrase',
        phrase: hit.pattern.source,
        matched: message.text.slice(hit.start, hit.end),
        messageIndex,
        span: { start: hit.start, end: hit.end },
      });
    }
  });
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
      if (intent === undefined || !rule.intents.includes(intent.name)) return undefined;
      if (rule.minConfidence !== undefined && intent.confidence < rule.minConfidence)
        return undefined;
      return { kind: 'intent', intent: intent.name, confidence: intent.confidence };
    }
    case 'confidence': {
      const confidence = conversation.answerConfidence ?? conversation.intent?.confidence;
      if (confidence === undefined || confidence >= rule.below) return undefined;
      return { kind: 'confidence', confidence, threshold: rule.below };
    }
    default: {
      const unreachable: never = rule;
      throw new Error(`Unknown rule type in ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * Decides whether to hand off, and says why: the first rule in priority order that matches,
 * with its evidence, and every other rule that matched too. Pure and linear in message length.
 */
export function evaluate(ruleSet: RuleSet, conversation: Conversation): Decision {
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
