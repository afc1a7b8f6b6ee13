import type { RuleSet } from './types.js';

/**
 * The seed's narrow set: the customer's own request for a person, the topics a bot must not
 * handle alone, and the bot's own doubt, with phrases in the six languages the app speaks
 * (English, German, French, Spanish, Brazilian Portuguese, Japanese): a customer writing in
 * their own language is handed off for the same reasons. Each phrase is narrow on its own;
 * "kündigen" and "résilier" are the everyday words for cancelling a contract. "Urgent" ships switched off so five rules are live:
 * urgency words also fire on calm customers ("no rush, but urgent-ish"), so a team turns it on
 * when its figures show the need.
 */
export const DEFAULT_RULES: RuleSet = {
  schema: 'handoff-rules/v1',
  revision: 0,
  rules: [
    {
      id: 'human',
      type: 'customer',
      label: 'Asked for a person',
      enabled: true,
      phrases: [
        'talk to a human',
        'speak to a human',
        'real person',
        'human agent',
        'agent please',
        'speak to someone',
        'mit einem menschen sprechen',
        'mit einem mitarbeiter sprechen',
        'echte person',
        'parler à un humain',
        'parler à un conseiller',
        'vraie personne',
        'hablar con un humano',
        'hablar con una persona',
        'hablar con un agente',
        'falar com um humano',
        'falar com uma pessoa',
        'falar com um atendente',
        '担当者と話したい',
        '人と話したい',
        'オペレーター',
      ],
    },
    {
      id: 'refund',
      type: 'keyword',
      label: 'Refunds and billing disputes',
      enabled: true,
      phrases: [
        'refund*',
        'chargeback',
        'money back',
        'charged twice',
        'double charged',
        'rückerstattung',
        'geld zurück',
        'doppelt abgebucht',
        'remboursement*',
        'rembourser',
        'débité deux fois',
        'reembolso*',
        'cobrado dos veces',
        'devolución',
        'estorno',
        'dinheiro de volta',
        'cobrado duas vezes',
        '返金',
        '払い戻し',
        '二重請求',
      ],
    },
    {
      id: 'cancel',
      type: 'keyword',
      label: 'Cancellation',
      enabled: true,
      phrases: [
        'cancel my account',
        'close my account',
        'cancel my subscription',
        'delete my account',
        'kündigen',
        'konto löschen',
        'résilier',
        'supprimer mon compte',
        'fermer mon compte',
        'cancelar mi cuenta',
        'cancelar mi suscripción',
        'darme de baja',
        'cancelar minha conta',
        'cancelar minha assinatura',
        'excluir minha conta',
        '解約',
        '退会',
      ],
    },
    {
      id: 'legal',
      type: 'keyword',
      label: 'Legal and compliance',
      enabled: true,
      phrases: [
        'lawyer',
        'legal action',
        'gdpr',
        'data protection',
        'sue',
        'solicitor',
        'anwalt',
        'rechtliche schritte',
        'dsgvo',
        'avocat',
        'action en justice',
        'rgpd',
        'abogado',
        'demanda judicial',
        'advogado',
        'processo judicial',
        'lgpd',
        '弁護士',
        '訴訟',
        '法的措置',
      ],
    },
    {
      id: 'urgent',
      type: 'keyword',
      label: 'Urgent',
      enabled: false,
      phrases: ['urgent', 'emergency', 'outage', 'asap'],
    },
    {
      id: 'no-answer',
      type: 'confidence',
      label: 'Bot had no good answer',
      enabled: true,
      below: 0.6,
    },
  ],
};

/**
 * Whether `label` is the shipped label of default rule `ruleId`, unchanged: then the UI may say it
 * in the reader's language. A label an admin wrote is theirs and is shown as written.
 */
export function isDefaultRuleLabel(ruleId: string, label: string): boolean {
  return DEFAULT_RULES.rules.some((rule) => rule.id === ruleId && rule.label === label);
}
