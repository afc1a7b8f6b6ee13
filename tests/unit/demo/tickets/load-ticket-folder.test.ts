import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTicketFolder } from '../../../../src/demo/tickets/load-ticket-folder';
import { brokenFile, validTicketFile } from '../../../support/tickets';

const root = mkdtempSync(join(tmpdir(), 'ticket-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'case-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('loadTicketFolder', () => {
  it('loads every ticket file sorted by ticket id, ignoring other files', () => {
    const dir = folder({
      '0900-later.json': json(validTicketFile(900)),
      '0502-second.json': json(validTicketFile(502)),
      '0501-first.json': json(validTicketFile(501)),
      'README.md': '# not a ticket',
    });
    const loaded = loadTicketFolder(dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.tickets.map((file) => file.ticket.id)).toEqual([501, 502, 900]);
  });

  it('reports bad files by name and keeps the good ones', () => {
    const dir = folder({
      '0501-good.json': json(validTicketFile(501)),
      '0502-cut.json': '{"ticket": {"id": 502',
      '0503-no-ticket.json': json(brokenFile(['ticket'], undefined)),
      '0504-types.json': json(brokenFile(['ticket', 'id'], '504')),
    });
    const loaded = loadTicketFolder(dir);
    expect(loaded.tickets.map((file) => file.ticket.id)).toEqual([501]);
    expect(loaded.problems).toEqual([
      expect.stringMatching(/^0502-cut\.json: is not JSON \(/),
      '0503-no-ticket.json: ticket is required',
      '0504-types.json: ticket.id should be a positive integer',
    ]);
  });

  it('reports a file whose name and ticket id disagree, and a repeated id', () => {
    const dir = folder({
      '0501-a.json': json(validTicketFile(501)),
      '0501-b.json': json(validTicketFile(501)),
      '0777-c.json': json(validTicketFile(778)),
    });
    const loaded = loadTicketFolder(dir);
    expect(loaded.tickets.map((file) => file.ticket.id)).toEqual([501, 778]);
    expect(loaded.problems).toEqual([
      '0501-b.json: ticket 501 is already in 0501-a.json; skipped',
      '0777-c.json: holds ticket 778, not 0777 as its name says',
    ]);
  });

  it('reports a folder it cannot read instead of throwing', () => {
    const loaded = loadTicketFolder(join(root, 'no-such-folder'));
    expect(loaded.tickets).toEqual([]);
    expect(loaded.problems).toEqual([expect.stringContaining('no-such-folder: cannot be read')]);
  });

  it('reports a ticket file it cannot read instead of throwing', () => {
    const dir = folder({ '0501-good.json': json(validTicketFile(501)) });
    mkdirSync(join(dir, '0502-folder.json'));
    const loaded = loadTicketFolder(dir);
    expect(loaded.tickets).toHaveLength(1);
    expect(loaded.problems).toEqual([expect.stringMatching(/^0502-folder\.json: cannot be read/)]);
  });
});
