import type {CoverageCell} from "../../metrics/coverage.js";
import type {DerivedTotal} from "../../metrics/derived-totals.js";
import type {PlanCoverage} from "../../metrics/plan-compromisos.js";
import {HITO_TIPOS} from "../../metrics/model/vocabulary.js";

const SHORT: Record<string, string> = {dia: "día", mes: "mes", anio: "año", a_mas_tardar: "≤", intervalo: "int"};
const HEADERS = ["Declar.", "Sensib.", "STL", "Mesas", "PAL", "Evalu.", "Cierre"];

const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - [...s].length));
const padStart = (s: string, n: number) => " ".repeat(Math.max(0, n - [...s].length)) + s;

/**
 * The coverage report as plain text for a terminal: one line per state and ejercicio with a cell per kind
 * of milestone ("día·2" = known to the day from 2 sources, "—" = sin dato, "!" = sources disagreed),
 * a summary, each plan with the compromisos known by title and by count, and each reported national total
 * beside the value the per-state facts rebuild.
 */
export function coverageText(
  cells: readonly CoverageCell[],
  totals: readonly DerivedTotal[],
  plans: readonly PlanCoverage[] = []
): string {
  const lines: string[] = [];
  lines.push("COBERTURA DEL REGISTRO: hitos conocidos por entidad y ejercicio");
  lines.push(
    "Celda: precisión·fuentes (día, mes, año, ≤ = a más tardar, int = intervalo); — = sin dato; ! = fuentes en desacuerdo, resuelto en decisiones.csv"
  );
  lines.push("");
  lines.push([pad("Entidad", 20), "Ej", ...HEADERS.map((h) => pad(h, 8))].join(" "));
  const groups = new Map<string, CoverageCell[]>();
  for (const c of cells) {
    const key = `${c.clave_inegi}|${c.ejercicio}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  for (const group of groups.values()) {
    const first = group[0];
    const byTipo = new Map(group.map((c) => [c.tipo, c]));
    const cellText = HITO_TIPOS.map((t) => {
      const c = byTipo.get(t);
      return pad(c?.conocido ? `${SHORT[c.precision!]}·${c.fuentes}${c.en_conflicto ? "!" : ""}` : "—", 8);
    });
    lines.push(
      [
        pad(first.ejercicio === 1 ? first.nombre_corto : "", 20),
        padStart(String(first.ejercicio), 2),
        ...cellText
      ].join(" ")
    );
  }
  const known = cells.filter((c) => c.conocido);
  const states = new Set(cells.map((c) => c.clave_inegi));
  const withAny = new Set(known.map((c) => c.clave_inegi));
  const without = cells
    .filter((c) => !withAny.has(c.clave_inegi) && c.ejercicio === 1 && c.tipo === "declaratoria")
    .map((c) => c.nombre_corto);
  lines.push("");
  lines.push(
    `Hitos conocidos: ${known.length} de ${cells.length} (entidad × ejercicio × clase). Con precisión de día: ${known.filter((c) => c.precision === "dia").length}; de una sola fuente: ${known.filter((c) => c.fuentes === 1).length}; con fuentes en desacuerdo: ${known.filter((c) => c.en_conflicto).length}.`
  );
  lines.push(
    `Entidades con algún hito fechado: ${withAny.size} de ${states.size}.${without.length ? ` Sin ninguno: ${without.join(", ")}.` : ""}`
  );
  for (const [k, tipo] of HITO_TIPOS.entries()) {
    const n = new Set(known.filter((c) => c.tipo === tipo).map((c) => c.clave_inegi)).size;
    lines.push(`  ${pad(HEADERS[k], 8)} conocido en ${n} entidades`);
  }
  if (plans.length > 0) {
    lines.push("");
    lines.push("PLANES DE ACCIÓN LOCAL: compromisos conocidos por título y por número");
    lines.push(
      [
        pad("Entidad", 20),
        "Ej",
        pad("Plan", 8),
        padStart("Títulos", 8),
        padStart("Report.", 8),
        padStart("Usados", 7),
        padStart("Faltan", 7)
      ].join(" ")
    );
    for (const p of plans) {
      const titles = p.compromisos_por_titulo + p.proactivos_por_titulo;
      const reported =
        p.compromisos_reportados === null ? "—" : String(p.compromisos_reportados + (p.proactivos_reportados ?? 0));
      lines.push(
        [
          pad(p.nombre_corto, 20),
          padStart(String(p.ejercicio), 2),
          pad(p.plan_id ?? "—", 8),
          padStart(String(titles), 8),
          padStart(reported, 8),
          padStart(String(p.compromisos_usados), 7),
          padStart(String(p.faltan_titulos), 7)
        ].join(" ")
      );
    }
    const missing = plans.filter((p) => p.faltan_titulos > 0);
    lines.push(
      `Planes: ${plans.length}; con número reportado: ${plans.filter((p) => p.compromisos_reportados !== null).length}; a los que les faltan títulos: ${missing.length}${missing.length ? ` (${missing.map((p) => p.plan_id ?? `${p.nombre_corto} ${p.ejercicio}`).join(", ")})` : ""}.`
    );
  }
  lines.push("");
  lines.push("TOTALES NACIONALES REPORTADOS, reconstruidos desde los hechos por entidad");
  lines.push(
    [
      pad("Corte", 10),
      pad("Indicador", 21),
      padStart("Report.", 7),
      padStart("Deriv.", 6),
      padStart("Dif.", 5),
      pad(" ¿Reconstruible?", 16),
      "Fuente"
    ].join(" ")
  );
  for (const t of totals) {
    lines.push(
      [
        pad(t.fecha_corte, 10),
        pad(t.indicador, 21),
        padStart(String(t.valor_reportado), 7),
        padStart(String(t.valor_derivado), 6),
        padStart((t.diferencia > 0 ? "+" : "") + t.diferencia, 5),
        pad(t.reconstruible ? " sí" : " no", 16),
        t.fuente_id
      ].join(" ")
    );
  }
  const rebuilt = totals.filter((t) => t.reconstruible).length;
  lines.push("");
  lines.push(
    `Totales reconstruibles: ${rebuilt} de ${totals.length}. Un valor derivado menor que el reportado indica hechos que faltan en el registro; uno mayor, fuentes que no coinciden.`
  );
  return `${lines.join("\n")}\n`;
}
