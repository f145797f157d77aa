import {html, svg} from "npm:htl";
import {recordEndOnViewDate} from "../lib/as-of.js";
import {type DatedAttainment, datedAttainmentsAsOf} from "../lib/attainment.js";
import {formatInterval} from "../lib/model/dates.js";
import {LOGRO_LABELS} from "../lib/model/vocabulary.js";
import type {MonthlyPhase} from "../lib/monthly-phases.js";
import {dayText, monthText} from "./date-text.js";
import type {Construccion} from "./load-table.js";
import {PHASE_BY_ID, PHASES, SEMAFORO_BY_ID, SEMAFOROS, textOn} from "./phase-style.js";
import {chartSvg, viewExport} from "./view-export.js";
import {readerQuote} from "../lib/source-citation.js";

interface PhaseStyle {
  id: string;
  label: string;
  color: string;
  symbol: string;
}
interface LightStyle extends PhaseStyle {
  ink: string;
}

/** The catalogue's words for a metric (a row of `catalogo_metricas`): the fields the legend shows. */
export interface CatalogueRule {
  descripcion: string;
  formula: string;
  fuente: string;
}

const phaseOf = (id: string): PhaseStyle =>
  (PHASE_BY_ID.get(id) as PhaseStyle | undefined) ?? {id, label: id, color: "#cccccc", symbol: "?"};
const lightOf = (id: string): LightStyle =>
  (SEMAFORO_BY_ID.get(id) as LightStyle | undefined) ?? {id, label: id, color: "#cccccc", ink: "inherit", symbol: "?"};

/** "PAL en seguimiento (ejercicio 2)". */
function phaseText(fase: string, ejercicio: number | null): string {
  return `${phaseOf(fase).label}${ejercicio ? ` (ejercicio ${ejercicio})` : ""}`;
}

/** The phase's certainty in words: "segura: …" or "no segura: … ya estuviera en Evaluación (ejercicio 2)". */
function certaintyText(row: MonthlyPhase): string {
  if (row.certeza === "cierta") return "segura: ninguna fase más avanzada era posible";
  const exercise =
    row.ejercicio_posible && row.ejercicio_posible !== row.ejercicio ? ` (ejercicio ${row.ejercicio_posible})` : "";
  return `no segura: las fechas de las fuentes permiten que ya estuviera en ${phaseOf(row.fase_posible).label}${exercise}`;
}

/** A dated achievement in a few words: «PAL 1», «Declaratoria», «Cierre del ciclo 2». */
function attainmentName(l: DatedAttainment): string {
  if (l.logro === "pal") return `PAL ${l.ejercicio}`;
  if (l.logro === "ciclo_cerrado") return `Cierre del ciclo ${l.ejercicio}`;
  if (l.logro === "stl") return "STL instalado";
  return LOGRO_LABELS[l.logro];
}

/**
 * What the state had achieved by the month, beside where its current ejercicio stands — «PAL 1: 4 de agosto
 * de 2016 · ejercicio 2: Sensibilización» —: each dated achievement (`logros`, as `datedAttainmentsAsOf` lets
 * a view of that date show them) certain by the view date with its date as precise as its source, those only
 * possible by then (their dates reach past it) marked «quizá», then the phase of the current ejercicio. The counts come from the month's
 * row of `fases_mensuales` (`logro`, `pal_publicados`, `ciclos_cerrados`): a plan the record knows only from
 * a later ejercicio is counted there without a date of its own.
 *
 * @param row the state's row of `fases_mensuales` on the month (its `fecha` is the view date)
 * @param logros the state's rows of `logros`
 */
export function attainmentLine(row: MonthlyPhase, logros: readonly DatedAttainment[]): HTMLElement {
  const shown = datedAttainmentsAsOf(logros, row.clave_inegi, row.fecha);
  const certain = shown.filter((l) => l.posterior === "no");
  const possible = shown.filter((l) => l.posterior === "posible");
  const datedPlans = certain.filter((l) => l.logro === "pal").length;
  const undatedPlans = Math.max(0, (row.pal_publicados ?? 0) - datedPlans);
  const items = [
    ...certain.map(
      (l) =>
        html`<span class="logro" data-logro=${l.logro} data-ejercicio=${l.ejercicio}><strong>${attainmentName(l)}</strong>: ${formatInterval(l.fecha_min, l.fecha_max)}</span>`
    ),
    ...(undatedPlans
      ? [
          html`<span class="logro" data-logro="pal" data-sin-fecha="si"><strong>${undatedPlans === 1 ? "1 PAL" : `${undatedPlans} PAL`}</strong> más sin fecha en el registro (se deduce de un ejercicio posterior)</span>`
        ]
      : []),
    ...possible.map(
      (l) =>
        html`<span class="logro logro-posible" data-logro=${l.logro} data-certeza="posible">quizá <strong>${attainmentName(l)}</strong>: ${formatInterval(l.fecha_min, l.fecha_max)}</span>`
    )
  ];
  const position =
    row.fase === "sin_dato"
      ? html`<span class="sin-dato">posición sin dato</span>`
      : row.ejercicio
        ? html`<span class="posicion">ejercicio ${row.ejercicio}: ${phaseOf(row.fase).label}</span>`
        : html`<span class="posicion">${phaseOf(row.fase).label}</span>`;
  return html`<div class="logro-y-posicion" data-logro=${row.logro} data-pal=${row.pal_publicados ?? ""}>
    <p class="logros-linea">${items.length ? items.flatMap((item, i) => [i ? " · " : "", item]) : html`<span>Ningún logro fechado a esta fecha</span>`} · ${position}</p>
    <p><small>Logrado con seguridad a la fecha: <strong>${LOGRO_LABELS[row.logro]}</strong>${row.logro_posible !== row.logro ? ` (quizá ya: ${LOGRO_LABELS[row.logro_posible]})` : ""}; PAL publicados: <strong>${row.pal_publicados ?? "sin dato"}</strong>${row.pal_publicados_posibles !== null && row.pal_publicados_posibles !== row.pal_publicados ? ` (posibles: ${row.pal_publicados_posibles})` : ""}; ciclos cerrados: <strong>${row.ciclos_cerrados ?? "sin dato"}</strong>. Lo logrado cuenta todos los ejercicios; la fase, sólo el actual.</small></p>
  </div>`;
}

/**
 * Where the state stands on one month, as four cards: phase (with its certainty), semáforo, months in the
 * phase, and up to when its record runs (`datos_hasta`) — said to be after the month shown when it is, since
 * the record knows of the state beyond the view. Everything comes from one row of `fases_mensuales`.
 *
 * @param row the state's row of `fases_mensuales` on the month (its `fecha` is the view date)
 */
export function stateNow(row: MonthlyPhase): HTMLElement {
  const phase = phaseOf(row.fase);
  const light = lightOf(row.semaforo);
  const months = row.meses_en_fase ?? null;
  const later = recordEndOnViewDate(row.datos_hasta, row.fecha).posterior;
  return html`<div class="cifras estado-ahora">
    <div class="card"><h3>Fase</h3>
      <p class="big-fase"><span class="muestra" style=${{"--muestra": phase.color, color: textOn(phase.color)}} aria-hidden="true">${phase.symbol}</span> ${phaseText(row.fase, row.ejercicio)}</p>
      <p><small>Fase ${certaintyText(row)}.</small></p></div>
    <div class="card"><h3>Semáforo</h3>
      <p class="big-fase"><span class="simbolo" style=${{color: light.ink}} aria-hidden="true">${light.symbol}</span> ${light.label}</p></div>
    <div class="card"><h3>Meses en la fase</h3>
      <p class="big">${months ?? html`<span class="sin-dato">sin dato</span>`}</p>
      <p><small>${row.desde ? `desde a más tardar el ${dayText(row.desde)}` : "ninguna fecha de entrada"}</small></p></div>
    <div class="card datos-hasta" data-posterior=${later ? "si" : "no"}><h3>Datos hasta</h3>
      <p class="big-fase">${row.datos_hasta ? dayText(row.datos_hasta) : html`<span class="sin-dato">sin dato</span>`}</p>
      ${later ? html`<p class="posterior"><strong>Posterior a la fecha elegida</strong> (${dayText(row.fecha)}).</p>` : ""}
      <p><small>${row.datos_hasta ? (later ? "la fuente más reciente del registro sobre la entidad se refiere a ese día; lo que se muestra aquí es lo que se sabía de la entidad al cierre del mes elegido" : "la fuente más reciente del registro sobre la entidad se refiere a ese día") : "ninguna fuente del registro habla de la entidad"}</small></p></div>
  </div>`;
}

/** A run of months with the same phase and semáforo: the first month's row, its span and length. */
export type PhasePeriod = MonthlyPhase & {key: string; desde: string; hasta: string; meses: number};

/**
 * Consecutive months with the same phase, ejercicio, certainty, possible phase and semáforo, as periods
 * (`{desde, hasta, meses, …row}`): the month-by-month panel of one state, shortened without losing a month.
 *
 * @param rows one state's rows of `fases_mensuales`, oldest first
 */
export function phasePeriods(rows: readonly MonthlyPhase[]): PhasePeriod[] {
  const key = (r: MonthlyPhase) =>
    [r.fase, r.ejercicio, r.certeza, r.fase_posible, r.ejercicio_posible, r.semaforo].join("|");
  const periods: PhasePeriod[] = [];
  for (const r of rows) {
    const last = periods.at(-1);
    if (last && last.key === key(r)) {
      last.hasta = r.fecha;
      last.meses++;
    } else periods.push({...r, key: key(r), desde: r.fecha, hasta: r.fecha, meses: 1});
  }
  return periods;
}

/**
 * The state's phase and semáforo month by month as a compact strip: one cell per month (top row phase,
 * bottom row semáforo), years marked below, the chosen month outlined and the day its record runs to
 * (`datos_hasta`) drawn as a dashed line. The strip is an image with a text alternative (the periods in
 * words); the same periods are in `phasePeriodsTable`.
 *
 * @param rows one state's rows of `fases_mensuales`, oldest first
 * @param options width in px, the chosen month (its last day) and the state's name
 */
export function phaseStrip(
  rows: readonly MonthlyPhase[],
  {width, fecha, nombre}: {width: number; fecha: string; nombre: string}
): HTMLElement {
  const left = 78;
  const right = 8;
  const w = Math.max(280, Math.min(width, 1100));
  const cell = (w - left - right) / rows.length;
  const rowH = 22;
  const top = 4;
  const x = (i: number) => left + i * cell;
  const chosen = rows.findIndex((r) => r.fecha === fecha);
  const hasta = rows[0]?.datos_hasta ?? null;
  const hastaIndex = hasta ? rows.findIndex((r) => r.fecha >= hasta) : -1;
  const yearStep = cell * 12 < 34 ? 2 : 1;
  const years = rows
    .map((r, i): [MonthlyPhase, number] => [r, i])
    .filter(([r]) => r.fecha.slice(5, 7) === "01" && Number(r.fecha.slice(0, 4)) % yearStep === 0);
  const periods = phasePeriods(rows);
  const description = periods
    .map(
      (p) =>
        `${p.desde === p.hasta ? monthText(p.desde) : `de ${monthText(p.desde)} a ${monthText(p.hasta)}`}: ${phaseText(p.fase, p.ejercicio)}, semáforo ${lightOf(p.semaforo).label}`
    )
    .join("; ");
  const h = top + 2 * rowH + 6 + 18;
  return html`<figure class="franja-fases">
    ${svg`<svg viewBox=${`0 0 ${w} ${h}`} width=${w} height=${h} role="img" aria-label=${`Fase y semáforo de ${nombre} mes a mes, de ${monthText(rows[0]?.fecha ?? fecha)} a ${monthText(rows.at(-1)?.fecha ?? fecha)}: ${description}.`}>
      <text x=${left - 6} y=${top + rowH / 2} class="franja-rotulo">Fase</text>
      <text x=${left - 6} y=${top + rowH * 1.5 + 2} class="franja-rotulo">Semáforo</text>
      ${rows.map(
        (
          r,
          i
        ) => svg`<rect x=${x(i)} y=${top} width=${cell + 0.3} height=${rowH} fill=${phaseOf(r.fase).color} data-fecha=${r.fecha} data-fase=${r.fase}></rect>
        <rect x=${x(i)} y=${top + rowH + 2} width=${cell + 0.3} height=${rowH} fill=${lightOf(r.semaforo).color} data-fecha=${r.fecha} data-semaforo=${r.semaforo}></rect>`
      )}
      ${rows.map((r, i) => (r.certeza === "posible" ? svg`<rect x=${x(i)} y=${top} width=${cell + 0.3} height=${rowH} fill="url(#franja-posible)"></rect>` : null))}
      <defs><pattern id="franja-posible" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="5" stroke="#ffffff" stroke-width="1.5" stroke-opacity="0.8"></line></pattern></defs>
      ${years.map(([r, i]) => svg`<line x1=${x(i)} x2=${x(i)} y1=${top} y2=${top + 2 * rowH + 6} stroke="#ffffff" stroke-width="1"></line><text x=${x(i) + 1} y=${top + 2 * rowH + 18} class="franja-anio">${r.fecha.slice(0, 4)}</text>`)}
      ${hastaIndex >= 0 ? svg`<line x1=${x(hastaIndex) + cell} x2=${x(hastaIndex) + cell} y1=${top - 2} y2=${top + 2 * rowH + 8} stroke="#000000" stroke-width="1.5" stroke-dasharray="3,2"></line>` : null}
      ${chosen >= 0 ? svg`<rect x=${x(chosen) - 1} y=${top - 2} width=${Math.max(cell, 2) + 2} height=${2 * rowH + 6} fill="none" stroke="#a84a00" stroke-width="2.5"></rect>` : null}
    </svg>`}
    <figcaption><small>Una columna por mes. Arriba, la fase (rayada en blanco: sólo posible); abajo, el semáforo. Recuadro: ${monthText(fecha)}.${hasta && hastaIndex >= 0 ? ` Línea punteada: hasta donde llega el registro de la entidad (${dayText(hasta)}); después, la fase sólo se prolonga.` : ""}</small></figcaption>
  </figure>`;
}

/**
 * The strip's data as a table of periods: from, to, months, phase, certainty, semáforo.
 *
 * @param rows one state's rows of `fases_mensuales`, oldest first
 */
export function phasePeriodsTable(rows: readonly MonthlyPhase[], {caption}: {caption: string}): HTMLElement {
  return html`<table class="periodos"><caption>${caption}</caption>
    <thead><tr><th scope="col">Desde</th><th scope="col">Hasta</th><th scope="col" class="num">Meses</th><th scope="col">Fase</th><th scope="col">Certeza</th><th scope="col">Semáforo</th></tr></thead>
    <tbody>${phasePeriods(rows).map((p) => {
      const light = lightOf(p.semaforo);
      return html`<tr><td>${monthText(p.desde)}</td><td>${monthText(p.hasta)}</td><td class="num">${p.meses}</td>
        <td>${phaseText(p.fase, p.ejercicio)}</td>
        <td>${p.certeza === "cierta" ? "cierta" : html`posible: quizá ya en ${phaseOf(p.fase_posible).label}`}</td>
        <td><span class="simbolo" style=${{color: light.ink}} aria-hidden="true">${light.symbol}</span> ${light.label}</td></tr>`;
    })}</tbody>
  </table>`;
}

/**
 * What the colours mean: the legend of the phases and semáforo values the state has had, and the rule of
 * the semáforo as the catalogue states it (`catalogo_metricas`, id "semaforo": description, formula, source).
 *
 * @param rows one state's rows of `fases_mensuales`
 * @param rule the catalogue's row of the semáforo
 */
export function stripLegend(rows: readonly MonthlyPhase[], rule: CatalogueRule | undefined): HTMLElement {
  const phases = [...new Set(rows.map((r) => r.fase))].map(phaseOf);
  const lights = [...new Set(rows.map((r) => r.semaforo))].map(lightOf);
  return html`<div class="leyenda-franja">
    <ul class="leyenda" aria-label="Leyenda: fases">${phases.map(
      (p) =>
        html`<li><span class="muestra" style=${{"--muestra": p.color, color: textOn(p.color)}} aria-hidden="true">${p.symbol}</span> ${p.label}</li>`
    )}</ul>
    <ul class="leyenda" aria-label="Leyenda: semáforo">${lights.map(
      (l) =>
        html`<li><span class="muestra" style=${{"--muestra": l.color, color: textOn(l.color)}} aria-hidden="true">${l.symbol}</span> ${l.label}</li>`
    )}</ul>
    ${
      rule
        ? html`<p class="nota"><small><strong>Qué quiere decir el semáforo.</strong> ${rule.descripcion}</small></p>
      <details class="regla"><summary>La regla completa y sus umbrales</summary><p><small>${readerQuote(rule.formula)}</small></p><p><small><strong>De dónde viene el método:</strong> ${readerQuote(rule.fuente)}</small></p></details>`
        : ""
    }
  </div>`;
}

/**
 * The export menu of {@link phaseStrip}: PNG, SVG (phases and semáforo values drawn in as the legend), link,
 * citation and, as «Datos de esta vista», each month drawn: state, INEGI key, month-end date, phase in words,
 * its certainty, ejercicio and semáforo in words. `container` holds the strip.
 */
export function phaseStripExport(
  rows: readonly MonthlyPhase[],
  {
    fecha,
    nombre,
    container,
    construccion
  }: {
    fecha: string;
    nombre: string;
    container: () => Element | null;
    construccion: Pick<Construccion, "fecha_construccion" | "fecha_registro">;
  }
): HTMLElement {
  const first = rows[0]?.fecha ?? fecha;
  const last = rows.at(-1)?.fecha ?? fecha;
  return viewExport(() => chartSvg(container()), {
    title: `Fase y semáforo de ${nombre} mes a mes, de ${monthText(first)} a ${monthText(last)}`,
    date: dayText(fecha),
    source:
      "registro del Tablero de Gobierno Abierto Local: hitos fechados de la entidad y estatus reportados por el INAI; arriba la fase, abajo el semáforo; recuadro: el mes elegido",
    legend: [
      ...PHASES.filter((p) => rows.some((r) => r.fase === p.id)).map((p) => ({
        color: p.color,
        label: `Fase: ${p.label}`
      })),
      ...SEMAFOROS.filter((l) => rows.some((r) => r.semaforo === l.id)).map((l) => ({
        color: l.color,
        symbol: l.symbol,
        ink: textOn(l.color),
        label: `Semáforo: ${l.label}`
      }))
    ],
    columns: [
      {name: "entidad"},
      {name: "clave_inegi"},
      {name: "fecha"},
      {name: "fase"},
      {name: "certeza"},
      {name: "ejercicio", type: "integer"},
      {name: "semaforo"}
    ],
    rows: rows.map((r) => ({
      entidad: nombre,
      clave_inegi: r.clave_inegi,
      fecha: r.fecha,
      fase: PHASE_BY_ID.get(r.fase)?.label ?? r.fase,
      certeza: r.certeza,
      ejercicio: r.ejercicio ?? null,
      semaforo: lightOf(r.semaforo).label
    })),
    filename: `fases-${rows[0]?.clave_inegi ?? ""}-${fecha}`,
    construccion
  });
}
