import type { Customer } from '../../core/contract';
import type { Prng } from './prng';

const FIRST = ['Ana', 'Ben', 'Chloé', 'Dmitri', 'Elif', 'Femi', 'Grace', 'Hiro', 'Inès', 'Jonas'];
const LAST = ['Ruiz', 'Okafor', 'Martin', 'Ivanova', 'Yilmaz', 'Adeyemi', 'Chen', 'Sato', 'Novak'];
const COMPANIES = ['ACME', 'GLOBEX', 'INITECH', 'UMBRELLA', 'HOOLI'];
const TIERS = ['free', 'pro', 'enterprise'] as const;

export interface DemoPerson {
  readonly requesterId: number;
  readonly customer: Customer;
}

/** A requester drawn from a fixed pool of 90, so some customers hand off more than once. */
export function pickPerson(prng: Prng): DemoPerson {
  const first = prng.int(0, FIRST.length - 1);
  const last = prng.int(0, LAST.length - 1);
  const index = first * LAST.length + last;
  const name = `${FIRST[first] ?? ''} ${LAST[last] ?? ''}`;
  const company = COMPANIES[index % COMPANIES.length] ?? 'ACME';
  const email = `${name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z ]/g, '')
    .replace(' ', '.')}@${company.toLowerCase()}.example`;
  return {
    requesterId: 5000 + index,
    customer: {
      name,
      email,
      accountId: `${company}-${1000 + index * 7}`,
      planTier: TIERS[index % TIERS.length] ?? 'free',
      authenticated: index % 4 !== 0,
    },
  };
}
