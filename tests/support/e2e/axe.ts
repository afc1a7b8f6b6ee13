import { createRequire } from 'node:module';
import type { Frame } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Settles every transition first: axe reads computed colours, and a button fading from disabled
 * to enabled (Garden animates colour for 250 ms) would be judged halfway on a busy machine.
 */
const SETTLED =
  '*, *::before, *::after { transition: none !important; animation: none !important; }';

/** Runs axe-core inside the app's frame and returns the serious and critical violations. */
export async function seriousViolations(frame: Frame): Promise<AxeViolation[]> {
  await frame.addStyleTag({ content: SETTLED });
  await frame.addScriptTag({ path: axePath });
  return frame.evaluate(async () => {
    type AxeResult = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[] }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResult> } })
      .axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
  });
}
