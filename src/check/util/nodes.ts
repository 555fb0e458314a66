import type { Nodes, Root } from 'mdast';

type NodeOf<T extends Nodes['type']> = Extract<Nodes, { type: T }>;

const walked = new WeakMap<Root, { all: Nodes[]; byType: Map<string, Nodes[]> }>();

/** One pre-order walk of a tree (document order, as `unist-util-visit`), shared by every rule. */
function walk(tree: Root): { all: Nodes[]; byType: Map<string, Nodes[]> } {
  let done = walked.get(tree);
  if (done) return done;
  const all: Nodes[] = [];
  const byType = new Map<string, Nodes[]>();
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    all.push(node);
    let list = byType.get(node.type);
    if (!list) byType.set(node.type, (list = []));
    list.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  done = { all, byType };
  walked.set(tree, done);
  return done;
}

/**
 * The nodes of these types in document order. The tree is walked once and the walk shared by
 * every rule of a post: ten rules each visiting the whole tree cost more than the rules.
 * Call it after the tree stopped changing (rules only read it).
 */
export function nodesOf<T extends Nodes['type']>(tree: Root, ...types: T[]): Array<NodeOf<T>> {
  const { all, byType } = walk(tree);
  if (types.length === 1) return (byType.get(types[0] as string) ?? []) as Array<NodeOf<T>>;
  const wanted = new Set<string>(types);
  return all.filter((n) => wanted.has(n.type)) as Array<NodeOf<T>>;
}
