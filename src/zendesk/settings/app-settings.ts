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

/** The setting that turns the sidebar's "Draft opening" on or off (a manifest checkbox). */
export const REPLY_OPENING_SETTING = 'reply_opening';
/** The admin's opening templates by language, JSON text (`{ "de": "Hallo {{name}}, …" }`). */
export const REPLY_OPENING_TEMPLATES_SETTING = 'reply_opening_templates';

/**
 * Whether agents are offered a drafted reply opening: on unless an admin turned it off.
 * Checkbox settings come as booleans from Zendesk and as text from a settings form.
 */
export function readReplyOpeningEnabled(settings: Readonly<Record<string, unknown>>): boolean {
  const value = settings[REPLY_OPENING_SETTING];
  return !(value === false || value === 'false');
}
