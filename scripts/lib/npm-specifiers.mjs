// Module resolution hook (node:module `register`) for running the site's components under Node at build time
// (scripts/prerender.ts): Framework's `npm:htl` specifiers name the same packages as bare `htl` in node_modules.
export async function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier.startsWith("npm:") ? specifier.slice("npm:".length) : specifier, context);
}
