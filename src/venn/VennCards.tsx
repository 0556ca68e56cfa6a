import { regionFill } from "./colors";
import type { VennLayout } from "./layout";

/** Props of the narrow layout. */
export interface VennCardsProps {
  /** The computed layout (its regions and glyph). */
  layout: VennLayout;
  /** Prefix for element ids, unique to the figure. */
  idPrefix: string;
  /** Whether some set has its own colour (see `regionFill`). */
  ownColors: boolean;
}

/**
 * The narrow layout: one card per non-empty region in reading order, each a list named by its visible heading,
 * with a small Venn glyph (hidden from assistive technology) that shows which region it is.
 */
export function VennCards({ layout, idPrefix, ownColors }: VennCardsProps) {
  const { glyph } = layout;
  return (
    <div className="ri-venn-cards">
      {layout.regions
        .filter((region) => region.items.length > 0)
        .map((region) => {
          const headingId = `${idPrefix}c${region.key}`;
          return (
            <div key={region.key} className="ri-venn-card" data-region={region.key} style={{ background: regionFill(region.members, ownColors) }}>
              {/* Hidden as a whole (glyph and name): the list it names reads the name. */}
              <p id={headingId} className="ri-venn-card-title" aria-hidden="true">
                <svg className="ri-venn-glyph" viewBox={`0 0 ${glyph.width} ${glyph.height}`}>
                  <path d={glyph.paths[region.key]} />
                  {glyph.circles.map((c, i) => (
                    <circle key={i} cx={c.cx} cy={c.cy} r={c.r} />
                  ))}
                </svg>
                <span>{region.name}</span>
              </p>
              <ul aria-labelledby={headingId}>
                {region.items.map((item) => (
                  <li key={item.key}>
                    {item.href ? <a href={item.href}>{item.label}</a> : item.label}
                    {item.description ? <span className="ri-venn-card-description">{item.description}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
    </div>
  );
}
