import { render, screen } from "@testing-library/react";
import { InfographicFigure } from "../../src/a11y/InfographicFigure";

describe("the figure shell", () => {
  it("is a figure named by its title and described by its description", () => {
    render(
      <InfographicFigure kind="test" title="Who leads" description="The product manager leads early stages.">
        <svg aria-hidden="true" />
      </InfographicFigure>,
    );
    const figure = screen.getByRole("figure", { name: "Who leads" });
    expect(figure).toHaveAccessibleDescription("The product manager leads early stages.");
    expect(screen.getByText("Who leads")).toBeVisible();
  });

  it("keeps a hidden title for assistive technology only", () => {
    render(
      <InfographicFigure kind="test" title="Hidden title" hideTitle>
        <span />
      </InfographicFigure>,
    );
    expect(screen.getByRole("figure", { name: "Hidden title" })).toBeInTheDocument();
    expect(screen.getByText("Hidden title").parentElement).toHaveClass("ri-visually-hidden");
  });

  it("links the source only when the link is safe", () => {
    const { rerender } = render(
      <InfographicFigure kind="test" title="T" source={{ label: "Field notes", href: "https://example.org/notes" }}>
        <span />
      </InfographicFigure>,
    );
    expect(screen.getByRole("link", { name: "Field notes" })).toHaveAttribute("href", "https://example.org/notes");
    rerender(
      <InfographicFigure kind="test" title="T" source={{ label: "Field notes", href: "javascript:alert(1)" }}>
        <span />
      </InfographicFigure>,
    );
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText(/Field notes/)).toBeInTheDocument();
  });

  it("shows markup in the title as typed text", () => {
    render(
      <InfographicFigure kind="test" title={'<img src=x onerror="alert(1)">'}>
        <span />
      </InfographicFigure>,
    );
    expect(screen.getByRole("figure", { name: '<img src=x onerror="alert(1)">' })).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
  });

  it("applies the theme name and overrides on the root only", () => {
    render(
      <InfographicFigure kind="test" title="T" theme={{ base: "dark", "--ri-accent": "#ff0" }} className="mine" id="fig">
        <span />
      </InfographicFigure>,
    );
    const figure = screen.getByRole("figure");
    expect(figure).toHaveAttribute("data-theme", "dark");
    expect(figure).toHaveAttribute("id", "fig");
    expect(figure).toHaveClass("ri-figure", "ri-test", "mine");
    expect(figure.style.getPropertyValue("--ri-accent")).toBe("#ff0");
  });

  it("scopes every style rule to the figure", () => {
    render(
      <InfographicFigure kind="test" title="T" narrowBelow={420}>
        <span />
      </InfographicFigure>,
    );
    const css = [...document.querySelectorAll("style")].map((style) => style.textContent).join("\n");
    const selectors = [...css.replace(/@[^{]+\{/g, "").matchAll(/([^{}]+)\{/g)].map((match) => match[1]!.trim());
    expect(selectors.length).toBeGreaterThan(10);
    for (const selector of selectors) expect(selector).toMatch(/ri-figure|\.ri-i/);
    expect(css).toContain("@container (max-width:420px)");
    expect(css).toMatch(/^@layer ri-base,ri-component;@layer ri-base\{/);
  });
});
