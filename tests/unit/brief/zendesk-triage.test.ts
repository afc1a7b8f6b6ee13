import { describe, expect, it } from 'vitest';
import { zendeskTriage } from '../../../src/core/brief';

describe("Zendesk's intelligent triage", () => {
  it('reads the first tag of each kind as words with a capital', () => {
    expect(
      zendeskTriage([
        'handoff',
        'intent__account__two_factor_authentication',
        'sentiment__very_negative',
        'sentiment__positive',
        'language__english',
      ]),
    ).toEqual({
      intent: 'Account two factor authentication',
      sentiment: 'Very negative',
      language: 'English',
    });
  });

  it('is undefined without triage tags, and skips an empty value', () => {
    expect(zendeskTriage(['handoff', 'vip'])).toBeUndefined();
    expect(zendeskTriage(['language__', 'sentiment__neutral'])).toEqual({ sentiment: 'Neutral' });
  });
});
