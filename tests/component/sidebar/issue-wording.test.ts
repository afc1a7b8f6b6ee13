import { describe, expect, it } from 'vitest';
import { parseContextPackage } from '../../../src/core/contract';
import type { Issue } from '../../../src/core/shared';
import { createTranslator, type Translator } from '../../../src/ui/i18n';
import { describeIssue } from '../../../src/ui/locations/ticket-sidebar/states/issue-wording';
import de from '../../../translations/de.json';
import en from '../../../translations/en.json';
import es from '../../../translations/es.json';
import fr from '../../../translations/fr.json';
import ja from '../../../translations/ja.json';
import ptBR from '../../../translations/pt-BR.json';
import { contextPackage } from '../../support/packages';

const LOCALES = { en, de, fr, es, ja, 'pt-BR': ptBR } as const;
const words = (locale: keyof typeof LOCALES): Translator => {
  const messages = LOCALES[locale];
  return createTranslator(locale, messages, en);
};
const english = words('en');

const wrongType = (expected: string): Issue => ({
  code: 'wrong_type',
  path: ['customer', 'email'],
  params: { expected },
});
const outside = (index: number, count: number): Issue => ({
  code: 'message_index_outside',
  path: ['trigger', 'messageIndex'],
  params: { index, count },
});

/** The issues the contract reports for a package with these parts replaced. */
function issuesOf(changes: Record<string, unknown>): readonly Issue[] {
  const parsed = parseContextPackage(contextPackage(changes));
  return parsed.ok ? parsed.warnings : parsed.issues;
}

describe('a contract issue in words', () => {
  it.each([
    ['object', { customer: 'Ana' }, 'Customer should be a JSON object.'],
    ['string', { conversationId: 42 }, 'Conversation ID should be text.'],
    ['number', { truncated: 'many' }, 'Dropped message count should be a number.'],
    [
      'boolean',
      { customer: { authenticated: 'yes' } },
      'Customer › Signed-in flag should be true or false.',
    ],
    ['array', { transcript: 'hello' }, 'Transcript should be a list.'],
  ])('says what kind of value was expected (%s) in a sentence of its own', (_, change, text) => {
    const issue = issuesOf(change).find((found) => found.code === 'wrong_type');
    expect(issue).toBeDefined();
    if (issue !== undefined) expect(describeIssue(issue, english)).toBe(text);
  });

  it('still explains a kind it has no sentence for', () => {
    expect(describeIssue(wrongType('date'), english)).toBe('Customer › Email has the wrong type.');
  });

  it.each(Object.keys(LOCALES).filter((locale) => locale !== 'en'))(
    'names every expected kind in %s without a word of English',
    (locale) => {
      const t = words(locale as keyof typeof LOCALES);
      const kinds = ['object', 'string', 'number', 'boolean', 'array'];
      const texts = kinds.map((kind) => describeIssue(wrongType(kind), t));
      expect(new Set(texts).size).toBe(kinds.length);
      for (const text of texts) {
        expect(text).not.toMatch(/\{\{|text value|true\/false|JSON object|\blist\b/);
      }
    },
  );

  it.each([
    ['en', 1, 'The rule points at message 4, but the transcript has only 1 message.'],
    ['en', 2, 'The rule points at message 4, but the transcript has only 2 messages.'],
    ['de', 1, 'Die Regel verweist auf Nachricht 4, das Transkript hat aber nur 1 Nachricht.'],
    ['fr', 0, 'La règle renvoie au message 4, mais la transcription ne compte que 0 message.'],
    ['es', 1, 'La regla señala el mensaje 4, pero la transcripción solo tiene 1 mensaje.'],
    ['pt-BR', 2, 'A regra aponta para a mensagem 4, mas a transcrição só tem 2 mensagens.'],
    ['ja', 2, 'ルールはメッセージ4を指していますが、会話記録には2件のメッセージしかありません。'],
  ] as const)(
    'counts the messages of a misplaced firing index in %s with the plural of %i',
    (locale, count, text) => {
      expect(describeIssue(outside(3, count), words(locale))).toBe(text);
    },
  );

  it.each([
    ['en', 1, 'The bot dropped 1 older message to fit the ticket field.'],
    ['en', 37, 'The bot dropped 37 older messages to fit the ticket field.'],
    ['de', 1, 'Der Bot hat 1 ältere Nachricht weggelassen, damit alles in das Ticketfeld passt.'],
    ['es', 1, 'El bot quitó 1 mensaje antiguo para que todo cupiera en el campo del ticket.'],
  ] as const)('counts the messages a bot dropped in %s with the plural of %i', (l, count, text) => {
    const issue: Issue = { code: 'messages_truncated', path: ['truncated'], params: { count } };
    expect(describeIssue(issue, words(l))).toBe(text);
  });

  it('formats the message count as the agent’s language writes numbers', () => {
    expect(describeIssue(outside(2_000, 1_500), english)).toBe(
      'The rule points at message 2001, but the transcript has only 1,500 messages.',
    );
  });

  it('numbers the message a real package points at from 1', () => {
    const transcript = [{ at: '2026-11-20T10:30:02Z', role: 'customer', text: 'refund' }];
    const trigger = { ruleId: 'refund', type: 'keyword', messageIndex: 1 };
    const issue = issuesOf({ transcript, trigger }).find(
      (found) => found.code === 'message_index_outside',
    );
    expect(issue && describeIssue(issue, english)).toBe(
      'The rule points at message 2, but the transcript has only 1 message.',
    );
  });
});
