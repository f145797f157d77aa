import {daysInMonth} from "../metrics/model/dates.js";
import type {Registry, Row} from "../metrics/model/schema.js";
import {HITO_TIPOS} from "../metrics/model/vocabulary.js";
import {seededRandom} from "./random.js";

/** Sizes of the synthetic municipal-scale registry (issue #4: 2,469 municipios over ten years). */
export const MUNICIPAL_SCALE = {municipios: 2469, years: 10, seed: 20_151_109};

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A synthetic registry at municipal scale, generated with a fixed seed: 2,469 units (five-digit keys, as
 * INEGI's municipios) running local exercises from 2015 for ten years — 2 to 5 ejercicios each (90 % of
 * the units take part), milestones in process order with gaps of 20 to 140 days and a 4 % chance of
 * stalling at each, each dated by 1 to 4 sources at a day, a month, a year or "no later than" precision —
 * about 97,000 hitos, 240,000 compromisos (18 to 57 per PAL) and some 6,000 reported statuses.
 * It is shaped like the real registry (the metrics only see its rows); it is not validated against the
 * 32-state schema.
 */
export function syntheticRegistry({municipios, years, seed} = MUNICIPAL_SCALE): Registry {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const start = Date.UTC(2015, 0, 1);
  const end = Date.UTC(2015 + years, 0, 1) - DAY;
  const entidades = [] as Row<"entidades">[];
  const hitos = [] as Row<"hitos">[];
  const compromisos = [] as Row<"compromisos">[];
  const estatus = [] as Row<"estatus_reportados">[];
  for (let m = 1; m <= municipios; m++) {
    const clave = String(m).padStart(5, "0");
    const participa = rnd() < 0.9;
    entidades.push({clave_inegi: clave, nombre_corto: `Municipio ${clave}`, participa} as Row<"entidades">);
    if (!participa) continue;
    let t = start + Math.floor(rnd() * 3 * 365) * DAY;
    const ejercicios = 2 + Math.floor(rnd() * 4);
    for (let ej = 1; ej <= ejercicios && t < end; ej++) {
      for (const tipo of HITO_TIPOS) {
        if (tipo === "declaratoria" && ej > 1) continue;
        if (rnd() < 0.04) break; // the exercise stalls here
        t += (20 + Math.floor(rnd() * 120)) * DAY;
        if (t > end) break;
        const day = iso(t);
        const sources = 1 + Math.floor(rnd() * 3.6);
        for (let s = 0; s < sources; s++) {
          const [min, max] = interval(day, rnd());
          hitos.push({
            hito_id: `${clave}-${ej}-${tipo}-${s}`,
            clave_inegi: clave,
            ejercicio: ej,
            tipo,
            fecha_min: min,
            fecha_max: max,
            fuente_id: `f${s}`,
            cita: "sintético"
          });
        }
        if (tipo === "publicacion_pal") {
          const n = 18 + Math.floor(rnd() * 40);
          for (let k = 1; k <= n; k++) {
            compromisos.push({
              compromiso_id: `${clave}-${ej}-${k}`,
              clave_inegi: clave,
              ejercicio: ej,
              numero: k,
              titulo: "sintético",
              tema: pick(["agua", "seguridad", "salud", "presupuesto", "medio ambiente", null]),
              proactivo: rnd() < 0.1,
              fojas: rnd() < 0.5 ? Math.floor(rnd() * 500) : null,
              reuniones: rnd() < 0.5 ? Math.floor(rnd() * 20) : null
            } as Row<"compromisos">);
          }
        }
      }
      t += (30 + Math.floor(rnd() * 150)) * DAY;
    }
    for (let y = 2016; y < 2015 + years; y++) {
      if (rnd() < 0.3)
        estatus.push({
          clave_inegi: clave,
          fecha_corte: String(y),
          fase: "sintético",
          fase_normalizada: pick(["sensibilizacion", "stl_instalado", "pal_en_seguimiento", "evaluacion", null]),
          semaforo: null,
          fuente_id: "f0",
          cita: "sintético"
        });
    }
  }
  const totales = Array.from({length: years}, (_, k) => ({
    fecha_corte: String(2015 + k),
    indicador: pick(["estados_participantes", "stl_instalados", "pal_publicados", "compromisos"]),
    valor: 1000,
    fuente_id: "f0",
    cita: "sintético"
  })) as Row<"totales_reportados">[];
  const fuentes = [0, 1, 2].map((s) => ({
    fuente_id: `f${s}`,
    tipo: "datos",
    titulo: "sintética",
    emisor: null,
    fecha: null,
    url: "sintética",
    archivo: null,
    titulo_atribuido: false,
    descripcion: null,
    copia: null,
    repositorio: null,
    ruta: null,
    commit: null
  }));
  return {
    fuentes,
    entidades,
    hitos,
    estatus_reportados: estatus,
    compromisos,
    totales_reportados: totales,
    planes: [],
    decisiones: [],
    stl_integrantes: [],
    metas: [],
    metas_entidades: [],
    casos: [],
    casos_cifras: [],
    mga_reportados: [],
    mga_sujetos: [],
    mga_importaciones: [],
    avances: [],
    correcciones: [],
    transcripciones: []
  } as Registry;
}

/** An interval around a day at a random precision: day 60 %, month 20 %, year 5 %, "no later than" 15 %. */
function interval(day: string, r: number): [string | null, string] {
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  if (r < 0.6) return [day, day];
  if (r < 0.8) return [`${day.slice(0, 7)}-01`, `${day.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, "0")}`];
  if (r < 0.85) return [`${y}-01-01`, `${y}-12-31`];
  return [null, `${y}-12-31`];
}
