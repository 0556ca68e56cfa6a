import { normaliseItem } from "../core/items";
import { safeHref } from "../core/safe-href";
import type { InfographicItem } from "../core/types";
import type { StaticPalette } from "../theme/static-palette";
import type { DetailItemLayout } from "./layout-types";
import { StaticBlockText } from "./static-text";

/** Props of a list of laid-out items in a standalone SVG. */
export interface StaticDetailItemsProps {
  /** The items as given. */
  items: readonly InfographicItem[];
  /** Their geometry, in the same order. */
  layouts: readonly DetailItemLayout[];
  /** The list's accessible name. */
  name: string;
  /** Literal colours. */
  palette: StaticPalette;
}

/** Items as a named list with literal colours; safe links are links, drawn in the accent colour. */
export function StaticDetailItems({ items, layouts, name, palette }: StaticDetailItemsProps) {
  return (
    <g role="list" aria-label={name}>
      {layouts.map((placed, i) => {
        const raw = items[i];
        if (raw === undefined) return null;
        const href = safeHref(normaliseItem(raw).href);
        const label = <StaticBlockText block={placed.label} fill={href ? palette.accent : palette.text} decoration={href ? "underline" : undefined} />;
        return (
          <g key={i} role="listitem">
            <circle cx={placed.bullet.cx} cy={placed.bullet.cy} r={3} fill={palette.textMuted} />
            {href ? <a href={href}>{label}</a> : label}
            {placed.description ? <StaticBlockText block={placed.description} fill={palette.textMuted} /> : null}
          </g>
        );
      })}
    </g>
  );
}
