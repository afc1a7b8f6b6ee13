import { Button } from '@zendeskgarden/react-buttons';
import { Modal } from '@zendeskgarden/react-modals';
import { useI18n } from '../../../../i18n';

/** Keeping mine replaces their revision as the current one; it stays in the history. */
export function KeepMineDialog(props: {
  who: string;
  theirs: number;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useI18n();
  const params = { who: props.who, revision: props.theirs, next: props.theirs + 1 };
  return (
    <Modal onClose={props.onCancel} aria-label={t('rules.conflict.confirmTitle', params)}>
      <Modal.Header tag="h2">{t('rules.conflict.confirmTitle', params)}</Modal.Header>
      <Modal.Body>{t('rules.conflict.confirmBody', params)}</Modal.Body>
      <Modal.Footer>
        <Modal.FooterItem>
          <Button isBasic onClick={props.onCancel}>
            {t('rules.conflict.confirmCancel')}
          </Button>
        </Modal.FooterItem>
        <Modal.FooterItem>
          <Button isPrimary onClick={props.onConfirm}>
            {t('rules.conflict.confirmSave', params)}
          </Button>
        </Modal.FooterItem>
      </Modal.Footer>
      <Modal.Close aria-label={t('rules.conflict.confirmCancel')} />
    </Modal>
  );
}
