import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { LifecycleTimeline, type LifecycleTimelineProps } from "../../src/lifecycle-timeline";
import { detailed, reference } from "./fixture";

// jsdom has no layout: the wide picture is the first one rendered, and its stages are what these tests press.
// Queried by selector rather than by role: role queries over a whole SVG are slow in jsdom.
const stagesList = () => document.querySelector<HTMLElement>('[role="list"][aria-label^="Stages"]')!;
const stageButton = (name: string) => {
  const button = Array.from(stagesList().querySelectorAll<HTMLElement>('[role="button"]')).find((element) => element.textContent === name);
  if (!button) throw new Error(`no stage button "${name}"`);
  return button;
};
const stageItem = (name: string) => stageButton(name).closest('[role="listitem"]')!;

describe("LifecycleTimeline", () => {
  it("names the figure by its title and lists the stages in order", () => {
    render(<LifecycleTimeline {...reference} />);
    expect(screen.getByRole("figure", { name: reference.title })).toBeInTheDocument();
    const labels = within(stagesList()).getAllByRole("button").map((button) => button.textContent);
    expect(stagesList()).toHaveAccessibleName("Stages, in order");
    expect(labels).toEqual(reference.stages.map((stage) => stage.label));
  });

  it("uncontrolled: starts at defaultActiveStageId, Enter and click make a stage current", () => {
    const onChange = vi.fn();
    render(<LifecycleTimeline {...detailed} defaultActiveStageId="strategy" onActiveStageChange={onChange} />);
    expect(stageButton("Vision and strategy")).toHaveAttribute("aria-current", "step");
    expect(screen.getAllByRole("list", { name: "Vision and strategy: details" })[0]).toBeInTheDocument();
    fireEvent.keyDown(stageButton("Launch"), { key: "Enter" });
    expect(onChange).toHaveBeenLastCalledWith("launch");
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent("Launch is the current stage. 2 details follow in its list item.");
    expect(stageItem("Launch")).toHaveAttribute("data-state", "active");
    expect(stageItem("Vision and strategy")).not.toHaveAttribute("data-state");
    fireEvent.keyDown(stageButton("Launch"), { key: "Enter" });
    expect(onChange).toHaveBeenCalledTimes(1);
    fireEvent.click(stageButton("Ideation"));
    expect(onChange).toHaveBeenLastCalledWith("ideation");
    expect(stageButton("Ideation")).toHaveAttribute("aria-current", "step");
  });

  it("controlled: shows activeStageId and only reports presses", () => {
    const onChange = vi.fn();
    const { rerender } = render(<LifecycleTimeline {...detailed} activeStageId="planning" onActiveStageChange={onChange} />);
    fireEvent.keyDown(stageButton("Execution"), { key: " " });
    expect(onChange).toHaveBeenCalledWith("execution");
    expect(stageButton("Planning")).toHaveAttribute("aria-current", "step");
    rerender(<LifecycleTimeline {...detailed} activeStageId="execution" onActiveStageChange={onChange} />);
    expect(stageButton("Execution")).toHaveAttribute("aria-current", "step");
    expect(stageButton("Planning")).not.toHaveAttribute("aria-current");
  });

  it("works as a controlled component in a parent's state", () => {
    function Parent() {
      const [id, setId] = useState("ideation");
      return <LifecycleTimeline {...reference} activeStageId={id} onActiveStageChange={setId} />;
    }
    render(<Parent />);
    fireEvent.keyDown(stageButton("Marketing and sales"), { key: "Enter" });
    expect(stageButton("Marketing and sales")).toHaveAttribute("aria-current", "step");
  });

  it("moves focus with the arrow keys, Home and End, holding one Tab stop", () => {
    render(<LifecycleTimeline {...reference} />);
    const first = stageButton("Ideation");
    act(() => first.focus());
    fireEvent.keyDown(first, { key: "ArrowRight" });
    expect(stageButton("Vision and strategy")).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(stageButton("Marketing and sales")).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: "ArrowRight" });
    expect(stageButton("Marketing and sales")).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect(stageButton("Ideation")).toHaveFocus();
    const tabbable = Array.from(stagesList().querySelectorAll('[role="button"]')).filter((button) => button.getAttribute("tabindex") === "0");
    expect(tabbable).toEqual([stageButton("Ideation")]);
  });

  it("previews a stage on hover and on focus, and describes the keys", () => {
    render(<LifecycleTimeline {...reference} />);
    fireEvent.pointerEnter(stageItem("Launch"));
    expect(stageItem("Launch")).toHaveAttribute("data-state", "preview");
    fireEvent.pointerLeave(stageItem("Launch"));
    expect(stageItem("Launch")).not.toHaveAttribute("data-state");
    fireEvent.focus(stageButton("Planning"));
    expect(stageItem("Planning")).toHaveAttribute("data-state", "preview");
    expect(stageButton("Planning")).toHaveAccessibleDescription("Arrow keys move between stages. Enter shows a stage's details.");
  });

  it("shows an error figure naming the path for bad input, never crashing", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const bad = { ...reference, activeStageId: "nope" } as LifecycleTimelineProps;
    render(<LifecycleTimeline {...bad} />);
    expect(screen.getByText("activeStageId")).toBeInTheDocument();
    expect(screen.getByText(/names no stage/)).toBeInTheDocument();
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it("renders only safe links among the items", () => {
    render(
      <LifecycleTimeline
        title="Links"
        defaultActiveStageId="a"
        stages={[{ id: "a", label: "A", items: [{ label: "Safe", href: "https://example.com" }, { label: "Unsafe", href: "javascript:alert(1)" }] }]}
      />,
    );
    expect(screen.getAllByRole("link", { name: "Safe" })[0]).toHaveAttribute("href", "https://example.com");
    expect(screen.queryByRole("link", { name: "Unsafe" })).toBeNull();
  });
});
