import { WITH_FIELD_SETTING } from '../../support/zaf-harness';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { TicketSidebar } from '../../../src/ui/locations/ticket-sidebar/TicketSidebar';
import { renderInZendesk } from '../../support/render-app';
import { TICKET_ID, restCalls, ticketFile } from '../../support/tickets';
import { contextPackage } from '../../support/packages';

/** A customer who asked for a person after the bot's answer, and gave an order number. */
const HUMAN_AFTER_ANSWER = contextPackage({
  trigger: {
    ruleId: 'human',
    type: 'customer',
    label: 'Asked for a person',
    matched: 'human',
    messageIndex: 3,
  },
  intent: { name: 'billing.duplicate_charge', confidence: 0.82 },
  transcript: [
    {
      at: '2026-11-20T10:30:02Z',
      role: 'customer',
      text: 'I was charged twice for order ORD-48213 this month',
    },
    {
      at: '2026-11-20T10:30:04Z',
      role: 'bot',
      text: 'Duplicate charges are refunded within 5 business days.',
    },
    { at: '2026-11-20T10:31:00Z', role: 'customer', text: 'no, it has been 9 days already' },
    { at: '2026-11-20T10:31:40Z', role: 'customer', text: 'human please' },
  ],
});

function open(
  options: {
    locale?: string;
    settings?: Record<string, string>;
    pkg?: Record<string, unknown>;
  } = {},
) {
  return renderInZendesk(<TicketSidebar />, {
    tickets: [ticketFile({ contextField: options.pkg ?? HUMAN_AFTER_ANSWER })],
    ticketId: TICKET_ID,
    settings: options.settings ?? WITH_FIELD_SETTING,
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
}

const section = (name: string) => {
  const found = document.querySelector<HTMLElement>(`[data-section="${name}"]`);
  if (found === null) throw new Error(`no ${name} section`);
  return found;
};

beforeEach(() => localStorage.clear());

// Each language loads its translations on demand; the first render pays for Garden's styles.
describe('the headline, what is already given and the drafted opening', () => {
  it.each([
    [
      'en',
      'Duplicate charge — asked for a person after 1 answer',
      'Already given',
      'Hi Ana, thanks for waiting. You wrote: “I was charged twice for order ORD-48213 this month”. I can see our assistant’s suggestions did not solve it, so I won’t repeat them. I’m picking this up now and will get back to you here.',
    ],
    [
      'de',
      'Duplicate charge — wollte nach 1 Antwort einen Menschen',
      'Bereits angegeben',
      'Hallo Ana, danke für Ihre Geduld. Sie schrieben: „I was charged twice for order ORD-48213 this month“. Ich sehe, dass die Vorschläge unseres Assistenten nicht geholfen haben; ich wiederhole sie nicht. Ich kümmere mich jetzt darum und melde mich hier.',
    ],
    [
      'fr',
      'Duplicate charge — a demandé une personne après 1 réponse',
      'Déjà donné',
      'Bonjour Ana, merci de votre patience. Vous avez écrit\u202f: «\u202fI was charged twice for order ORD-48213 this month\u202f». Je vois que les suggestions de notre assistant n’ont pas suffi, je ne vais pas les répéter. Je m’en occupe maintenant et je reviens vers vous ici.',
    ],
    [
      'es',
      'Duplicate charge — pidió una persona tras 1 respuesta',
      'Ya indicado',
      'Hola, Ana, gracias por esperar. Escribiste: “I was charged twice for order ORD-48213 this month”. Veo que las sugerencias de nuestro asistente no lo resolvieron, así que no las repetiré. Me encargo ahora y te respondo por aquí.',
    ],
    [
      'ja',
      'Duplicate charge — 回答1件の後に担当者を希望',
      '入力済み',
      'Ana様、お待たせしました。「I was charged twice for order ORD-48213 this month」とのお問い合わせですね。アシスタントのご案内では解決しなかったことを確認しています。同じご案内は繰り返しません。これから担当いたしますので、こちらでご連絡します。',
    ],
    [
      'pt-BR',
      'Duplicate charge — pediu uma pessoa após 1 resposta',
      'Já informado',
      'Olá, Ana, obrigado por aguardar. Você escreveu: “I was charged twice for order ORD-48213 this month”. Vejo que as sugestões do nosso assistente não resolveram, então não vou repeti-las. Vou cuidar disso agora e responderei por aqui.',
    ],
  ])('speaks %s', async (locale, headline, knownLabel, opening) => {
    // The conversation's own locale decides the opening's language, as for a real customer.
    const { harness } = open({ locale, pkg: { ...HUMAN_AFTER_ANSWER, locale } });
    await waitFor(() => expect(section('headline')).toHaveTextContent(headline));
    expect(within(section('known')).getByRole('heading')).toHaveTextContent(knownLabel);
    expect(section('known')).toHaveTextContent('ORD-48213');
    // The actions come just after the brief's first paint.
    const actions = await waitFor(() => section('actions'));
    const draftButton = within(actions).getAllByRole('button')[0];
    if (draftButton === undefined) throw new Error('no draft button');
    const before = restCalls(harness.calls).length;
    await userEvent.click(draftButton);
    await waitFor(() => expect(harness.db.replyDraft(TICKET_ID)).not.toBe(''));
    expect(harness.db.replyDraft(TICKET_ID)).toBe(
      opening.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;'),
    );
    // Inserted, never sent: no REST request, no new comment on the ticket.
    expect(restCalls(harness.calls)).toHaveLength(before);
    expect(harness.db.ticketFile(TICKET_ID)?.comments).toHaveLength(1);
  });

  it('writes the opening in the requester’s language when the package does not say', async () => {
    const file = ticketFile({ contextField: HUMAN_AFTER_ANSWER });
    const german = {
      ...file,
      users: file.users.map((user) =>
        user.id === file.ticket.requester_id ? { ...user, locale: 'de' } : user,
      ),
    };
    const { harness } = renderInZendesk(<TicketSidebar />, {
      tickets: [german],
      ticketId: TICKET_ID,
      settings: WITH_FIELD_SETTING,
      locale: 'es',
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Redactar el inicio' }));
    await waitFor(() => expect(harness.db.replyDraft(TICKET_ID)).toMatch(/^Hallo Ana/u));
  });

  it('escapes what the customer wrote, so the editor gets text, never markup', async () => {
    const pkg = contextPackage({
      transcript: [
        { at: '2026-11-20T10:30:02Z', role: 'customer', text: 'my <b>invoice</b> & "VAT"' },
      ],
      trigger: { ruleId: 'refund', type: 'keyword', label: 'Refunds' },
    });
    const { harness } = open({ pkg });
    await userEvent.click(await screen.findByRole('button', { name: 'Draft opening' }));
    await waitFor(() => expect(harness.db.replyDraft(TICKET_ID)).toContain('&lt;b&gt;'));
    expect(harness.db.replyDraft(TICKET_ID)).not.toContain('<b>');
    expect(harness.db.replyDraft(TICKET_ID)).toContain('&amp; &quot;VAT&quot;');
  });

  it('uses the admin’s template for the language, and offers nothing when turned off', async () => {
    const custom = {
      ...WITH_FIELD_SETTING,
      reply_opening_templates: JSON.stringify({ en: 'Hello {{name}} — about “{{ask}}”.' }),
    };
    const first = open({ settings: custom });
    await userEvent.click(await screen.findByRole('button', { name: 'Draft opening' }));
    await waitFor(() =>
      expect(first.harness.db.replyDraft(TICKET_ID)).toBe(
        'Hello Ana — about “I was charged twice for order ORD-48213 this month”.',
      ),
    );
    first.unmount();
    open({ settings: { ...WITH_FIELD_SETTING, reply_opening: 'false' } });
    expect(await screen.findByRole('button', { name: 'Copy brief' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Draft opening' })).toBeNull();
  });

  it('says so when Zendesk will not insert the opening, and sends nothing', async () => {
    const { harness } = renderInZendesk(<TicketSidebar />, {
      tickets: [ticketFile({ contextField: HUMAN_AFTER_ANSWER })],
      ticketId: TICKET_ID,
      settings: WITH_FIELD_SETTING,
      drop: (call) => call.kind === 'invoke' && call.detail.includes('ticket.editor.insert'),
      timeoutMs: 50,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Draft opening' }));
    expect(
      await screen.findByText(/The opening could not be added to your reply\./),
    ).toBeInTheDocument();
    expect(harness.db.replyDraft(TICKET_ID)).toBe('');
  });

  it('copies the brief as plain text, offering it to copy by hand when the frame may not', async () => {
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Copy brief' }));
    // jsdom has neither the Clipboard API nor a copy command: the by-hand path.
    expect(
      await screen.findByText('Copying is blocked here: select the text below and copy it.'),
    ).toBeInTheDocument();
    const text = (await screen.findByRole('textbox', {
      name: 'Copy brief',
    })) as HTMLTextAreaElement;
    expect(text.value.split('\n').slice(0, 3)).toEqual([
      'Duplicate charge — asked for a person after 1 answer',
      'Why handed off: Asked for a person · Customer request · Matched “human”',
      "Bot's guess: billing.duplicate_charge (82% sure)",
    ]);
    expect(text.value).toContain('- “I was charged twice for order ORD-48213 this month”');
    expect(text.value).toContain('Already given: ORD-48213');
    expect(text.value).toContain('Turned down 1 answer');
  });
});
