import { describe, expect, it } from 'vitest';
import {
  checkOpeningTemplate,
  fillOpening,
  openingAsHtml,
  readOpeningTemplates,
} from '../../../src/core/brief';

const words = { noName: 'there', tried: 'I know the bot’s steps did not help.' };

describe('the reply opening', () => {
  it.each([
    ['', [{ code: 'empty' }]],
    ['Hi {{name}}', []],
    ['Hi {{ name }}, {{ask}} {{tried}}', []],
    ['Hi {{firstName}}', [{ code: 'unknown_placeholder', name: 'firstName' }]],
    ['Hi {{name}', [{ code: 'unclosed_placeholder' }]],
    ['x'.repeat(601), [{ code: 'too_long', max: 600 }]],
  ])('checks %j', (template, issues) => {
    expect(checkOpeningTemplate(template)).toEqual(issues);
  });

  it('greets by first name, quotes the ask without its end stop, and acknowledges the bot', () => {
    expect(
      fillOpening(
        'Hi {{name}}, you wrote “{{ask}}”. {{tried}} On it.',
        { name: 'Marisol Vega', ask: 'My payout failed twice!', botTried: true },
        words,
      ),
    ).toBe(
      'Hi Marisol, you wrote “My payout failed twice”. I know the bot’s steps did not help. On it.',
    );
  });

  it('leaves out what it does not know, without stray spaces', () => {
    expect(fillOpening('Hi {{name}}, {{tried}} about “{{ask}}”.', { botTried: false }, words)).toBe(
      'Hi there, about “”.',
    );
  });

  it('restates a long ask in its first words only (20 words, the ellipsis counted)', () => {
    const ask = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const text = fillOpening('{{ask}}', { ask, botTried: false }, words);
    expect(text.split(' ')).toHaveLength(19);
    expect(text.endsWith('…')).toBe(true);
  });

  it('hands the editor escaped HTML with line breaks', () => {
    expect(openingAsHtml('a <b> & "c"\nd')).toBe('a &lt;b&gt; &amp; &quot;c&quot;<br>d');
  });

  it('reads the admin’s templates, leaving out broken JSON and invalid templates', () => {
    expect(readOpeningTemplates('{not json')).toEqual(new Map());
    expect(
      readOpeningTemplates(
        JSON.stringify({ de: 'Hallo {{name}}', fr: 'Bonjour {{prénom}}', ja: 3 }),
      ),
    ).toEqual(new Map([['de', 'Hallo {{name}}']]));
  });
});
