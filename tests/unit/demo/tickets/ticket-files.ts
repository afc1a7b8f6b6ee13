/** A small valid ticket file, and a way to break one part of it at a time. */
export function validTicketFile(id = 501) {
  return {
    demo: { title: 'Sample', shows: 'What the sample shows' },
    ticket: {
      id,
      subject: 'Charged twice',
      description: '[2026-11-20 10:30] Customer: I was charged twice',
      status: 'new',
      created_at: '2026-11-20T10:32:12Z',
      updated_at: '2026-11-20T10:32:12Z',
      requester_id: 7,
      via: { channel: 'api' },
      tags: ['handoff', 'handoff_rule_refund', 'handoff_type_keyword'],
      custom_fields: [
        { id: 900000000001, value: '{"schema":"handoff-context/v1"}' },
        { id: 360001, value: null },
      ],
    },
    comments: [
      {
        id: 1,
        type: 'Comment',
        author_id: 9,
        body: '[2026-11-20 10:30] Customer: I was charged twice',
        public: false,
        created_at: '2026-11-20T10:32:12Z',
      },
    ],
    users: [
      { id: 7, name: 'Ana Ruiz', email: 'ana@example.com', role: 'end-user' },
      { id: 9, name: 'Ledgerline Bot', role: 'agent' },
    ],
  };
}

export function brokenFile(path: readonly (string | number)[], value: unknown): unknown {
  const copy: unknown = structuredClone(validTicketFile());
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] ?? '';
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy;
}
