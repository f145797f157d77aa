/**
 * Post-build step of `npm run build` (scripts/build-site.ts): writes the first view of the pages whose first
 * view is fixed at build time into their HTML. The state pages get their opening summary (the same whatever
 * month they show), and their milestones and where their sources disagree as they show on the month they
 * open on; the report, its whole body for the latest month. The home gets its first view — the latest
 * month, coloured by phase, on the map — so its map (the 32 shapes with their links and accessible names),
 * its headline figures and its tables are there before any script runs: they show with JavaScript off,
 * print, and on a slow link appear as soon as the HTML arrives.
 *
 * The markup is not written twice: the site's own components (src/components/home-view.ts,
 * src/components/state-first-view.ts and src/components/report-view.ts, which the pages call too) run here
 * under Node on a server-side DOM (jsdom), reading the very Parquet files the built page
 * loads (the `_file/data/registro/*.parquet` its `registerFile` calls name), so what the HTML shows is what the
 * scripts would draw for that view. Each piece fills the empty placeholder `<div data-ssr="KEY"></div>` (or
 * `<span …>`) the page's Markdown puts before the cell that draws it live; the cell removes the placeholder
 * when it draws (`takeOver`), so the two are never on the page together.
 *
 * Fails (and with it the build) when a placeholder has no piece, a piece has no placeholder, or a table the
 * first view reads is not in the page.
 */
import {readdir, readFile, writeFile} from "node:fs/promises";
import {register} from "node:module";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {decompress} from "fzstd";
import {parquetReadObjects} from "hyparquet";
import {JSDOM} from "jsdom";

const root = new URL("..", import.meta.url);

/** The published tables the home reads, by the name `homeFirstView` gives them (src/components/home-view.ts). */
const HOME_TABLES = {
  entidades: "entidades",
  fases: "fases_mensuales",
  panorama: "panorama_nacional",
  totales: "totales_derivados",
  fuentes: "fuentes",
  hitos: "hitos",
  cobertura: "cobertura",
  decisiones: "decisiones"
} as const;

/** The published tables a state page's first view reads, by the name `stateFirstView` gives them (src/components/state-first-view.ts). */
const STATE_TABLES = {
  entidades: "entidades",
  logros: "logros",
  ultimo_hito: "ultimo_hito",
  fases: "fases_mensuales",
  fuentes: "fuentes",
  hitos: "hitos",
  cobertura: "cobertura",
  decisiones: "decisiones",
  compromisos: "compromisos"
} as const;

/**
 * The published tables the report reads, by the name `reportFirstView` gives them (src/components/report-view.ts):
 * the home's (the home shows the report's model on its month) and INAI's group targets.
 */
const REPORT_TABLES = {
  ...HOME_TABLES,
  metas: "metas",
  metas_entidades: "metas_entidades",
  metas_resultado: "metas_resultado"
} as const;

type Tables<K extends string> = Record<K, unknown[]>;
type FirstView = Record<string, Node | string>;
interface Components {
  homeFirstView: (tables: Tables<keyof typeof HOME_TABLES>) => FirstView;
  stateFirstView: (tables: Tables<keyof typeof STATE_TABLES>, clave: string) => FirstView;
  reportFirstView: (tables: Tables<keyof typeof REPORT_TABLES>, construccion: unknown) => FirstView;
}

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

let components: Promise<Components> | undefined;

/**
 * Sets up the globals the components need under Node (a jsdom window's `document`, `Node`, …) and the
 * resolution of Framework's `npm:` specifiers, once, and returns the first-view functions of the pages.
 */
function loadComponents(): Promise<Components> {
  components ??= (async () => {
    const {window} = new JSDOM("<!doctype html><html><body></body></html>");
    const g = globalThis as Record<string, unknown>;
    // The document and the DOM's classes (Node, NodeList, SVGElement…) that Node lacks; Node's own (URL, Event…) stay.
    const w = window as unknown as Record<string, unknown>;
    g.document ??= window.document;
    for (const name of Object.getOwnPropertyNames(window))
      if (/^[A-Z]/.test(name) && typeof w[name] === "function" && !(name in g)) g[name] = w[name];
    register("./lib/npm-specifiers.mjs", import.meta.url);
    // Computed addresses: the components are the site's (checked by tsconfig.site.json), not part of this program.
    const home = (await import(new URL("src/components/home-view.ts", root).href)) as Pick<Components, "homeFirstView">;
    const state = (await import(new URL("src/components/state-first-view.ts", root).href)) as Pick<
      Components,
      "stateFirstView"
    >;
    const report = (await import(new URL("src/components/report-view.ts", root).href)) as Pick<
      Components,
      "reportFirstView"
    >;
    return {
      homeFirstView: home.homeFirstView,
      stateFirstView: state.stateFirstView,
      reportFirstView: report.reportFirstView
    };
  })();
  return components;
}

/**
 * Where the built page `page` keeps a file of `data/registro/` it loads (`name`, e.g. "hitos.parquet"): the
 * hashed path its `registerFile` call names, relative to the page's folder; null when the page does not load it.
 */
function registeredPath(page: string, name: string): string | null {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return (
    page.match(new RegExp(`registerFile\\("(?:\\.\\.?/)+data/registro/${escaped}", \\{[^}]*"path":"([^"]+)"`))?.[1] ??
    null
  );
}

/** Parquet files already read, by path: the state pages all name the same ones. */
const parquetCache = new Map<string, Promise<unknown[]>>();

/**
 * Reads the Parquet files a built page loads (named in its `registerFile` calls, relative to the page's
 * folder `pageDir`), as the page's loadTable does.
 */
async function pageTables<K extends string>(
  pageDir: string,
  page: string,
  tables: Record<K, string>,
  pageName: string
): Promise<Tables<K>> {
  const entries = await Promise.all(
    (Object.entries(tables) as [K, string][]).map(async ([key, table]) => {
      const found = registeredPath(page, `${table}.parquet`);
      if (!found) throw new Error(`prerender: ${pageName} no carga ${table}.parquet`);
      const path = join(pageDir, found);
      let rows = parquetCache.get(path);
      if (!rows) {
        rows = readFile(path).then((bytes) =>
          parquetReadObjects({
            file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
            compressors: COMPRESSORS
          })
        );
        parquetCache.set(path, rows);
      }
      return [key, await rows] as const;
    })
  );
  return Object.fromEntries(entries) as Tables<K>;
}

/**
 * Fills the `data-ssr` placeholders of the page `file` (its text `page`) with `pieces`.
 *
 * @returns the keys filled and the page's size before and after, in bytes
 * @throws Error when placeholders and pieces do not match one to one
 */
async function fill(
  file: string,
  page: string,
  pieces: FirstView,
  pageName: string
): Promise<{keys: string[]; before: number; after: number}> {
  const placeholders = [...page.matchAll(/<(div|span) data-ssr="([^"]+)"><\/\1>/g)].map((m) => m[2]);
  const missing = Object.keys(pieces).filter((k) => !placeholders.includes(k));
  const unfilled = placeholders.filter((k) => !(k in pieces));
  if (missing.length || unfilled.length || new Set(placeholders).size !== placeholders.length)
    throw new Error(
      `prerender: los marcadores data-ssr de ${pageName} (${placeholders.join(", ")}) no corresponden a las piezas de la vista inicial (${Object.keys(pieces).join(", ")})`
    );
  const filled = page.replace(
    /<(div|span) data-ssr="([^"]+)"><\/\1>/g,
    (_, tag: string, key: string) => `<${tag} data-ssr="${key}">${markup(pieces[key])}</${tag}>`
  );
  await writeFile(file, filled);
  return {keys: placeholders, before: Buffer.byteLength(page), after: Buffer.byteLength(filled)};
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
  const {homeFirstView} = await loadComponents();
  return fill(file, page, homeFirstView(await pageTables(dir, page, HOME_TABLES, "index.html")), "index.html");
}

/**
 * Fills the `data-ssr` placeholders of every state page, `<dir>/estados/NN.html`, with its first view (the
 * opening summary, the milestones and where the sources disagree: `stateFirstView`).
 *
 * @returns how many pages were filled, the keys of each, and their total size before and after, in bytes
 * @throws Error when a page's placeholders and pieces do not match one to one, or a table is missing
 */
export async function prerenderStates(
  dir: string
): Promise<{pages: number; keys: string[]; before: number; after: number}> {
  const {stateFirstView} = await loadComponents();
  const files = (await readdir(join(dir, "estados"))).filter((f) => /^\d\d\.html$/.test(f)).sort();
  if (files.length === 0) throw new Error("prerender: no hay páginas de entidad en estados/");
  let [before, after] = [0, 0];
  const keys = new Set<string>();
  for (const name of files) {
    const file = join(dir, "estados", name);
    const page = await readFile(file, "utf8");
    const tables = await pageTables(join(dir, "estados"), page, STATE_TABLES, `estados/${name}`);
    const done = await fill(file, page, stateFirstView(tables, name.slice(0, 2)), `estados/${name}`);
    for (const k of done.keys) keys.add(k);
    before += done.before;
    after += done.after;
  }
  return {pages: files.length, keys: [...keys], before, after};
}

/**
 * Fills the `data-ssr` placeholder of `<dir>/reporte.html` with the report of the latest month (and the build's
 * `construccion.json`, which the page reads too).
 *
 * @returns the keys filled and the page's size before and after, in bytes
 * @throws Error when the placeholder and the piece do not match, or a table or construccion.json is missing
 */
export async function prerenderReport(dir: string): Promise<{keys: string[]; before: number; after: number}> {
  const file = join(dir, "reporte.html");
  const page = await readFile(file, "utf8");
  const {reportFirstView} = await loadComponents();
  const found = registeredPath(page, "construccion.json");
  if (!found) throw new Error("prerender: reporte.html no carga construccion.json");
  const construccion = JSON.parse(await readFile(join(dir, found), "utf8"));
  const tables = await pageTables(dir, page, REPORT_TABLES, "reporte.html");
  return fill(file, page, reportFirstView(tables, construccion), "reporte.html");
}

/**
 * Writes the first view of every page that has one — the home, the 32 state pages, the report — into the
 * built site in `dir` (see {@link prerenderHome}, {@link prerenderStates}, {@link prerenderReport}).
 *
 * @returns one line (Spanish) per page or group of pages: the pieces written and the size before and after
 * @throws Error as those three do
 */
export async function prerenderSite(dir: string): Promise<string[]> {
  const home = await prerenderHome(dir);
  const states = await prerenderStates(dir);
  const report = await prerenderReport(dir);
  return [
    `Vista inicial escrita en index.html (${home.keys.join(", ")}): ${home.before} → ${home.after} bytes.`,
    `Vista inicial escrita en ${states.pages} páginas de entidad (${states.keys.join(", ")}): ${states.before} → ${states.after} bytes.`,
    `Vista inicial escrita en reporte.html (${report.keys.join(", ")}): ${report.before} → ${report.after} bytes.`
  ];
}

// `tsx scripts/prerender.ts [CARPETA]`: fills an already built site (dist/ by default).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  for (const line of await prerenderSite(process.argv[2] ?? "dist")) process.stderr.write(`${line}\n`);
