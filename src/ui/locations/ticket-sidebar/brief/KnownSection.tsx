import type { KnownFact } from '../../../../core/brief';
import { useI18n } from '../../../i18n';
import { ValueLine } from '../layout';
import { ShortTextView } from '../text/ShortTextView';
import { Section } from './Section';

/**
 * What the customer already gave, so the agent does not ask again: as they wrote it, found by
 * pattern, never presented as verified.
 */
export function KnownSection({ known }: { known: readonly KnownFact[] }) {
  const { t } = useI18n();
  if (known.length === 0) return null;
  return (
    <Section label={t('sidebar.known.label')} name="known">
      <ValueLine>
        {known.map((fact, i) => (
          <span key={`${fact.index}-${i}`} data-fact={fact.kind}>
            {i > 0 && ' · '}
            <ShortTextView value={fact.text} />
          </span>
        ))}
      </ValueLine>
    </Section>
  );
}
