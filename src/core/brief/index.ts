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
 * Word budget: above the fold the brief stays within ABOVE_FOLD_WORD_BUDGET words, labels
 * included; budget.ts states the rule and shares the words, words.ts counts and cuts them.
 * `counts` and `gaps` belong below the fold.
 *
 * For the transcript view: `transcriptRows(pkg, { botName })` (author name or role code, kind,
 * ISO time, full text, highlights on the firing message) and `splitHighlights`.
 */
export {
  ABOVE_FOLD_WORD_BUDGET,
  ASK_ITEMS_MAX,
  BOT_TRIES_SHOWN,
  DATA_WORD_BUDGET,
  FIGURES_SHOWN_MAX,
  KNOWN_FACTS_MAX,
  LABEL_WORD_ALLOWANCE,
  MESSAGES_READ,
  SPARE_WORDS_ORDER,
  WORD_MAXIMUMS,
  WORD_MINIMUMS,
  aboveFoldWordCount,
  intentConfidenceShown,
  shareWords,
  type TextSlot,
  type WordClaim,
} from './budget.js';
export { countWords, ELLIPSIS, LONG_WORD_CHARS, shortenText } from './words.js';
export { buildBrief, briefFromReading, type BriefReading } from './build-brief.js';
export { transcriptRows } from './transcript-rows.js';
export { splitHighlights } from './split-highlights.js';
export { findHighlight } from './find-highlight.js';
export { safeHref } from './safe-href.js';
export { excerptText } from './excerpt.js';
export * from './types.js';
export { zendeskTriage, type ZendeskTriage } from './zendesk-triage.js';
export {
  checkOpeningTemplate,
  fillOpening,
  openingAsHtml,
  openingFacts,
  readOpeningTemplates,
  type OpeningFacts,
  type OpeningPlaceholder,
  type OpeningTemplateIssue,
  type OpeningWords,
} from './draft-opening.js';
