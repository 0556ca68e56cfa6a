// The one registry of infographic kinds. A new kind is its folder plus one line here; the static renderer, the
// CLI, the remark plugin and the embed script look kinds up here and never name one themselves. Each kind loads
// on demand, so a page or bundle pays only for the kinds it meets.
import type { InfographicKind } from "./core/kind";

/** Loaders of every kind's registry entry, by kebab-case kind name. */
export const KINDS = {
  "venn-diagram": () => import("./venn/kind"),
  "lifecycle-timeline": () => import("./lifecycle-timeline/kind"),
  "comparison-table": () => import("./comparison-table/kind"),
  "quadrant-chart": () => import("./quadrant-chart/kind"),
  "stat-callouts": () => import("./stat-callouts/kind"),
  "bar-comparison": () => import("./bar-comparison/kind"),
  "raci-matrix": () => import("./raci-matrix/kind"),
  "cycle-diagram": () => import("./cycle-diagram/kind"),
} as const;

/** The name of a kind (`"venn-diagram"`, …). */
export type KindName = keyof typeof KINDS;

/** The props of the kind named `K`. */
export type KindProps<K extends KindName> = Awaited<ReturnType<(typeof KINDS)[K]>>["kind"] extends InfographicKind<infer P> ? P : never;

/** Every kind name, in registry order. */
export const KIND_NAMES = Object.keys(KINDS) as KindName[];

/** True when `name` names a kind in the registry. */
export function isKindName(name: unknown): name is KindName {
  return typeof name === "string" && Object.prototype.hasOwnProperty.call(KINDS, name);
}

/** Loads the registry entry of a kind; throws an error listing the known kinds when the name is unknown. */
export async function loadKind(name: string): Promise<InfographicKind> {
  if (!isKindName(name)) throw new Error(`unknown infographic kind "${name}"; known kinds: ${KIND_NAMES.join(", ")}`);
  const { kind } = await KINDS[name]();
  return kind as unknown as InfographicKind;
}
