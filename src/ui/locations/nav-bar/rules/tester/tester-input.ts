import type { Conversation } from '../../../../../core/routing';
import type { DecimalText } from '../draft/threshold-text';
import { formatConversationText, parseConversationText } from './conversation-text';

/** The tester's form, as typed. */
export interface TesterInput {
  readonly text: string;
  readonly intent: string;
  readonly intentConfidence: string;
  readonly answerConfidence: string;
  readonly humanRequested: boolean;
}

export const EMPTY_INPUT: TesterInput = {
  text: '',
  intent: '',
  intentConfidence: '',
  answerConfidence: '',
  humanRequested: false,
};

/**
 * A typed confidence: "0.4", "0,4" or "40%"; anything else is left out, not guessed.
 * @internal Exported only for tests: unit-tested on its own.
 */
export function readConfidence(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const value = trimmed.endsWith('%') ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : undefined;
}

export function buildConversation(input: TesterInput): Conversation {
  const intentConfidence = readConfidence(input.intentConfidence);
  const answerConfidence = readConfidence(input.answerConfidence);
  const intent = input.intent.trim();
  return {
    messages: parseConversationText(input.text),
    ...(intent === '' ? {} : { intent: { name: intent, confidence: intentConfidence ?? 1 } }),
    ...(answerConfidence === undefined
      ? intent === '' && intentConfidence !== undefined
        ? { answerConfidence: intentConfidence }
        : {}
      : { answerConfidence }),
    ...(input.humanRequested ? { humanRequested: true } : {}),
  };
}

/** A loaded conversation as the form shows it; `decimal` writes confidences the agent's way. */
export function inputFromConversation(
  conversation: Conversation,
  decimal: DecimalText = String,
): TesterInput {
  return {
    text: formatConversationText(conversation.messages),
    intent: conversation.intent?.name ?? '',
    intentConfidence:
      conversation.intent === undefined ? '' : decimal(conversation.intent.confidence),
    answerConfidence:
      conversation.answerConfidence === undefined ? '' : decimal(conversation.answerConfidence),
    humanRequested: conversation.humanRequested === true,
  };
}
