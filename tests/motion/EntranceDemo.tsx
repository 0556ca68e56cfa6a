import { useRef } from "react";
import type { AnimationMode } from "../../src/core/types";
import { useEntranceAnimation } from "../../src/motion/use-entrance-animation";

/** A minimal picture with one element of each entrance kind, for testing the motion layer on its own. */
export function EntranceDemo({ animation }: { animation: AnimationMode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEntranceAnimation(ref, animation);
  return (
    <div ref={ref} data-testid="root">
      <svg width="200" height="100" viewBox="0 0 200 100">
        <path data-testid="line" data-ri-enter="draw" d="M10 50 H190" stroke="black" />
        <circle data-testid="dot" data-ri-enter="pop 1" cx="100" cy="50" r="10" />
        <text data-testid="label" data-ri-enter="2" x="100" y="90">
          Label
        </text>
      </svg>
    </div>
  );
}
