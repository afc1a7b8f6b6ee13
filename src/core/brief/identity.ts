import type { Customer, Page } from '../contract/index.js';
import { isNonEmptyString } from '../shared/index.js';
import { safeHref } from './safe-href.js';
import { shortenText } from './words.js';
import type {
  BriefIdentity,
  BriefPage,
  GapCode,
  RequesterPart,
  ShortText,
  TicketRequester,
} from './types.js';
import type { WordLimits } from './budget.js';

function short(value: string | undefined, limit: number): ShortText | undefined {
  return isNonEmptyString(value) ? shortenText(value, limit) : undefined;
}

/** The package's gaps about the customer; nothing at all is one gap, not five. */
function identityGaps(customer: Customer | undefined): GapCode[] {
  const missing: [boolean, GapCode][] = [
    [isNonEmptyString(customer?.name), 'no_customer_name'],
    [isNonEmptyString(customer?.email), 'no_email'],
    [isNonEmptyString(customer?.accountId), 'no_account_id'],
    [isNonEmptyString(customer?.planTier), 'no_plan_tier'],
    [typeof customer?.authenticated === 'boolean', 'authentication_unknown'],
  ];
  const gaps = missing.filter(([known]) => !known).map(([, code]) => code);
  return gaps.length === missing.length ? ['identity_unknown'] : gaps;
}

/**
 * Who the customer is, as far as the bot knew; every missing part is a gap. A name or email
 * the package leaves out is taken from the ticket's requester when Zendesk knows it, and listed
 * in `fromRequester`; the gaps still say what the package itself lacks.
 */
export function buildIdentity(
  customer: Customer | undefined,
  requester: TicketRequester | undefined,
  limits: Pick<WordLimits, 'customerName' | 'email' | 'accountId' | 'planTier'>,
): {
  identity: BriefIdentity;
  gaps: GapCode[];
} {
  const fromRequester: RequesterPart[] = [];
  const part = (key: RequesterPart, limit: number): ShortText | undefined => {
    const own = short(customer?.[key], limit);
    if (own !== undefined) return own;
    const stand = short(requester?.[key], limit);
    if (stand !== undefined) fromRequester.push(key);
    return stand;
  };
  const name = part('name', limits.customerName);
  const email = part('email', limits.email);
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
    ...(fromRequester.length === 0 ? {} : { fromRequester }),
  };
  return { identity, gaps: identityGaps(customer) };
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
