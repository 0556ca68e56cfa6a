import type { InfographicKind } from "../core/kind";
import { computeStatCalloutsLayout } from "./layout";
import { drawStatCalloutsStatic } from "./static";
import { StatCallouts } from "./StatCallouts";
import type { StatCalloutsProps } from "./types";
import { validateStatCallouts } from "./validate";

/** The stat callouts in the registry of kinds. */
export const kind: InfographicKind<StatCalloutsProps> = {
  name: "stat-callouts",
  componentName: "StatCallouts",
  Component: StatCallouts,
  validate: validateStatCallouts,
  computeLayout: computeStatCalloutsLayout,
  drawStatic: drawStatCalloutsStatic,
};
