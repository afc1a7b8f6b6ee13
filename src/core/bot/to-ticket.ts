import type { ContextPackage } from '../contract/types.js';
import { tagsFor } from '../routing/tags.js';
import { DEFAULT_FIELD_BYTES, fitPackage } from './fit-package.js';
import { transcriptComment } from './transcript-comment.js';
import type { TicketOptions, TicketRequest } from './types.js';

const DEFAULT_SUBJECT_LENGTH = 100;

/** At most `max` characters (code points), cut at a word end when one is near, with "…". */
export function shorten(text: string, max: number): string {
  // Enough UTF-16 units for max + 1 code points, so a long text costs no more than a short one.
  const head = Array.from(text.slice(0, 2 * max + 2));
  if (head.length <= max) return text;
  const cut = head.slice(0, Math.max(max - 1, 0)).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space >= cut.length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "Refunds and billing disputes: I was charged twice this month". */
export function ticketSubject(pkg: ContextPackage, maxLength = DEFAULT_SUBJECT_LENGTH): string {
  const label = (pkg.trigger.label ?? pkg.trigger.ruleId).replace(/\s+/g, ' ').trim();
  const firstAsk = pkg.transcript.find(
    (message) => message.role === 'customer' && message.text.trim() !== '',
  );
  // Only the first stretch of a long message can reach the subject: keep the work small.
  const ask = firstAsk?.text
    .slice(0, 4 * maxLength)
    .replace(/\s+/g, ' ')
    .trim();
  return shorten(ask === undefined ? label : `${label}: ${ask}`, maxLength);
}

/**
 * The Zendesk ticket-create request for a handoff: subject from the trigger and the customer's
 * first ask, the readable transcript as the first comment, the package (fitted to the field)
 * in the context field, and the handoff tags. Pure.
 *
 * @throws RangeError from `fitPackage` when `maxFieldBytes` cannot hold even an empty transcript.
 */
export function toTicket(pkg: ContextPackage, options: TicketOptions = {}): TicketRequest {
  const fieldBytes = options.maxFieldBytes ?? DEFAULT_FIELD_BYTES;
  const customer = pkg.customer;
  const requester =
    customer?.email === undefined || customer.email.trim() === ''
      ? undefined
      : { email: customer.email, ...(customer.name === undefined ? {} : { name: customer.name }) };
  const custom_fields =
    options.contextFieldId === undefined
      ? []
      : [{ id: options.contextFieldId, value: fitPackage(pkg, fieldBytes).json }];
  return {
    ticket: {
      subject: ticketSubject(pkg, options.subjectLength),
      comment: {
        body: transcriptComment(pkg, options.maxCommentBytes ?? DEFAULT_FIELD_BYTES),
        public: options.publicComment ?? false,
      },
      ...(requester === undefined ? {} : { requester }),
      custom_fields,
      tags: tagsFor(pkg.trigger),
    },
  };
}
