/**
 * Post-build step of `npm run build` (scripts/build-site.ts): puts into Spanish the few interface strings
 * Observable Framework 1.13 writes in English and has no option for, and adds what its page template lacks.
 *
 * Framework 1.13 renders a bare `<html>` (no `lang` option), the sidebar toggle's title "Toggle sidebar"
 * (in the HTML and again in `_observablehq/client.*.js`), the search box's placeholder "Search" and, in
 * `_observablehq/search.*.js`, "no results" / "N results". This step rewrites the built files:
 *
 * - every page: `<html lang="es-MX">`; the toggle and the search box get Spanish titles, placeholder and
 *   accessible names; a skip link «Ir al contenido» becomes the first thing in the body; the sidebar's
 *   close control moves out of its list (a <label> inside <ol> is invalid); zooming is allowed again
 *   (Framework's viewport has maximum-scale=1);
 * - the client bundles: the toggle's title, "no results" and "N result(s)" (counted with es-MX digits).
 *
 * Each rewrite names what it expects to find and how often; if Framework's output changes (an upgrade),
 * the build fails here with the file and the pattern instead of shipping English silently. The rewritten
 * bundles keep their hashed names: the hash only busts caches, and the rewrite is the same on every build.
 * `npm run dev` (Framework's preview server) does not run this step: there the strings stay in English.
 */
import {readdir, readFile, writeFile} from "node:fs/promises";
import {join, relative} from "node:path";

interface Rewrite {
  /** Which built files (path relative to the site folder) this applies to. */
  files: RegExp;
  from: RegExp;
  to: string;
  /** The least number of matches expected in each such file (0: optional). */
  min: number;
}

const MENU = "Mostrar u ocultar el menú";

/** Pages with the sidebar and the search (every page except the embeddable views of `src/insertar/`, which have no chrome). */
const WITH_CHROME = /^(?!insertar\/).*\.html$/;

const REWRITES: Rewrite[] = [
  {files: /\.html$/, from: /<html>/, to: '<html lang="es-MX">', min: 1},
  {
    files: WITH_CHROME,
    from: /<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">/,
    to: `<input id="observablehq-sidebar-toggle" type="checkbox" title="${MENU}" aria-label="${MENU}">`,
    min: 1
  },
  {
    files: WITH_CHROME,
    from: /<input type="search" placeholder="Search">/,
    to: '<input type="search" placeholder="Buscar (entidad, tema…)" aria-label="Buscar en el tablero">',
    min: 1
  },
  {
    files: /\.html$/,
    from: /<body>\n/,
    to: '<body>\n<a class="salto-al-contenido" href="#observablehq-main">Ir al contenido</a>\n',
    min: 1
  },
  {
    // A <label> directly inside the sidebar's <ol> is invalid list markup (axe "list"): put it before the list.
    files: WITH_CHROME,
    from: /<nav id="observablehq-sidebar">\n {2}<ol>\n {4}<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"><\/label>/,
    to: `<nav id="observablehq-sidebar" aria-label="Páginas del tablero">\n  <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle" title="Ocultar el menú"></label>\n  <ol>`,
    min: 1
  },
  // Let people zoom (WCAG 1.4.4): Framework's viewport forbids it with maximum-scale=1.
  {files: /\.html$/, from: /, maximum-scale=1"/, to: '"', min: 1},
  {files: /^_observablehq\/client\.[^/]*\.js$/, from: /`Toggle sidebar /, to: `\`${MENU} `, min: 1},
  {
    files: /^_observablehq\/search\.[^/]*\.js$/,
    from: /"<div>no results<\/div>"/,
    to: '"<div>Sin resultados</div>"',
    min: 1
  },
  {
    files: /^_observablehq\/search\.[^/]*\.js$/,
    from: /toLocaleString\("en-US"\)\} result\$\{/,
    to: 'toLocaleString("es-MX")} resultado${',
    min: 1
  },
  {files: /^_observablehq\/client\.[^/]*\.js$/, from: /title="Copy code"/, to: 'title="Copiar el código"', min: 0}
];

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Rewrites the built site in `dir` in place; throws if an expected string is missing. */
export async function localizeSite(dir: string): Promise<void> {
  const seen = new Set<Rewrite>();
  for await (const path of walk(dir)) {
    const name = relative(dir, path).split("\\").join("/");
    const rewrites = REWRITES.filter((r) => r.files.test(name));
    if (!rewrites.length) continue;
    let text = await readFile(path, "utf8");
    for (const r of rewrites) {
      const count = text.match(new RegExp(r.from.source, "g"))?.length ?? 0;
      if (count < r.min) throw new Error(`localize-site: ${name} no contiene ${r.from} (¿cambió Framework?)`);
      text = text.replace(new RegExp(r.from.source, "g"), r.to);
      seen.add(r);
    }
    await writeFile(path, text);
  }
  const missing = REWRITES.filter((r) => r.min > 0 && !seen.has(r));
  if (missing.length)
    throw new Error(
      `localize-site: ningún archivo para ${missing.map((r) => r.files).join(", ")} (¿cambió Framework?)`
    );
}
