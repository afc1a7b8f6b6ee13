import { useCallback } from 'react';
import {
  fillOpening,
  openingAsHtml,
  openingFacts,
  readOpeningTemplates,
  type Brief,
} from '../../../../core/brief';
import { insertIntoReply } from '../../../../zendesk/ticket';
import { REPLY_OPENING_TEMPLATES_SETTING } from '../../../../zendesk/settings';
import { useZendesk } from '../../../app/zendesk-context';
import { createTranslator, loadMessages, useI18n } from '../../../i18n';
import { pickOpeningLanguage } from '../../../opening/opening-language';
import { SIDEBAR_ENGLISH } from '../sidebar-english';

/**
 * Writes the reply's opening and puts it in the agent's reply editor: in the conversation's
 * language (the package's locale, else the requester's, else the agent's), from the admin's
 * template for that language or the app's own. It never sends anything.
 */
export function useDraftOpening(
  brief: Brief,
  locales: { readonly conversation?: string | undefined; readonly requester?: string | undefined },
): () => Promise<void> {
  const { client, metadata } = useZendesk();
  const { locale: agentLocale } = useI18n();
  const settings = metadata.settings;
  return useCallback(async () => {
    const language = pickOpeningLanguage([locales.conversation, locales.requester, agentLocale]);
    const messages = await loadMessages(language, SIDEBAR_ENGLISH);
    const words = createTranslator(language, messages, SIDEBAR_ENGLISH);
    const custom = readOpeningTemplates(settings[REPLY_OPENING_TEMPLATES_SETTING]).get(language);
    const text = fillOpening(custom ?? words.t('draft.template'), openingFacts(brief), {
      noName: words.t('draft.noName'),
      tried: words.t('draft.tried'),
    });
    await insertIntoReply(client, openingAsHtml(text));
  }, [brief, locales.conversation, locales.requester, agentLocale, settings, client]);
}
