// Types for the site's components (`tsconfig.site.json`, `checkJs`): Framework resolves `npm:` imports to
// the npm packages of node_modules (seeded offline by scripts/seed-framework-cache.mjs); tsconfig.site.json
// maps `npm:*` to them, and the few packages without types of their own are declared here.

declare module "npm:htl" {
  /** Tagged template that builds DOM nodes, escaping every interpolated value that is not a node. */
  export function html(strings: TemplateStringsArray, ...values: unknown[]): any;
  /** The same for SVG. */
  export function svg(strings: TemplateStringsArray, ...values: unknown[]): any;
}

declare module "npm:arquero" {
  // Arquero 8 ships JS only through this path; the components use a few verbs on plain objects.
  export function from(rows: readonly object[]): any;
  export function op(...args: unknown[]): any;
}
