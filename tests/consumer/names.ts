// The public names the consumer checks look for (design/API.md).
export const COMPONENTS = ["VennDiagram", "LifecycleTimeline", "ComparisonTable", "StatCallouts"] as const;
export const VALIDATORS = ["validateVennDiagram", "validateLifecycleTimeline", "validateComparisonTable", "validateStatCallouts"] as const;
export const LAYOUTS = ["computeVennLayout", "computeLifecycleTimelineLayout", "computeComparisonTableLayout", "computeStatCalloutsLayout"] as const;
