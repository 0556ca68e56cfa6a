import config from "../../.storybook/main";

describe("Storybook configuration", () => {
  it("opens without the onboarding checklist, in the sidebar or the menu", () => {
    expect(config.features).toMatchObject({ sidebarOnboardingChecklist: false, menuOnboardingChecklist: false });
  });
});
