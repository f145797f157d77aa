/**
 * Post-build step of `npm run build` (scripts/build-site.ts): writes the home's first view — the latest month,
 * coloured by phase, on the map — into the built `index.html` itself, so its map (the 32 shapes with their
 * links and accessible names), its headline figures and its tables are there before any script runs: they
 * show with JavaScript off, print, and on a slow link appear as soon as the HTML arrives.
 *
 * The markup is not written twice: the site's own components (src/components/home-view.ts, which the page
 * calls too) run here under Node on a server-side DOM (jsdom), reading the very Parquet files the built page
 * loads (the `_file/data/registro/*.parquet` its `registerFile` calls name), so what the HTML shows is what the
 * scripts would draw for that view. Each piece fills the empty placeholder `<div data-ssr="KEY"></div>` (or
 * `<span …>`) the page's Markdown puts before the cell that draws it live; the cell removes the placeholder
 * when it draws (`takeOver`), so the two are never on the page together.
 *
 * Fails (and with it the build) when a placeholder has no piece, a piece has no placeholder, or a table the
 * home reads is not in the page.
 */
import {readFile, writeFile} from "node:fs/promises";
import {register} from "node:module";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {decompress} from "fzstd";
import {parquetReadObjects} from "hyparquet";
import {JSDOM} from "jsdom";

const root = new URL("..", import.meta.url);

/** The published tables the home reads, by the name `homeModel` gives them (src/components/home-view.ts). */
const TABLES = {
  entidades: "entidades",
  fases: "fases_mensuales",
  panorama: "panorama_nacional",
  totales: "totales_derivados",
  fuentes: "fuentes",
  hitos: "hitos",
  cobertura: "cobertura",
  decisiones: "decisiones"
} as const;

type HomeFirstView = (tables: Record<keyof typeof TABLES, unknown[]>) => Record<string, Node | string>;

const COMPRESSORS = {
  ZSTD: (input: Uint8Array, outputLength: number) => decompress(input, new Uint8Array(outputLength))
};

/** Text escaped for HTML content. */
const escapeText = (s: string) => s.replace(/[&<>]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;"})[c] ?? c);

/** Markup of a rendered piece: an element's outer HTML, a fragment's children, or escaped text. */
function markup(piece: Node | string): string {
  if (typeof piece === "string") return escapeText(piece);
  if (piece.nodeType === 1) return (piece as Element).outerHTML;
  const holder = (piece.ownerDocument ?? document).createElement("div");
  holder.append(piece);
  return holder.innerHTML;
}

/**
 * Sets up the globals the components need under Node (a jsdom window's `document`, `Node`, …) and the
 * resolution of Framework's `npm:` specifiers, once, and returns the home's `homeFirstView`.
 */
async function loadComponents(): Promise<HomeFirstView> {
  const {window} = new JSDOM("<!doctype html><html><body></body></html>");
  const g = globalThis as Record<string, unknown>;
  // The document and the DOM's classes (Node, NodeList, SVGElement…) that Node lacks; Node's own (URL, Event…) stay.
  const w = window as unknown as Record<string, unknown>;
  g.document ??= window.document;
  for (const name of Object.getOwnPropertyNames(window))
    if (/^[A-Z]/.test(name) && typeof w[name] === "function" && !(name in g)) g[name] = w[name];
  register("./lib/npm-specifiers.mjs", import.meta.url);
  // A computed address: the components are the site's (checked by tsconfig.site.json), not part of this program.
  const module = (await import(new URL("src/components/home-view.ts", root).href)) as {homeFirstView: HomeFirstView};
  return module.homeFirstView;
}

/** Reads the Parquet files a built page loads (named in its `registerFile` calls), as the page's loadTable does. */
async function pageTables(dir: string, page: string): Promise<Record<keyof typeof TABLES, unknown[]>> {
  const entries = await Promise.all(
    Object.entries(TABLES).map(async ([key, table]) => {
      const found = page.match(
        new RegExp(`registerFile\\("\\./data/registro/${table}\\.parquet", \\{[^}]*"path":"([^"]+)"`)
      );
      if (!found) throw new Error(`prerender: la página no carga ${table}.parquet`);
      const bytes = await readFile(join(dir, found[1]));
      const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      return [key, await parquetReadObjects({file, compressors: COMPRESSORS})] as const;
    })
  );
  return Object.fromEntries(entries) as Record<keyof typeof TABLES, unknown[]>;
}

/**
 * Fills the `data-ssr` placeholders of `<dir>/index.html` with the home's first view.
 *
 * @returns the keys filled and the page's size before and after, in bytes
 * @throws Error when a placeholder and a piece do not match one to one, or a table is missing
 */
export async function prerenderHome(dir: string): Promise<{keys: string[]; before: number; after: number}> {
  const file = join(dir, "index.html");
  const page = await readFile(file, "utf8");
  const homeFirstView = await loadComponents();
  const pieces = homeFirstView(await pageTables(dir, page));
  const placeholders = [...page.matchAll(/<(div|span) data-ssr="([^"]+)"><\/\1>/g)].map((m) => m[2]);
  const missing = Object.keys(pieces).filter((k) => !placeholders.includes(k));
  const unfilled = placeholders.filter((k) => !(k in pieces));
  if (missing.length || unfilled.length || new Set(placeholders).size !== placeholders.length)
    throw new Error(
      `prerender: los marcadores data-ssr de index.html (${placeholders.join(", ")}) no corresponden a las piezas de la vista inicial (${Object.keys(pieces).join(", ")})`
    );
  const filled = page.replace(
    /<(div|span) data-ssr="([^"]+)"><\/\1>/g,
    (_, tag: string, key: string) => `<${tag} data-ssr="${key}">${markup(pieces[key])}</${tag}>`
  );
  await writeFile(file, filled);
  return {keys: placeholders, before: Buffer.byteLength(page), after: Buffer.byteLength(filled)};
}

// `tsx scripts/prerender.ts [CARPETA]`: fills an already built site (dist/ by default).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2] ?? "dist";
  const {keys, before, after} = await prerenderHome(dir);
  process.stderr.write(`Vista inicial de index.html: ${keys.join(", ")} (${before} → ${after} bytes).\n`);
}
