import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  { ignores: ["dist", "storybook-static", "node_modules", "tmp", "coverage", ".vitest-reports"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-syntax": [
        "error",
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Content is untrusted: render text, never HTML." },
      ],
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "d3", message: "Import the d3 submodule you need (d3-path, d3-scale…), never the umbrella." }] },
      ],
    },
  },
);
