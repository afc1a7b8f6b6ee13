import { CONTRACT_ISSUE_CODES, type ContractIssueCode } from '../../../../core/contract';
import type { Issue } from '../../../../core/shared';
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

const VALUE_TYPES = ['object', 'string', 'number', 'boolean', 'array'] as const;
type ValueType = (typeof VALUE_TYPES)[number];

const isFieldName = (key: string): key is FieldName =>
  (FIELD_NAMES as readonly string[]).includes(key);
const isValueType = (key: unknown): key is ValueType =>
  (VALUE_TYPES as readonly unknown[]).includes(key);
const isContractCode = (code: string): code is ContractIssueCode =>
  (CONTRACT_ISSUE_CODES as readonly string[]).includes(code);

/** `['transcript', 3, 'role']` -> "Transcript › Message 4 › Role", in the agent's language. */
export function readablePath(path: Issue['path'], t: Translator['t']): string {
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

/** A contract issue as a sentence: `contract.issues.<code>` with the field path made readable. */
export function describeIssue(issue: Issue, t: Translator['t']): string {
  const field = readablePath(issue.path, t);
  const expected = issue.params?.['expected'];
  const params = {
    ...issue.params,
    field,
    ...(isValueType(expected) ? { expected: t(`sidebar.valueTypes.${expected}`) } : {}),
  };
  return isContractCode(issue.code)
    ? t(`contract.issues.${issue.code}`, params)
    : t('sidebar.malformed.unknownIssue', params);
}
