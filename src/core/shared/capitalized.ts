/** `text` with its first character in upper case, as a label or headline starts. */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
