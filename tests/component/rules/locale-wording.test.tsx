import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import de from '../../../translations/de.json';
import en from '../../../translations/en.json';
import es from '../../../translations/es.json';
import fr from '../../../translations/fr.json';
import ja from '../../../translations/ja.json';
import ptBR from '../../../translations/pt-BR.json';
import { DEFAULT_RULES, serializeRuleSet } from '../../../src/core/routing';
import { createTranslator } from '../../../src/ui/i18n';
import { ruleWording } from '../../../src/ui/locations/nav-bar/rules/use-rule-wording';
import { DEFAULT_SETTINGS } from '../../support/zaf-harness';
import { renderRules, ruleSetOf, storedIn } from './support';

const MESSAGES = { 'en-US': en, de, fr, es, ja, 'pt-BR': ptBR } as const;
type Locale = keyof typeof MESSAGES;
const LOCALES = Object.keys(MESSAGES) as Locale[];
const KINDS = ['list', 'string', 'boolean', 'number', 'object'] as const;

async function ruleNamed(locale: Locale, name: RegExp) {
  const list = await screen.findByRole('list', { name: MESSAGES[locale].rules.editor.listLabel });
  return within(list).getByRole('listitem', { name });
}

/** Stored revision 7 of the defaults, with `unreadable` history entries no parser can read. */
const withUnreadableHistory = (unreadable: number) => ({
  ...DEFAULT_SETTINGS,
  routing_rules: serializeRuleSet(ruleSetOf(7, DEFAULT_RULES.rules)),
  routing_rules_history: JSON.stringify(Array.from({ length: unreadable }, () => ({ junk: 1 }))),
});

describe('the routing rules in the agent’s language', () => {
  it.each(LOCALES.flatMap((locale) => KINDS.map((kind) => [locale, kind] as const)))(
    '%s names the expected %s in its own words, not in English',
    (locale, kind) => {
      const words = ruleWording(createTranslator(locale, MESSAGES[locale], en));
      const sentence = words.issue({
        code: 'wrong_type',
        path: ['rules'],
        params: { expected: kind },
      });
      expect(sentence).toBe(MESSAGES[locale].rules.issues.wrong_type[kind]);
      if (locale !== 'en-US')
        expect(sentence).not.toMatch(/\b(list|string|boolean|number|object)\b/);
    },
  );

  it('tests a German customer’s words against the default rules, named in German', async () => {
    renderRules({ role: 'admin', locale: 'de' });
    await ruleNamed('de', /Urgent/);
    const panel = screen.getByRole('tabpanel', { name: de.rules.side.test });
    fireEvent.change(within(panel).getByRole('textbox', { name: de.rules.tester.conversation }), {
      target: { value: 'Ich will mein Geld zurück, sonst mit einem Menschen sprechen' },
    });
    const result = within(panel).getByRole('region', { name: de.rules.tester.result });
    expect(result).toHaveTextContent(de.ruleLabels.human);
    expect(result).toHaveTextContent(de.ruleLabels.refund);
  });

  it('explains a refused import’s wrong types in German', async () => {
    renderRules({ role: 'admin', locale: 'de' });
    await ruleNamed('de', /Urgent/);
    fireEvent.click(screen.getByRole('button', { name: de.rules.import.open }));
    const dialog = await screen.findByRole('dialog', { name: de.rules.import.title });
    const pasted = {
      schema: 'handoff-rules/v1',
      rules: [{ id: 'x', type: 'keyword', label: 'X', enabled: 'yes', phrases: 'refund' }],
    };
    fireEvent.change(within(dialog).getByRole('textbox', { name: de.rules.import.label }), {
      target: { value: JSON.stringify(pasted) },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: de.rules.import.submit }));
    const refusal = await within(dialog).findByRole('alert');
    expect(refusal).toHaveTextContent('Regel 1 X · Phrasen: Hier wird eine Liste erwartet.');
    expect(refusal).toHaveTextContent('Hier wird true oder false erwartet.');
  });

  it.each([
    ['en-US', 'below 0.6'],
    ['de', 'unter 0,6'],
    ['fr', 'sous 0,6'],
    ['es', 'por debajo de 0,6'],
    ['pt-BR', 'abaixo de 0,6'],
    ['ja', '0.6未満'],
  ] as const)('summarises the fallback threshold in %s as “%s”', async (locale, summary) => {
    renderRules({ role: 'admin', locale });
    expect(await ruleNamed(locale, /Bot had no good answer/)).toHaveTextContent(summary);
  });

  it('shows a German threshold as 0,6, reads 0,45 as typed and saves the number it means', async () => {
    const { harness } = renderRules({ role: 'admin', locale: 'de' });
    const rule = await ruleNamed('de', /Bot had no good answer/);
    fireEvent.click(
      within(rule).getByRole('button', { name: 'Bot had no good answer bearbeiten' }),
    );
    const below = within(rule).getByRole('textbox', { name: de.rules.fields.below.label });
    expect(below).toHaveValue('0,6');
    fireEvent.change(below, { target: { value: '0,45' } });
    expect(rule).toHaveTextContent('unter 0,45');
    fireEvent.click(screen.getByRole('button', { name: de.rules.status.save }));
    await waitFor(() =>
      expect(storedIn(harness).ruleSet.rules.find((r) => r.id === 'no-answer')).toMatchObject({
        below: 0.45,
      }),
    );
  });

  it.each([
    ['en-US', 1, '1 earlier revision in the history could not be read. It is kept,'],
    ['en-US', 2, '2 earlier revisions in the history could not be read. They are kept,'],
    ['de', 1, '1 frühere Version im Verlauf ließ sich nicht lesen. Sie bleibt erhalten,'],
    ['fr', 1, '1 version antérieure de l’historique n’a pas pu être lue. Elle est conservée,'],
    ['fr', 3, '3 versions antérieures de l’historique n’ont pas pu être lues.'],
    ['pt-BR', 2, 'Não foi possível ler 2 versões anteriores no histórico.'],
  ] as const)(
    'says in %s how many history entries (%i) could not be read',
    async (locale, n, words) => {
      renderRules({ role: 'admin', locale, settings: withUnreadableHistory(n) });
      const title = await screen.findByText(MESSAGES[locale].rules.storage.historyTitle);
      expect(title.closest('[data-garden-id="notifications.alert"]')).toHaveTextContent(words);
      expect(screen.queryByText(MESSAGES[locale].rules.storage.title)).toBeNull();
    },
  );

  it('counts one unreadable stored rule set as one problem', async () => {
    const stored = {
      schema: 'handoff-rules/v1',
      revision: 3,
      rules: [{ id: 'a', type: 'time', label: 'A' }],
    };
    renderRules({
      role: 'admin',
      settings: { ...DEFAULT_SETTINGS, routing_rules: JSON.stringify(stored) },
    });
    expect(await screen.findByText(/could not be read \(1 problem, listed below\)/)).toBeVisible();
  });
});
