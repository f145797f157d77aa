// htl's types for the site's TypeScript components, checked strictly (tsconfig.site.json).

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
