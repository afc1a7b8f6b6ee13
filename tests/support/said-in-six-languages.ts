/**
 * A refund, a cancellation, a legal threat and a request for a person, as customers write them in
 * each of the six UI languages, with the default rule each must fire.
 */
export const SAID_IN_SIX_LANGUAGES: readonly (readonly [string, string, string])[] = [
  ['en', 'refund', 'I want my money back for the duplicate invoice'],
  ['en', 'cancel', 'Please cancel my subscription from next month'],
  ['en', 'legal', 'My lawyer will be in touch about this'],
  ['en', 'human', 'Can I speak to a human please'],
  ['de', 'refund', 'Ich will mein Geld zurück, die Rechnung ist doppelt'],
  ['de', 'cancel', 'Ich möchte mein Abo zum Monatsende kündigen'],
  ['de', 'legal', 'Mein Anwalt wird sich bei Ihnen melden'],
  ['de', 'human', 'Kann ich bitte mit einem Menschen sprechen?'],
  ['fr', 'refund', 'Je demande le remboursement de la facture en double'],
  ['fr', 'cancel', 'Je veux résilier mon abonnement'],
  ['fr', 'legal', 'Je vais transmettre le dossier à mon avocat'],
  ['fr', 'human', 'Je voudrais parler à un humain'],
  ['es', 'refund', 'Quiero un reembolso de la factura duplicada'],
  ['es', 'cancel', 'Quiero cancelar mi suscripción este mes'],
  ['es', 'legal', 'Mi abogado se pondrá en contacto con ustedes'],
  ['es', 'human', '¿Puedo hablar con una persona?'],
  ['pt-BR', 'refund', 'Quero o estorno da cobrança em dobro'],
  ['pt-BR', 'cancel', 'Quero cancelar minha assinatura'],
  ['pt-BR', 'legal', 'Meu advogado vai entrar em contato'],
  ['pt-BR', 'human', 'Posso falar com um atendente?'],
  ['ja', 'refund', '二重に請求されたので返金してください'],
  ['ja', 'cancel', '来月で解約したいです'],
  ['ja', 'legal', '弁護士に相談します'],
  ['ja', 'human', '担当者と話したいです'],
];
