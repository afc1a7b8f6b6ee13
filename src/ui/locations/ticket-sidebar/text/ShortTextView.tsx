import type { ShortText } from '../../../../core/brief';
import { UntrustedText } from '../../../components/Untrusted';

/** A tooltip shows the whole value, but never megabytes of it: the transcript has the rest. */
const TOOLTIP_CHARS = 400;

function capText(text: string, max = TOOLTIP_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max).trimEnd()}…`;
}

/**
 * A shortened value from the package; when words were left out, the full value shows on hover
 * (the browser's own title, as text) and is in the transcript. The value is text, never a tab
 * stop on an agent's way to the controls.
 */
export function ShortTextView({ value }: { value: ShortText }) {
  if (!value.isShortened) return <UntrustedText>{value.text}</UntrustedText>;
  return <UntrustedText title={capText(value.full)}>{value.text}</UntrustedText>;
}
