import { useI18n } from '../../../i18n';
import { MetaLine } from '../layout';

/**
 * A ticket no bot handed off (most of the queue): one quiet line. How a bot provides a handoff
 * is for admins and bot builders (docs/admin-guide.md, the Handoff Brief tab), not for agents.
 */
export function NoHandoffState() {
  const { t } = useI18n();
  return <MetaLine data-state="none">{t('sidebar.none.quiet')}</MetaLine>;
}
