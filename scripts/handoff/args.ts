import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run handoff -- <conversation.json> [--rules <rules.json>] [--messaging] [--dry-run]

Evaluates a conversation with the routing rules (DEFAULT_RULES unless --rules is given),
prints why it would hand off, and the Zendesk ticket it would create, as JSON on stdout.
With --messaging it prints instead the metadata of the Sunshine Conversations passControl
call that hands a messaging conversation to Zendesk (compact package and tags); nothing is sent.
With ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, ZENDESK_API_TOKEN and ZENDESK_CONTEXT_FIELD_ID set,
it creates the ticket (unless --dry-run) and prints its id.

Exit codes: 0 done (handoff or not), 1 Zendesk did not create the ticket, 2 bad arguments,
files or settings.`;

export interface CliArgs {
  readonly conversationFile: string;
  readonly rulesFile?: string;
  readonly dryRun: boolean;
  readonly messaging: boolean;
}

export type ParsedArgs =
  | { readonly kind: 'run'; readonly args: CliArgs }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

export function readArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        rules: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        messaging: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { kind: 'help' };
  const [conversationFile, ...extra] = positionals;
  if (conversationFile === undefined)
    return { kind: 'error', message: 'Name the conversation file to evaluate.' };
  if (extra.length > 0)
    return {
      kind: 'error',
      message: `One conversation file at a time (also got ${extra.join(' ')}).`,
    };
  return {
    kind: 'run',
    args: {
      conversationFile,
      ...(values.rules === undefined ? {} : { rulesFile: values.rules }),
      dryRun: values['dry-run'] === true,
      messaging: values.messaging === true,
    },
  };
}
