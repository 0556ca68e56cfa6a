import { CATEGORY_HEADER } from "./describe";
import type { BarComparisonLayout } from "./layout";
import type { BarComparisonProps } from "./types";

/** The data as a table for screen readers: a row per category, a column per series, every value as printed. */
export function BarTable({ props, layout }: { props: BarComparisonProps; layout: BarComparisonLayout }) {
  const text = new Map(layout.bars.map((bar) => [bar.key, bar.text]));
  return (
    // The class goes on a wrapper: a table grows to fit its cells whatever width it is given.
    <div className="ri-visually-hidden">
    <table>
      <thead>
        <tr>
          <th scope="col">{CATEGORY_HEADER}</th>
          {props.series.map((s) => (
            <th key={s.id} scope="col">
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.categories.map((category, c) => (
          <tr key={category.id}>
            <th scope="row">{category.label}</th>
            {props.series.map((s, i) => (
              <td key={s.id}>{text.get(`${i}:${c}`)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
