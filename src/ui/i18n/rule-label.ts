import { isDefaultRuleLabel } from '../../core/routing';
import type { TranslationKey } from './translation-key';
import type { Translator } from './translator';

const DEFAULT_LABEL_KEYS: Readonly<Record<string, TranslationKey>> = {
  human: 'ruleLabels.human',
  refund: 'ruleLabels.refund',
  cancel: 'ruleLabels.cancel',
  legal: 'ruleLabels.legal',
  urgent: 'ruleLabels.urgent',
  'no-answer': 'ruleLabels.noAnswer',
};

/**
 * A rule's label for the reader: a shipped default rule's unchanged label in the reader's
 * language, any label an admin wrote as written.
 */
export function ruleLabelFor(t: Translator['t'], ruleId: string, label: string): string {
  const key = DEFAULT_LABEL_KEYS[ruleId];
  return key !== undefined && isDefaultRuleLabel(ruleId, label) ? t(key) : label;
}
