import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, serializeRuleSet } from '../../../src/core/routing';
import { SECRET_NAME } from '../../../scripts/app-checks/zendesk-rules';

interface Parameter {
  readonly name: string;
  readonly type?: string;
  readonly secure?: boolean;
  readonly default?: string;
}
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const manifest = readJson('manifest.json') as {
  parameters: readonly Parameter[];
  location: { support: Record<string, { url: string }> };
};
const requirements = readJson('requirements.json') as {
  ticket_fields: Record<string, Record<string, unknown>>;
};
const byName = (name: string) => manifest.parameters.find((p) => p.name === name);

describe('manifest.json', () => {
  it('ships DEFAULT_RULES, serialised, as the default of the routing_rules setting', () => {
    expect(byName('routing_rules')).toMatchObject({ type: 'multiline', secure: false });
    expect(byName('routing_rules')?.default).toBe(serializeRuleSet(DEFAULT_RULES));
  });

  it('keeps every parameter named for a secret out of the browser with secure: true', () => {
    const exposed = manifest.parameters.filter(
      (p) => SECRET_NAME.test(p.name) && p.secure !== true,
    );
    expect(exposed).toEqual([]);
  });

  it.each([
    ['api_token', true],
    ['signing_key', true],
    ['client_secret', true],
    ['admin_password', true],
    ['routing_rules', false],
    ['context_field_id', false],
    ['bot_name', false],
  ])('reads the parameter name %s as naming a secret: %s', (name, secret) => {
    expect(SECRET_NAME.test(name)).toBe(secret);
  });

  it('keeps the rule history in a hidden setting agents never see in the settings page', () => {
    expect(byName('routing_rules_history')).toMatchObject({ type: 'hidden', secure: false });
  });

  it('opens the sidebar and the nav bar tab on the two pages Vite builds', () => {
    expect(manifest.location.support['ticket_sidebar']?.url).toBe('assets/sidebar.html');
    expect(manifest.location.support['nav_bar']?.url).toBe('assets/nav_bar.html');
  });
});

describe('requirements.json', () => {
  it('creates the multi-line handoff_context ticket field, hidden from the help center', () => {
    expect(requirements.ticket_fields['handoff_context']).toMatchObject({
      type: 'textarea',
      title: 'Handoff context',
      visible_in_portal: false,
      editable_in_portal: false,
      active: true,
    });
  });
});
