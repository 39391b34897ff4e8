/**
 * Whether an MDX prop's `{...}` value is a literal: a string, number,
 * boolean or null, or an array or object of those. A literal is data the
 * component receives; anything else (a call, a variable, an operator, JSX)
 * is code that runs when the page is built.
 */

import type { Expression, Pattern, Program, SpreadElement } from 'estree';

/** `program`: the estree remark-mdx attaches to an attribute value expression (absent: not known to be literal). */
export function isLiteralProgram(program: Program | undefined): boolean {
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  return statement?.type === 'ExpressionStatement' && isLiteral(statement.expression);
}

function isLiteral(node: Expression | SpreadElement | Pattern | null): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'Literal':
      // A regular expression or a BigInt is not data a component's props are meant to carry.
      return !('regex' in node) && !('bigint' in node);
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'UnaryExpression':
      return (node.operator === '-' || node.operator === '+') && node.argument.type === 'Literal' && typeof node.argument.value === 'number';
    case 'ArrayExpression':
      return node.elements.every((element) => element !== null && element.type !== 'SpreadElement' && isLiteral(element));
    case 'ObjectExpression':
      return node.properties.every(
        (p) =>
          p.type === 'Property' &&
          p.kind === 'init' &&
          !p.method &&
          !p.shorthand &&
          !p.computed &&
          (p.key.type === 'Identifier' || p.key.type === 'Literal') &&
          isLiteral(p.value),
      );
    default:
      return false;
  }
}
