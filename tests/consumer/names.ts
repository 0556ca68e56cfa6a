// The public names the consumer checks look for (design/API.md).
export const COMPONENTS = ["VennDiagram", "LifecycleTimeline", "ComparisonTable", "CycleDiagram"] as const;
export const VALIDATORS = ["validateVennDiagram", "validateLifecycleTimeline", "validateComparisonTable", "validateCycleDiagram"] as const;
export const LAYOUTS = ["computeVennLayout", "computeLifecycleTimelineLayout", "computeComparisonTableLayout", "computeCycleDiagramLayout"] as const;
