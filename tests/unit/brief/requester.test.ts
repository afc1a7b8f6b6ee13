import { describe, expect, it } from 'vitest';
import {
  aboveFoldWordCount,
  briefFromReading,
  buildBrief,
  DATA_WORD_BUDGET,
  WORD_MAXIMUMS,
  type TicketRequester,
} from '../../../src/core/brief';
import { readTicketHandoff, type Customer } from '../../../src/core/contract';
import { validPackage } from '../../support/packages';
import { customerSays, fullPackage, packageWith, without } from '../../support/packages';

const short = (text: string) => ({ text, full: text, isShortened: false });
const requester: TicketRequester = {
  name: 'Sofia Marchetti',
  email: 'sofia.marchetti@studiomarchetti.example',
};
const customer: Customer = fullPackage().customer ?? {};

describe('the identity when the package names no customer', () => {
  it("keeps the package's own identity and leaves the requester out", () => {
    const { identity, gaps } = buildBrief(fullPackage(), { requester });
    expect(identity).toEqual({
      name: short('Ana Ruiz'),
      email: short('ana@example.com'),
      accountId: short('ACME-2231'),
      planTier: short('enterprise'),
      authenticated: true,
    });
    expect(gaps).toEqual([]);
  });

  it("shows the requester's name and email, marked as the requester's", () => {
    const { identity } = buildBrief(packageWith({ customer: undefined }), { requester });
    expect(identity).toEqual({
      name: short('Sofia Marchetti'),
      email: short('sofia.marchetti@studiomarchetti.example'),
      authenticated: 'unknown',
      fromRequester: ['name', 'email'],
    });
  });

  it.each([
    ['no name', without(customer, 'name'), ['name'], 'Sofia Marchetti', 'ana@example.com'],
    ['a blank name', { ...customer, name: '  ' }, ['name'], 'Sofia Marchetti', 'ana@example.com'],
    [
      'no email',
      without(customer, 'email'),
      ['email'],
      'Ana Ruiz',
      'sofia.marchetti@studiomarchetti.example',
    ],
    [
      'only an account',
      { accountId: 'ACME-2231' },
      ['name', 'email'],
      'Sofia Marchetti',
      'sofia.marchetti@studiomarchetti.example',
    ],
  ] as const)(
    'fills in only what a package with %s leaves out',
    (_, partial, fromRequester, name, email) => {
      const { identity } = buildBrief(packageWith({ customer: partial }), { requester });
      expect(identity.fromRequester).toEqual(fromRequester);
      expect(identity.name?.text).toBe(name);
      expect(identity.email?.text).toBe(email);
    },
  );

  it.each([
    ['a name only', { name: 'Sofia Marchetti' }, ['name']],
    ['an email only', { email: 'sofia@example.com' }, ['email']],
    ['a blank name and an email', { name: ' ', email: 'sofia@example.com' }, ['email']],
  ] as const)('takes from a requester with %s just that', (_, partial, fromRequester) => {
    const { identity } = buildBrief(packageWith({ customer: undefined }), { requester: partial });
    expect(identity.fromRequester).toEqual(fromRequester);
    expect(Object.keys(identity).filter((key) => key === 'name' || key === 'email')).toEqual(
      fromRequester,
    );
  });

  it("never takes the signed-in flag, account or plan from the requester's side", () => {
    const { identity } = buildBrief(packageWith({ customer: { authenticated: false } }), {
      requester,
    });
    expect(identity.authenticated).toBe(false);
    expect(identity.accountId).toBeUndefined();
    expect(identity.planTier).toBeUndefined();
  });

  it('still lists what the package itself does not say', () => {
    const none = buildBrief(packageWith({ customer: undefined }), { requester });
    expect(none.gaps).toContain('identity_unknown');
    const noEmail = buildBrief(packageWith({ customer: without(customer, 'email') }), {
      requester,
    });
    expect(noEmail.gaps).toEqual(['no_email']);
  });

  it.each([
    ['no requester', undefined],
    ['a requester without name or email', {}],
    ['a requester with blank texts', { name: ' ', email: '\n' }],
  ] as const)('keeps the identity unknown with %s', (_, who) => {
    const brief = buildBrief(
      packageWith({ customer: undefined }),
      who === undefined ? {} : { requester: who },
    );
    expect(brief.identity).toEqual({ authenticated: 'unknown' });
    expect(brief.gaps).toContain('identity_unknown');
  });

  it('keeps a long requester within the word budget, cut like any customer text', () => {
    const long = Array.from({ length: 200 }, (_, i) => `name${i}`).join(' ');
    const pkg = packageWith({
      customer: undefined,
      transcript: Array.from({ length: 40 }, (_, i) => customerSays(`${long} refund ${i}`)),
    });
    const brief = buildBrief(pkg, { requester: { name: long, email: `${'x'.repeat(900)}@a.b` } });
    expect(brief.identity.fromRequester).toEqual(['name', 'email']);
    expect(brief.identity.name?.isShortened).toBe(true);
    expect(brief.identity.email?.isShortened).toBe(true);
    expect(brief.identity.name?.text.split(' ').length).toBeLessThanOrEqual(
      WORD_MAXIMUMS.customerName,
    );
    expect(aboveFoldWordCount(brief)).toBeLessThanOrEqual(DATA_WORD_BUDGET);
  });

  it('reaches a valid package read from a ticket through briefFromReading', () => {
    const reading = readTicketHandoff({
      requester,
      contextField: JSON.stringify(without(validPackage, 'customer')),
    });
    const result = briefFromReading(reading, { requester });
    expect(result.kind).toBe('package');
    if (result.kind === 'none') return;
    expect(result.brief.identity.name?.text).toBe('Sofia Marchetti');
    expect(result.brief.identity.fromRequester).toEqual(['name', 'email']);
  });
});
