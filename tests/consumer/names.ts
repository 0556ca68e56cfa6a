// The public names the consumer checks look for (design/API.md).
export const COMPONENTS = ["VennDiagram", "LifecycleTimeline", "ComparisonTable"] as const;
export const VALIDATORS = ["validateVennDiagram", "validateLifecycleTimeline", "validateComparisonTable"] as const;
export const LAYOUTS = ["computeVennLayout", "computeLifecycleTimelineLayout", "computeComparisonTableLayout"] as const;
