import type { ContextPackage, Trigger } from '../contract/types.js';

/**
 * Default cap for the context field and the transcript comment. Zendesk limits a multi-line
 * field (and a comment) to about 64 KB; 64,000 bytes stays under that whether it counts
 * 65,535 bytes or 65,000 characters.
 */
export const DEFAULT_FIELD_BYTES = 64_000;

/** UTF-8 length of a string without a TextEncoder (the core has no DOM or Node types). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes += 4;
        index += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function withoutOldest(pkg: ContextPackage, drop: number): ContextPackage {
  const { messageIndex, ...rest } = pkg.trigger;
  // The index must keep pointing at the same message, or go if that message went.
  const trigger: Trigger =
    messageIndex === undefined || messageIndex < drop
      ? rest
      : { ...rest, messageIndex: messageIndex - drop };
  return {
    ...pkg,
    trigger,
    transcript: pkg.transcript.slice(drop),
    truncated: (pkg.truncated ?? 0) + drop,
  };
}

/**
 * The package as JSON no longer than `maxBytes` UTF-8 bytes: the oldest messages are dropped
 * and counted in `truncated`. Linear in the package size.
 *
 * @throws RangeError when even an empty transcript does not fit (a cap smaller than the
 *   package's own details).
 */
export function fitPackage(
  pkg: ContextPackage,
  maxBytes: number = DEFAULT_FIELD_BYTES,
): { package: ContextPackage; json: string } {
  const json = JSON.stringify(pkg);
  let excess = utf8Length(json) - maxBytes;
  if (excess <= 0) return { package: pkg, json };
  // Estimate from each message's own size, then confirm on the real text: the estimate is off
  // only by the few bytes of `truncated`, `messageIndex` and a comma.
  let drop = 0;
  while (drop < pkg.transcript.length && excess > 0) {
    excess -= utf8Length(JSON.stringify(pkg.transcript[drop])) + 1;
    drop += 1;
  }
  for (; drop <= pkg.transcript.length; drop += 1) {
    const fitted = withoutOldest(pkg, drop);
    const text = JSON.stringify(fitted);
    if (utf8Length(text) <= maxBytes) return { package: fitted, json: text };
  }
  throw new RangeError(
    `fitPackage: the package does not fit in ${maxBytes} bytes even without its transcript`,
  );
}
