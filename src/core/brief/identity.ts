import type { Customer, Page } from '../contract';
import { isNonEmptyString } from '../shared';
import { WORD_LIMITS } from './budget';
import { safeHref } from './safe-href';
import { shortenText } from './shorten';
import type { BriefIdentity, BriefPage, GapCode, ShortText } from './types';

function short(value: string | undefined, limit: number): ShortText | undefined {
  return isNonEmptyString(value) ? shortenText(value, limit) : undefined;
}

/** Who the customer is, as far as the bot knew; every missing part is a gap. */
export function buildIdentity(customer: Customer | undefined): {
  identity: BriefIdentity;
  gaps: GapCode[];
} {
  const name = short(customer?.name, WORD_LIMITS.customerName);
  const email = short(customer?.email, WORD_LIMITS.email);
  const accountId = short(customer?.accountId, WORD_LIMITS.accountId);
  const planTier = short(customer?.planTier, WORD_LIMITS.planTier);
  const authenticated =
    typeof customer?.authenticated === 'boolean' ? customer.authenticated : 'unknown';
  const identity: BriefIdentity = {
    ...(name === undefined ? {} : { name }),
    ...(email === undefined ? {} : { email }),
    ...(accountId === undefined ? {} : { accountId }),
    ...(planTier === undefined ? {} : { planTier }),
    authenticated,
  };
  const missing: [unknown, GapCode][] = [
    [name, 'no_customer_name'],
    [email, 'no_email'],
    [accountId, 'no_account_id'],
    [planTier, 'no_plan_tier'],
    [authenticated === 'unknown' ? undefined : authenticated, 'authentication_unknown'],
  ];
  const gaps = missing.filter(([value]) => value === undefined).map(([, code]) => code);
  // Nothing at all is one gap, not five.
  return { identity, gaps: gaps.length === missing.length ? ['identity_unknown'] : gaps };
}

/** The page the customer was on: a link only for http(s), text otherwise. */
export function buildPage(page: Page | undefined): { page?: BriefPage; gaps: GapCode[] } {
  const title = short(page?.title, WORD_LIMITS.pageTitle);
  const url = short(page?.url, WORD_LIMITS.pageUrl);
  if (title === undefined && url === undefined) return { gaps: ['no_page'] };
  const href = url === undefined ? undefined : safeHref(url.full);
  const gaps: GapCode[] = [];
  if (title === undefined) gaps.push('no_page_title');
  if (url === undefined) gaps.push('no_page_url');
  else if (href === undefined) gaps.push('page_url_not_linkable');
  return {
    page: {
      ...(title === undefined ? {} : { title }),
      ...(url === undefined ? {} : { url }),
      ...(href === undefined ? {} : { safeHref: href }),
    },
    gaps,
  };
}
