import { CONTRACT_ISSUE_CODES, type ContractIssueCode } from '../../../../core/contract';
import { isValueKind, type Issue } from '../../../../core/shared';
import type { Translator } from '../../../i18n';

const FIELD_NAMES = [
  'schema',
  'conversationId',
  'handedOffAt',
  'model',
  'trigger',
  'ruleId',
  'type',
  'label',
  'matched',
  'messageIndex',
  'confidence',
  'threshold',
  'intent',
  'name',
  'customer',
  'email',
  'accountId',
  'planTier',
  'authenticated',
  'page',
  'url',
  'title',
  'transcript',
  'at',
  'role',
  'text',
  'kind',
  'truncated',
  'locale',
] as const;
type FieldName = (typeof FIELD_NAMES)[number];

const isFieldName = (key: string): key is FieldName =>
  (FIELD_NAMES as readonly string[]).includes(key);
const isContractCode = (code: string): code is ContractIssueCode =>
  (CONTRACT_ISSUE_CODES as readonly string[]).includes(code);

/** `['transcript', 3, 'role']` -> "Transcript › Message 4 › Role", in the agent's language. */
function readablePath(path: Issue['path'], t: Translator['t']): string {
  if (path.length === 0) return t('sidebar.malformed.root');
  const parts = path.map((key, index) => {
    if (typeof key === 'number') {
      return path[index - 1] === 'transcript'
        ? t('sidebar.issuePath.message', { number: key + 1 })
        : String(key + 1);
    }
    return isFieldName(key) ? t(`sidebar.fields.${key}`) : key;
  });
  return parts.join(t('sidebar.issuePath.separator'));
}

type Wording = Pick<Translator, 't' | 'tp'>;

function contractSentence(code: ContractIssueCode, issue: Issue, field: string, wording: Wording) {
  const { t, tp } = wording;
  const params = { ...issue.params, field };
  switch (code) {
    case 'wrong_type': {
      // A kind pasted into one sentence cannot agree with its article or gender in every language.
      const expected = issue.params?.['expected'];
      const kind = isValueKind(expected) ? expected : 'unknown';
      return t(`contract.issues.wrong_type.${kind}`, params);
    }
    case 'message_index_outside': {
      const { index, count } = issue.params ?? {};
      if (typeof index !== 'number' || typeof count !== 'number') {
        return t('sidebar.malformed.unknownIssue', params);
      }
      // Shown counted from 1, as the issue paths number messages; tp() formats the count itself.
      return tp('contract.issues.message_index_outside', count, { field, number: index + 1 });
    }
    case 'messages_truncated': {
      const count = issue.params?.['count'];
      return typeof count === 'number'
        ? tp('contract.issues.messages_truncated', count, { field })
        : t('sidebar.malformed.unknownIssue', params);
    }
    default:
      return t(`contract.issues.${code}`, params);
  }
}

/** A contract issue as a sentence: `contract.issues.<code>` with the field path made readable. */
export function describeIssue(issue: Issue, wording: Wording): string {
  const field = readablePath(issue.path, wording.t);
  return isContractCode(issue.code)
    ? contractSentence(issue.code, issue, field, wording)
    : wording.t('sidebar.malformed.unknownIssue', { ...issue.params, field });
}
