// A bot builder's first bot, run against the packed core installed from its tarball
// (scripts/check-core-package.mjs): it must decide, then build both handoff roads' payloads.
// Exits non-zero when any of them is wrong.
import {
  DEFAULT_RULES,
  evaluate,
  parseContextPackage,
  PASS_CONTROL_METADATA_BYTES,
  toContextPackage,
  toPassControlMetadata,
  toTicket,
  type Conversation,
} from 'handoff-brief-core';

const CONTEXT_FIELD_ID = 900000000001;
const conversation: Conversation = {
  messages: [
    { role: 'customer', text: 'hi', at: '2026-11-24T09:10:00Z' },
    { role: 'bot', text: 'Hi! What can I help you with?', at: '2026-11-24T09:10:02Z' },
    {
      role: 'customer',
      text: 'I was charged twice for my plan and I want a refund',
      at: '2026-11-24T09:10:30Z',
    },
  ],
  intent: { name: 'billing.refund', confidence: 0.86 },
};

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
};

const decision = evaluate(DEFAULT_RULES, conversation);
check(decision.handoff, 'the default rules hand a refund request off');
if (decision.handoff) {
  const pkg = toContextPackage(conversation, decision, {
    conversationId: 'conv_tiny_1',
    handedOffAt: '2026-11-24T09:10:31Z',
    customer: { email: 'ana@example.com', accountId: 'ACME-1' },
  });
  const ticket = toTicket(pkg, { contextFieldId: CONTEXT_FIELD_ID });
  const field = ticket.ticket.custom_fields.find((f) => f.id === CONTEXT_FIELD_ID);
  check(field !== undefined, 'the ticket body sets the context field');
  check(
    field !== undefined && parseContextPackage(field.value).ok,
    'the ticket body holds a package the app accepts',
  );
  check(ticket.ticket.tags.includes('handoff'), 'the ticket body carries the handoff tag');

  const metadata = toPassControlMetadata(pkg, { contextFieldId: CONTEXT_FIELD_ID });
  const compact = metadata[`dataCapture.ticketField.${CONTEXT_FIELD_ID}`];
  check(compact !== undefined, 'passControl metadata sets the context field');
  const parsed = parseContextPackage(compact);
  check(parsed.ok && parsed.value.compact !== undefined, 'the metadata holds a compact package');
  check(
    (metadata['dataCapture.systemField.tags'] ?? '').split(' ').includes('handoff'),
    'the metadata sets the handoff tag',
  );
  check(
    new TextEncoder().encode(JSON.stringify(metadata)).length <= PASS_CONTROL_METADATA_BYTES,
    'the metadata stays within 4 KB',
  );
  console.log(
    `tiny bot: ${decision.fired.ruleId} fired; ticket field ${field?.value.length ?? 0} chars; ` +
      `passControl metadata ${Object.keys(metadata).length} keys`,
  );
}

if (failures.length > 0) {
  console.error(`tiny bot failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
