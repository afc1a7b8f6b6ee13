import { Alert } from '@zendeskgarden/react-notifications';
import type { FieldResolution } from '../../../../zendesk/ticket';
import { useI18n } from '../../../i18n';

/** The context field could not be found or read: why, and how an admin sets the override. */
export function FieldNotice({
  field,
  isUnreadable,
}: {
  field: FieldResolution;
  isUnreadable: boolean;
}) {
  const { t } = useI18n();
  if (field.kind === 'not_found') {
    return (
      <Alert type="warning" data-state="field-not-found" style={{ marginBottom: 12 }}>
        <Alert.Title>{t('sidebar.field.notFoundTitle')}</Alert.Title>
        {t('sidebar.field.notFound')}
      </Alert>
    );
  }
  if (!isUnreadable) return null;
  return (
    <Alert type="warning" data-state="field-unreadable" style={{ marginBottom: 12 }}>
      <Alert.Title>{t('sidebar.field.unreadableTitle')}</Alert.Title>
      {t('sidebar.field.unreadable', { id: field.id })}
    </Alert>
  );
}
