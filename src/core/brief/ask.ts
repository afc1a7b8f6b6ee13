import type { PartialContextPackage, TranscriptMessage } from '../contract/index.js';
import { isIsoDateTime } from '../shared/index.js';
import { ASK_ITEMS_MAX, WORD_MINIMUMS } from './budget.js';
import { excerptText } from './excerpt.js';
import { firingSpan, latestCustomerIndex } from './firing.js';
import {
  meaningfulWords,
  senseOfCustomerMessage,
  type CustomerSense,
  type SenseContext,
} from './message-sense.js';
import type { AskItem, AskWhy, GapCode, Span } from './types.js';
import type { WordLimits } from './budget.js';

/** Messages read together as one ask item, and why the item is shown. */
export interface AskPart {
  readonly indices: readonly number[];
  readonly why: readonly AskWhy[];
}

/** Which messages the ask shows, found once however often the brief is cut. */
export interface AskPlan {
  readonly parts: readonly AskPart[];
  readonly firing: number | undefined;
  readonly latest: number | undefined;
  /** The matched words in the firing message, full-text offsets. */
  readonly focus: Span | undefined;
}

/** Items joined from short messages read together are separated by this. */
const ASK_JOINER = ' · ';
/** A problem stated in fewer meaningful words reads on into the customer's next messages. */
const SHORT_PROBLEM_WORDS = 6;
/** How far (in messages) the next part of a spread-out problem may be. */
const SPREAD_REACH = 6;
/** A latest message is worth showing when it says this many words the others did not. */
const NEW_WORDS_TO_ADD = 3;
/**
 * Customer messages read from each end of the conversation when looking for the problem: a
 * customer states it early, and says what is new late; a 2,000-message chat is not read whole.
 */
const MESSAGES_READ_FROM_EACH_END = 60;

/** What each customer message is for, read only when asked and once. */
function senseReader(pkg: PartialContextPackage, context: SenseContext) {
  const known = new Map<number, CustomerSense | undefined>();
  return (index: number): CustomerSense | undefined => {
    if (known.has(index)) return known.get(index);
    const message = pkg.transcript[index];
    let sense: CustomerSense | undefined;
    if (message?.role === 'customer') {
      sense = senseOfCustomerMessage(message, context);
      // A menu choice or a form answer is context, not the problem in the customer's words.
      if (sense === 'content' && (message.kind === 'button' || message.kind === 'form'))
        sense = 'identity';
    }
    known.set(index, sense);
    return sense;
  };
}

/** Content messages from the start (the problem) and the end (the latest), in order. */
function contentMessages(
  pkg: PartialContextPackage,
  sense: (index: number) => CustomerSense | undefined,
): { early: number[]; last: number | undefined } {
  const early: number[] = [];
  let read = 0;
  for (let i = 0; i < pkg.transcript.length && read < MESSAGES_READ_FROM_EACH_END; i += 1) {
    if (pkg.transcript[i]?.role !== 'customer') continue;
    read += 1;
    if (sense(i) === 'content') early.push(i);
    if (early.length > 1 && i - (early[0] ?? i) > SPREAD_REACH * 2) break;
  }
  read = 0;
  for (let i = pkg.transcript.length - 1; i >= 0 && read < MESSAGES_READ_FROM_EACH_END; i -= 1) {
    if (pkg.transcript[i]?.role !== 'customer') continue;
    read += 1;
    if (sense(i) === 'content') return { early, last: i };
  }
  return { early, last: undefined };
}

/** The first problem statement, read on into the next short ones when it is short. */
function firstProblem(
  pkg: PartialContextPackage,
  content: readonly number[],
): number[] | undefined {
  const [first] = content;
  if (first === undefined) return undefined;
  const indices = [first];
  let words = meaningfulWords(pkg.transcript[first]?.text ?? '').length;
  for (const next of content.slice(1)) {
    if (words >= SHORT_PROBLEM_WORDS) break;
    if (next - (indices[indices.length - 1] ?? next) > SPREAD_REACH) break;
    indices.push(next);
    words += meaningfulWords(pkg.transcript[next]?.text ?? '').length;
  }
  return indices;
}

function addsSomething(pkg: PartialContextPackage, index: number, shown: Set<number>): boolean {
  const said = new Set([...shown].flatMap((i) => meaningfulWords(pkg.transcript[i]?.text ?? '')));
  const fresh = meaningfulWords(pkg.transcript[index]?.text ?? '').filter((w) => !said.has(w));
  return new Set(fresh).size >= NEW_WORDS_TO_ADD;
}

/**
 * What the customer asked, chosen by what they said: the first message(s) where they state
 * their problem; the firing message when it carries content of its own; their latest message
 * when it adds something. Escalation requests, greetings and thanks, and identity answers are
 * passed over while anything else is available; with nothing else, the firing and the latest
 * customer message are shown as they are.
 */
export function planAsk(
  pkg: PartialContextPackage,
  firing: number | undefined,
  context: SenseContext = {},
): { plan: AskPlan; gaps: GapCode[] } {
  const gaps: GapCode[] = [];
  if (pkg.transcript.length === 0) gaps.push('no_transcript');
  else if (!pkg.transcript.some((message) => message.role === 'customer')) {
    gaps.push('no_customer_message');
  }
  const latest = latestCustomerIndex(pkg);
  const focus = firingSpan(pkg, firing);
  const sense = senseReader(pkg, context);
  const { early, last } = contentMessages(pkg, sense);
  const parts: { indices: number[]; why: Set<AskWhy> }[] = [];
  const first = firstProblem(pkg, early);
  if (first !== undefined) {
    parts.push({ indices: first, why: new Set(['first']) });
    const shown = () => new Set(parts.flatMap((part) => part.indices));
    const holding = (index: number) => parts.find((part) => part.indices.includes(index));
    if (firing !== undefined) {
      const holder = holding(firing);
      if (holder !== undefined) holder.why.add('fired');
      else if (sense(firing) === 'content')
        parts.push({ indices: [firing], why: new Set(['fired']) });
    }
    if (last !== undefined) {
      const holder = holding(last);
      if (holder !== undefined) {
        if (last === latest) holder.why.add('latest');
      } else if (addsSomething(pkg, last, shown())) {
        parts.push({ indices: [last], why: new Set(['latest']) });
      }
    }
  } else {
    // Nothing but escalations, greetings and answers: show what there is, as before.
    if (firing !== undefined && pkg.transcript[firing] !== undefined)
      parts.push({ indices: [firing], why: new Set(['fired']) });
    if (latest !== undefined) {
      const holder = parts.find((part) => part.indices.includes(latest));
      if (holder !== undefined) holder.why.add('latest');
      else parts.push({ indices: [latest], why: new Set(['latest']) });
    }
  }
  const ordered = parts
    .slice(0, ASK_ITEMS_MAX)
    .sort((a, b) => (a.indices[0] ?? 0) - (b.indices[0] ?? 0))
    .map((part) => ({
      indices: part.indices,
      why: (['first', 'fired', 'latest'] as const).filter((why) => part.why.has(why)),
    }));
  return { plan: { parts: ordered, firing, latest, focus }, gaps };
}

/** Words each ask item may show when the limits do not say: the minimums by position. */
function askMinimum(position: number, count: number): number {
  if (count === 1) return WORD_MINIMUMS.askFirst + WORD_MINIMUMS.askMore;
  return position === 0 ? WORD_MINIMUMS.askFirst : WORD_MINIMUMS.askMore;
}

function joined(
  messages: readonly TranscriptMessage[],
  indices: readonly number[],
  firing: number | undefined,
  focus: Span | undefined,
): { text: string; focus: Span | undefined } {
  const [only] = indices;
  if (indices.length === 1 && only !== undefined) {
    return { text: messages[only]?.text ?? '', focus: only === firing ? focus : undefined };
  }
  let text = '';
  let mapped: Span | undefined;
  indices.forEach((index, i) => {
    if (i > 0) text += ASK_JOINER;
    const own = (messages[index]?.text ?? '').trim();
    const lead = (messages[index]?.text ?? '').indexOf(own);
    if (index === firing && focus !== undefined) {
      mapped = { start: text.length + focus.start - lead, end: text.length + focus.end - lead };
    }
    text += own;
  });
  return { text, focus: mapped };
}

/** The planned ask items, each cut to the words it was given, firing words highlighted. */
export function buildAsk(
  pkg: PartialContextPackage,
  plan: AskPlan,
  limits: Pick<WordLimits, 'ask'>,
): AskItem[] {
  const count = plan.parts.length;
  return plan.parts.flatMap((part, position): AskItem[] => {
    const [index] = part.indices;
    const message = index === undefined ? undefined : pkg.transcript[index];
    if (index === undefined || message === undefined) return [];
    const words = limits.ask[position] ?? askMinimum(position, count);
    const source = joined(pkg.transcript, part.indices, plan.firing, plan.focus);
    const isFiring = plan.firing !== undefined && part.indices.includes(plan.firing);
    return [
      {
        index,
        indices: part.indices,
        role: message.role,
        ...(isIsoDateTime(message.at) ? { at: message.at } : {}),
        text: excerptText(source.text, words, source.focus),
        why: part.why,
        isFiring,
        isLatest: plan.latest !== undefined && part.indices.includes(plan.latest),
      },
    ];
  });
}
