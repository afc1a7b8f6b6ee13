import ts from 'typescript';

/**
 * Props whose value a person reads or hears: the ones lint names, plus those this codebase passes
 * text through (Garden's Tooltip `content`, Field.Message `validationLabel`, ARIA descriptions,
 * our own `text`/`label`/`hint` props). Any camelCase prop ending in Label/Text/Title/Hint/Message
 * counts too (`closeAriaLabel`, `helperText`); `aria-labelledby`, `labelId`, `className`,
 * `data-*`, `href`, `key`, `id`, `name` and `value` carry no prose.
 */
const VISIBLE_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'alt',
  'caption',
  'content',
  'description',
  'heading',
  'hint',
  'label',
  'message',
  'placeholder',
  'summary',
  'text',
  'title',
  'tooltip',
]);
const VISIBLE_SUFFIX = /[a-z](Label|Text|Title|Hint|Message)$/;

const isVisibleProp = (name: string): boolean =>
  VISIBLE_PROPS.has(name) || VISIBLE_SUFFIX.test(name);

const HAS_LETTER = /\p{L}/u;

export interface LiteralText {
  readonly line: number;
  /** `children`, or the prop the text was given to. */
  readonly where: string;
  readonly text: string;
}

/**
 * The literal strings an expression can evaluate to when rendered: through conditionals,
 * `||`/`??`/`&&`, concatenation and template literals, but not into calls (`t('key')` passes a
 * key, not text) nor into nested JSX (visited on its own).
 */
function renderedLiterals(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    return [node.head.text + node.templateSpans.map((span) => span.literal.text).join(' ')];
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) {
    return renderedLiterals(node.expression);
  }
  if (ts.isSatisfiesExpression(node) || ts.isNonNullExpression(node)) {
    return renderedLiterals(node.expression);
  }
  if (ts.isConditionalExpression(node)) {
    return [...renderedLiterals(node.whenTrue), ...renderedLiterals(node.whenFalse)];
  }
  if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return renderedLiterals(node.right);
    if (
      operator === ts.SyntaxKind.BarBarToken ||
      operator === ts.SyntaxKind.QuestionQuestionToken ||
      operator === ts.SyntaxKind.PlusToken
    ) {
      return [...renderedLiterals(node.left), ...renderedLiterals(node.right)];
    }
  }
  if (ts.isArrayLiteralExpression(node)) {
    return node.elements.flatMap((element) =>
      ts.isExpression(element) ? renderedLiterals(element) : [],
    );
  }
  return [];
}

function attributeName(attribute: ts.JsxAttribute): string {
  return ts.isIdentifier(attribute.name) ? attribute.name.text : attribute.name.getText();
}

/** Literal prose in a TSX source that would reach a reader without going through t(). */
export function findLiteralText(fileName: string, source: string): LiteralText[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: LiteralText[] = [];
  const report = (node: ts.Node, where: string, texts: readonly string[]) => {
    for (const text of texts.filter((t) => HAS_LETTER.test(t))) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      found.push({ line: line + 1, where, text: text.trim() });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, 'children', [node.text]);
    if (ts.isJsxAttribute(node) && isVisibleProp(attributeName(node))) {
      const value = node.initializer;
      if (value !== undefined && ts.isStringLiteral(value)) {
        report(node, attributeName(node), [value.text]);
      } else if (value !== undefined && ts.isJsxExpression(value) && value.expression) {
        report(node, attributeName(node), renderedLiterals(value.expression));
      }
    }
    const parent = node.parent as ts.Node | undefined;
    const isChild = parent !== undefined && (ts.isJsxElement(parent) || ts.isJsxFragment(parent));
    if (ts.isJsxExpression(node) && isChild && node.expression !== undefined) {
      report(node, 'children', renderedLiterals(node.expression));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
