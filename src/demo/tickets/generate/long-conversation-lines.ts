/**
 * What a developer and the bot say over weeks of one messaging thread about webhooks and the
 * API. None of the customer's words may fire a default rule before the closing request for a
 * person: the fixture tests check that with evaluate().
 */
import type { MessageRole } from '../../../core/contract';

export interface Topic {
  readonly asks: readonly string[];
  readonly answers: readonly string[];
}

export const SLOTS = {
  event: [
    'invoice.paid',
    'invoice.created',
    'payment.failed',
    'subscription.renewed',
    'customer.updated',
    'credit_note.created',
  ],
  status: ['401', '400', '500', '502', '403'],
  invoice: [
    'INV-2026-10-0412',
    'INV-2026-10-0877',
    'INV-2026-11-0031',
    'INV-2026-11-0145',
    'INV-2026-11-0209',
  ],
  n: ['2', '3', '4', '12', '250', '100'],
  day: ['monday', 'tuesday', 'yesterday', 'the 3rd', 'last friday'],
} as const;

export const TOPICS: readonly Topic[] = [
  {
    asks: [
      'getting {status} on our endpoint for {event}, signature check fails',
      'signature verification failing again for {event}. using the secret from the dashboard',
      'the X-Ledgerline-Signature header doesnt match what we compute, {event} only',
      'hmm signature mismatch on {event} again, other events are fine',
    ],
    answers: [
      "Webhook signatures are an HMAC-SHA256 of the raw request body using your endpoint's signing secret. Verify the raw bytes before any JSON parsing: re-serialising the body changes it.",
      'Each endpoint has its own signing secret under Developers › Webhooks. If you rotated it, deliveries signed with the old secret can keep arriving for up to 24 hours.',
      'Check that your framework gives you the body exactly as received. Some middleware decodes and re-encodes JSON, which breaks the signature even though the content is the same.',
    ],
  },
  {
    asks: [
      'we got {event} twice for {invoice}, is that expected?',
      'why does {event} arrive {n} times for the same invoice',
      'duplicate deliveries again for {invoice}',
    ],
    answers: [
      "Deliveries are at-least-once, so the same event can arrive more than once. Use the event id (evt_…) to skip ones you've already processed.",
      'If your endpoint answers slowly or with an error, we retry, which can look like duplicates. Storing the event id and ignoring repeats makes your handler safe.',
    ],
  },
  {
    asks: [
      '{event} came before invoice.created for {invoice}',
      'events are arriving out of order, is there a sequence number?',
    ],
    answers: [
      "Events aren't guaranteed to arrive in order. Each one has a created timestamp; if order matters, fetch the latest state from the API when an event arrives.",
    ],
  },
  {
    asks: [
      'the /v1/invoices list stops at {n} results',
      "how do i get the next page, there's no page param",
      'pagination gives me the same invoices twice?',
    ],
    answers: [
      'List endpoints use cursor pagination: pass next_cursor from the response as ?cursor=… until has_more is false. A page holds 100 items at most.',
      "Cursors are tied to the filters of the first request. If you change a filter between pages you'll see repeats; keep the query the same while paging.",
    ],
  },
  {
    asks: [
      "we're getting 429s when backfilling",
      'rate limited again, {n} requests in a few seconds is too many?',
    ],
    answers: [
      'The API allows 100 requests per 10 seconds per workspace. A 429 response has a Retry-After header in seconds; waiting that long before retrying avoids further limits.',
    ],
  },
  {
    asks: [
      'is the test key supposed to work against api.ledgerline.example or the sandbox?',
      'sk_test key gives {status} on production url, expected?',
    ],
    answers: [
      'Test keys (sk_test_…) only work against sandbox.api.ledgerline.example; live keys work against api.ledgerline.example.',
    ],
  },
  {
    asks: [
      'our endpoint takes ~{n}s sometimes, are you timing out?',
      'seeing timeouts in the delivery log but our server logs show 200',
    ],
    answers: [
      'Webhook deliveries time out after 10 seconds. Reply with a 2xx right away and do the slow work in a background job.',
    ],
  },
  {
    asks: [
      "where's the customer email in the {event} payload",
      'can the webhook include line items? {event} only has ids',
    ],
    answers: [
      'The {event} payload has customer_id; the email is on the customer object. Add expand[]=customer when you fetch the invoice to include it.',
      'Payloads keep to ids to stay small. Fetch the object from the API when you need its details, so you always get the current version.',
    ],
  },
  {
    asks: ['our endpoint got disabled??', 'why is the endpoint paused, nobody touched it'],
    answers: [
      'An endpoint is paused after 3 days of failed deliveries. Fix the endpoint, then click Resume under Developers › Webhooks; missed events can be replayed from the event log.',
    ],
  },
  {
    asks: [
      'can you resend everything from {day}',
      'how do i replay the {event} events we missed {day}',
    ],
    answers: [
      'You can replay events from Developers › Events: filter by date and type, select them and click Resend.',
    ],
  },
  {
    asks: [
      'what ips do the webhooks come from, our firewall blocks them',
      'ip allowlist for webhooks?',
    ],
    answers: [
      'Webhooks are sent from the addresses listed at https://ledgerline.example/ips (JSON at /ips.json). We announce changes 30 days ahead.',
    ],
  },
];

export const SMALL_TALK: Topic = {
  asks: [
    'ok',
    'ok will try',
    'thx',
    'that worked for that one',
    'brb, deploying',
    'still the same',
    'hm ok',
    'give me a min',
  ],
  answers: [
    'Great! Anything else I can help with?',
    'Let me know how it goes.',
    "Sure, I'll be here.",
    "Thanks for the update. If it happens again, send me the event id and I'll take a look.",
  ],
};

const SIGNATURE_ANSWER = TOPICS[0]?.answers[0] ?? '';

/** The end of the thread, seconds after the message before: the request for a person is the third. */
export const CLOSING: readonly (readonly [number, MessageRole, string, 'event'?])[] = [
  [95, 'customer', 'same 401 on invoice.paid again today. third week of this'],
  [3, 'bot', SIGNATURE_ANSWER],
  [
    70,
    'customer',
    "I've tried all of that, more than once. Can I talk to a human please, someone who can see your side of the delivery logs",
  ],
  [
    2,
    'bot',
    "Of course. I'm passing this conversation to our developer support team now; they can see the delivery logs for your endpoint and will reply here and by email.",
  ],
  [40, 'customer', 'thx'],
  [1, 'system', 'Handed off to Ledgerline Support (Developers)', 'event'],
];
