/** What the app reads from its installation settings, leniently: a bad value is ignored. */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `bot_name`, trimmed; undefined when blank. */
export function readBotName(settings: Readonly<Record<string, unknown>>): string | undefined {
  const name = settings['bot_name'];
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
}

/**
 * Rule id -> label from the `routing_rules` setting, for packages that carry no label. Read
 * leniently, without the rules validator: labels are only names to show, a rule set with one
 * bad rule still names the others, and the validator stays out of the sidebar's first load.
 */
export function readRuleLabels(settings: Readonly<Record<string, unknown>>): Map<string, string> {
  const labels = new Map<string, string>();
  const raw = settings['routing_rules'];
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return labels;
    }
  }
  const rules = isRecord(value) ? value['rules'] : undefined;
  if (!Array.isArray(rules)) return labels;
  for (const rule of rules) {
    if (!isRecord(rule)) continue;
    const { id, label } = rule;
    if (typeof id === 'string' && typeof label === 'string' && label.trim() !== '') {
      labels.set(id, label);
    }
  }
  return labels;
}
