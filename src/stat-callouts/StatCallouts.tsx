import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { InfographicError } from "../a11y/InfographicError";
import { InfographicFigure, pickFigureProps } from "../a11y/InfographicFigure";
import { KeyboardHint } from "../a11y/KeyboardHint";
import { useResolvedDirection } from "../core/use-resolved-direction";
import { useTextScale } from "../core/use-text-scale";
import { useContainerWidth } from "../lifecycle-timeline/use-container-width";
import { useEntranceAnimation } from "../motion/use-entrance-animation";
import { ScopedStyle } from "../theme/ScopedStyle";
import { chooseStatPictures, type StatPictures } from "./choose-layouts";
import { STAT_KEYBOARD_HINT } from "./describe";
import { statFormat } from "./format";
import { statKeyTarget } from "./keyboard";
import { StatPicture } from "./StatPicture";
import { STAT_CALLOUTS_STYLESHEET } from "./styles";
import type { StatCalloutsProps } from "./types";
import { countedValue, useCountUp } from "./use-count-up";
import { validateStatCallouts } from "./validate";

/**
 * One to six big numbers with what they mean, in a grid of cards; a share draws a ring filled to its value. Each
 * stat reads as one sentence, number first. The numbers may count up as they enter, but the server HTML, reduced
 * motion and screen readers only ever get the final values. Invalid props render an error figure instead.
 */
export function StatCallouts(props: StatCalloutsProps) {
  const problems = validateStatCallouts(props);
  if (problems.length > 0) return <InfographicError componentName="StatCallouts" props={props} problems={problems} />;
  return <StatCalloutsView {...props} />;
}

function StatCalloutsView(props: StatCalloutsProps) {
  const { stats, locale, animation } = props;
  const figureRef = useRef<HTMLElement>(null);
  const uid = useId();
  const hintId = `${uid}hint`;
  const direction = useResolvedDirection(props.dir, figureRef);
  const containerWidth = useContainerWidth(figureRef);
  const textScale = useTextScale(figureRef);
  useEntranceAnimation(figureRef, animation ?? "on-view");
  // After the entrance hook: its layout effect hides the numbers first, which is what starts the count.
  const progress = useCountUp(figureRef);
  const [tabStop, setTabStop] = useState(0);
  const [pointer, setPointer] = useState<number | undefined>(undefined);
  const [focused, setFocused] = useState<number | undefined>(undefined);

  const laidOut = useMemo((): { pictures: StatPictures } | { error: string } => {
    try {
      return { pictures: chooseStatPictures(props, containerWidth, direction, textScale) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [props, containerWidth, direction, textScale]);
  if ("error" in laidOut) {
    return <InfographicError componentName="StatCallouts" props={props} problems={[{ path: "stats", message: `could not be laid out: ${laidOut.error}` }]} />;
  }
  const { pictures } = laidOut;

  const shownValue = (index: number) => {
    const stat = stats[index]!;
    return statFormat(stat, locale).format(countedValue(stat.value, progress));
  };
  const highlight = (index: number, on: boolean, from: "pointer" | "focus") => {
    const set = from === "pointer" ? setPointer : setFocused;
    set((current) => (on ? index : current === index ? undefined : current));
    if (on && from === "focus") {
      setTabStop(index);
      // The latest interaction wins: a pointer resting on another card gives way to the keyboard.
      setPointer(undefined);
    }
  };
  const move = (index: number, event: KeyboardEvent<SVGGElement>) => {
    const layout = event.currentTarget.closest(".ri-narrow") && pictures.narrow ? pictures.narrow : pictures.wide;
    const target = statKeyTarget(event.key, index, stats.length, layout.columns, direction === "rtl");
    if (target === undefined) return;
    event.preventDefault();
    setTabStop(target);
    // Both pictures may be in the page; move within the one that has focus.
    event.currentTarget.closest("[data-ri-keys]")?.querySelector<SVGGElement>(`[data-ri-stat-index="${target}"]`)?.focus();
  };
  const shared = { shownValue, tabStop, highlighted: pointer ?? focused, hintId, onHighlight: highlight, onKeyDown: move };

  return (
    <InfographicFigure ref={figureRef} kind="stat-callouts" narrowBelow={pictures.narrowBelow} {...pickFigureProps(props)}>
      <ScopedStyle css={STAT_CALLOUTS_STYLESHEET} />
      <StatPicture layout={pictures.wide} className={pictures.narrow ? "ri-wide" : undefined} idPrefix={`${uid}w`} {...shared} />
      {pictures.narrow ? <StatPicture layout={pictures.narrow} className="ri-narrow" idPrefix={`${uid}n`} {...shared} /> : null}
      <KeyboardHint id={hintId}>{STAT_KEYBOARD_HINT}</KeyboardHint>
    </InfographicFigure>
  );
}
