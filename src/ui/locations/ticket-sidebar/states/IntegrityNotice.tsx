import { Alert } from '@zendeskgarden/react-notifications';
import styled from 'styled-components';
import {
  COMPACT_DROP_ORDER,
  type CompactField,
  type IntegrityNote,
} from '../../../../core/contract';
import { useI18n, type TranslationKey, type Translator } from '../../../i18n';
import { fontSize, lineHeight } from '../../../components/styles';

const Lines = styled.ul`
  margin: 4px 0 0;
  padding-inline-start: 18px;
  font-size: ${fontSize('sm')};
  line-height: ${lineHeight('sm')};
`;

const Single = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
`;

const FIELD_WORDS: Readonly<Record<CompactField, TranslationKey>> = {
  'page.title': 'sidebar.integrity.fields.page_title',
  'intent.confidence': 'sidebar.integrity.fields.intent_confidence',
  'page.url': 'sidebar.integrity.fields.page_url',
  'trigger.label': 'sidebar.integrity.fields.trigger_label',
  'customer.planTier': 'sidebar.integrity.fields.customer_planTier',
  'customer.accountId': 'sidebar.integrity.fields.customer_accountId',
  intent: 'sidebar.integrity.fields.intent',
  'trigger.matched': 'sidebar.integrity.fields.trigger_matched',
  'customer.name': 'sidebar.integrity.fields.customer_name',
  'customer.email': 'sidebar.integrity.fields.customer_email',
};

const isCompactField = (value: string): value is CompactField =>
  (COMPACT_DROP_ORDER as readonly string[]).includes(value);

function noteWords(note: IntegrityNote, t: Translator['t'], formatNumber: (n: number) => string) {
  const params = note.params ?? {};
  switch (note.code) {
    case 'history_cut':
      return t('sidebar.integrity.history_cut', {
        saw: formatNumber(Number(params['saw'])),
        holds: formatNumber(Number(params['holds'])),
      });
    case 'history_missing':
      return t('sidebar.integrity.history_missing');
    case 'omitted': {
      const fields = String(params['fields'] ?? '')
        .split(',')
        .filter(isCompactField)
        .map((field) => t(FIELD_WORDS[field]));
      return t('sidebar.integrity.omitted', { fields: fields.join(', ') });
    }
    case 'no_contact':
      return t('sidebar.integrity.no_contact');
    default: {
      const unreachable: never = note.code;
      throw new Error(`Unknown integrity note ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * What reached the ticket short of what the bot had, each line saying what to do: said plainly
 * above the brief so the agent does not reply on a part of the story.
 */
export function IntegrityNotice({ notes }: { notes: readonly IntegrityNote[] }) {
  const { t, formatNumber } = useI18n();
  if (notes.length === 0) return null;
  // One note says all it needs in its own line; a title above it would only push the brief down.
  const lines = notes.map((note) => (
    <li key={note.code} data-integrity={note.code}>
      {noteWords(note, t, formatNumber)}
    </li>
  ));
  return (
    <Alert type="warning" data-state="integrity" style={{ marginBottom: 12 }}>
      {notes.length > 1 ? (
        <>
          <Alert.Title>{t('sidebar.integrity.title')}</Alert.Title>
          <Lines>{lines}</Lines>
        </>
      ) : (
        <Single>{lines}</Single>
      )}
    </Alert>
  );
}
