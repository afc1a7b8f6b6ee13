import { describe, expect, it } from 'vitest';
import { readCurrentUser } from '../../../src/zendesk';

describe("ZAF's currentUser, as the app reads it", () => {
  it('keeps the id, name, role, locale and the IANA time zone', () => {
    expect(
      readCurrentUser({
        id: 42,
        name: 'Sam Lee',
        role: 'admin',
        locale: 'de',
        timeZone: { ianaName: 'Europe/Berlin', name: 'Berlin' },
      }),
    ).toEqual({ id: 42, name: 'Sam Lee', role: 'admin', locale: 'de', timeZone: 'Europe/Berlin' });
  });

  it.each([
    ['nothing', undefined],
    ['a custom role name', { id: 7, name: 'Lead', role: 'Team lead', locale: 'fr' }],
    ['fields of the wrong kind', { id: '7', name: 3, role: ['admin'], timeZone: 'Berlin' }],
  ])('reads %s as someone who is not an admin', (_, value) => {
    expect(readCurrentUser(value).role).toBe('other');
    expect(readCurrentUser(value)).not.toHaveProperty('timeZone');
  });
});
