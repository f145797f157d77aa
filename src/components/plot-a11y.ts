/**
 * Gives a Plot chart a text alternative and removes the ARIA Plot 0.6 writes where it is not allowed:
 * Plot labels each mark's `<g>` (`aria-label="bar"`, "dot", "tip"…), but a `<g>` with no role may not
 * carry `aria-label` (axe-core "aria-prohibited-attr"). The chart's own `<svg>` becomes `role="img"`, named
 * by `label` and `description` (say what the chart shows and where its table is); the legend's swatches
 * are hidden from assistive technology (their words stay readable).
 *
 * @param chart what Plot.plot returned (an <svg>, or a <figure> when it has a legend); changed in place
 */
export function withTextAlternative<T extends Element>(
  chart: T,
  {label, description}: {label: string; description?: string}
): T {
  for (const g of chart.querySelectorAll("g[aria-label], g[aria-description]")) {
    g.removeAttribute("aria-label");
    g.removeAttribute("aria-description");
  }
  const plot = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector(":scope > svg");
  for (const swatch of chart.querySelectorAll("svg")) if (swatch !== plot) swatch.setAttribute("aria-hidden", "true");
  if (plot) {
    plot.setAttribute("role", "img");
    plot.setAttribute("aria-label", description ? `${label}. ${description}` : label);
  }
  return chart;
}
