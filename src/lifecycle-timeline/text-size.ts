/** Size of the timeline's text unless a `<text>` says otherwise (own module: importing it costs no stylesheet). */
export const TIMELINE_TEXT_SIZE = 14;

/** Prefix of a lane's colour properties (`--lt-fill`, `--lt-stroke`, `--lt-ink`, picked per scheme in the stylesheet). */
export const LANE_COLOR_PREFIX = "--lt";
