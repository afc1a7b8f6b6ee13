import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeTicketFileIssue } from './describe-issue';
import { parseTicketFile } from './parse-ticket-file';
import type { DemoTicketFile } from './ticket-file-types';

export interface TicketFolder {
  readonly tickets: DemoTicketFile[];
  /** One line per problem, `<file>: <what is wrong>`, for the start script to print. */
  readonly problems: string[];
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readTicket(dir: string, name: string, problems: string[]): DemoTicketFile | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, name), 'utf8');
  } catch (error) {
    problems.push(`${name}: cannot be read (${reason(error)})`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(`${name}: is not JSON (${reason(error)})`);
    return undefined;
  }
  const parsed = parseTicketFile(json);
  if (!parsed.ok) {
    for (const found of parsed.issues) problems.push(`${name}: ${describeTicketFileIssue(found)}`);
    return undefined;
  }
  // Files are named <id>-<slug>.json so a folder listing reads like the picker.
  const named = /^(\d+)-/.exec(name)?.[1];
  if (named !== undefined && Number(named) !== parsed.value.ticket.id) {
    problems.push(`${name}: holds ticket ${parsed.value.ticket.id}, not ${named} as its name says`);
  }
  return parsed.value;
}

/**
 * Every `*.json` ticket file in a folder, sorted by ticket id. A file that cannot be used is
 * skipped and named in `problems`; nothing here throws, so one bad file never stops the host.
 */
export function loadTicketFolder(dir: string): TicketFolder {
  const problems: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch (error) {
    return { tickets: [], problems: [`${dir}: cannot be read (${reason(error)})`] };
  }
  const byId = new Map<number, { name: string; file: DemoTicketFile }>();
  for (const name of names.sort()) {
    const file = readTicket(dir, name, problems);
    if (file === undefined) continue;
    const taken = byId.get(file.ticket.id);
    if (taken === undefined) byId.set(file.ticket.id, { name, file });
    else problems.push(`${name}: ticket ${file.ticket.id} is already in ${taken.name}; skipped`);
  }
  const tickets = [...byId.values()].map((entry) => entry.file);
  return { tickets: tickets.sort((a, b) => a.ticket.id - b.ticket.id), problems };
}
