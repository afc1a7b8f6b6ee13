let segmenter: Intl.Segmenter | undefined;

/**
 * The one word segmenter of the core, built on first use and then shared. Building one costs
 * tens of milliseconds (ICU loads its word-break rules), so no module builds it as it loads, and
 * a page may build it early, while it waits anyway.
 */
export function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  return segmenter;
}
