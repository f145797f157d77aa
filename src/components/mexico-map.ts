import mexico from "npm:@svg-maps/mexico";
import {html, svg} from "npm:htl";
import {LOGRO_LABELS} from "../lib/model/vocabulary.js";
import type {Option} from "./controls.js";
import type {Construccion, Entidad, MonthlyPhase} from "./load-table.js";
import {
  HATCHED,
  LOGRO_BY_ID,
  LOGROS,
  type Look,
  PHASE_BY_ID,
  PHASES,
  SEMAFORO_BY_ID,
  SEMAFOROS,
  type SemaforoLook,
  textOn
} from "./phase-style.js";
import {datedHref} from "./url-state.js";
import {viewExport} from "./view-export.js";

/** One state on the map: its row of `fases_mensuales` on the date, with its short name and ISO 3166-2 code. */
export type MapRow = MonthlyPhase & {nombre_corto: string; iso_3166_2: string};

/**
 * The 32 states on one date, ready for the map, the legend and the tables: each state's row of
 * `fases_mensuales` with its names (from `entidades`), sorted by name. A state with no row on the date is left
 * out (the legend then adds up to fewer than 32, which the tests would catch).
 */
export function statesOnDate(fases: readonly MonthlyPhase[], entidades: readonly Entidad[], fecha: string): MapRow[] {
  const entidad = new Map(entidades.map((e) => [e.clave_inegi, e]));
  return fases
    .filter((r) => r.fecha === fecha)
    .map((r) => ({
      ...r,
      nombre_corto: entidad.get(r.clave_inegi)?.nombre_corto ?? r.clave_inegi,
      iso_3166_2: entidad.get(r.clave_inegi)?.iso_3166_2 ?? ""
    }))
    .sort((a, b) => a.nombre_corto.localeCompare(b.nombre_corto, "es"));
}

/** Where the geometry comes from, with its licence (shown under the map, as CC BY 4.0 asks). */
export function mapAttribution(): HTMLElement {
  return html`<span>Geometría de los estados: «Map of Mexico», paquete <code>@svg-maps/mexico</code> 2.0.0 de Victor Cazanave, licencia <a href="https://creativecommons.org/licenses/by/4.0/deed.es" rel="license noopener noreferrer">CC BY 4.0</a></span>`;
}

/**
 * Tile-grid layout: [ISO 3166-2 suffix, column, row], one equal square per state so that Tlaxcala, Morelos
 * and Ciudad de México are as easy to point at as Chihuahua; neighbours stay roughly where they are.
 */
const TILES: readonly (readonly [string, number, number])[] = [
  ["BCN", 0, 0],
  ["SON", 1, 0],
  ["CHH", 2, 0],
  ["COA", 3, 0],
  ["NLE", 4, 0],
  ["BCS", 0, 1],
  ["SIN", 1, 1],
  ["DUR", 2, 1],
  ["ZAC", 3, 1],
  ["SLP", 4, 1],
  ["TAM", 5, 1],
  ["NAY", 1, 2],
  ["AGU", 2, 2],
  ["GUA", 3, 2],
  ["QUE", 4, 2],
  ["HID", 5, 2],
  ["VER", 6, 2],
  ["JAL", 1, 3],
  ["MIC", 2, 3],
  ["MEX", 3, 3],
  ["CMX", 4, 3],
  ["TLA", 5, 3],
  ["PUE", 6, 3],
  ["YUC", 8, 3],
  ["COL", 1, 4],
  ["GRO", 2, 4],
  ["MOR", 3, 4],
  ["OAX", 4, 4],
  ["CHP", 5, 4],
  ["TAB", 6, 4],
  ["CAM", 7, 4],
  ["ROO", 8, 4]
];

/** What the map can be coloured by: a state's position (the phase of its current ejercicio), what it had
 * achieved across its ejercicios (`logro`), or its semáforo. */
export type Coloring = "fase" | "logro" | "semaforo";

/** The colourings of the map, as the page offers them. */
export const COLORINGS: readonly Option<Coloring>[] = [
  {id: "fase", label: "Fase"},
  {id: "logro", label: "Lo logrado"},
  {id: "semaforo", label: "Semáforo"}
];

/** The column of `fases_mensuales` each colouring reads. */
const COLUMN: Record<Coloring, "fase" | "logro" | "semaforo"> = {fase: "fase", logro: "logro", semaforo: "semaforo"};

/** The values of each colouring, in legend order. */
const VALUES: Record<Coloring, readonly Look[]> = {fase: PHASES, logro: LOGROS, semaforo: SEMAFOROS};

/** The colouring in words, inside a sentence: "por fase", "por lo logrado", "por semáforo". */
export const COLORING_TEXT: Record<Coloring, string> = {fase: "fase", logro: "lo logrado", semaforo: "semáforo"};

const isoSuffix = (iso: string) => iso.replace(/^MX-/, "");

/** Address of a state's page from a page at the site's root, keeping the view's date: `./estados/05.html?fecha=…`. */
export const statePageHref = (clave: string, fecha?: string | null): string =>
  datedHref(`./estados/${clave}.html`, fecha);

const UNKNOWN = (id: string): Look => ({id, label: id, color: "#cccccc", symbol: "?"});

/** Fill, hatch, symbol and words of one state's row under a colouring. */
function look(row: MonthlyPhase, coloring: Coloring) {
  const phase = PHASE_BY_ID.get(row.fase) ?? UNKNOWN(row.fase);
  const light: SemaforoLook = SEMAFORO_BY_ID.get(row.semaforo) ?? {
    ...UNKNOWN(row.semaforo),
    id: row.semaforo,
    ink: "inherit"
  };
  const logro = LOGRO_BY_ID.get(row.logro) ?? UNKNOWN(row.logro);
  const by = coloring === "semaforo" ? light : coloring === "logro" ? logro : phase;
  return {id: by.id, color: by.color, symbol: by.symbol, hatched: HATCHED.has(by.id), phase, light, logro};
}

/** "2 PAL publicados" / "PAL publicado" / "": the plans behind an attainment, when more than one. */
function achievedText(row: MonthlyPhase): string {
  const plans = row.pal_publicados ?? 0;
  return `${LOGRO_LABELS[row.logro]}${plans > 1 ? ` (${plans} planes)` : ""}`;
}

/** "Coahuila: PAL en seguimiento (ejercicio 1), cierta; logrado: PAL publicado; semáforo Verde: dentro del plazo; 5 meses en la fase". */
export function stateSummary(row: MapRow): string {
  const {phase, light} = look(row, "fase");
  const certainty =
    row.certeza === "cierta"
      ? "fase cierta"
      : `fase posible: quizá ya en ${PHASE_BY_ID.get(row.fase_posible)?.label ?? row.fase_posible}`;
  const months =
    row.meses_en_fase === null || row.meses_en_fase === undefined
      ? ""
      : `; ${row.meses_en_fase} ${row.meses_en_fase === 1 ? "mes" : "meses"} en la fase`;
  return `${row.nombre_corto}: ${phase.label}${row.ejercicio ? ` (ejercicio ${row.ejercicio})` : ""}, ${certainty}; logrado: ${achievedText(row)}; semáforo ${light.label}${months}`;
}

let instances = 0;

/**
 * SVG <defs> with one hatch pattern per hatched value of the colouring (base colour + grey diagonal lines).
 * Only the colouring's own values: phases, attainments and semáforo lights share ids (`sin_dato`, each with
 * its own grey), and one map must hold each id once.
 */
function hatchDefs(prefix: string, coloring: Coloring): SVGElement {
  const ids = VALUES[coloring].filter((v) => HATCHED.has(v.id));
  return svg`<defs>${ids.map(
    (
      v
    ) => svg`<pattern id=${`${prefix}-${v.id}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill=${v.color}></rect><line x1="0" y1="0" x2="0" y2="6" stroke="#8a8a8a" stroke-width="1.5"></line>
    </pattern>`
  )}</defs>`;
}

const fillOf = (l: {hatched: boolean; id: string; color: string}, prefix: string) =>
  l.hatched ? `url(#${prefix}-${l.id})` : l.color;

/** The state link (`a.entidad`) an event happened in, if any. */
const stateLink = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<SVGAElement>("a.entidad") : null;

/** Adds a floating card with a state's figures on hover and keyboard focus; the links carry the same text. */
function withTooltip(figure: HTMLElement, rows: readonly MapRow[]): HTMLElement {
  const byClave = new Map(rows.map((r) => [r.clave_inegi, r]));
  const tip = html`<div class="mapa-ficha" aria-hidden="true" hidden></div>`;
  figure.append(tip);
  const show = (link: SVGAElement, x: number, y: number) => {
    const row = byClave.get(link.dataset.clave ?? "");
    if (!row) return;
    const {phase, light} = look(row, "fase");
    tip.replaceChildren(
      html`<strong>${row.nombre_corto}</strong>`,
      html`<div>Fase: ${phase.label}${row.ejercicio ? ` (ejercicio ${row.ejercicio})` : ""}</div>`,
      html`<div>Certeza: ${row.certeza === "cierta" ? "cierta" : `posible (quizá ya en ${PHASE_BY_ID.get(row.fase_posible)?.label ?? row.fase_posible})`}</div>`,
      html`<div>Logrado: ${achievedText(row)}</div>`,
      html`<div>Semáforo: <span style=${{color: light.ink}}>${light.symbol}</span> ${light.label}</div>`,
      html`<div>Meses en la fase: ${row.meses_en_fase ?? "—"}</div>`,
      html`<small>Clic o Intro: su página</small>`
    );
    tip.hidden = false;
    const box = figure.getBoundingClientRect();
    const left = Math.min(Math.max(0, x - box.left + 12), box.width - tip.offsetWidth);
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(0, y - box.top + 12)}px`;
  };
  const hide = () => {
    tip.hidden = true;
  };
  figure.addEventListener("pointermove", (event) => {
    const link = stateLink(event.target);
    if (link) show(link, event.clientX, event.clientY);
    else hide();
  });
  figure.addEventListener("pointerleave", hide);
  figure.addEventListener("focusin", (event) => {
    const link = stateLink(event.target);
    if (!link) return;
    const r = link.getBoundingClientRect();
    show(link, r.left + r.width / 2, r.top + r.height / 2);
  });
  figure.addEventListener("focusout", hide);
  return figure;
}

/**
 * Centre of the box around an SVG path (`{x, y}`, in the path's own units), computed from its data alone — no
 * layout, so it works before the map is on a page and at build time (the home's first view is rendered into
 * its HTML by scripts/prerender.ts). Reads the commands the map's geometry uses (`M`/`m`, `L`/`l`, `H`/`h`,
 * `V`/`v`, `Z`/`z`, pairs after a moveto being linetos); a curve's control points count as points, so its box
 * may be a little larger than the drawn one.
 *
 * @throws Error when the path has another command (a curve or arc it cannot bound) or no point
 */
export function pathCentre(d: string): {x: number; y: number} {
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  const add = () => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  };
  for (const [, command, args] of d.matchAll(/([MmLlHhVvZzCcSsQqTtAa])([^MmLlHhVvZzCcSsQqTtAa]*)/g)) {
    const n = (args.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    const relative = command === command.toLowerCase();
    switch (command.toLowerCase()) {
      case "m":
      case "l":
        for (let i = 0; i + 1 < n.length; i += 2) {
          x = relative ? x + n[i] : n[i];
          y = relative ? y + n[i + 1] : n[i + 1];
          if (i === 0 && command.toLowerCase() === "m") [startX, startY] = [x, y];
          add();
        }
        break;
      case "h":
        for (const v of n) {
          x = relative ? x + v : v;
          add();
        }
        break;
      case "v":
        for (const v of n) {
          y = relative ? y + v : v;
          add();
        }
        break;
      case "z":
        [x, y] = [startX, startY];
        break;
      default:
        throw new Error(`pathCentre: orden de trazo no admitida «${command}»`);
    }
  }
  if (minX > maxX) throw new Error("pathCentre: el trazo no tiene puntos");
  return {x: (minX + maxX) / 2, y: (minY + maxY) / 2};
}

/** Where each state's symbol goes on the map (centre of its shape's box), by the geometry's id (`coa`). */
const CENTRES = new Map(mexico.locations.map((loc) => [loc.id, pathCentre(loc.path)]));

/**
 * Each state's symbol at the centre of its shape, in a layer of its own outside the links (hidden from
 * assistive technology: the links' names say it all).
 */
function symbolLayer(rows: ReadonlyMap<string, MapRow>, coloring: Coloring): SVGElement {
  return svg`<g class="rotulos" aria-hidden="true">${mexico.locations.map((loc) => {
    const row = rows.get(loc.id);
    const centre = CENTRES.get(loc.id);
    if (!row || !centre) return null;
    const l = look(row, coloring);
    return svg`<text class="mapa-simbolo" x=${centre.x.toFixed(2)} y=${centre.y.toFixed(2)} fill=${l.hatched ? "#000" : textOn(l.color)}>${l.symbol}</text>`;
  })}</g>`;
}

/** Options of {@link mexicoMap} and {@link tileGridMap}. */
export interface MapOptions {
  /** Width available, in px. */
  width: number;
  coloring?: Coloring;
  /** The map in one sentence (its accessible name). */
  caption?: string;
  /** Where a state leads; by default its page at the view's date (`fecha`). */
  stateHref?: (clave: string) => string;
  /** The view's date, carried by the links to the state pages. */
  fecha?: string | null;
  /** Prefix of the ids inside the map (its hatch patterns); by default one of its own per map drawn. */
  idPrefix?: string;
}

/**
 * Mexico's 32 states as a choropleth on one date, coloured by phase, by what they had achieved (`logro`)
 * or by semáforo. Each state is a link (`a.entidad`, keyboard-reachable, its accessible name says its
 * figures) to its page at the same date (`stateHref`, by default `./estados/<clave>.html?fecha=…`, for a
 * page at the site's root); its shape carries `data-clave` (INEGI key) and `data-valor` (its value under the
 * colouring). Hatched: nothing to colour.
 *
 * @param rows one per state ({@link statesOnDate})
 */
export function mexicoMap(
  rows: readonly MapRow[],
  {
    width,
    coloring = "fase",
    caption = "",
    fecha,
    stateHref = (clave) => statePageHref(clave, fecha),
    idPrefix
  }: MapOptions
): HTMLElement {
  const prefix = idPrefix ?? `mapa${++instances}`;
  const byIso = new Map(rows.map((r) => [isoSuffix(r.iso_3166_2).toLowerCase(), r]));
  const [, , w, h] = mexico.viewBox.split(" ").map(Number);
  const shown = Math.min(width, 960);
  const map = svg<SVGSVGElement>`<svg class="mapa-mexico" viewBox=${mexico.viewBox} width=${shown} height=${Math.round((shown * h) / w)} role="group" aria-label=${caption}>
    ${hatchDefs(prefix, coloring)}
    ${mexico.locations.map((loc) => {
      const row = byIso.get(loc.id);
      if (!row) return null;
      const l = look(row, coloring);
      return svg`<a class="entidad" href=${stateHref(row.clave_inegi)} data-clave=${row.clave_inegi} aria-label=${stateSummary(row)}>
        <path d=${loc.path} data-clave=${row.clave_inegi} data-valor=${l.id} fill=${fillOf(l, prefix)}></path>
      </a>`;
    })}
    ${symbolLayer(byIso, coloring)}
  </svg>`;
  return withTooltip(html`<figure class="mapa">${map}</figure>`, rows);
}

/**
 * The same states as a tile grid: one equal square each, with its ISO code and the mark of its value
 * written on it. Same links, names, `data-clave` and `data-valor` as the map.
 */
export function tileGridMap(
  rows: readonly MapRow[],
  {
    width,
    coloring = "fase",
    caption = "",
    fecha,
    stateHref = (clave) => statePageHref(clave, fecha),
    idPrefix
  }: MapOptions
): HTMLElement {
  const prefix = idPrefix ?? `mosaico${++instances}`;
  const byIso = new Map(rows.map((r) => [isoSuffix(r.iso_3166_2), r]));
  const size = Math.max(34, Math.min(72, Math.floor(width / 9)));
  const gap = 3;
  const tiles = TILES.flatMap(([iso, col, line]) => {
    const row = byIso.get(iso);
    return row ? [{iso, x: col * size, y: line * size, row}] : [];
  });
  const grid = svg`<svg class="mapa-mosaico" viewBox=${`0 0 ${9 * size} ${5 * size}`} width=${9 * size} height=${5 * size} role="group" aria-label=${caption}>
    ${hatchDefs(prefix, coloring)}
    ${tiles.map(({x, y, row}) => {
      const l = look(row, coloring);
      return svg`<a class="entidad" href=${stateHref(row.clave_inegi)} data-clave=${row.clave_inegi} aria-label=${stateSummary(row)}>
        <rect x=${x + gap / 2} y=${y + gap / 2} width=${size - gap} height=${size - gap} rx="4" data-clave=${row.clave_inegi} data-valor=${l.id} fill=${fillOf(l, prefix)}></rect>
      </a>`;
    })}
    <g class="rotulos" aria-hidden="true">${tiles.map(({iso, x, y, row}) => {
      const l = look(row, coloring);
      const ink = l.hatched ? "#000000" : textOn(l.color);
      return svg`<text x=${x + size / 2} y=${y + size * 0.42} fill=${ink} class="mosaico-clave">${iso}</text>
        <text x=${x + size / 2} y=${y + size * 0.78} fill=${ink} class="mosaico-simbolo">${l.symbol}</text>`;
    })}</g>
  </svg>`;
  return withTooltip(html`<figure class="mapa">${grid}</figure>`, rows);
}

/** How many states have each value of a colouring on the date. */
function countsBy(rows: readonly MapRow[], coloring: Coloring): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r[COLUMN[coloring]], (counts.get(r[COLUMN[coloring]]) ?? 0) + 1);
  return counts;
}

/**
 * The legend of a colouring, in words, with the number of states in each value on the date (each item
 * `data-valor`, its count `data-cuenta`: the counts add up to the states drawn, 32). Values no state has are
 * left out when they are not steps of the process (sin seguimiento). Under «lo logrado», the states with at
 * least an STL and at least a PAL are added up, as the headline figures count them.
 */
export function mapLegend(rows: readonly MapRow[], {coloring = "fase"}: {coloring?: Coloring}): HTMLElement {
  const counts = countsBy(rows, coloring);
  const listed = VALUES[coloring].filter((v) => counts.get(v.id) || v.id !== "sin_seguimiento");
  const n = (...ids: string[]) => ids.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
  return html`<div class="leyenda-bloque"><ul class="leyenda" aria-label=${`Leyenda: ${COLORING_TEXT[coloring]}`}>${listed.map(
    (v) =>
      html`<li data-valor=${v.id}><span class="muestra${HATCHED.has(v.id) ? " rayada" : ""}" style=${{"--muestra": v.color, color: HATCHED.has(v.id) ? "#000" : textOn(v.color)}} aria-hidden="true">${v.symbol}</span> ${v.label} <span class="cuenta">(<span data-cuenta>${counts.get(v.id) ?? 0}</span>)</span></li>`
  )}</ul>${
    coloring === "logro"
      ? html`<p class="nota"><small>Con STL instalado o más: ${n("stl", "pal", "ciclo_cerrado")}; con al menos un PAL publicado: ${n("pal", "ciclo_cerrado")}.</small></p>`
      : ""
  }</div>`;
}

/** "8 en PAL en seguimiento, 7 en STL instalado / mesas, …": the map in one sentence, for its caption. */
export function mapSentence(rows: readonly MapRow[], {coloring = "fase"}: {coloring?: Coloring}): string {
  const counts = countsBy(rows, coloring);
  const word = coloring === "fase" ? "en" : "con";
  return VALUES[coloring]
    .filter((v) => counts.get(v.id))
    .map((v) => `${counts.get(v.id)} ${word} ${v.label}`)
    .join(", ");
}

/**
 * What the map (or tile grid) shows, as rows for «Datos de esta vista»: one per state drawn, with its INEGI
 * key, its name and, in Spanish words, the value it is coloured by and the figures its card shows (phase
 * and its certainty, what it had achieved, semáforo, months in the phase; empty where the record has none).
 */
export function mapViewData(
  rows: readonly MapRow[],
  coloring: Coloring
): {columns: {name: string; type?: "integer"}[]; rows: Record<string, string | number | null>[]} {
  const columns = [
    {name: "clave_inegi"},
    {name: "entidad"},
    {name: `color_${COLUMN[coloring]}`},
    {name: "fase"},
    {name: "ejercicio", type: "integer" as const},
    {name: "certeza"},
    {name: "logrado"},
    {name: "semaforo"},
    {name: "meses_en_fase", type: "integer" as const}
  ];
  const out = [...rows]
    .sort((a, b) => a.clave_inegi.localeCompare(b.clave_inegi))
    .map((row) => {
      const l = look(row, coloring);
      const by = coloring === "semaforo" ? l.light : coloring === "logro" ? l.logro : l.phase;
      return {
        clave_inegi: row.clave_inegi,
        entidad: row.nombre_corto,
        [`color_${COLUMN[coloring]}`]: by.label,
        fase: l.phase.label,
        ejercicio: row.ejercicio ?? null,
        certeza: row.certeza === "cierta" ? "cierta" : "posible",
        logrado: achievedText(row),
        semaforo: l.light.label,
        meses_en_fase: row.meses_en_fase ?? null
      };
    });
  return {columns, rows: out};
}

/** The map geometry's attribution in plain text, as exported images carry it. */
export const MAP_GEOMETRY_LICENCE =
  "Geometría de los estados: «Map of Mexico», @svg-maps/mexico 2.0.0 de Victor Cazanave, licencia CC BY 4.0";

/** The source line of the map views. */
export const MAP_SOURCE =
  "registro del Tablero de Gobierno Abierto Local: hitos fechados de cada entidad y estatus reportados por el INAI, con la fuente de cada hecho";

/**
 * The export menu of the national map (or tile grid) on a date: PNG, SVG, the rows it shows as CSV, link,
 * embed (`embed`: the embeddable page, relative to the current page) and citation. `container` holds the
 * map's figure (the page may redraw it as it resizes).
 */
export function mapExport(
  rows: readonly MapRow[],
  {
    coloring,
    fecha,
    dateText,
    container,
    construccion,
    embed
  }: {
    coloring: Coloring;
    fecha: string;
    dateText: string;
    container: () => Element | null;
    construccion: Pick<Construccion, "fecha_construccion" | "fecha_registro">;
    embed?: string;
  }
): HTMLElement {
  const label = COLORINGS.find((c) => c.id === coloring)?.label ?? coloring;
  return viewExport(() => container()?.querySelector<SVGSVGElement>("figure.mapa svg") ?? null, {
    title: `${label} de las 32 entidades al ${dateText}`,
    date: dateText,
    source: MAP_SOURCE,
    licences: [MAP_GEOMETRY_LICENCE],
    legend: mapLegendItems(rows, coloring),
    ...mapViewData(rows, coloring),
    filename: `mapa-${coloring}-${fecha}`,
    embed,
    construccion
  });
}

/** The legend of a colouring as exported images draw it: the values the legend lists, with their counts. */
function mapLegendItems(rows: readonly MapRow[], coloring: Coloring) {
  const counts = countsBy(rows, coloring);
  return VALUES[coloring]
    .filter((v) => counts.get(v.id) || v.id !== "sin_seguimiento")
    .map((v) => ({
      color: v.color,
      symbol: v.symbol,
      ink: HATCHED.has(v.id) ? "#000000" : textOn(v.color),
      hatched: HATCHED.has(v.id),
      label: `${v.label} (${counts.get(v.id) ?? 0})`
    }));
}
