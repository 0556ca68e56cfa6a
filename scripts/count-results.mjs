// Prints "N passed, N failed" from Vitest JSON reports. A skipped test counts as failed, and so does a test file
// that failed before running any test.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  for (const suite of report.testResults ?? []) {
    if (suite.assertionResults.length === 0 && suite.status !== "passed") failed++;
    for (const test of suite.assertionResults) {
      if (test.status === "passed") passed++;
      else failed++;
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
if (passed === 0 || failed > 0) process.exit(1);
