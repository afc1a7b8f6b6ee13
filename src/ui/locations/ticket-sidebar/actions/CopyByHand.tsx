import { Textarea } from '@zendeskgarden/react-forms';

/** The brief's text to copy by hand when the frame may not copy: selected on focus. */
export default function CopyByHand({ text, label }: { text: string; label: string }) {
  return (
    <Textarea
      readOnly
      isCompact
      rows={6}
      value={text}
      aria-label={label}
      onFocus={(event) => event.currentTarget.select()}
    />
  );
}
