import { Tag } from '@zendeskgarden/react-tags';
import styled from 'styled-components';
import type { BotTriedOutcome, BotTry } from '../../../../core/brief';
import { useI18n } from '../../../i18n';
import { MetaLine } from '../layout';
import { ShortTextView } from '../text/ShortTextView';
import { Section } from './Section';

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
`;

const Item = styled.li`
  display: flex;
  align-items: baseline;
  gap: 6px;
  min-width: 0;
  margin: 0 0 2px;
  overflow-wrap: anywhere;
`;

const Times = styled(MetaLine)`
  flex: none;
  white-space: nowrap;
`;

// Garden's Tag shrinks like any flex item: the long message beside it would cut "Form" to "For".
const KindTag = styled(Tag)`
  flex: none;
`;

const Text = styled.span`
  min-width: 0;
  flex: 1 1 auto;
`;

/**
 * What the bot already tried, in the order it tried it (buttons and forms shown as such), and
 * how the customer took it.
 */
export function BotTriedSection({
  tries,
  more,
  outcome,
}: {
  tries: readonly BotTry[];
  more: number;
  outcome: BotTriedOutcome;
}) {
  const { t, tp } = useI18n();
  if (tries.length === 0) return null;
  const took = [
    ...(outcome.turnedDown > 0 ? [tp('sidebar.botTried.turnedDown', outcome.turnedDown)] : []),
    ...(outcome.repeated > 0 ? [tp('sidebar.botTried.repeated', outcome.repeated)] : []),
  ];
  return (
    <Section label={t('sidebar.botTried.label')} name="bot-tried">
      {more > 0 && <MetaLine>{tp('sidebar.botTried.earlier', more)}</MetaLine>}
      <List>
        {tries.map((item) => (
          <Item key={item.index} data-kind={item.kind}>
            {item.kind !== 'text' && (
              <KindTag size="small" hue="grey" isPill>
                {t(`brief.kind.${item.kind}`)}
              </KindTag>
            )}
            <Text>
              <ShortTextView value={item.text} />
            </Text>
            {item.times > 1 && (
              <Times as="span">{t('sidebar.botTried.times', { count: item.times })}</Times>
            )}
          </Item>
        ))}
      </List>
      {took.length > 0 && <MetaLine data-outcome>{took.join(' · ')}</MetaLine>}
    </Section>
  );
}
