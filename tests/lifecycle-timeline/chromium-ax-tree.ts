import { cdp } from "vitest/browser";

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

const SKIPPED_ROLES = new Set(["generic", "none", "InlineTextBox", "LineBreak", "ListMarker", "SvgRoot"]);

/**
 * Chromium's own accessibility tree of the test frame (through the DevTools protocol, not a re-implementation),
 * as indented `role "name"` lines, leaving out generic containers. What a screen reader is given.
 */
export async function chromiumAccessibilityTree(): Promise<string> {
  const session = cdp();
  const { frameTree } = (await session.send("Page.getFrameTree")) as { frameTree: { childFrames?: { frame: { id: string } }[] } };
  const frameId = frameTree.childFrames?.[0]?.frame.id;
  const { nodes } = (await session.send("Accessibility.getFullAXTree", { frameId })) as { nodes: AXNode[] };
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const lines: string[] = [];
  const walk = (node: AXNode, depth: number) => {
    const role = node.role?.value ?? "unknown";
    const shown = !node.ignored && !SKIPPED_ROLES.has(role);
    if (shown) lines.push(`${"  ".repeat(depth)}${role}${node.name?.value ? ` "${node.name.value}"` : ""}`);
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (child) walk(child, shown ? depth + 1 : depth);
    }
  };
  const root = nodes[0];
  if (root) walk(root, 0);
  return lines.join("\n");
}
