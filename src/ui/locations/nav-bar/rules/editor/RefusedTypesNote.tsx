import { Button } from '@zendeskgarden/react-buttons';
import { Well } from '@zendeskgarden/react-notifications';
import { useId, useState } from 'react';
import { useI18n } from '../../../../i18n';

/** "Why no time-based triggers?": the product's stance, one click from the type picker. */
export function RefusedTypesNote() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div>
      <Button isLink aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('rules.refused.question')}
      </Button>
      <div id={id} hidden={!open}>
        {open && (
          <Well isRecessed style={{ marginTop: 8, padding: 12 }}>
            <Well.Title>{t('rules.refused.title')}</Well.Title>
            <p style={{ margin: '4px 0' }}>{t('rules.refused.why')}</p>
            <p style={{ margin: '4px 0' }}>{t('rules.refused.instead')}</p>
          </Well>
        )}
      </div>
    </div>
  );
}
