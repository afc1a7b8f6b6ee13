import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiteralText } from './find-literal-text';

const UI = 'src/ui';

function tsxFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

const scan = (jsx: string) =>
  findLiteralText('case.tsx', `export const C = () => (${jsx});`).map(({ where, text }) => ({
    where,
    text,
  }));

describe('literal prose in the UI source', () => {
  it('is absent: every word a person reads comes through t()', () => {
    const files = tsxFiles(UI);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) =>
      findLiteralText(file, readFileSync(file, 'utf8')).map(
        (hit) => `${file}:${hit.line} ${hit.where}: ${hit.text}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it.each([
    ['<Tooltip content="Copied">{child}</Tooltip>', 'content', 'Copied'],
    ["<Tooltip content={'Copied'}>{child}</Tooltip>", 'content', 'Copied'],
    ['<Button aria-label={`Delete ${name}`} />', 'aria-label', 'Delete'],
    ["<Field.Message validationLabel={'Error'} />", 'validationLabel', 'Error'],
    ["<Tag title={on ? 'On' : label} />", 'title', 'On'],
    ["<Input placeholder={hint ?? 'Search'} />", 'placeholder', 'Search'],
    ["<Modal closeAriaLabel={'Close'} />", 'closeAriaLabel', 'Close'],
    ["<p>{'Loading'}</p>", 'children', 'Loading'],
    ["<p>{busy && 'Saving…'}</p>", 'children', 'Saving…'],
    ["<p>{'Rule ' + n}</p>", 'children', 'Rule'],
    ['<Alert.Title>Not saved</Alert.Title>', 'children', 'Not saved'],
    ["<Well aria-description={'Über'} />", 'aria-description', 'Über'],
  ])('flags %s', (jsx, where, text) => {
    expect(scan(jsx)).toEqual([{ where, text }]);
  });

  it.each([
    ['a key passed to t()', "<Button aria-label={t('rules.editor.delete')} />"],
    ['a class name', '<div className="brief-row" style={{ fontWeight: \'bold\' }} />'],
    ['a test id and data attribute', '<div data-testid="verdict" data-state="saving" />'],
    ['a URL', '<a href="https://example.com/help" target="_blank" rel="noreferrer" />'],
    ['a React key and id', '<li key={`row-${id}`} id="brief-heading" />'],
    ['an ARIA reference and role', '<section aria-labelledby="reason-label" role="region" />'],
    ['form names and values', '<Radio name="tester-against" value="draft" />'],
    ['Garden props', '<Button size="small" isBasic hue="blue" type="submit" />'],
    ['symbols without letters', "<span>{'·'}{' › '}{`#${id}`}</span>"],
    ['variables and calls', '<Tooltip content={hint}>{format.count(n)}</Tooltip>'],
  ])('does not flag %s', (_case, jsx) => {
    expect(scan(jsx)).toEqual([]);
  });
});
