import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, evaluate, type Conversation } from '../../../src/core/routing';
import { SAID_IN_SIX_LANGUAGES as SAID } from '../../support/said-in-six-languages';

const customer = (text: string): Conversation => ({ messages: [{ role: 'customer', text }] });

describe('the default rules in every language the app speaks', () => {
  it.each(SAID)('hands off a %s %s: %s', (_, rule, text) => {
    const decision = evaluate(DEFAULT_RULES, customer(text));
    expect(decision.handoff && decision.fired.ruleId).toBe(rule);
  });

  it('covers the four reasons in each of the six languages', () => {
    const pairs = new Set(SAID.map(([language, rule]) => `${language}:${rule}`));
    expect(pairs.size).toBe(6 * 4);
  });

  it.each([
    ['de', 'Ich kann mich nicht anmelden, das Passwort geht nicht'],
    ['fr', 'Ma facture affiche le mauvais numéro de TVA'],
    ['es', 'No encuentro el botón para exportar'],
    ['pt-BR', 'Não consigo exportar o relatório'],
    ['ja', 'ログインできません'],
  ])('keeps an ordinary %s question with the bot', (_, text) => {
    expect(evaluate(DEFAULT_RULES, customer(text)).handoff).toBe(false);
  });
});
