// @vitest-environment node
import path from "node:path";
import ts from "typescript";

/**
 * Storybook's docs pages and editors' hovers show each prop's TSDoc, so an undocumented prop is a blank line a
 * designer or consumer meets. This reads the public entry with the TypeScript compiler and checks every property
 * of every exported props and content type, inherited ones included.
 */
describe("public types", () => {
  const entry = path.resolve(import.meta.dirname, "../../src/index.ts");
  const program = ts.createProgram([entry], { strict: true, jsx: ts.JsxEmit.ReactJSX, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const exported = checker.getExportsOfModule(moduleSymbol).filter((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return Boolean(target.flags & ts.SymbolFlags.Interface);
  });

  it("export the props of every infographic", () => {
    const names = exported.map((symbol) => symbol.getName());
    expect(names).toEqual(expect.arrayContaining(["VennDiagramProps", "LifecycleTimelineProps", "ComparisonTableProps", "QuadrantChartProps", "StatCalloutsProps", "BarComparisonProps", "RaciMatrixProps", "CycleDiagramProps", "InfographicProps"]));
  });

  it("document every property with TSDoc", () => {
    const undocumented: string[] = [];
    for (const symbol of exported) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const type = checker.getDeclaredTypeOfSymbol(target);
      for (const property of checker.getPropertiesOfType(type)) {
        const doc = ts.displayPartsToString(property.getDocumentationComment(checker)).trim();
        if (doc === "") undocumented.push(`${symbol.getName()}.${property.getName()}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
