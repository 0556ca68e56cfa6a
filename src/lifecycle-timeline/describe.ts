import type { LifecycleStage, TimelineLane, TimelineLaneSpan } from "./types";

/** The words for one span of a lane: "Planning to Launch (The how)", or just "Planning" for a single stage. */
export function spanPhrase(span: TimelineLaneSpan, stages: readonly LifecycleStage[]): string {
  const label = (id: string) => stages.find((stage) => stage.id === id)?.label ?? id;
  const range = span.from === span.to ? label(span.from) : `${label(span.from)} to ${label(span.to)}`;
  return span.label ? `${range} (${span.label})` : range;
}

/** A lane as one sentence, for readers who cannot see the bars: "Project manager: Planning to Launch (The how)". */
export function laneSentence(lane: TimelineLane, stages: readonly LifecycleStage[]): string {
  return `${lane.label}: ${lane.spans.map((span) => spanPhrase(span, stages)).join("; ")}`;
}

/** What the return arrow of a looping lifecycle means, in words. */
export function loopSentence(stages: readonly LifecycleStage[]): string {
  const first = stages[0];
  const last = stages[stages.length - 1];
  if (!first || !last) return "";
  if (first === last) return `${first.label} repeats: the cycle starts over.`;
  return `After ${last.label}, the cycle starts over with ${first.label}.`;
}

/** Accessible name of the list of stages: says whether the lifecycle repeats. */
export function stagesListName(loop: boolean | undefined): string {
  return loop ? "Stages, in a repeating cycle" : "Stages, in order";
}

/** Accessible name of the lanes, read as a list of sentences. */
export const LANES_LIST_NAME = "Who is involved when";
