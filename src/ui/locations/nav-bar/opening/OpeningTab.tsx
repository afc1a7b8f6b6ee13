import { Button } from '@zendeskgarden/react-buttons';
import {
  Checkbox,
  Field,
  Hint,
  Label,
  Message,
  Select,
  Textarea,
} from '@zendeskgarden/react-forms';
import { Alert, Well } from '@zendeskgarden/react-notifications';
import { LG, Paragraph } from '@zendeskgarden/react-typography';
import { useEffect, useMemo, useState } from 'react';
import styled from 'styled-components';
import {
  checkOpeningTemplate,
  fillOpening,
  readOpeningTemplates,
  type OpeningTemplateIssue,
} from '../../../../core/brief';
import {
  readInstallationSettings,
  readReplyOpeningEnabled,
  REPLY_OPENING_SETTING,
  REPLY_OPENING_TEMPLATES_SETTING,
  writeInstallationSettings,
} from '../../../../zendesk/settings';
import { toZendeskError } from '../../../../zendesk';
import { useZendesk } from '../../../app/zendesk-context';
import { describeZendeskError } from '../../../components/ZendeskErrorState';
import { createTranslator, loadMessages, useI18n, type Translator } from '../../../i18n';
import { NAV_BAR_ENGLISH } from '../nav-bar-english';
import {
  OPENING_LANGUAGES,
  openingLanguageOf,
  type OpeningLanguage,
} from '../../../opening/opening-language';

const Columns = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  gap: 24px;
  max-width: 960px;
  @media (max-width: 800px) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'failed'; readonly reason: string };

function issueText(issue: OpeningTemplateIssue, t: Translator['t']): string {
  switch (issue.code) {
    case 'empty':
      return t('opening.issues.empty');
    case 'too_long':
      return t('opening.issues.too_long', { max: issue.max });
    case 'unknown_placeholder':
      return t('opening.issues.unknown_placeholder', { placeholder: issue.name });
    case 'unclosed_placeholder':
      return t('opening.issues.unclosed_placeholder');
    default: {
      const unreachable: never = issue;
      throw new Error(`Unknown template issue ${JSON.stringify(unreachable)}`);
    }
  }
}

/** The words of one opening language: its default template, its sample, its fillers. */
function useLanguageWords(language: OpeningLanguage): Translator | undefined {
  const [words, setWords] = useState<{ language: OpeningLanguage; words: Translator }>();
  useEffect(() => {
    let live = true;
    void loadMessages(language, NAV_BAR_ENGLISH).then((messages) => {
      if (live)
        setWords({ language, words: createTranslator(language, messages, NAV_BAR_ENGLISH) });
    });
    return () => {
      live = false;
    };
  }, [language]);
  // Until the chosen language has loaded, nothing is shown rather than another language's words.
  return words?.language === language ? words.words : undefined;
}

/**
 * The drafted reply opening, for admins: on or off, and its wording per language, checked
 * before it is saved and previewed as agents will insert it. Everyone else reads it.
 */
export default function OpeningTab() {
  const { t } = useI18n();
  const { client, metadata, currentUser } = useZendesk();
  const isAdmin = currentUser.role === 'admin';
  const saved = metadata.settings;
  const [enabled, setEnabled] = useState(() => readReplyOpeningEnabled(saved));
  const [templates, setTemplates] = useState(() =>
    readOpeningTemplates(saved[REPLY_OPENING_TEMPLATES_SETTING]),
  );
  const [language, setLanguage] = useState<OpeningLanguage>(
    () => openingLanguageOf(currentUser.locale) ?? 'en',
  );
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const words = useLanguageWords(language);
  const defaultTemplate = words?.t('draft.template') ?? '';
  const custom = templates.get(language);
  const template = custom ?? defaultTemplate;
  const isLoaded = words !== undefined || custom !== undefined;
  const issues = useMemo(
    () => (isLoaded ? checkOpeningTemplate(template) : []),
    [isLoaded, template],
  );
  const preview =
    words === undefined || issues.length > 0
      ? ''
      : fillOpening(
          template,
          {
            name: words.t('opening.sample.name'),
            ask: words.t('opening.sample.ask'),
            botTried: true,
          },
          { noName: words.t('draft.noName'), tried: words.t('draft.tried') },
        );
  const names = new Intl.DisplayNames([currentUser.locale], { type: 'language' });
  const edit = (next: string | undefined) => {
    setSave({ kind: 'idle' });
    setTemplates((before) => {
      const copy = new Map(before);
      if (next === undefined || next === defaultTemplate) copy.delete(language);
      else copy.set(language, next);
      return copy;
    });
  };
  const onSave = () => {
    setSave({ kind: 'saving' });
    const valid = [...templates].filter(([, text]) => checkOpeningTemplate(text).length === 0);
    // Settings read fresh, so the rules and every other setting are written back as stored now.
    readInstallationSettings(client, metadata.installationId)
      .then((current) =>
        writeInstallationSettings(client, metadata.installationId, current, {
          [REPLY_OPENING_SETTING]: String(enabled),
          [REPLY_OPENING_TEMPLATES_SETTING]:
            valid.length === 0 ? '' : JSON.stringify(Object.fromEntries(valid)),
        }),
      )
      .then(
        () => setSave({ kind: 'saved' }),
        (reason: unknown) => {
          const error = toZendeskError(reason, 'save reply opening');
          setSave({
            kind: 'failed',
            reason: t(describeZendeskError(error), {
              status: error.kind === 'http' ? error.status : '',
            }),
          });
        },
      );
  };
  return (
    <section aria-labelledby="opening-title" style={{ marginTop: 16 }}>
      <LG tag="h2" id="opening-title" isBold>
        {t('opening.title')}
      </LG>
      <Paragraph style={{ maxWidth: 720 }}>{t('opening.intro')}</Paragraph>
      {!isAdmin && (
        <Alert type="info" style={{ maxWidth: 720, marginBottom: 12 }}>
          {t('opening.readOnly')}
        </Alert>
      )}
      <Field style={{ margin: '12px 0 16px' }}>
        <Checkbox
          checked={enabled}
          disabled={!isAdmin}
          onChange={(event) => {
            setSave({ kind: 'idle' });
            setEnabled(event.target.checked);
          }}
        >
          <Label>{t('opening.enabled')}</Label>
        </Checkbox>
      </Field>
      <Columns>
        <div>
          <Field style={{ marginBottom: 12 }}>
            <Label>{t('opening.language')}</Label>
            <Hint>{t('opening.languageHint')}</Hint>
            <Select
              value={language}
              onChange={(event) => setLanguage(event.target.value as OpeningLanguage)}
            >
              {OPENING_LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {names.of(code) ?? code}
                  {templates.has(code) ? ` — ${t('opening.custom')}` : ''}
                </option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>{t('opening.template')}</Label>
            <Hint>
              {t('opening.placeholders', { name: '{{name}}', ask: '{{ask}}', tried: '{{tried}}' })}
            </Hint>
            <Textarea
              rows={6}
              value={template}
              readOnly={!isAdmin}
              {...(issues.length > 0 ? { validation: 'error' as const } : {})}
              onChange={(event) => edit(event.target.value)}
            />
            {issues.map((issue, i) => (
              <Message key={i} validation="error" data-issue={issue.code}>
                {issueText(issue, t)}
              </Message>
            ))}
          </Field>
          {isAdmin && (
            <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 12 }}>
              <Button
                isPrimary
                disabled={issues.length > 0 || save.kind === 'saving'}
                onClick={onSave}
              >
                {t('opening.save')}
              </Button>
              {custom !== undefined && (
                <Button isBasic onClick={() => edit(undefined)}>
                  {t('opening.useDefault')}
                </Button>
              )}
              <span role="status" aria-live="polite">
                {save.kind === 'saved' && t('opening.saved')}
                {save.kind === 'failed' && t('opening.saveFailed', { reason: save.reason })}
              </span>
            </div>
          )}
        </div>
        <div>
          <LG tag="h3" isBold style={{ fontSize: 14 }}>
            {t('opening.preview')}
          </LG>
          <Well isRecessed data-preview lang={language} style={{ whiteSpace: 'pre-wrap' }}>
            {preview}
          </Well>
        </div>
      </Columns>
    </section>
  );
}
