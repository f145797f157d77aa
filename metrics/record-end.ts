import {partialDateBounds} from "./model/dates.js";
import type {Registry} from "./model/schema.js";
import {memoizeOnTables} from "./memo.js";

type Inputs = Pick<Registry, "hitos" | "estatus_reportados" | "fuentes">;

/**
 * Up to when the record of each state runs ("datos hasta"): the latest day any source about the state
 * refers to. A milestone row counts on the later of its last possible day and the date of its source (a
 * page or a national list published after the event still speaks of the state on its own date: it shows
 * what the state had and had not done by then); a reported status counts on the last day of its cut. Rows
 * a decision sets aside count too (the source spoke, even if its date for the event is not used). A
 * source dated only to a month or a year counts on that period's last day. States no source speaks of
 * are absent. Computed once per registry ({@link memoizeOnTables}).
 *
 * @example recordEnd(registry).get("05") // "2018-12-31": Coahuila's latest source is of December 2018
 */
export const recordEnd = memoizeOnTables((r: Inputs) => [r.hitos, r.estatus_reportados, r.fuentes], compute);

function compute(registry: Inputs): Map<string, string> {
  const sourceDay = new Map(
    registry.fuentes.map((f) => [f.fuente_id, f.fecha ? partialDateBounds(f.fecha).max : null])
  );
  const ends = new Map<string, string>();
  const see = (clave: string, day: string) => {
    const current = ends.get(clave);
    if (current === undefined || day > current) ends.set(clave, day);
  };
  for (const h of registry.hitos) {
    const published = sourceDay.get(h.fuente_id) ?? null;
    see(h.clave_inegi, published !== null && published > h.fecha_max ? published : h.fecha_max);
  }
  for (const s of registry.estatus_reportados) see(s.clave_inegi, partialDateBounds(s.fecha_corte).max);
  return ends;
}
