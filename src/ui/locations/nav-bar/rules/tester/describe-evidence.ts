import type { Evidence } from '../../../../../core/routing';
import type { Translator } from '../../../../i18n';

/** Why a rule matched, as a sentence an admin can check against the conversation. */
export function describeEvidence(evidence: Evidence, { t, formatNumber }: Translator): string {
  const percent = (value: number) =>
    formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
  switch (evidence.kind) {
    case 'phrase':
      return t('rules.tester.evidence.phrase', {
        matched: evidence.matched,
        phrase: evidence.phrase,
        message: evidence.messageIndex + 1,
      });
    case 'human_requested':
      return t('rules.tester.evidence.humanRequested');
    case 'intent':
      return t('rules.tester.evidence.intent', {
        intent: evidence.intent,
        confidence: percent(evidence.confidence),
      });
    case 'confidence':
      return t('rules.tester.evidence.confidence', {
        confidence: percent(evidence.confidence),
        threshold: percent(evidence.threshold),
      });
    default: {
      const unreachable: never = evidence;
      throw new Error(`Unhandled evidence ${JSON.stringify(unreachable)}`);
    }
  }
}
