import { Tag } from '@zendeskgarden/react-tags';
import { REQUESTER_PARTS, type BriefIdentity } from '../../../../core/brief';
import { useI18n } from '../../../i18n';
import { MetaLine, StrongValue, ValueLine, WrapRow } from '../layout';
import { ShortTextView } from '../text/ShortTextView';
import { SLOT, WithSlot } from '../text/WithSlot';
import { Section } from './Section';

function SignedIn({ authenticated }: { authenticated: BriefIdentity['authenticated'] }) {
  const { t } = useI18n();
  if (authenticated === 'unknown') return null;
  return (
    <Tag size="small" hue={authenticated ? 'green' : 'grey'} data-authenticated={authenticated}>
      {t(authenticated ? 'brief.authenticated.yes' : 'brief.authenticated.no')}
    </Tag>
  );
}

/**
 * Says which of the name and email come from the ticket's requester: Zendesk's record of who
 * the ticket is from, which the bot neither provided nor verified.
 */
function RequesterNote({ identity }: { identity: BriefIdentity }) {
  const { t } = useI18n();
  const taken = identity.fromRequester ?? [];
  const [first] = taken;
  if (first === undefined) return null;
  const shown = REQUESTER_PARTS.filter((part) => identity[part] !== undefined);
  const isAll = shown.every((part) => taken.includes(part));
  return (
    <MetaLine data-source="requester">
      {t(isAll ? 'sidebar.identity.fromRequester.all' : `sidebar.identity.fromRequester.${first}`)}
    </MetaLine>
  );
}

/**
 * Who the customer is, as far as the bot knew: name, email, account, plan, signed in or not;
 * a name or email the package lacks comes from the ticket's requester, marked as such.
 */
export function IdentitySection({ identity }: { identity: BriefIdentity }) {
  const { t } = useI18n();
  const { name, email, accountId, planTier } = identity;
  const headline = name ?? email;
  return (
    <Section label={t('sidebar.identity.label')} name="identity">
      <WrapRow>
        {headline !== undefined && (
          <StrongValue>
            <ShortTextView value={headline} />
          </StrongValue>
        )}
        <SignedIn authenticated={identity.authenticated} />
      </WrapRow>
      {name !== undefined && email !== undefined && (
        <ValueLine>
          <ShortTextView value={email} />
        </ValueLine>
      )}
      <RequesterNote identity={identity} />
      {(accountId !== undefined || planTier !== undefined) && (
        <MetaLine>
          <WrapRow>
            {accountId !== undefined && (
              <span data-part="account">
                <WithSlot text={t('sidebar.identity.account', { id: SLOT })}>
                  <ShortTextView value={accountId} />
                </WithSlot>
              </span>
            )}
            {accountId !== undefined && planTier !== undefined && <span aria-hidden="true">·</span>}
            {planTier !== undefined && (
              <span data-part="plan">
                <WithSlot text={t('sidebar.identity.plan', { tier: SLOT })}>
                  <ShortTextView value={planTier} />
                </WithSlot>
              </span>
            )}
          </WrapRow>
        </MetaLine>
      )}
    </Section>
  );
}
