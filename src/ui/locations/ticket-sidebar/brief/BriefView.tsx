import { intentConfidenceShown, type Brief, type ZendeskTriage } from '../../../../core/brief';
import { AskSection } from './AskSection';
import { BotTriedSection } from './BotTriedSection';
import { HeadlineSection } from './HeadlineSection';
import { IdentitySection } from './IdentitySection';
import { IntentSection } from './IntentSection';
import { KnownSection } from './KnownSection';
import { PageSection } from './PageSection';
import { ReasonSection } from './ReasonSection';
import { TriageSection } from './TriageSection';

/**
 * The 30-second brief, in reading order: the case in one line, why, the bot's guess, who,
 * where, what they asked, what they already gave, what the bot tried. Absent parts are left
 * out here and named below the fold instead.
 */
export function BriefView({ brief, triage }: { brief: Brief; triage?: ZendeskTriage | undefined }) {
  const { identity } = brief;
  const knowsWho = identity.name !== undefined || identity.email !== undefined;
  return (
    <div data-region="brief">
      <HeadlineSection headline={brief.headline} />
      {brief.reason !== undefined && (
        <ReasonSection reason={brief.reason} model={brief.headline.model} />
      )}
      {brief.intent !== undefined && (
        <IntentSection intent={brief.intent} showConfidence={intentConfidenceShown(brief)} />
      )}
      {triage !== undefined && <TriageSection triage={triage} />}
      {(knowsWho || identity.accountId !== undefined || identity.planTier !== undefined) && (
        <IdentitySection identity={identity} />
      )}
      {brief.page !== undefined && <PageSection page={brief.page} />}
      <AskSection ask={brief.ask} />
      <KnownSection known={brief.known} />
      <BotTriedSection
        tries={brief.botTried}
        more={brief.botTriedMore}
        outcome={brief.botTriedOutcome}
      />
    </div>
  );
}
