import type { Decorator } from "@storybook/react-vite";
import { useChannel } from "storybook/preview-api";
import { EXPORT_REQUEST, EXPORT_RESULT, type ExportRequest } from "./events";
import { exportStory } from "./export-story";

/** Requests already answered: the panel repeats a request until it hears back, and each is answered once. */
const answered = new Set<number>();

/** Answers the Export panel's requests with the story as it is shown now: its args, toolbar choices and width. */
export const withExport: Decorator = (Story, context) => {
  // Storybook's own preview hook, made for decorators (not React's rules of hooks).
  // eslint-disable-next-line react-hooks/rules-of-hooks
  const emit = useChannel(
    {
      [EXPORT_REQUEST]: ({ id, format }: ExportRequest) => {
        if (answered.has(id)) return;
        answered.add(id);
        const figure = document.querySelector("#storybook-root .ri-figure");
        const width = figure?.getBoundingClientRect().width || undefined;
        void exportStory(format, { component: context.component, args: context.args, width }).then((result) => emit(EXPORT_RESULT, { ...result, id }));
      },
    },
    [context.component, context.args],
  );
  return Story();
};
