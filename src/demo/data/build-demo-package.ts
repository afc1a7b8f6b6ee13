import type { ContextPackage, TranscriptMessage, Trigger } from '../../core/contract';
import type { DemoPerson } from './demo-people';

export interface ConversationDraft {
  readonly conversationId: string;
  readonly handedOffAtMs: number;
  readonly trigger: Trigger;
  readonly intent?: { readonly name: string; readonly confidence: number };
  readonly person: DemoPerson;
  /** Oldest first: [role, text]. */
  readonly lines: readonly (readonly ['customer' | 'bot', string])[];
}

export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Strips the asterisks that mark what a rule matched: "a *refund* now" -> text and "refund". */
export function readMarkedLine(line: string): { text: string; matched?: string } {
  const match = /\*([^*]+)\*/.exec(line);
  const text = line.replace(/\*/g, '');
  return match?.[1] === undefined ? { text } : { text, matched: match[1] };
}

/** A handoff-context/v1 package, messages 25 s apart ending 5 s before the handoff. */
export function buildDemoPackage(draft: ConversationDraft): ContextPackage {
  const count = draft.lines.length;
  const transcript: TranscriptMessage[] = draft.lines.map(([role, text], index) => ({
    at: isoSeconds(draft.handedOffAtMs - 5_000 - (count - 1 - index) * 25_000),
    role,
    text,
    kind: 'text',
  }));
  return {
    schema: 'handoff-context/v1',
    conversationId: draft.conversationId,
    handedOffAt: isoSeconds(draft.handedOffAtMs),
    model: 'async',
    trigger: draft.trigger,
    ...(draft.intent === undefined ? {} : { intent: draft.intent }),
    customer: draft.person.customer,
    page: { url: 'https://app.example.com/help', title: 'Help' },
    transcript,
    locale: 'en-US',
  };
}

/** The readable first comment, in the bracketed layout the app can also recover. */
export function transcriptComment(pkg: ContextPackage): string {
  return pkg.transcript
    .map((message) => {
      const at = (message.at ?? pkg.handedOffAt).slice(0, 16).replace('T', ' ');
      const who = message.role === 'customer' ? (pkg.customer?.name ?? 'Customer') : 'Bot';
      return `[${at} UTC] ${who}: ${message.text}`;
    })
    .join('\n');
}
