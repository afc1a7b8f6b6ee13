import { Fragment, type ReactNode } from 'react';

/** A private-use character no translation contains: where a rendered element goes in a sentence. */
export const SLOT = '\u{E000}';

/**
 * A translated sentence with an element in it (`t('…matched', { words: SLOT })`), so untrusted
 * values keep their own element (isolated, highlighted) instead of being pasted into a string.
 */
export function WithSlot({ text, children }: { text: string; children: ReactNode }) {
  const parts = text.split(SLOT);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && children}
          {part}
        </Fragment>
      ))}
    </>
  );
}
