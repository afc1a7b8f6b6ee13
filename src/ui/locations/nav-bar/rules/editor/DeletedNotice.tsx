import { Button } from '@zendeskgarden/react-buttons';
import { Notification } from '@zendeskgarden/react-notifications';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../../i18n';

/** After a delete, focus lands on Undo, so a slip of the keyboard costs one keypress. */
export function DeletedNotice({ name, onUndo }: { name: string; onUndo: () => void }) {
  const { t } = useI18n();
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [name]);
  return (
    <Notification type="info" style={{ marginTop: 8 }}>
      <span>{t('rules.editor.deletedNotice', { name })} </span>
      <Button ref={undo} size="small" isLink onClick={onUndo}>
        {t('rules.editor.undo')}
      </Button>
    </Notification>
  );
}
