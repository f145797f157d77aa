import type {Registry, Row} from "./model/schema.js";
import {daysBetween} from "./days-between.js";
import {insertSorted, medianOfSorted} from "./median.js";
import {monthEnds} from "./month-ends.js";
import {latestFactDate, PANEL_START} from "./monthly-phases.js";
import {dayKey} from "./phase-evidence.js";
import {NATIONAL_COLUMNS, prepareProgress, type NationalProgress} from "./progress.js";
import {derivedTable} from "./table-def.js";

/** Something that starts counting on a day, with the amounts it adds. */
interface Step {
  day: number;
  amount: number;
  amount2: number;
}

/**
 * {@link nationalProgress} on many dates at once, for the monthly national panel: the same counts and
 * medians, computed as step functions of the date instead of state by state on each date. Each count
 * changes only when a milestone becomes certain (its `fecha_max`): a state counts for a Declaratoria or an
 * STL from the earliest such day, a PAL and its compromisos from that PAL's day, a cierre from its day;
 * a state's exact span between two first-ejercicio milestones counts towards the median from the later of
 * their days. Equal to calling `nationalProgress` on each date (tested); the steps are sorted once and
 * swept in date order.
 */
export function nationalProgressSeries(
  registry: Pick<Registry, "entidades" | "hitos" | "decisiones" | "compromisos" | "planes">,
  dates: readonly string[]
): NationalProgress[] {
  const prepared = prepareProgress(registry);
  const declaratoria: Step[] = [];
  const stl: Step[] = [];
  const statesWithPal: Step[] = [];
  const pals: Step[] = [];
  const compromisos: Step[] = [];
  const cierres: Step[] = [];
  const spansDeclStl: Step[] = [];
  const spansStlPal: Step[] = [];
  const step = (day: string, amount = 1, amount2 = 0): Step => ({day: dayKey(day), amount, amount2});
  // A state's exact span between two first-ejercicio milestones counts from the later of their days.
  const exactSpan = (a: Row<"hitos"> | undefined, b: Row<"hitos"> | undefined, list: Step[]) => {
    if (!a || !b) return;
    const span = daysBetween({min: a.fecha_min, max: a.fecha_max}, {min: b.fecha_min, max: b.fecha_max});
    if (span.exacto !== null) list.push(step(a.fecha_max > b.fecha_max ? a.fecha_max : b.fecha_max, span.exacto));
  };
  const earlier = (a: string | undefined, b: string) => (a === undefined || b < a ? b : a);
  for (const e of prepared.entidades) {
    const own = prepared.milestones.get(e.clave_inegi) ?? [];
    // The earliest certain day of each kind the counts read, and the first ejercicio's milestone of each.
    let earliestDeclaratoria: string | undefined;
    let earliestStl: string | undefined;
    let earliestPal: string | undefined;
    let firstDeclaratoria: Row<"hitos"> | undefined;
    let firstStl: Row<"hitos"> | undefined;
    let firstPal: Row<"hitos"> | undefined;
    const sums = prepared.compromisos.get(e.clave_inegi);
    for (const h of own) {
      if (h.tipo === "declaratoria") {
        earliestDeclaratoria = earlier(earliestDeclaratoria, h.fecha_max);
        if (h.ejercicio === 1) firstDeclaratoria = h;
      } else if (h.tipo === "instalacion_stl") {
        earliestStl = earlier(earliestStl, h.fecha_max);
        if (h.ejercicio === 1) firstStl = h;
      } else if (h.tipo === "publicacion_pal") {
        earliestPal = earlier(earliestPal, h.fecha_max);
        if (h.ejercicio === 1) firstPal = h;
        pals.push(step(h.fecha_max));
        const s = sums?.get(h.ejercicio);
        if (s) compromisos.push(step(h.fecha_max, s.total, s.sinProactivos));
      } else if (h.tipo === "cierre") cierres.push(step(h.fecha_max));
    }
    if (earliestDeclaratoria) declaratoria.push(step(earliestDeclaratoria));
    if (earliestStl) stl.push(step(earliestStl));
    if (earliestPal) statesWithPal.push(step(earliestPal));
    exactSpan(firstDeclaratoria, firstStl, spansDeclStl);
    exactSpan(firstStl, firstPal, spansStlPal);
  }
  const series = [declaratoria, stl, statesWithPal, pals, compromisos, cierres, spansDeclStl, spansStlPal].map((s) =>
    s.sort((a, b) => a.day - b.day)
  );
  const order = dates.map((d, k) => ({k, day: dayKey(d)})).sort((a, b) => a.day - b.day);
  const position = series.map(() => 0);
  const sum = series.map(() => 0);
  const sum2 = series.map(() => 0);
  const spanValues: number[][] = [[], []];
  const out: NationalProgress[] = new Array(dates.length);
  for (const {k, day} of order) {
    series.forEach((s, i) => {
      while (position[i] < s.length && s[position[i]].day <= day) {
        const x = s[position[i]++];
        sum[i] += x.amount;
        sum2[i] += x.amount2;
        // Kept sorted as they arrive: the median is then read, not sorted, at every date.
        if (i >= 6) insertSorted(spanValues[i - 6], x.amount);
      }
    });
    out[k] = {
      fecha: dates[k],
      estados_declaratoria: sum[0],
      estados_stl: sum[1],
      estados_con_pal: sum[2],
      pal_publicados: sum[3],
      ciclos_completados: sum[5],
      compromisos: sum[4],
      compromisos_sin_proactivos: sum2[4],
      mediana_dias_declaratoria_stl: medianOfSorted(spanValues[0]),
      mediana_dias_stl_primer_pal: medianOfSorted(spanValues[1])
    };
  }
  return out;
}

/** The published table `indicadores_nacionales`: {@link nationalProgressSeries} at the end of every month of the panel. */
export const INDICADORES_NACIONALES = derivedTable({
  name: "indicadores_nacionales",
  description: "Avance nacional al último día de cada mes, de enero de 2015 al mes del último hecho registrado.",
  columns: NATIONAL_COLUMNS,
  compute: (registry) => nationalProgressSeries(registry, monthEnds(PANEL_START, latestFactDate(registry))),
  metrics: [
    {
      id: "indicadores_nacionales",
      nombre: "Avance nacional",
      unidad: "conteos y días",
      descripcion:
        "Entidades con Declaratoria, con STL y con PAL; PAL, ciclos y compromisos; medianas de días entre hitos; al último día de cada mes.",
      formula: "Sumas y conteos del avance por entidad; medianas sobre las entidades cuyo intervalo se conoce al día.",
      fuente: "Registro del proyecto.",
      funcion: "nationalProgress"
    }
  ]
});
