import type { ContextPackage } from '../../../core/contract';
import { tagsFor } from '../../../core/routing';
import { DEMO_ACCOUNT } from '../../demo-account';
import type { ZendeskComment, ZendeskTicket, ZendeskUser } from '../../zendesk-records';
import type { DemoNote, DemoTicketFile } from '../ticket-file-types';
import { formatBracketedTranscript, type RoleLabels } from './bracketed-transcript';

/** The API user the sample bot writes tickets as. */
export const LEDGERLINE_BOT: ZendeskUser = {
  id: 9,
  name: 'Ledgerline Bot',
  email: 'bot@ledgerline.example',
  role: 'agent',
  locale: 'en-US',
  time_zone: 'UTC',
};

const BOT_LABELS: RoleLabels = {
  customer: 'Customer',
  bot: LEDGERLINE_BOT.name,
  agent: 'Agent',
  system: 'System',
  unknown: 'Unknown',
};

export interface TicketSpec {
  readonly demo: DemoNote;
  readonly id: number;
  readonly subject: string;
  readonly status: ZendeskTicket['status'];
  readonly createdAt: string;
  readonly channel: 'api' | 'chat' | 'email';
  readonly requester: ZendeskUser;
  /** Who wrote the first comment: the bot, or the requester for chats and emails. */
  readonly author: ZendeskUser;
  readonly body: string;
  readonly isPublic: boolean;
  readonly tags: readonly string[];
  /** The context field's raw text, `null` when the field is empty. */
  readonly contextField: string | null;
}

/** The tags the contract asks a bot to set beside the package. */
export function handoffTags(trigger: ContextPackage['trigger']): string[] {
  return tagsFor(trigger);
}

/** The readable first comment a bot writes: why it handed off, then the transcript (or its tail). */
export function handoffComment(
  pkg: ContextPackage,
  labels: RoleLabels = BOT_LABELS,
  lastMessages = pkg.transcript.length,
): string {
  const { trigger, transcript } = pkg;
  const shown = transcript.slice(transcript.length - lastMessages);
  const lines = [
    `${labels.bot} handed this conversation to the team.`,
    `Reason: ${trigger.label ?? trigger.ruleId}${trigger.matched === undefined ? '' : ` ("${trigger.matched}")`}`,
    ...(pkg.truncated ? [`${pkg.truncated} earlier messages were left out to fit.`] : []),
    ...(shown.length < transcript.length
      ? [
          `The last ${shown.length} of ${transcript.length} messages are below; the Handoff context field has them all.`,
        ]
      : []),
    '',
    formatBracketedTranscript(shown, labels),
  ];
  return lines.join('\n');
}

/** A ticket file as Zendesk's REST API would return the ticket, its first comment and its users. */
export function composeTicketFile(spec: TicketSpec): DemoTicketFile {
  const ticket: ZendeskTicket & { readonly via: { readonly channel: string } } = {
    id: spec.id,
    subject: spec.subject,
    description: spec.body,
    status: spec.status,
    created_at: spec.createdAt,
    updated_at: spec.createdAt,
    requester_id: spec.requester.id,
    via: { channel: spec.channel },
    tags: spec.tags,
    custom_fields: [{ id: DEMO_ACCOUNT.contextFieldId, value: spec.contextField }],
  };
  const comment: ZendeskComment & { readonly type: 'Comment' } = {
    id: spec.id * 1000 + 1,
    type: 'Comment',
    author_id: spec.author.id,
    body: spec.body,
    public: spec.isPublic,
    created_at: spec.createdAt,
  };
  const users =
    spec.author.id === spec.requester.id ? [spec.requester] : [spec.requester, spec.author];
  return { demo: spec.demo, ticket, comments: [comment], users };
}
