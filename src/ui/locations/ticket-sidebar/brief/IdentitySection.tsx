import { Tag } from '@zendeskgarden/react-tags';
import type { BriefIdentity } from '../../../../core/brief';
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

/** Who the customer is, as far as the bot knew: name, email, account, plan, signed in or not. */
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
