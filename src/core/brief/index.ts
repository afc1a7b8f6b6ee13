/**
 * The brief core: a handoff's context package -> the sidebar's 30-second brief, as data.
 *
 * For the sidebar:
 *
 *   const options = { botName, ruleLabels, requester: ticket.requester };
 *   const reading = briefFromReading(readTicketHandoff(ticket), options);
 *   // reading.kind: 'package' | 'recovered' | 'malformed' (show reading.issues too) | 'none'
 *   const brief = reading.kind === 'none' ? undefined : reading.brief;
 *
 * or `buildBrief(pkg, options)` when you already hold a package. Nothing here returns English:
 * enums are codes for `t()`, figures are raw numbers (confidence 0..1; format them), times are
 * ISO-8601 strings (format them), and every text from the package is a `ShortText`.
 *
 * Rendering rules
 * - Every text is customer- or bot-supplied: render it as text, never as HTML.
 * - `ShortText`: show `text`; when `isShortened`, offer `full` in a tooltip or expander.
 * - `ExcerptText` (ask items): `splitHighlights(item.text.text, item.text.highlights)` gives
 *   plain segments; wrap the `isHighlighted` ones in <mark>.
 * - `page.safeHref` is the only thing to put in an href; without it show `page.url` as text.
 * - `intent` is the bot's guess: label it as one ("Bot's guess"), never as a fact.
 * - `reason.label` is absent when neither the package nor the current rules name the rule:
 *   show `reason.ruleId` then. `reason.type` is a TriggerType code; for 'confidence' show
 *   `confidence` against `threshold`. `reason.messageIndex` and the `index` of ask items and
 *   bot tries are handles for scrolling the transcript (e.g. to `transcriptRows` row N).
 * - `identity.authenticated` is true, false or 'unknown'.
 * - `identity.fromRequester` lists the parts (name, email) taken from the ticket's requester
 *   because the package left them out: mark them as the requester's, not verified by the bot.
 * - `ask` is in transcript order, at most two items; `isFiring`/`isLatest` say which is
 *   which (both on one item when the firing message is also the latest).
 * - `botTried` is most recent first, at most BOT_TRIES_SHOWN; `kind` says button/form/text;
 *   `times` > 1 means the bot sent it repeatedly; `botTriedMore` counts the ones not listed.
 * - `gaps` are GapCode values in a fixed order, one translation key each ("plan tier not
 *   provided" for `no_plan_tier`); when `identity_unknown`/`no_page`/`no_transcript` is
 *   present, the finer codes of that part are left out.
 *
 * Word budget: above the fold (reason, intent, identity, page, ask, bot tried) the data stays
 * within DATA_WORD_BUDGET words as counted by `aboveFoldWordCount`, which leaves
 * LABEL_WORD_ALLOWANCE for translated labels inside ABOVE_FOLD_WORD_BUDGET. Keep the labels
 * you put above the fold within that allowance; `counts` and `gaps` belong below the fold.
 * The data budget is shared per brief, not split into fixed caps: figures first, then every
 * text its WORD_MINIMUMS (or less when it is shorter), then the words left over go, in
 * SPARE_WORDS_ORDER, to the texts that were cut (the customer's ask, firing message first,
 * then what the bot tried, most recent first, then the page title, the rule label, ...), each
 * up to its WORD_MAXIMUMS. So how long a text is depends on the rest of the package: a bot
 * reply shows at length beside a short ask, and nearer its minimum when everything else is
 * long too. `shareWords` is the rule itself; budget.ts says it in full.
 *
 * For the transcript view: `transcriptRows(pkg, { botName })` (author name or role code, kind,
 * ISO time, full text, highlights on the firing message) and `splitHighlights`.
 */
export {
  ABOVE_FOLD_WORD_BUDGET,
  BOT_TRIES_SHOWN,
  DATA_WORD_BUDGET,
  FIGURES_SHOWN_MAX,
  LABEL_WORD_ALLOWANCE,
  LONG_WORD_CHARS,
  SPARE_WORDS_ORDER,
  WORD_MAXIMUMS,
  WORD_MINIMUMS,
  type TextSlot,
} from './budget.js';
export { shareWords, type WordClaim } from './share-words.js';
export { buildBrief, briefFromReading, type BriefReading } from './build-brief.js';
export { aboveFoldWordCount, intentConfidenceShown } from './above-fold.js';
export { ASK_ITEMS_MAX, KNOWN_FACTS_MAX } from './budget.js';
export { ASK_JOINER } from './ask.js';
export { wordsOf } from './message-sense.js';
export { transcriptRows } from './transcript-rows.js';
export { splitHighlights } from './split-highlights.js';
export { findHighlight, MAX_MATCHED_CHARS } from './find-highlight.js';
export { safeHref } from './safe-href.js';
export { shortenText, ELLIPSIS } from './shorten.js';
export { excerptText } from './excerpt.js';
export { countWords } from './words.js';
export * from './types.js';
export { zendeskTriage, type ZendeskTriage } from './zendesk-triage.js';
export {
  checkOpeningTemplate,
  fillOpening,
  openingAsHtml,
  openingFacts,
  readOpeningTemplates,
  OPENING_PLACEHOLDERS,
  OPENING_TEMPLATE_MAX_CHARS,
  type OpeningFacts,
  type OpeningPlaceholder,
  type OpeningTemplateIssue,
  type OpeningWords,
} from './draft-opening.js';
