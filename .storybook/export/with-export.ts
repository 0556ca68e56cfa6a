import type { Decorator } from "@storybook/react-vite";
import { useChannel } from "storybook/preview-api";
import { EXPORT_REQUEST, EXPORT_RESULT, type ExportFormat } from "./events";
import { exportStory } from "./export-story";

/** Answers the Export panel's requests with the story as it is shown now: its args, toolbar choices and width. */
export const withExport: Decorator = (Story, context) => {
  // Storybook's own preview hook, made for decorators (not React's rules of hooks).
  // eslint-disable-next-line react-hooks/rules-of-hooks
  const emit = useChannel(
    {
      [EXPORT_REQUEST]: (format: ExportFormat) => {
        const figure = document.querySelector("#storybook-root .ri-figure");
        const width = figure?.getBoundingClientRect().width || undefined;
        void exportStory(format, { component: context.component, args: context.args, width }).then((result) => emit(EXPORT_RESULT, result));
      },
    },
    [context.component, context.args],
  );
  return Story();
};
