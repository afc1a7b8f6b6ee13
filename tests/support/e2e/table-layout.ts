import type { Frame } from 'playwright-core';

/**
 * Table cells whose text runs past the cell's own edges: a header over its neighbour, a date cut
 * off. Text meant for screen readers only (clipped to a pixel) is left out.
 */
export async function textOutsideCells(app: Frame): Promise<string[]> {
  return app.evaluate(() => {
    const hiddenOnPurpose = (node: Node, cell: Element) => {
      for (let el = node.parentElement; el !== null && el !== cell; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.clip !== 'auto' || style.clipPath !== 'none' || el.clientWidth <= 1) return true;
      }
      return false;
    };
    return [...document.querySelectorAll<HTMLElement>('table th, table td')]
      .filter((cell) => cell.getClientRects().length > 0)
      .flatMap((cell) => {
        const box = cell.getBoundingClientRect();
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        const outside: string[] = [];
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          if (!node.textContent?.trim() || hiddenOnPurpose(node, cell)) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const text = range.getBoundingClientRect();
          if (text.left < box.left - 1 || text.right > box.right + 1) outside.push(cell.innerText);
        }
        return outside;
      });
  });
}
