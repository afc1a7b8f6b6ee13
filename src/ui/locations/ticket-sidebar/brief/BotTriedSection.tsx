import { Tag } from '@zendeskgarden/react-tags';
import styled from 'styled-components';
import type { BotTry } from '../../../../core/brief';
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

/** What the bot already tried, most recent first: buttons and forms shown as such. */
export function BotTriedSection({ tries, more }: { tries: readonly BotTry[]; more: number }) {
  const { t, tp } = useI18n();
  if (tries.length === 0) return null;
  return (
    <Section label={t('sidebar.botTried.label')} name="bot-tried">
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
      {more > 0 && <MetaLine>{tp('sidebar.botTried.more', more)}</MetaLine>}
    </Section>
  );
}
