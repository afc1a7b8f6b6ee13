import { isDefaultRuleLabel } from '../../core/routing';
import type { TranslationKey } from './translation-key';
import type { Translator } from './translator';

const DEFAULT_LABEL_KEYS: Readonly<Record<string, TranslationKey>> = {
  human: 'rules.defaultLabels.human',
  refund: 'rules.defaultLabels.refund',
  cancel: 'rules.defaultLabels.cancel',
  legal: 'rules.defaultLabels.legal',
  urgent: 'rules.defaultLabels.urgent',
  'no-answer': 'rules.defaultLabels.noAnswer',
};

/**
 * A rule's label for the reader: a shipped default rule's unchanged label in the reader's
 * language, any label an admin wrote as written.
 */
export function ruleLabelFor(t: Translator['t'], ruleId: string, label: string): string {
  const key = DEFAULT_LABEL_KEYS[ruleId];
  return key !== undefined && isDefaultRuleLabel(ruleId, label) ? t(key) : label;
}
