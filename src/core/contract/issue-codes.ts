import type { FieldReader } from '../shared/index.js';
/** Why a context package was refused or warned about; the words live in translations/ under contract.issues. */
export const CONTRACT_ISSUE_CODES = [
  'not_json',
  'not_object',
  'wrong_schema',
  'required',
  'wrong_type',
  'invalid_value',
  'invalid_date',
  'out_of_range',
  'message_index_outside',
  'transcript_out_of_order',
  'messages_truncated',
] as const;
export type ContractIssueCode = (typeof CONTRACT_ISSUE_CODES)[number];

/** The shared field reader, reporting in the contract's codes. */
export type ContractReader = FieldReader<ContractIssueCode>;
