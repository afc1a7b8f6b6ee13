import type { Frame } from 'playwright-core';

/** The label each named brief section shows (the element its `aria-labelledby` names). */
export async function sectionLabels(app: Frame, sections: readonly string[]): Promise<string[]> {
  await app.locator(`[data-section="${sections[0] ?? ''}"]`).waitFor();
  return app.evaluate(
    (names) =>
      names.map((name) => {
        const section = document.querySelector(`[data-section="${name}"]`);
        const label = document.getElementById(section?.getAttribute('aria-labelledby') ?? '');
        return label?.textContent ?? `(no label on ${name})`;
      }),
    sections,
  );
}

/**
 * Where each section's label text sits inside its section: the gaps between the text's own box
 * and the section's right and left edges (a right-aligned label has no gap on the right).
 */
export async function labelEdges(app: Frame, sections: readonly string[]) {
  return app.evaluate(
    (names) =>
      names.map((name) => {
        const section = document.querySelector(`[data-section="${name}"]`);
        const label = document.getElementById(section?.getAttribute('aria-labelledby') ?? '');
        if (section === null || label === null) return { name, gapRight: NaN, gapLeft: NaN };
        const range = document.createRange();
        range.selectNodeContents(label);
        const text = range.getBoundingClientRect();
        const box = section.getBoundingClientRect();
        return { name, gapRight: box.right - text.right, gapLeft: text.left - box.left };
      }),
    sections,
  );
}

/** Boxes whose text runs past their own edges: a translation too long for its control. */
export async function clippedText(app: Frame): Promise<string[]> {
  return app.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, [role="tab"], h1, h2, h3, label, [data-garden-id="tags.tag_view"]',
      ),
    ]
      // Visually hidden text is 1 px wide on purpose.
      .filter((el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.innerText),
  );
}

/** Tabs pushed past the edge of their tab list, where the list cuts them off. */
export async function tabsOutsideTheirList(app: Frame): Promise<string[]> {
  return app.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="tablist"]')].flatMap((list) => {
      const outer = list.getBoundingClientRect();
      return [...list.querySelectorAll<HTMLElement>('[role="tab"]')]
        .filter((tab) => {
          const box = tab.getBoundingClientRect();
          return box.left < outer.left - 1 || box.right > outer.right + 1;
        })
        .map((tab) => tab.innerText);
    }),
  );
}
