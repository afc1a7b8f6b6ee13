import { Tab, TabList, TabPanel, Tabs } from '@zendeskgarden/react-tabs';
import { useState } from 'react';
import type { StoredRules } from '../../../../core/rule-revisions';
import type { RuleSet } from '../../../../core/routing';
import { useI18n } from '../../../i18n';
import { BackTestPanel } from './backtest/BackTestPanel';
import { HistoryPanel } from './history/HistoryPanel';
import { SidePanelFrame } from './styles';
import { TesterPanel } from './tester/TesterPanel';

const PANELS = ['test', 'backTest', 'history'] as const;
type SidePanelName = (typeof PANELS)[number];

interface Props {
  readonly draft: RuleSet | undefined;
  readonly stored: StoredRules;
  readonly canRestore: boolean;
  readonly restoring: boolean;
  readonly onRestore: (ruleSet: RuleSet) => void;
}

/** Beside the rules (each panel stays mounted, so a running back-test survives a look elsewhere): try them on a conversation, replay them on past tickets, or go back in time. */
export function SidePanel(props: Props) {
  const { t } = useI18n();
  const [panel, setPanel] = useState<SidePanelName>('test');
  return (
    <SidePanelFrame aria-label={t('rules.side.label')}>
      <Tabs selectedItem={panel} onChange={(next: SidePanelName) => setPanel(next)}>
        <TabList aria-label={t('rules.side.label')}>
          {PANELS.map((name) => (
            <Tab key={name} item={name}>
              {t(`rules.side.${name}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel item="test">
          <TesterPanel
            draft={props.draft}
            saved={props.stored.ruleSet}
            hasDraft={props.canRestore}
          />
        </TabPanel>
        <TabPanel item="backTest">
          <BackTestPanel draft={props.draft} />
        </TabPanel>
        <TabPanel item="history">
          <HistoryPanel
            stored={props.stored}
            canRestore={props.canRestore}
            restoring={props.restoring}
            onRestore={props.onRestore}
          />
        </TabPanel>
      </Tabs>
    </SidePanelFrame>
  );
}
