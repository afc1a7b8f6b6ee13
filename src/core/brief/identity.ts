import type { Customer, Page } from '../contract';
import { isNonEmptyString } from '../shared';
import { safeHref } from './safe-href';
import { shortenText } from './shorten';
import type { BriefIdentity, BriefPage, GapCode, ShortText } from './types';
import type { WordLimits } from './word-limits';

function short(value: string | undefined, limit: number): ShortText | undefined {
  return isNonEmptyString(value) ? shortenText(value, limit) : undefined;
}

/** Who the customer is, as far as the bot knew; every missing part is a gap. */
export function buildIdentity(
  customer: Customer | undefined,
  limits: Pick<WordLimits, 'customerName' | 'email' | 'accountId' | 'planTier'>,
): {
  identity: BriefIdentity;
  gaps: GapCode[];
} {
  const name = short(customer?.name, limits.customerName);
  const email = short(customer?.email, limits.email);
  const accountId = short(customer?.accountId, limits.accountId);
  const planTier = short(customer?.planTier, limits.planTier);
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
export function buildPage(
  page: Page | undefined,
  limits: Pick<WordLimits, 'pageTitle' | 'pageUrl'>,
): { page?: BriefPage; gaps: GapCode[] } {
  const title = short(page?.title, limits.pageTitle);
  const url = short(page?.url, limits.pageUrl);
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
