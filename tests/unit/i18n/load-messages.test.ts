import { describe, expect, it } from 'vitest';
import { createTranslator, loadMessages } from '../../../src/ui/i18n';
import en from '../../../translations/en.json';
import { readLocaleFile } from './locale-files';

describe('loadMessages', () => {
  it.each([
    ['de', 'de'],
    ['de-CH', 'de'],
    ['de_AT', 'de'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['ja-JP', 'ja'],
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['he', 'en'],
    ['zz-ZZ', 'en'],
    ['', 'en'],
  ])('gives an agent in %j the %s file', async (locale, file) => {
    expect(await loadMessages(locale, en)).toEqual(readLocaleFile(file).tree);
  });
});

describe('a translator over the real locale files', () => {
  const translate = async (locale: string) =>
    createTranslator(locale, await loadMessages(locale, en), en);

  it.each([
    ['en', 1, '1 message'],
    ['en', 0, '0 messages'],
    ['de', 1, '1 Nachricht'],
    ['de', 2000, '2.000 Nachrichten'],
    ['fr', 0, '0 message'],
    ['fr', 1, '1 message'],
    ['fr', 2, '2 messages'],
    ['fr', 1_000_000, '1\u202F000\u202F000 de messages'],
    ['es', 1_000_000, '1.000.000 de mensajes'],
    ['pt-BR', 0, '0 mensagem'],
    ['ja', 1, 'メッセージ1件'],
  ])('%s counts %i as %j', async (locale, count, expected) => {
    expect((await translate(locale)).tp('sidebar.details.messages', count)).toBe(expected);
  });

  it('fills parameters inside a translated text', async () => {
    const de = await translate('de-CH');
    expect(de.t('errors.zendesk.http5xx', { status: 503 })).toBe(
      'Zendesk hatte ein vorübergehendes Problem (503). Versuchen Sie es gleich noch einmal.',
    );
  });
});
