import { Button } from '@zendeskgarden/react-buttons';
import { Modal } from '@zendeskgarden/react-modals';
import { useState } from 'react';
import type { RuleSet } from '../../../../../core/routing';
import { useI18n } from '../../../../i18n';
import { RuleSummary } from '../conflict/RuleSummary';
import { Stack } from '../styles';

interface Props {
  readonly ruleSet: RuleSet;
  readonly current: boolean;
  readonly canRestore: boolean;
  readonly restoring: boolean;
  readonly onRestore: (ruleSet: RuleSet) => void;
}

/** One earlier revision's rules, and restoring it as a new revision after a confirm. */
export function RevisionView({ ruleSet, current, canRestore, restoring, onRestore }: Props) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const params = { revision: ruleSet.revision };
  return (
    <section aria-label={t('rules.history.viewing', params)} style={{ marginTop: 12 }}>
      <h3 style={{ margin: '0 0 8px', fontSize: 14 }}>{t('rules.history.viewing', params)}</h3>
      <Stack $gap={8}>
        {ruleSet.rules.map((rule, index) => (
          <RuleSummary key={rule.id} rule={rule} position={index} />
        ))}
      </Stack>
      {canRestore && !current && (
        <Button
          size="small"
          style={{ marginTop: 12 }}
          disabled={restoring}
          onClick={() => setConfirming(true)}
        >
          {t('rules.history.restore', params)}
        </Button>
      )}
      {confirming && (
        <Modal
          onClose={() => setConfirming(false)}
          aria-label={t('rules.history.confirmTitle', params)}
        >
          <Modal.Header tag="h2">{t('rules.history.confirmTitle', params)}</Modal.Header>
          <Modal.Body>{t('rules.history.confirmBody', params)}</Modal.Body>
          <Modal.Footer>
            <Modal.FooterItem>
              <Button isBasic onClick={() => setConfirming(false)}>
                {t('rules.history.cancel')}
              </Button>
            </Modal.FooterItem>
            <Modal.FooterItem>
              <Button
                isPrimary
                onClick={() => {
                  setConfirming(false);
                  onRestore(ruleSet);
                }}
              >
                {t('rules.history.confirmRestore', params)}
              </Button>
            </Modal.FooterItem>
          </Modal.Footer>
          <Modal.Close aria-label={t('rules.history.cancel')} />
        </Modal>
      )}
    </section>
  );
}
