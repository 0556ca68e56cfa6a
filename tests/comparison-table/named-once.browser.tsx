import { cdp } from "vitest/browser";
import { ComparisonTable, type ComparisonTableProps } from "../../src/comparison-table";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";
import { clearStage, stage } from "../browser/stage";
import { chromiumAccessibilityTree } from "../lifecycle-timeline/chromium-ax-tree";

const reference = { ...(fixture.comparison as ComparisonTableProps), animation: "none" as const };

interface NameSource {
  type: string;
  attribute?: string;
  value?: { value: string };
  superseded?: boolean;
}
interface AXNode {
  role?: { value: string };
  name?: { value: string; sources?: NameSource[] };
}

/** Where Chromium took the table's accessible name from: the attribute of the source it used. */
async function tableNameSource(): Promise<{ name: string; from: string | undefined }> {
  const session = cdp();
  const { frameTree } = (await session.send("Page.getFrameTree")) as { frameTree: { childFrames?: { frame: { id: string } }[] } };
  const { nodes } = (await session.send("Accessibility.getFullAXTree", { frameId: frameTree.childFrames?.[0]?.frame.id })) as { nodes: AXNode[] };
  const table = nodes.find((node) => node.role?.value === "table");
  const used = table?.name?.sources?.find((source) => source.value && !source.superseded);
  return { name: table?.name?.value ?? "", from: used?.attribute };
}

afterEach(clearStage);

describe("<ComparisonTable> is named once", () => {
  it.each([
    ["with its title shown", false],
    ["with its title visually hidden", true],
  ])("the table takes its name from the figure's title element, %s", async (_name, hideTitle) => {
    const host = await stage(<ComparisonTable {...reference} hideTitle={hideTitle} />, "width: 800px");
    const table = host.querySelector("svg[role=table]")!;
    const title = host.querySelector(".ri-title")!;
    expect(table.hasAttribute("aria-label")).toBe(false);
    expect(table.getAttribute("aria-labelledby")).toBe(title.id);
    expect(host.querySelector("figure")!.getAttribute("aria-labelledby")).toBe(title.id);
    await expect.poll(tableNameSource).toEqual({ name: reference.title, from: "aria-labelledby" });
    const tree = await chromiumAccessibilityTree();
    expect(tree).toContain(`figure "${reference.title}"`);
    expect(tree).toContain(`table "${reference.title}"`);
  });
});
