import type { BriefHeadline } from '../../../../core/brief';
import { useI18n } from '../../../i18n';
import { ShortTextView } from '../text/ShortTextView';
import styled from 'styled-components';

// A div: a hint on a shortened topic brings a tooltip's <div>, which a <p> may not hold.
const Line = styled.div`
  margin: 0 0 10px;
  font-weight: 600;
  overflow-wrap: anywhere;
`;

const How = styled.span`
  font-weight: 400;
`;

/**
 * The case in one line, first thing in the brief: what it is about (the bot's intent, the rule,
 * or the customer's own first words) and how it reached a person.
 */
export function HeadlineSection({ headline }: { headline: BriefHeadline }) {
  const { t, tp } = useI18n();
  const { topic, starter, answers } = headline;
  if (topic === undefined && starter === undefined) return null;
  const how =
    starter === undefined
      ? undefined
      : starter === 'customer' && answers > 0
        ? tp('sidebar.headline.customerAfter', answers)
        : starter === 'rule' && answers > 0
          ? tp('sidebar.headline.ruleAfter', answers)
          : t(`sidebar.headline.${starter}`);
  return (
    <Line data-section="headline" data-topic-source={headline.topicSource}>
      {topic !== undefined && <ShortTextView value={topic} />}
      {topic !== undefined && how !== undefined && ' — '}
      {how !== undefined && <How>{how}</How>}
    </Line>
  );
}
