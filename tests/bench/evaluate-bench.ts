// `npm run bench` → routing rules: evaluate throughput beside a naive lowercase-and-includes loop,
// and the time for one megabyte of near-matches. Figures only: the machine decides the numbers.
import { DEFAULT_RULES, evaluate, type Conversation, type RuleSet } from '../../src/core/routing';

const VOCABULARY = (
  'hello my order never arrived where is the parcel I was charged for the wrong plan can you ' +
  'help me change the address invoice payment card login password reset thanks please quickly ' +
  'refunded money shipping delivery account locked subscription upgrade cancel question'
).split(' ');

// A fixed pseudo-random sequence, so every run measures the same messages.
let seed = 42;
function next(limit: number): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed % limit;
}

function sentence(words: number): string {
  return Array.from({ length: words }, () => VOCABULARY[next(VOCABULARY.length)]).join(' ');
}

const messages: Conversation[] = Array.from({ length: 20_000 }, () => ({
  messages: [{ role: 'customer', text: sentence(8 + next(24)) }],
}));

function manyRules(rules: number, phrases: number): RuleSet {
  return {
    schema: 'handoff-rules/v1',
    revision: 0,
    rules: Array.from({ length: rules }, (_, r) => ({
      id: `r${r}`,
      type: 'keyword' as const,
      label: `Rule ${r}`,
      enabled: true,
      phrases: Array.from({ length: phrases }, (_, p) => {
        const word = VOCABULARY[(r * phrases + p) % VOCABULARY.length] ?? 'word';
        return p % 3 === 0
          ? `${word.slice(0, 4)}x${r}*`
          : p % 3 === 1
            ? `${word} ${r}`
            : `${word}${r}`;
      }),
    })),
  };
}

/** The loop a team writes first: lowercase the text, `includes` every phrase. */
function naive(ruleSet: RuleSet, conversation: Conversation): string | undefined {
  for (const rule of ruleSet.rules) {
    if (!rule.enabled || (rule.type !== 'keyword' && rule.type !== 'customer')) continue;
    for (const message of conversation.messages) {
      if (message.role !== 'customer') continue;
      const text = message.text.toLowerCase();
      if (rule.phrases.some((phrase) => text.includes(phrase.replace(/\*$/, '').toLowerCase())))
        return rule.id;
    }
  }
  return undefined;
}

function millis(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Median, or with `fastest` the least disturbed run (garbage collection, other work). */
function timing(runs: number, run: () => void, fastest = false): number {
  run(); // warm-up: compile the rule set, let the JIT settle
  const times = Array.from({ length: runs }, () => millis(run)).sort((a, b) => a - b);
  return times[fastest ? 0 : Math.floor(runs / 2)] ?? 0;
}

const rate = (ms: number) =>
  `${Math.round((messages.length / ms) * 1000).toLocaleString('en-US')} msg/s`;

function throughput(name: string, ruleSet: RuleSet): void {
  const ours = timing(5, () => messages.forEach((c) => evaluate(ruleSet, c)));
  const loop = timing(5, () => messages.forEach((c) => naive(ruleSet, c)));
  console.log(
    `${name.padEnd(28)} evaluate ${rate(ours).padStart(16)}   naive includes ${rate(loop).padStart(16)}   evaluate/naive ${(loop / ours).toFixed(2)}×`,
  );
}

console.log(`${messages.length.toLocaleString('en-US')} customer messages of 8-31 words`);
throughput('DEFAULT_RULES', DEFAULT_RULES);
const wide = manyRules(50, 20);
throughput('50 rules × 20 phrases', wide);

const prefixRules: RuleSet = {
  schema: 'handoff-rules/v1',
  revision: 0,
  rules: Array.from({ length: 50 }, (_, r) => ({
    id: `p${r}`,
    type: 'keyword' as const,
    label: `Prefix ${r}`,
    enabled: true,
    phrases: Array.from({ length: 20 }, (_, p) => `${'a'.repeat(1 + ((r + p) % 12))}b${p}*`),
  })),
};
const MB = 1_000_000;
const adversarial: [string, RuleSet, (size: number) => string][] = [
  ['"refun refun …", DEFAULT_RULES', DEFAULT_RULES, (size) => 'refun '.repeat(size / 6)],
  ['"refun refun …", 50×20 rules', wide, (size) => 'refun '.repeat(size / 6)],
  ['"aaaa…" one word, a…b* rules', prefixRules, (size) => 'a'.repeat(size)],
  ['"a a a …", a…b* rules', prefixRules, (size) => 'a '.repeat(size / 2)],
  ['"aaaaaaaaaaab …", a…b* rules', prefixRules, (size) => 'aaaaaaaaaaab '.repeat(size / 13)],
  ['"返返返…" (CJK), DEFAULT_RULES', DEFAULT_RULES, (size) => '返'.repeat(size / 3)],
];
console.log('\nOne adversarial message (fastest of 3): 1 MB, and ½ MB to show the growth');
for (const [name, ruleSet, make] of adversarial) {
  const time = (size: number) => {
    const conversation: Conversation = { messages: [{ role: 'customer', text: make(size) }] };
    return timing(3, () => evaluate(ruleSet, conversation), true);
  };
  const full = time(MB);
  const half = time(MB / 2);
  console.log(
    `${name.padEnd(36)} 1 MB ${full.toFixed(0).padStart(5)} ms   ½ MB ${half.toFixed(0).padStart(5)} ms   ratio ${(full / half).toFixed(2)}`,
  );
}
