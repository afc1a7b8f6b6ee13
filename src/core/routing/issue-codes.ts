/** Why a rule set was refused or warned about; the words live in translations/ under routing.issues. */
export const ROUTING_ISSUE_CODES = [
  'not_json',
  'not_object',
  'wrong_schema',
  'required',
  'wrong_type',
  'refused_type',
  'unknown_type',
  'duplicate_id',
  'tag_unsafe_id',
  'empty_phrases',
  'empty_phrase',
  'empty_intents',
  'threshold_out_of_range',
  'invalid_revision',
  'too_many_rules',
] as const;
export type RoutingIssueCode = (typeof ROUTING_ISSUE_CODES)[number];
