import {html, svg} from "npm:htl";
import mexico from "npm:@svg-maps/mexico";
import {HATCHED, PHASES, PHASE_BY_ID, SEMAFOROS, SEMAFORO_BY_ID, textOn} from "./phase-style.js";

/** Where the geometry comes from, with its licence (shown under the map, as CC BY 4.0 asks). */
export function mapAttribution() {
  return html`<span>Geometría de los estados: «Map of Mexico», paquete <code>@svg-maps/mexico</code> 2.0.0 de Victor Cazanave, licencia <a href="https://creativecommons.org/licenses/by/4.0/deed.es" rel="license noopener noreferrer">CC BY 4.0</a></span>`;
}

/**
 * Tile-grid layout: [ISO 3166-2 suffix, column, row], one equal square per state so that Tlaxcala, Morelos
 * and Ciudad de México are as easy to point at as Chihuahua; neighbours stay roughly where they are.
 * @type {ReadonlyArray<[string, number, number]>}
 */
const TILES = [
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

/** The two colourings of the map: by phase, or by semáforo. */
export const COLORINGS = [
  {id: "fase", label: "Fase"},
  {id: "semaforo", label: "Semáforo"}
];

const isoSuffix = (iso) => iso.replace(/^MX-/, "");

/** Address of a state's page from a page at the site's root: `./estados/05.html`. */
export const statePageHref = (clave) => `./estados/${clave}.html`;

/** Fill, hatch, symbol and words of one state's row under a colouring. */
function look(row, coloring) {
  const phase = PHASE_BY_ID.get(row.fase) ?? {id: row.fase, label: row.fase, color: "#cccccc", symbol: "?"};
  const light = SEMAFORO_BY_ID.get(row.semaforo) ?? {
    id: row.semaforo,
    label: row.semaforo,
    color: "#cccccc",
    ink: "inherit",
    symbol: "?"
  };
  const by = coloring === "semaforo" ? light : phase;
  return {id: by.id, color: by.color, symbol: by.symbol, hatched: HATCHED.has(by.id), phase, light};
}

/** "Coahuila: PAL en seguimiento (ejercicio 1), cierta; semáforo Verde: dentro del plazo; 5 meses en la fase". */
export function stateSummary(row) {
  const {phase, light} = look(row, "fase");
  const certainty =
    row.certeza === "cierta"
      ? "fase cierta"
      : `fase posible: quizá ya en ${PHASE_BY_ID.get(row.fase_posible)?.label ?? row.fase_posible}`;
  const months =
    row.meses_en_fase === null || row.meses_en_fase === undefined
      ? ""
      : `; ${row.meses_en_fase} ${row.meses_en_fase === 1 ? "mes" : "meses"} en la fase`;
  return `${row.nombre_corto}: ${phase.label}${row.ejercicio ? ` (ejercicio ${row.ejercicio})` : ""}, ${certainty}; semáforo ${light.label}${months}`;
}

let instances = 0;

/** SVG <defs> with one hatch pattern per hatched value (base colour + grey diagonal lines). */
function hatchDefs(prefix) {
  const ids = [...PHASES, ...SEMAFOROS].filter((v) => HATCHED.has(v.id));
  return svg`<defs>${ids.map(
    (
      v
    ) => svg`<pattern id=${`${prefix}-${v.id}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill=${v.color}></rect><line x1="0" y1="0" x2="0" y2="6" stroke="#8a8a8a" stroke-width="1.5"></line>
    </pattern>`
  )}</defs>`;
}

const fillOf = (l, prefix) => (l.hatched ? `url(#${prefix}-${l.id})` : l.color);

/** Adds a floating card with a state's figures on hover and keyboard focus; the links carry the same text. */
function withTooltip(figure, rows) {
  const byClave = new Map(rows.map((r) => [r.clave_inegi, r]));
  const tip = html`<div class="mapa-ficha" aria-hidden="true" hidden></div>`;
  figure.append(tip);
  const show = (link, x, y) => {
    const row = byClave.get(link.dataset.clave);
    if (!row) return;
    const {phase, light} = look(row, "fase");
    tip.replaceChildren(
      html`<strong>${row.nombre_corto}</strong>`,
      html`<div>Fase: ${phase.label}${row.ejercicio ? ` (ejercicio ${row.ejercicio})` : ""}</div>`,
      html`<div>Certeza: ${row.certeza === "cierta" ? "cierta" : `posible (quizá ya en ${PHASE_BY_ID.get(row.fase_posible)?.label ?? row.fase_posible})`}</div>`,
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
  const hide = () => (tip.hidden = true);
  figure.addEventListener("pointermove", (event) => {
    const link = event.target.closest?.("a.entidad");
    if (link) show(link, event.clientX, event.clientY);
    else hide();
  });
  figure.addEventListener("pointerleave", hide);
  figure.addEventListener("focusin", (event) => {
    const link = event.target.closest?.("a.entidad");
    if (!link) return;
    const r = link.getBoundingClientRect();
    show(link, r.left + r.width / 2, r.top + r.height / 2);
  });
  figure.addEventListener("focusout", hide);
  return figure;
}

/**
 * Writes each state's symbol at the centre of its shape once the map is on the page (it needs layout), in
 * a layer of its own outside the links (hidden from assistive technology: the links' names say it all).
 */
function placeSymbols(root, rows, coloring) {
  const byClave = new Map(rows.map((r) => [r.clave_inegi, r]));
  const layer = svg`<g class="rotulos" aria-hidden="true"></g>`;
  root.append(layer);
  const place = () => {
    if (!root.isConnected) return requestAnimationFrame(place);
    for (const path of root.querySelectorAll("path[data-clave]")) {
      const l = look(byClave.get(path.dataset.clave), coloring);
      const b = path.getBBox();
      layer.append(
        svg`<text class="mapa-simbolo" x=${b.x + b.width / 2} y=${b.y + b.height / 2} fill=${l.hatched ? "#000" : textOn(l.color)}>${l.symbol}</text>`
      );
    }
  };
  requestAnimationFrame(place);
}

/**
 * Mexico's 32 states as a choropleth on one date, coloured by phase or by semáforo. Each state is a link
 * (`a.entidad`, keyboard-reachable, its accessible name says its figures) to its page (`stateHref`, by
 * default `./estados/<clave>.html`, for a page at the site's root); its shape carries `data-clave` (INEGI
 * key). Hatched: no process to colour.
 *
 * @param {Array<Record<string, any>>} rows one per state: `fases_mensuales` on the date + `iso_3166_2`, `nombre_corto`
 * @param {{width: number, coloring?: "fase"|"semaforo", caption?: string, stateHref?: (clave: string) => string}} options
 */
export function mexicoMap(rows, {width, coloring = "fase", caption = "", stateHref = statePageHref}) {
  const prefix = `mapa${++instances}`;
  const byIso = new Map(rows.map((r) => [isoSuffix(r.iso_3166_2).toLowerCase(), r]));
  const [, , w, h] = mexico.viewBox.split(" ").map(Number);
  const shown = Math.min(width, 960);
  const map = svg`<svg class="mapa-mexico" viewBox=${mexico.viewBox} width=${shown} height=${Math.round((shown * h) / w)} role="group" aria-label=${caption}>
    ${hatchDefs(prefix)}
    ${mexico.locations.map((loc) => {
      const row = byIso.get(loc.id);
      if (!row) return null;
      const l = look(row, coloring);
      return svg`<a class="entidad" href=${stateHref(row.clave_inegi)} data-clave=${row.clave_inegi} aria-label=${stateSummary(row)}>
        <path d=${loc.path} data-clave=${row.clave_inegi} data-valor=${l.id} fill=${fillOf(l, prefix)}></path>
      </a>`;
    })}
  </svg>`;
  placeSymbols(map, rows, coloring);
  return withTooltip(html`<figure class="mapa">${map}</figure>`, rows);
}

/**
 * The same states as a tile grid: one equal square each, with its ISO code and the phase number or
 * semáforo symbol written on it. Same links, names and `data-clave` as the map.
 *
 * @param {Array<Record<string, any>>} rows as for mexicoMap
 * @param {{width: number, coloring?: "fase"|"semaforo", caption?: string, stateHref?: (clave: string) => string}} options
 */
export function tileGridMap(rows, {width, coloring = "fase", caption = "", stateHref = statePageHref}) {
  const prefix = `mosaico${++instances}`;
  const byIso = new Map(rows.map((r) => [isoSuffix(r.iso_3166_2), r]));
  const size = Math.max(34, Math.min(72, Math.floor(width / 9)));
  const gap = 3;
  const tiles = TILES.map(([iso, col, line]) => ({iso, x: col * size, y: line * size, row: byIso.get(iso)})).filter(
    (t) => t.row
  );
  const grid = svg`<svg class="mapa-mosaico" viewBox=${`0 0 ${9 * size} ${5 * size}`} width=${9 * size} height=${5 * size} role="group" aria-label=${caption}>
    ${hatchDefs(prefix)}
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

/**
 * The legend of a colouring, in words, with the number of states in each value on the date; values that
 * no state has and that are not part of the process (sin seguimiento) are left out.
 *
 * @param {Array<Record<string, any>>} rows as for mexicoMap
 * @param {{coloring?: "fase"|"semaforo"}} options
 */
export function mapLegend(rows, {coloring = "fase"}) {
  const values = coloring === "semaforo" ? SEMAFOROS : PHASES;
  const key = coloring === "semaforo" ? "semaforo" : "fase";
  const counts = new Map();
  for (const r of rows) counts.set(r[key], (counts.get(r[key]) ?? 0) + 1);
  const listed = values.filter((v) => counts.get(v.id) || v.id !== "sin_seguimiento");
  return html`<ul class="leyenda" aria-label=${`Leyenda: ${coloring === "semaforo" ? "semáforo" : "fase"}`}>${listed.map(
    (v) =>
      html`<li><span class="muestra${HATCHED.has(v.id) ? " rayada" : ""}" style=${{"--muestra": v.color, color: HATCHED.has(v.id) ? "#000" : textOn(v.color)}} aria-hidden="true">${v.symbol}</span> ${v.label} <span class="cuenta">(${counts.get(v.id) ?? 0})</span></li>`
  )}</ul>`;
}

/** "8 en PAL en seguimiento, 7 en STL instalado / mesas, …": the map in one sentence, for its caption. */
export function mapSentence(rows, {coloring = "fase"}) {
  const values = coloring === "semaforo" ? SEMAFOROS : PHASES;
  const key = coloring === "semaforo" ? "semaforo" : "fase";
  return values
    .map((v) => [v, rows.filter((r) => r[key] === v.id).length])
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${coloring === "semaforo" ? "con" : "en"} ${v.label}`)
    .join(", ");
}
