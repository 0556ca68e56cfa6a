import type { Decorator, Preview } from "@storybook/react-vite";
import { withExport } from "./export/with-export";

/** Toolbar globals override a story's own theme, direction and motion when set. */
const withGlobals: Decorator = (Story, context) => {
  const { theme, dir, motion } = context.globals as { theme?: string; dir?: string; motion?: string };
  const overrides: Record<string, unknown> = {};
  if (theme && theme !== "story") overrides.theme = theme;
  if (dir && dir !== "story") overrides.dir = dir;
  if (motion === "reduced") overrides.animation = "none";
  const effectiveTheme = (overrides.theme ?? context.args.theme) as string | undefined;
  const dark = effectiveTheme === "dark";
  return (
    <div
      className="sb-page"
      dir={(overrides.dir ?? context.args.dir) === "rtl" ? "rtl" : undefined}
      style={{
        padding: 16,
        minHeight: context.viewMode === "docs" ? undefined : "100vh",
        boxSizing: "border-box",
        background: dark ? "#16181d" : "#ffffff",
        color: dark ? "#f3f4f6" : "#1b1d22",
        fontFamily: '"Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif',
      }}
    >
      <Story args={{ ...context.args, ...overrides }} />
    </div>
  );
};

const preview: Preview = {
  // The first decorator sits closest to the story, so the Export panel sees the toolbar's overrides.
  decorators: [withExport, withGlobals],
  parameters: {
    layout: "fullscreen",
    a11y: { test: "error" },
    controls: { expanded: true },
    viewport: {
      options: {
        phone: { name: "Phone (360 px)", styles: { width: "360px", height: "740px" }, type: "mobile" },
        tablet: { name: "Tablet (768 px)", styles: { width: "768px", height: "1024px" }, type: "tablet" },
        desktop: { name: "Desktop (1280 px)", styles: { width: "1280px", height: "800px" }, type: "desktop" },
      },
    },
    options: { storySort: { order: ["Showcase", "Guides", "Infographics"] } },
  },
  globalTypes: {
    theme: {
      description: "Colour scheme of every infographic",
      toolbar: { title: "Theme", icon: "contrast", dynamicTitle: true, items: [
        { value: "story", title: "Theme: as the story says" },
        { value: "light", title: "Light" },
        { value: "dark", title: "Dark" },
        { value: "auto", title: "Auto (system)" },
      ] },
    },
    dir: {
      description: "Text direction",
      toolbar: { title: "Direction", icon: "transfer", dynamicTitle: true, items: [
        { value: "story", title: "Direction: as the story says" },
        { value: "ltr", title: "Left to right" },
        { value: "rtl", title: "Right to left" },
      ] },
    },
    motion: {
      description: "Entrance animation",
      toolbar: { title: "Motion", icon: "play", dynamicTitle: true, items: [
        { value: "full", title: "Motion: full" },
        { value: "reduced", title: "Motion: reduced" },
      ] },
    },
  },
  initialGlobals: { theme: "story", dir: "story", motion: "full" },
  tags: ["autodocs"],
};

export default preview;
