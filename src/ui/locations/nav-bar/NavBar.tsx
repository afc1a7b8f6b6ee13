import { Tab, TabList, TabPanel, Tabs } from '@zendeskgarden/react-tabs';
import { XXL } from '@zendeskgarden/react-typography';
import { lazy, Suspense, useState } from 'react';
import { ErrorBoundary } from '../../app/ErrorBoundary';
import { LoadingState } from '../../components/LoadingState';
import { useI18n } from '../../i18n';

// Each tab loads its own code on first view, so opening the rules never pays for the charts.
const RulesTab = lazy(() => import('./rules/RulesTab'));
const InsightsTab = lazy(() => import('./insights/InsightsTab'));
const OpeningTab = lazy(() => import('./opening/OpeningTab'));

const TABS = ['rules', 'insights', 'opening'] as const;
type NavTab = (typeof TABS)[number];

function initialTab(): NavTab {
  const hash = window.location.hash.replace('#', '');
  return (TABS as readonly string[]).includes(hash) ? (hash as NavTab) : 'rules';
}

export function NavBar() {
  const { t } = useI18n();
  const [tab, setTab] = useState<NavTab>(initialTab);
  return (
    <main style={{ padding: '16px 24px', maxWidth: 1200 }}>
      <XXL tag="h1" isBold style={{ marginBottom: 8 }}>
        {t('navBar.title')}
      </XXL>
      <Tabs selectedItem={tab} onChange={(next: NavTab) => setTab(next)}>
        <TabList>
          <Tab item="rules">{t('navBar.tabs.rules')}</Tab>
          <Tab item="insights">{t('navBar.tabs.insights')}</Tab>
          <Tab item="opening">{t('opening.tab')}</Tab>
        </TabList>
        {TABS.map((item) => (
          <TabPanel key={item} item={item}>
            {tab === item && (
              <ErrorBoundary>
                <Suspense fallback={<LoadingState />}>
                  {item === 'rules' ? (
                    <RulesTab />
                  ) : item === 'insights' ? (
                    <InsightsTab />
                  ) : (
                    <OpeningTab />
                  )}
                </Suspense>
              </ErrorBoundary>
            )}
          </TabPanel>
        ))}
      </Tabs>
    </main>
  );
}
