import {createRequire} from "node:module";
import type {Page} from "playwright-core";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** One axe-core violation, short: rule, impact, how many elements, and the first few targets. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

/**
 * Runs axe-core (from node_modules, injected into the page: nothing is fetched) on the whole page and
 * returns its violations of WCAG 2.x A/AA and best-practice rules, worst first.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({path: axePath});
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object
          ) => Promise<{violations: {id: string; impact: string | null; help: string; nodes: {target: string[]}[]}[]}>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      resultTypes: ["violations"],
      runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" "))
    }));
  });
  const order = ["critical", "serious", "moderate", "minor"];
  return violations.sort((a, b) => order.indexOf(a.impact ?? "minor") - order.indexOf(b.impact ?? "minor"));
}

/** Only the serious and critical ones (what the browser tests refuse). */
export const seriousOrCritical = (violations: AxeViolation[]): AxeViolation[] =>
  violations.filter((v) => v.impact === "serious" || v.impact === "critical");
