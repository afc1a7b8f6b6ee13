import type { ShortText } from '../../../../core/brief';
import { HoverHint } from './HoverHint';
import { UntrustedText } from './Untrusted';

/** A tooltip shows the whole value, but never megabytes of it: the transcript has the rest. */
export const TOOLTIP_CHARS = 400;

export function capText(text: string, max = TOOLTIP_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max).trimEnd()}…`;
}

/**
 * A shortened value from the package; when words were left out, the full value is a hover
 * away (and in the transcript): the value is text, not a tab stop on the way to the controls.
 */
export function ShortTextView({ value }: { value: ShortText }) {
  if (!value.isShortened) return <UntrustedText>{value.text}</UntrustedText>;
  return (
    <HoverHint content={<UntrustedText>{capText(value.full)}</UntrustedText>}>
      <UntrustedText>{value.text}</UntrustedText>
    </HoverHint>
  );
}
