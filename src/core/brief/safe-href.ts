/**
 * An absolute http(s) URL with a host and no whitespace or control characters anywhere.
 * Written so it cannot backtrack: the host part stops at the first `/`, `?` or `#`.
 */
const HTTP_URL = /^https?:\/\/[\p{L}\p{N}[][^\s\p{Cc}/?#\\]*(?:[/?#][^\s\p{Cc}]*)?$/iu;

/**
 * The page URL as a link target, only when it is an absolute http: or https: URL. Anything
 * else (javascript:, data:, relative, protocol-relative, garbage) gets no href and is shown
 * as text. The core has no URL parser (no DOM or Node types), hence the strict pattern.
 */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  return HTTP_URL.test(trimmed) ? trimmed : undefined;
}
