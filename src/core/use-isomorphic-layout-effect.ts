import { useEffect, useLayoutEffect } from "react";

/** `useLayoutEffect` in the browser (runs before paint), `useEffect` on the server (where React 18 warns otherwise). */
export const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;
