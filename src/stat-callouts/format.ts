import { numberFormat } from "../core/number-format";
import type { StatCallout } from "./types";

/** The formatter of one stat: its own options, over a percent style for a share. */
export function statFormat(stat: Pick<StatCallout, "format" | "share">, locale: string | undefined): Intl.NumberFormat {
  return numberFormat(locale, stat.share ? { style: "percent", ...stat.format } : stat.format);
}

/** The stat's value as printed: "72%", "€1.2M". */
export function formatStat(stat: StatCallout, locale: string | undefined): string {
  return statFormat(stat, locale).format(stat.value);
}
