export type CopyOutcome = 'copied' | 'blocked';

interface PolicyDocument {
  readonly permissionsPolicy?: { allowsFeature(feature: string): boolean };
  readonly featurePolicy?: { allowsFeature(feature: string): boolean };
}

/**
 * Whether the frame's permissions policy lets the Clipboard API write, asked first because a
 * refused call also logs a policy violation on the agent's console. Browsers without the policy
 * API are asked by trying.
 */
function clipboardApiAllowed(): boolean {
  if (typeof navigator.clipboard?.writeText !== 'function') return false;
  const policyDocument = document as unknown as PolicyDocument;
  const policy = policyDocument.permissionsPolicy ?? policyDocument.featurePolicy;
  return policy === undefined ? true : policy.allowsFeature('clipboard-write');
}

/**
 * Copies text the way Zendesk's app frame lets it: the async Clipboard API needs the frame's
 * `clipboard-write` permission, which Zendesk does not document granting
 * (docs/decisions/004-zendesk-behaviours-we-rely-on.md), so when it refuses, the text is copied
 * from a selected, off-screen text area with `execCommand('copy')`, which needs only the click.
 * 'blocked' means neither worked and the caller must offer the text to copy by hand.
 */
export async function copyText(text: string): Promise<CopyOutcome> {
  if (clipboardApiAllowed()) {
    try {
      await navigator.clipboard.writeText(text);
      return 'copied';
    } catch {
      // Refused after all (no focus, no permission): try the selection.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.insetInlineStart = '-9999px';
  const focused = document.activeElement;
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    // Deprecated but the one copy path a sandboxed, permission-less frame still has.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  if (focused instanceof HTMLElement) focused.focus();
  return copied ? 'copied' : 'blocked';
}
