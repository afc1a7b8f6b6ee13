import type { Translator } from '../../../../i18n';
import { listLines, type DraftRule } from '../draft/rule-draft';
import { thresholdSummary, thresholdText } from '../draft/threshold-text';

/** A rule's content in a few words for its collapsed row: "5 phrases", "below 0.6" ("unter 0,6"). */
export function summarizeDraft(draft: DraftRule, translator: Translator): string {
  const { t, tp } = translator;
  switch (draft.type) {
    case 'keyword':
    case 'customer':
      return tp('rules.summary.phrases', listLines(draft.phrases).values.length);
    case 'intent':
      return tp('rules.summary.intents', listLines(draft.intents).values.length);
    case 'confidence':
      return t('rules.summary.below', {
        threshold: thresholdSummary(draft.below, (value) => thresholdText(value, translator)),
      });
    default: {
      const unreachable: never = draft.type;
      throw new Error(`Unhandled rule type ${String(unreachable)}`);
    }
  }
}
