import { describe, expect, it } from 'vitest';
import { parseContextPackage } from '../../../src/core/contract';
import { validPackage } from '../../support/packages';

function compact(changes: Record<string, unknown> = {}): Record<string, unknown> {
  const pkg: Record<string, unknown> = { ...structuredClone(validPackage), ...changes };
  delete pkg['transcript'];
  return pkg;
}

describe('the compact profile of handoff-context/v1', () => {
  it('reads a package without a transcript as compact, with what the bot saw', () => {
    const parsed = parseContextPackage(
      compact({
        messageCount: 23,
        firstMessageAt: '2026-11-20T10:10:00Z',
        omitted: ['page.title'],
      }),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.value.transcript).toEqual([]);
    expect(parsed.value.compact).toEqual({
      messageCount: 23,
      firstMessageAt: '2026-11-20T10:10:00Z',
      omitted: ['page.title'],
    });
  });

  it('keeps a full package full', () => {
    const parsed = parseContextPackage(validPackage);
    expect(parsed.ok && parsed.value.compact).toBe(undefined);
  });

  it.each([
    ['a negative message count', { messageCount: -1 }, ['messageCount']],
    ['a first message time that is not one', { firstMessageAt: 'yesterday' }, ['firstMessageAt']],
    ['an omitted part it does not know', { omitted: ['transcript'] }, ['omitted', 0]],
    ['omitted parts that are not a list', { omitted: 'page.title' }, ['omitted']],
  ])('refuses %s', (_, changes, path) => {
    const parsed = parseContextPackage(compact(changes));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((found) => found.path)).toContainEqual(path);
  });
});
