import { Tag } from '@zendeskgarden/react-tags';
import type { BriefReason } from '../../../../core/brief';
import type { HandoffModel, TriggerType } from '../../../../core/contract';
import { ruleLabelFor, useI18n } from '../../../i18n';
import { MetaLine, StrongValue, WrapRow } from '../layout';
import { ShortTextView } from '../text/ShortTextView';
import { SLOT, WithSlot } from '../text/WithSlot';
import { Section } from './Section';

const TYPE_HUE: Record<TriggerType, string> = {
  keyword: 'blue',
  intent: 'kale',
  confidence: 'yellow',
  customer: 'green',
};

/** Why the bot handed off: the rule, its kind, and the evidence that fired it. */
export function ReasonSection({
  reason,
  model,
}: {
  reason: BriefReason;
  model?: HandoffModel | undefined;
}) {
  const { t, formatNumber } = useI18n();
  const percent = (value: number) =>
    formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
  const { confidence, threshold, label } = reason;
  // A default rule's unchanged label reads in the agent's language; any other as the bot sent it.
  const translated =
    label === undefined ? undefined : ruleLabelFor(t, reason.ruleId.full, label.full);
  return (
    <Section label={t('sidebar.reason.label')} name="reason">
      <WrapRow>
        <StrongValue>
          {translated !== undefined && translated !== label?.full ? (
            translated
          ) : (
            <ShortTextView value={label ?? reason.ruleId} />
          )}
        </StrongValue>
        <Tag
          size="small"
          hue={TYPE_HUE[reason.type]}
          data-trigger-type={reason.type}
          title={t(`brief.triggerTypeHint.${reason.type}`)}
        >
          {t(`brief.triggerType.${reason.type}`)}
        </Tag>
        {/* Async is the contract's default: only a live or guided handoff is worth a word. */}
        {model !== undefined && model !== 'async' && (
          <MetaLine as="span">{t(`sidebar.reason.model.${model}`)}</MetaLine>
        )}
      </WrapRow>
      {reason.matched !== undefined && (
        <MetaLine>
          <WithSlot text={t('sidebar.reason.matched', { words: SLOT })}>
            <ShortTextView value={reason.matched} />
          </WithSlot>
        </MetaLine>
      )}
      {confidence !== undefined && (
        <MetaLine>
          {threshold === undefined
            ? t('sidebar.reason.confidenceOnly', { confidence: percent(confidence) })
            : t('sidebar.reason.confidence', {
                confidence: percent(confidence),
                threshold: percent(threshold),
              })}
        </MetaLine>
      )}
    </Section>
  );
}
