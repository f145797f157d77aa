import {mean} from "./mean.js";
import {median} from "./median.js";

/** The statistic a comparison's reference line uses. */
export const ESTADISTICOS = [
  {id: "media", label: "promedio"},
  {id: "mediana", label: "mediana"}
] as const;
export type Estadistico = (typeof ESTADISTICOS)[number]["id"];

/** A comparison's reference value and what it stands on. */
export interface ReferenceValue {
  /** The mean or median over the `n` states with data (the excluded ones left out); null when n = 0. */
  valor: number | null;
  /** How many states the value covers: those with a value, minus the excluded ones. */
  n: number;
  estadistico: Estadistico;
  /** Spanish description for a legend: "promedio de 29 entidades con dato (sin la seleccionada)", "sin entidades con dato". */
  etiqueta: string;
}

/**
 * The reference value a state is compared with: the mean (or the median) of one indicator over the states
 * that HAVE a value — a missing value (null, undefined, NaN) is left out, never taken as zero — and never
 * including the states in `exclude` (the selected state, so the reference is never its own value). `n` says
 * how many states it covers; `valor` is null when none is left. Values in the indicator's own unit.
 *
 * @example referenceValue([{clave_inegi: "05", valor: 11169}, {clave_inegi: "03", valor: null}], {exclude: "05"})
 *   // {valor: null, n: 0, estadistico: "media", etiqueta: "sin otras entidades con dato"}
 */
export function referenceValue(
  values: readonly {clave_inegi: string; valor: number | null | undefined}[],
  {exclude = [], estadistico = "media"}: {exclude?: string | readonly string[]; estadistico?: Estadistico} = {}
): ReferenceValue {
  const left = new Set(typeof exclude === "string" ? [exclude] : exclude);
  const known = values
    .filter((v) => !left.has(v.clave_inegi))
    .map((v) => v.valor)
    .filter((v): v is number => v !== null && v !== undefined && !Number.isNaN(v));
  const n = known.length;
  const valor = estadistico === "media" ? mean(known) : median(known);
  const what = ESTADISTICOS.find((e) => e.id === estadistico)!.label;
  const excluded = values.some((v) => left.has(v.clave_inegi)) ? " (sin la seleccionada)" : "";
  const etiqueta =
    n === 0
      ? excluded
        ? "sin otras entidades con dato"
        : "sin entidades con dato"
      : `${what} de ${n === 1 ? "1 entidad" : `${n} entidades`} con dato${excluded}`;
  return {valor, n, estadistico, etiqueta};
}
