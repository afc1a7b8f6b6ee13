import type { ContractIssueCode } from '../../src/core/contract';
import type { Decision, Evidence, RoutingIssueCode, RuleMatch } from '../../src/core/routing';
import type { Issue, IssuePath } from '../../src/core/shared';

type Params = Readonly<Record<string, string | number>>;

// The CLI speaks English to developers; the app's words for the same codes live in translations/.
const WORDS: Readonly<Record<ContractIssueCode | RoutingIssueCode, (p: Params) => string>> = {
  not_json: () => 'is not valid JSON',
  not_object: () => 'must be a JSON object',
  wrong_schema: (p) => `must be "${p['expected']}"`,
  required: () => 'is required',
  wrong_type: (p) => `must be a ${p['expected']}`,
  invalid_value: (p) => `must be one of ${p['allowed']} (got "${p['value']}")`,
  invalid_date: (p) => `must be an ISO-8601 date-time with a zone (got "${p['value']}")`,
  out_of_range: (p) => `must be between ${p['min']} and ${p['max']}`,
  message_index_outside: (p) => `points past the ${p['count']} messages`,
  transcript_out_of_order: () => 'is earlier than the message before it',
  messages_truncated: (p) => `says ${p['count']} messages were dropped`,
  refused_type: (p) =>
    `"${p['type']}" rules are refused: they fire on calm customers and interrupt them mid-resolution`,
  unknown_type: (p) => `"${p['type']}" is not a rule type (customer, keyword, intent, confidence)`,
  duplicate_id: (p) => `"${p['id']}" gives the same tag as rule ${p['first']}`,
  tag_unsafe_id: (p) =>
    `"${p['id']}" must be lowercase letters, digits, _ or - (it becomes a Zendesk tag)`,
  empty_phrases: () => 'needs at least one phrase',
  empty_phrase: () => 'has no letter or digit to match',
  empty_intents: () => 'needs at least one intent',
  threshold_out_of_range: (p) => `must be between ${p['min']} and ${p['max']}`,
  invalid_revision: () => 'must be a whole number, 0 or more',
  too_many_rules: (p) =>
    `${p['count']} rules are enabled; start with at most ${p['limit']} and grow from the hit figures`,
};

function pathText(path: IssuePath): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text === '' ? key : `${text}.${key}`,
    '',
  );
}

export function issueLines(
  file: string,
  issues: readonly Issue<ContractIssueCode | RoutingIssueCode>[],
): string[] {
  return issues.map((found) => {
    const where = pathText(found.path);
    return `${file}${where === '' ? '' : `: ${where}`} ${WORDS[found.code](found.params ?? {})}`;
  });
}

const quote = (text: string) => JSON.stringify(text);

function because(evidence: Evidence): string {
  switch (evidence.kind) {
    case 'phrase':
      return `messages[${evidence.messageIndex}] says ${quote(evidence.matched)} (phrase ${quote(evidence.phrase)}, characters ${evidence.span.start}-${evidence.span.end})`;
    case 'human_requested':
      return 'the customer pressed "talk to a human"';
    case 'intent':
      return `the bot's intent is ${evidence.intent} (confidence ${evidence.confidence})`;
    case 'confidence':
      return `the bot's confidence ${evidence.confidence} is below ${evidence.threshold}`;
    default: {
      const unreachable: never = evidence;
      throw new Error(`Unhandled evidence ${JSON.stringify(unreachable)}`);
    }
  }
}

const ruleName = (match: RuleMatch) => `"${match.ruleId}" (${match.type}: ${match.label})`;

/** Which rule fired, why, and on which words; then every other rule that matched. */
export function describeDecision(decision: Decision): string[] {
  if (!decision.handoff)
    return ['No handoff: no enabled rule matched, the bot keeps the conversation.'];
  return [
    `Hand off: rule ${ruleName(decision.fired)}`,
    `  because ${because(decision.fired.evidence)}`,
    ...decision.alsoMatched.map(
      (match) => `Also matched: rule ${ruleName(match)}, because ${because(match.evidence)}`,
    ),
  ];
}
