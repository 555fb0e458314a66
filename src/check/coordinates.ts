import type { Nodes, Root } from 'mdast';

/**
 * Moves every position of a body tree to file coordinates, in place: lines shift by
 * `bodyLine - 1`, offsets by `bodyOffset` (the body always starts at the beginning of a line,
 * so columns stay as they are).
 */
export function toFileCoordinates(tree: Root, bodyLine: number, bodyOffset: number): Root {
  const lineShift = bodyLine - 1;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    const p = node.position;
    if (p) {
      p.start = { line: p.start.line + lineShift, column: p.start.column, offset: (p.start.offset ?? 0) + bodyOffset };
      p.end = { line: p.end.line + lineShift, column: p.end.column, offset: (p.end.offset ?? 0) + bodyOffset };
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return tree;
}
