// htl for the leniently checked `.js` components (tsconfig.site-js.json): untyped results, as before the
// components became TypeScript. Delete with tsconfig.site-js.json once no `.js` component is left.

declare module "npm:htl" {
  /** Tagged template that builds DOM nodes, escaping every interpolated value that is not a node. */
  export function html<T = any>(strings: TemplateStringsArray, ...values: unknown[]): T;
  /** The same for SVG. */
  export function svg<T = any>(strings: TemplateStringsArray, ...values: unknown[]): T;
}
