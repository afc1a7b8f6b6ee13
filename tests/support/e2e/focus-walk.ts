import type { Frame, Page } from 'playwright-core';

/** Where keyboard focus is in the app's frame, and whether an agent can see and name it. */
export interface FocusStop {
  readonly role: string;
  readonly name: string;
  readonly hasRing: boolean;
  /** Tag, classes and text: enough to find the element in a failure message. */
  readonly element: string;
  /** A control: native, or given a role. */
  readonly acts: boolean;
  /** Carries a hint (a tooltip's description) that focus shows. */
  readonly hints: boolean;
}

/** Roles that take focus or input and so must have an accessible name. */
const NAMED_ROLES =
  /^(button|link|textbox|searchbox|checkbox|radio|switch|tab|combobox|listbox|slider|spinbutton|menuitem|option)$/;

/**
 * In the frame: is the focused element's focus ring drawn? Garden draws rings with box-shadow,
 * on the element, its ::before (tabs) or the box around it (a native select's wrapper draws
 * it on :focus-within); Chromium with an outline. A hidden checkbox, radio or switch input has
 * its ring drawn on its label. Transparent outlines (Garden keeps one for forced-colours mode)
 * and shadows under a pixel (a ring still fading in) do not count.
 */
function ringDrawn(): boolean {
  const opaque = (color: string) => color !== 'transparent' && !/,\s*0\)$/.test(color);
  const shows = (style: CSSStyleDeclaration) =>
    (style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) > 0 &&
      opaque(style.outlineColor)) ||
    (style.boxShadow !== 'none' &&
      [...style.boxShadow.matchAll(/(-?[\d.]+)px/g)].some((m) => Math.abs(Number(m[1])) >= 1));
  const drawnOn = (element: Element) =>
    [null, '::before', '::after'].some((pseudo) => shows(getComputedStyle(element, pseudo)));
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return false;
  const labels = element instanceof HTMLInputElement ? [...(element.labels ?? [])] : [];
  const wrapper = element instanceof HTMLSelectElement ? [element.parentElement] : [];
  return [element, ...labels, ...wrapper].some((e) => e !== null && drawnOn(e));
}

/**
 * The first line of an aria snapshot: `- role "name" …`, which YAML quotes whole when the name
 * holds a colon: `- 'role "name: more" …'`.
 */
function parseSnapshot(snapshot: string): { role: string; name: string } {
  let line = snapshot.trim().split('\n')[0]?.replace(/^- /, '') ?? '';
  if (line.startsWith("'")) line = line.slice(1, line.lastIndexOf("'")).replace(/''/g, "'");
  const first = /^([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(line);
  if (first === null || first[1] === 'text') return { role: '', name: '' };
  return { role: first[1] ?? '', name: (first[2] ?? '').replace(/\\(.)/g, '$1') };
}

export interface KeyboardWalk {
  /** Puts keyboard focus at the start of the app's document, as Tab from the host would. */
  enter(): Promise<void>;
  press(key: string): Promise<FocusStop | undefined>;
  /** Presses Tab (or Shift+Tab) until the focused element has this role and name. */
  tabTo(role: string, name: string | RegExp, options?: { backwards?: boolean }): Promise<FocusStop>;
  focused(): Promise<FocusStop | undefined>;
  /** Every stop reached by Tab that had no visible focus ring or no accessible name. */
  failures(): string[];
}

const MAX_TABS = 80;
/** Elements that act by themselves, without a role attribute. */
const NATIVE = 'a[href], button, input, select, textarea, summary';

export function keyboardWalk(page: Page, app: Frame): KeyboardWalk {
  const failures = new Set<string>();

  async function focused(): Promise<FocusStop | undefined> {
    const found = await app.evaluate((native) => {
      const active = document.activeElement;
      if (!(active instanceof HTMLElement) || active === document.body) return undefined;
      const text = (active.textContent ?? '').trim();
      return {
        element: `<${active.tagName.toLowerCase()} class="${active.className}"> ${text.slice(0, 40)}`,
        acts: active.hasAttribute('role') || active.matches(native),
        hints: active.hasAttribute('aria-describedby'),
        text,
      };
    }, NATIVE);
    if (found === undefined) return undefined;
    // Garden's rings fade in over a tenth of a second: wait for one before calling it missing.
    const hasRing = await app
      .waitForFunction(ringDrawn, undefined, { timeout: 600, polling: 'raf' })
      .then(
        () => true,
        () => false,
      );
    const { element, acts, hints } = found;
    const { role, name } = parseSnapshot(await app.locator(':focus').ariaSnapshot());
    // A hint's trigger (a value with a tooltip) has no role: a screen reader reads its text.
    return { role, name: role === '' ? found.text : name, hasRing, element, acts, hints };
  }

  async function press(key: string): Promise<FocusStop | undefined> {
    await page.keyboard.press(key);
    const stop = await focused();
    if (key === 'Tab' || key === 'Shift+Tab') {
      if (stop === undefined) failures.add('Tab left the app or focused nothing');
      else {
        const where = `${stop.role} "${stop.name}" ${stop.element}`;
        if (!stop.hasRing) failures.add(`no visible focus: ${where}`);
        if ((NAMED_ROLES.test(stop.role) || stop.role === '') && stop.name.trim() === '')
          failures.add(`no accessible name: ${where}`);
        if (!stop.acts && !stop.hints)
          failures.add(`focus stop that neither acts nor hints: ${where}`);
      }
    }
    return stop;
  }

  return {
    async enter() {
      await page.locator('iframe#app').focus();
      await app.evaluate(() => {
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      });
    },
    press,
    focused,
    async tabTo(role, name, options = {}) {
      const seen: string[] = [];
      for (let i = 0; i < MAX_TABS; i += 1) {
        const stop = await press(options.backwards === true ? 'Shift+Tab' : 'Tab');
        if (stop !== undefined) {
          const matches = typeof name === 'string' ? stop.name === name : name.test(stop.name);
          if (stop.role === role && matches) return stop;
          seen.push(`${stop.role} "${stop.name}"`);
        }
      }
      throw new Error(
        `No ${role} "${String(name)}" within ${MAX_TABS} tabs; saw ${seen.join(', ')}`,
      );
    },
    failures: () => [...failures],
  };
}

/**
 * Across the whole frame: no positive tabindex, no focus stop that neither acts (a role) nor
 * carries a hint (a tooltip's description), and no control in the accessibility tree without a name.
 */
export async function interactiveProblems(app: Frame): Promise<string[]> {
  const fromDom = await app.evaluate((native) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('[tabindex]')) {
      const describe = `<${element.tagName.toLowerCase()}> ${(element.textContent ?? '').slice(0, 40)}`;
      if (element.tabIndex > 0) found.push(`tabindex ${element.tabIndex}: ${describe}`);
      const acts = element.hasAttribute('role') || element.matches(native);
      if (element.tabIndex >= 0 && !acts && !element.hasAttribute('aria-describedby'))
        found.push(`focus stop that neither acts nor hints: ${describe}`);
    }
    return found;
  }, NATIVE);
  const tree = await app.locator('body').ariaSnapshot();
  const unnamed = tree
    .split('\n')
    .map((line) => parseSnapshot(line.trim()))
    .filter(({ role, name }) => NAMED_ROLES.test(role) && name.trim() === '')
    .map(({ role }) => `${role} without an accessible name`);
  return [...fromDom, ...unnamed];
}
