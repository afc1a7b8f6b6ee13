import { basename, extname } from 'node:path';
import {
  readConversationFile,
  toContextPackage,
  toPassControlMetadata,
  toTicket,
} from '../../src/core/bot';
import { DEFAULT_RULES, evaluate, parseRuleSet, type RuleSet } from '../../src/core/routing';
import { readArgs, USAGE } from './args';
import { describeDecision, issueLines } from './describe';
import { createTicket, readFieldId, readZendeskConfig } from './zendesk';

/** Everything the CLI touches, passed in so tests run it against real files and MSW. */
export interface CliIo {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly readFile: (path: string) => Promise<string>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  readonly fetch: typeof fetch;
}

const EXIT_CODES = { done: 0, zendeskFailed: 1, badInput: 2 } as const;

class InputError extends Error {}

async function readText(io: CliIo, file: string): Promise<string> {
  try {
    return await io.readFile(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    throw new InputError(`Cannot read ${file}: ${reason}.`);
  }
}

async function readRules(io: CliIo, file: string | undefined): Promise<RuleSet> {
  if (file === undefined) return DEFAULT_RULES;
  const parsed = parseRuleSet(await readText(io, file));
  if (!parsed.ok)
    throw new InputError(
      [
        `${file} is not a valid handoff-rules/v1 rule set:`,
        ...issueLines(file, parsed.issues),
      ].join('\n'),
    );
  for (const line of issueLines(file, parsed.warnings)) io.stderr(`Warning: ${line}`);
  return parsed.value;
}

async function handoff(io: CliIo): Promise<number> {
  const parsedArgs = readArgs(io.argv);
  if (parsedArgs.kind === 'help') {
    io.stdout(USAGE);
    return EXIT_CODES.done;
  }
  if (parsedArgs.kind === 'error') throw new InputError(`${parsedArgs.message}\n\n${USAGE}`);
  const { conversationFile, rulesFile, dryRun, messaging } = parsedArgs.args;
  const zendesk = readZendeskConfig(io.env);
  const field = readFieldId(io.env);
  const settingsError = zendesk.error ?? field.error;
  if (settingsError !== undefined) throw new InputError(settingsError);

  const file = readConversationFile(await readText(io, conversationFile));
  if (!file.ok)
    throw new InputError(
      [
        `${conversationFile} is not a valid conversation:`,
        ...issueLines(conversationFile, file.issues),
      ].join('\n'),
    );
  const rules = await readRules(io, rulesFile);
  const { conversation, meta } = file.value;
  const decision = evaluate(rules, conversation);
  for (const line of describeDecision(decision)) io.stderr(line);
  if (!decision.handoff) {
    io.stdout(JSON.stringify({ decision }, null, 2));
    return EXIT_CODES.done;
  }

  const pkg = toContextPackage(conversation, decision, {
    ...meta,
    conversationId:
      meta.conversationId ?? `cli-${basename(conversationFile, extname(conversationFile))}`,
    handedOffAt: meta.handedOffAt ?? io.now().toISOString(),
  });
  const contextFieldId = zendesk.config?.contextFieldId ?? field.id;
  if (messaging) {
    // The messaging road: the bot passes control; Zendesk creates the ticket from the metadata.
    // The metadata's key names the field, so there is nothing useful to print without it.
    if (contextFieldId === undefined)
      throw new InputError(
        '--messaging needs ZENDESK_CONTEXT_FIELD_ID: the id of the "Handoff context" ticket field, which the metadata key names.',
      );
    const metadata = toPassControlMetadata(pkg, { contextFieldId });
    io.stdout(
      JSON.stringify(
        { decision, passControl: { switchboardIntegration: 'zd:agentWorkspace', metadata } },
        null,
        2,
      ),
    );
    return EXIT_CODES.done;
  }
  const ticketBody = toTicket(pkg, contextFieldId === undefined ? {} : { contextFieldId });
  if (contextFieldId === undefined)
    io.stderr(
      'Note: without ZENDESK_CONTEXT_FIELD_ID the ticket body carries no context package field.',
    );
  if (zendesk.config === undefined || dryRun) {
    io.stdout(JSON.stringify({ decision, ticketBody }, null, 2));
    return EXIT_CODES.done;
  }
  const created = await createTicket(zendesk.config, ticketBody, io.fetch);
  if (!created.ok) {
    io.stdout(JSON.stringify({ decision, ticketBody }, null, 2));
    io.stderr(created.message);
    return EXIT_CODES.zendeskFailed;
  }
  io.stdout(
    JSON.stringify(
      { decision, ticketBody, created: { id: created.id, url: created.url } },
      null,
      2,
    ),
  );
  io.stderr(`Created ticket ${created.id}: ${created.url}`);
  return EXIT_CODES.done;
}

/** Runs the CLI; resolves to its exit code and never rejects on bad input. */
export async function runHandoff(io: CliIo): Promise<number> {
  try {
    return await handoff(io);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(error.message);
    return EXIT_CODES.badInput;
  }
}
