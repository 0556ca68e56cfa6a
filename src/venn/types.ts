import type { InfographicItem, InfographicProps } from "../core/types";

/** One set (circle) of a Venn diagram. */
export interface VennSet {
  /** Unique id that overlaps refer to. */
  id: string;
  /** Visible name of the set, drawn beside its circle. */
  label: string;
  /** Items that belong to this set alone (drawn in the part of its circle outside the others). */
  items?: InfographicItem[];
  /** A CSS colour for the set: outline and tint are derived from it per theme to keep their contrast. Default: the next palette colour. */
  color?: string;
}

/** A region shared by two or more sets. */
export interface VennOverlap {
  /**
   * The ids of the sets that share this region (2 or more, each named once).
   * @minItems 2
   */
  sets: string[];
  /** Name of the region, for example "Both"; default "<a> and <b>", or "All three". */
  label?: string;
  /** Items shared by exactly these sets. */
  items?: InfographicItem[];
}

/** Props of `<VennDiagram>`: who is responsible for what, in two or three overlapping sets. */
export interface VennDiagramProps extends InfographicProps {
  /**
   * The sets: 2 or 3.
   * @minItems 2
   * @maxItems 3
   */
  sets: VennSet[];
  /** The shared regions; a region not listed is drawn empty. */
  overlaps?: VennOverlap[];
}
