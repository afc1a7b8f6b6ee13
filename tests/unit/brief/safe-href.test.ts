import { describe, expect, it } from 'vitest';
import { buildBrief, safeHref } from '../../../src/core/brief';
import { packageWith } from '../../support/packages';

describe('safeHref', () => {
  it.each([
    ['https://app.example.com/billing?tab=2#top', 'https://app.example.com/billing?tab=2#top'],
    ['http://example.com', 'http://example.com'],
    ['HTTPS://EXAMPLE.COM/A', 'HTTPS://EXAMPLE.COM/A'],
    ['  https://example.com/x  ', 'https://example.com/x'],
    ['https://[::1]:8080/', 'https://[::1]:8080/'],
    ['https://bücher.example/straße', 'https://bücher.example/straße'],
  ])('links the http(s) URL %j', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['javascript hidden by case and spaces', '  JavaScript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['relative', '/billing'],
    ['protocol-relative', '//evil.example/x'],
    ['schemeless', 'app.example.com/billing'],
    ['empty host', 'https:///path'],
    ['scheme without slashes', 'https:example.com'],
    ['whitespace inside', 'https://exa mple.com'],
    ['a newline inside', 'https://example.com/\njavascript:alert(1)'],
    ['a control character', 'https://example.com/\u0000'],
    ['garbage', '%%%'],
    ['nothing', ''],
  ])('does not link a %s URL', (_, url) => {
    expect(safeHref(url)).toBeUndefined();
  });

  it('keeps an unlinkable URL as text in the brief', () => {
    const page = buildBrief(packageWith({ page: { url: 'javascript:alert(1)' } })).page;
    expect(page).toEqual({
      url: { text: 'javascript:alert(1)', full: 'javascript:alert(1)', isShortened: false },
    });
  });
});
