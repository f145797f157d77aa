// htl's types for the strictly checked TypeScript components (tsconfig.site.json). The not-yet-converted
// `.js` components are checked leniently against htl-lenient.d.ts instead (tsconfig.site-js.json); that file
// goes away with the last `.js` component.

declare module "npm:htl" {
  /**
   * Tagged template that builds DOM nodes, escaping every interpolated value that is not a node. It returns
   * the template's one root element (a DocumentFragment when there are several roots, text when none):
   * name the element's type where it matters, ``html<HTMLInputElement>`<input>` ``.
   */
  export function html<T extends Node = HTMLElement>(strings: TemplateStringsArray, ...values: unknown[]): NoInfer<T>;
  /** The same for SVG. */
  export function svg<T extends Node = SVGElement>(strings: TemplateStringsArray, ...values: unknown[]): NoInfer<T>;
}
