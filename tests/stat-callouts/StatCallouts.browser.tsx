import { act, type ReactNode } from "react";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { StatCallouts } from "../../src/stat-callouts";
import type { StatCalloutsProps } from "../../src/stat-callouts";
import fixture from "../../stories/fixtures/stat-callouts.json";
import { clearStage, stage } from "../browser/stage";
import { entranceFinished, interact, nextFrames } from "../browser/waits";

const reference = { ...(fixture.reference as StatCalloutsProps), animation: "none" as const };
const finalValues = ["64%", "14 days", "92%"];
const originalMatchMedia = window.matchMedia;
let host: HTMLElement | undefined;

async function mount(node: ReactNode, width = 720) {
  host = await stage(node, `width: ${width}px; font-family: Arial, 'Liberation Sans', sans-serif`);
}

afterEach(() => {
  clearStage();
  host?.remove();
  window.matchMedia = originalMatchMedia;
});

/** The numbers drawn on screen, and the sentences the list items read as, right now. */
const drawn = () => Array.from(host!.querySelectorAll(".ri-sc-value"), (el) => el.textContent);
const spoken = () => Array.from(host!.querySelectorAll('[role="listitem"]'), (el) => el.querySelector(".ri-sc-sentence")!.textContent);

describe("<StatCallouts> in Chromium", () => {
  it("reads as a list of stats, each one sentence with the number first", async () => {
    await mount(<StatCallouts {...reference} />);
    const items = page.getByRole("list", { name: "Key figures" }).getByRole("listitem");
    await expect.poll(() => items.elements().length).toBe(3);
    await expect.element(items.nth(0)).toHaveAccessibleName(/^64%: of roadmap items start with a customer interview\. The product manager/);
    await expect.element(items.nth(1)).toHaveAccessibleName(/^14 days: from an agreed scope to a shipped increment\./);
  });

  it("is one Tab stop: arrows move between stats, the focused card shows its ring and the hint, Tab leaves", async () => {
    await mount(
      <>
        <StatCallouts {...reference} />
        <button type="button">after</button>
      </>,
    );
    await interact(() => userEvent.tab());
    const first = document.activeElement as SVGGElement;
    expect(first.getAttribute("data-ri-stat-index")).toBe("0");
    expect(getComputedStyle(first.querySelector(".ri-focus-ring")!).visibility).toBe("visible");
    await expect.element(page.getByText(/Arrow keys move between the figures/)).toBeVisible();
    await interact(() => userEvent.keyboard("{ArrowRight}"));
    expect(document.activeElement!.getAttribute("data-ri-stat-index")).toBe("1");
    expect(document.activeElement!.getAttribute("data-state")).toBe("active");
    await interact(() => userEvent.keyboard("{End}"));
    expect(document.activeElement!.getAttribute("data-ri-stat-index")).toBe("2");
    await interact(() => userEvent.tab());
    expect(document.activeElement!.textContent).toBe("after");
    await interact(() => userEvent.tab({ shift: true }));
    expect(document.activeElement!.getAttribute("data-ri-stat-index")).toBe("2");
  });

  it("draws each share's ring filled to its value: the arc's length over the circle's is the share", async () => {
    await mount(<StatCallouts {...reference} stats={[0, 0.07, 0.5, 0.64, 0.999, 1].map((value, i) => ({ id: `s${i}`, value, share: true, label: `share ${i}` }))} />);
    // Measured, the container gets one picture: six rings.
    const rings = Array.from(host!.querySelectorAll<SVGGElement>(".ri-sc-ring"));
    expect(rings).toHaveLength(6);
    const drawn = rings.map((ring) => {
      const arc = ring.querySelector<SVGPathElement>(".ri-sc-arc");
      const r = ring.querySelector("circle")!.r.baseVal.value;
      return arc ? arc.getTotalLength() / (2 * Math.PI * r) : 0;
    });
    [0, 0.07, 0.5, 0.64, 0.999, 1].forEach((share, i) => expect(drawn[i]).toBeCloseTo(share, 2));
  });

  it("highlights a card under the pointer as focus does", async () => {
    await mount(<StatCallouts {...reference} />);
    const card = host!.querySelector('[data-ri-stat-index="1"] .ri-sc-card')!;
    await interact(() => userEvent.hover(card));
    expect(card.parentElement!.getAttribute("data-state")).toBe("active");
    expect(getComputedStyle(card).stroke).not.toBe("transparent");
  });

  it("stacks the cards in one column in a 360 px container, text at 12 px or more, nothing scrolling sideways", async () => {
    await mount(<StatCallouts {...reference} />, 360);
    const cards = Array.from(host!.querySelectorAll(".ri-sc-card")).filter((card) => card.getBoundingClientRect().width > 0);
    expect(cards).toHaveLength(3);
    expect(new Set(cards.map((card) => Math.round(card.getBoundingClientRect().left))).size).toBe(1);
    const figure = host!.querySelector("figure")!;
    expect(figure.scrollWidth).toBeLessThanOrEqual(figure.clientWidth);
    const svg = host!.querySelector("svg")!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    expect(14 * scale).toBeGreaterThanOrEqual(12);
  });

  it("shows the narrow picture by container query before any script has measured the container", async () => {
    // A server-rendered figure carries both pictures; CSS alone picks one.
    const { renderToString } = await import("react-dom/server");
    host = document.createElement("div");
    host.style.width = "360px";
    host.innerHTML = renderToString(<StatCallouts {...reference} />);
    document.body.append(host);
    expect(getComputedStyle(host.querySelector(".ri-wide")!).display).toBe("none");
    expect(getComputedStyle(host.querySelector(".ri-narrow")!).display).toBe("block");
  });

  it("counts the numbers up on screen while the list items only ever read the final values", async () => {
    await mount(<StatCallouts {...reference} animation="on-mount" />);
    const seenDrawn = new Set<string>();
    const seenSpoken = new Set<string>();
    const figure = host!.querySelector("figure")!;
    while (figure.getAttribute("data-ri-entrance") !== "done") {
      drawn().forEach((text) => seenDrawn.add(text ?? ""));
      spoken().forEach((text) => seenSpoken.add(text ?? ""));
      await act(() => nextFrames(1));
    }
    await act(() => entranceFinished(figure));
    await expect.poll(drawn).toEqual(finalValues);
    expect([...seenDrawn].some((text) => !finalValues.includes(text))).toBe(true);
    expect([...seenSpoken].map((text) => text.split(":")[0])).toEqual(finalValues);
    // The counting drawing is hidden from assistive technology.
    for (const value of host!.querySelectorAll(".ri-sc-value")) expect(value.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it("shows the final numbers from the first frame under reduced motion", async () => {
    window.matchMedia = ((query: string) => ({ ...originalMatchMedia.call(window, query), matches: query.includes("reduce") })) as typeof window.matchMedia;
    await mount(<StatCallouts {...reference} animation="on-mount" />);
    for (let frame = 0; frame < 10; frame++) {
      expect(drawn()).toEqual(finalValues);
      await act(() => nextFrames(1));
    }
    expect(host!.querySelector("figure")!.getAttribute("data-ri-entrance")).toBeNull();
  });

  it.each([
    ["light", {}, 720],
    ["dark", { theme: "dark" }, 720],
    ["right to left", { dir: "rtl" }, 720],
    ["narrow", {}, 360],
  ] as const)("has no axe violations: %s", async (_name, props, width) => {
    await mount(<StatCallouts {...reference} {...(props as Partial<StatCalloutsProps>)} />, width);
    const results = await act(() => axe.run(host!));
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
