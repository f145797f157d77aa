// Types for the site's components (`tsconfig.site.json`; htl's are in htl.d.ts): Framework resolves `npm:` imports to
// the npm packages of node_modules (seeded offline by scripts/seed-framework-cache.mjs); tsconfig.site.json
// maps `npm:*` to them, and the few packages without types of their own are declared here.

declare module "npm:arquero" {
  // Arquero 8 ships JS only through this path; the components use a few verbs on plain objects.
  export function from(rows: readonly object[]): any;
  export function op(...args: unknown[]): any;
}

declare module "svg-maps__common" {
  // @svg-maps/mexico types its geometry with this package, which it does not install: its shape, as shipped.
  /** A map of @svg-maps: its label, SVG viewBox and one pre-projected path per location. */
  export interface Map {
    label: string;
    viewBox: string;
    locations: {id: string; name: string; path: string}[];
  }
}
