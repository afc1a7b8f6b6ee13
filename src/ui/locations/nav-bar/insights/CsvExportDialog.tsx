import { Button } from '@zendeskgarden/react-buttons';
import { Field, Textarea } from '@zendeskgarden/react-forms';
import { Modal } from '@zendeskgarden/react-modals';
import { useRef, useState } from 'react';
import { copyText, type CopyOutcome } from '../../../components/copy-text';
import { useI18n } from '../../../i18n';
import { downloadCsv } from './csv-export';

/**
 * The CSV, ready to take away however the frame allows: a file download (which Zendesk's app
 * frame may refuse without a word), a copy, or the text itself to select by hand.
 */
export function CsvExportDialog({
  csv,
  fileName,
  onClose,
}: {
  csv: string;
  fileName: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<CopyOutcome>();
  const text = useRef<HTMLTextAreaElement>(null);
  return (
    <Modal onClose={onClose} isLarge aria-label={t('insights.csvExport.title')}>
      <Modal.Header tag="h2">{t('insights.csvExport.title')}</Modal.Header>
      <Modal.Body>
        <Field>
          <Field.Label>{fileName}</Field.Label>
          <Field.Hint>{t('insights.csvExport.hint')}</Field.Hint>
          <Textarea
            ref={text}
            readOnly
            minRows={6}
            maxRows={12}
            value={csv}
            data-testid="csv-text"
            style={{ fontFamily: 'monospace', whiteSpace: 'pre' }}
            onFocus={(event) => event.currentTarget.select()}
          />
        </Field>
        <p role="status" style={{ minHeight: '1.5em', margin: '8px 0 0' }}>
          {copied === 'copied' && t('insights.csvExport.copied')}
          {copied === 'blocked' && t('insights.csvExport.copyBlocked')}
        </p>
      </Modal.Body>
      <Modal.Footer>
        <Modal.FooterItem>
          <Button
            onClick={() => {
              void copyText(csv).then((outcome) => {
                setCopied(outcome);
                if (outcome === 'blocked') text.current?.select();
              });
            }}
          >
            {t('insights.csvExport.copy')}
          </Button>
        </Modal.FooterItem>
        <Modal.FooterItem>
          <Button isPrimary onClick={() => downloadCsv(csv, fileName)}>
            {t('insights.csvExport.download')}
          </Button>
        </Modal.FooterItem>
      </Modal.Footer>
      <Modal.Close aria-label={t('insights.csvExport.close')} />
    </Modal>
  );
}
