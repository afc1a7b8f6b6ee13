import { Anchor } from '@zendeskgarden/react-buttons';
import type { BriefPage } from '../../../../core/brief';
import { useI18n } from '../../../i18n';
import { MetaLine, ValueLine } from '../layout';
import { ShortTextView } from '../text/ShortTextView';
import { Section } from './Section';

/**
 * Where the customer was. Only `safeHref` (an absolute http(s) URL) ever becomes a link;
 * any other URL, `javascript:` and `data:` included, is shown as text.
 */
export function PageSection({ page }: { page: BriefPage }) {
  const { t } = useI18n();
  const headline = page.title ?? page.url;
  if (headline === undefined) return null;
  return (
    <Section label={t('sidebar.page.label')} name="page">
      <ValueLine>
        {page.safeHref === undefined ? (
          <ShortTextView value={headline} />
        ) : (
          <Anchor
            href={page.safeHref}
            target="_blank"
            rel="noopener noreferrer"
            aria-description={t('sidebar.page.newTab')}
          >
            <ShortTextView value={headline} />
          </Anchor>
        )}
      </ValueLine>
      {page.title !== undefined && page.url !== undefined && (
        <MetaLine>
          <ShortTextView value={page.url} />
        </MetaLine>
      )}
    </Section>
  );
}
