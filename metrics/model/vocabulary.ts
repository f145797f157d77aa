/**
 * The process model of the local open-government exercises, declared once: the kinds of milestone and
 * their order, the phases and their stages, what happens once per ejercicio, the semáforo values, the
 * precision of a date, the sectors of an STL, the Métrica's scores and identities, and the Spanish label
 * of each. The schema (validation, Parquet types, the dictionary), the validation rules, the metrics and
 * the site (which imports this module through `src/lib`, a link to `metrics/`) all take them from
 * here.
 *
 * Sources of the model: INAI's sequence "Declaratoria → sesiones de sensibilización → instalación del STL
 * → mesas de trabajo → publicación del PAL" (state pages of the INAI–PNUD programme Agentes Locales de
 * Cambio) and the status column of INAI's 2016 G15/G16 tables (seed 002), which adds "Evaluación
 * preliminar" and "Cierre de ciclo".
 */

/** An entry of the vocabulary: the identifier stored in the data and its Spanish label. */
export interface Term<I extends string = string> {
  readonly id: I;
  readonly label: string;
}

/** The identifiers of a list of terms, in order, typed as their union. */
function ids<const T extends readonly Term[]>(terms: T): T[number]["id"][] {
  return terms.map((t) => t.id);
}

/** The Spanish label of each identifier of a list of terms: `{declaratoria: "Declaratoria firmada", …}`. */
export function labelsOf<const T extends readonly Term[]>(terms: T): Record<T[number]["id"], string> {
  return Object.fromEntries(terms.map((t) => [t.id, t.label])) as Record<T[number]["id"], string>;
}

/**
 * What an enum column declares when its values come from a list of terms: the identifiers (`values`, what
 * the data stores and validation accepts) and the Spanish label of each (`labels`, what the published
 * tables write beside the code as `<columna>_etiqueta`; see `loaders/publish/readable.ts`). Spread it into
 * a column: `{name: "tipo", type: "enum", required: true, description, ...coded(MILESTONE_KINDS)}`.
 */
export function coded<const T extends readonly Term[]>(
  terms: T
): {readonly values: T[number]["id"][]; readonly labels: Record<T[number]["id"], string>} {
  return {values: ids(terms), labels: labelsOf(terms)};
}

/** Joins Spanish words as a list: "a, b y c" (or "a, b o c" with `o`). */
export function listEs(words: readonly string[], conjunction: "y" | "o" = "y"): string {
  return words.length < 2
    ? words.join("")
    : `${words.slice(0, -1).join(", ")} ${conjunction} ${words[words.length - 1]}`;
}

// ── Milestones ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Kinds of dated milestone, in the order the process is meant to follow. `stage` is where the milestone
 * puts a state within its ejercicio (see {@link PHASES}); `oncePerEjercicio` marks the kinds that happen once
 * per ejercicio, so that two incompatible dates of one of them are a disagreement between sources (the
 * others — sensibilización, mesas, evaluación — can happen several times).
 */
export const MILESTONE_KINDS = [
  {id: "declaratoria", label: "Declaratoria firmada", stage: 1, oncePerEjercicio: true},
  {id: "sensibilizacion", label: "Sensibilización", stage: 2, oncePerEjercicio: false},
  {id: "instalacion_stl", label: "STL instalado", stage: 3, oncePerEjercicio: true},
  {id: "mesas", label: "Mesas para el PAL", stage: 3, oncePerEjercicio: false},
  {id: "publicacion_pal", label: "PAL publicado", stage: 4, oncePerEjercicio: true},
  {id: "evaluacion", label: "Evaluación", stage: 5, oncePerEjercicio: false},
  {id: "cierre", label: "Cierre de ciclo", stage: 6, oncePerEjercicio: true}
] as const satisfies readonly (Term & {stage: number; oncePerEjercicio: boolean})[];

/** Kinds of dated milestone (`hitos.tipo`), in process order. */
export const HITO_TIPOS = ids(MILESTONE_KINDS);
export type HitoTipo = (typeof HITO_TIPOS)[number];

const KIND = new Map(MILESTONE_KINDS.map((k) => [k.id, k]));

/** Spanish name of each kind of milestone, as the site and the exports show them. */
export const HITO_LABELS: Record<HitoTipo, string> = labelsOf(MILESTONE_KINDS);

/** The stage of each kind of milestone within its ejercicio (1 Declaratoria … 6 cierre de ciclo). */
export const STAGE_OF_MILESTONE = Object.fromEntries(MILESTONE_KINDS.map((k) => [k.id, k.stage])) as Record<
  HitoTipo,
  number
>;

/** Kinds of milestone that happen once per ejercicio. */
export const ONCE_PER_EJERCICIO: readonly HitoTipo[] = MILESTONE_KINDS.filter((k) => k.oncePerEjercicio).map(
  (k) => k.id
);

/** True when a kind of milestone happens once per ejercicio. */
export function happensOncePerEjercicio(tipo: HitoTipo): boolean {
  return KIND.get(tipo)!.oncePerEjercicio;
}

/**
 * Which milestone must not come before which, within one state's ejercicio: Declaratoria →
 * sensibilización → instalación del STL → mesas → publicación del PAL → evaluación / cierre. Sensibilización
 * may come before or after the Declaratoria, so the two are not ordered; evaluation and close are not
 * ordered against each other either (a results report may be presented at the close).
 */
const DIRECT_ORDER: readonly (readonly [HitoTipo, HitoTipo])[] = [
  ["declaratoria", "instalacion_stl"],
  ["sensibilizacion", "instalacion_stl"],
  ["instalacion_stl", "mesas"],
  ["instalacion_stl", "publicacion_pal"],
  ["mesas", "publicacion_pal"],
  ["publicacion_pal", "evaluacion"],
  ["publicacion_pal", "cierre"]
];

/** Every (earlier, later) pair of kinds the process orders within an ejercicio: the transitive closure of the direct order. */
export const MILESTONE_ORDER: readonly (readonly [HitoTipo, HitoTipo])[] = (() => {
  const pairs = new Set(DIRECT_ORDER.map(([a, b]) => `${a}>${b}`));
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of [...pairs]) {
      const [a, b] = p.split(">");
      for (const q of [...pairs]) {
        const [c, d] = q.split(">");
        if (b === c && !pairs.has(`${a}>${d}`)) {
          pairs.add(`${a}>${d}`);
          grew = true;
        }
      }
    }
  }
  return [...pairs].map((p) => p.split(">") as [HitoTipo, HitoTipo]);
})();

// ── Phases ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * The project's phase vocabulary, from "not taking part" to "cycle closed". "No participa" is a state that
 * never joined (the registry says `participa = no`); "aún no se suma" a state on a date before the first
 * step any source records for it (it joined later). `stage` orders the phases of
 * the process within an ejercicio (Declaratoria firmada 1 → sensibilización 2 → STL instalado / mesas para el
 * PAL 3 → PAL en seguimiento 4 → evaluación 5 → cierre de ciclo 6; no_participa has none); `inSentence` is
 * the short name used inside a sentence ("Umbrales: Declaratoria 6/12, STL 6/12…").
 */
export const PHASES = [
  {id: "no_participa", label: "No participa", stage: null, inSentence: "no participa"},
  {id: "aun_no_se_suma", label: "Aún no se suma", stage: null, inSentence: "aún no se suma"},
  {id: "sensibilizacion", label: "Sensibilización", stage: 2, inSentence: "sensibilización"},
  {id: "declaratoria_firmada", label: "Declaratoria firmada", stage: 1, inSentence: "Declaratoria"},
  {id: "stl_instalado", label: "STL instalado / mesas para el PAL", stage: 3, inSentence: "STL"},
  {id: "pal_en_seguimiento", label: "PAL en seguimiento", stage: 4, inSentence: "PAL en seguimiento"},
  {id: "evaluacion", label: "Evaluación", stage: 5, inSentence: "evaluación"},
  {id: "cierre_de_ciclo", label: "Cierre de ciclo", stage: 6, inSentence: "cierre de ciclo"}
] as const satisfies readonly (Term & {stage: number | null; inSentence: string})[];

/** The phases (`estatus_reportados.fase_normalizada`). */
export const FASES = ids(PHASES);
export type Fase = (typeof FASES)[number];

/** The value of a derived phase or semáforo when the registry cannot place the state. */
export const SIN_DATO = {id: "sin_dato", label: "Sin dato"} as const satisfies Term;

/** A phase on a date, or "sin_dato" when the registry cannot place the state. */
export type FaseOSinDato = Fase | typeof SIN_DATO.id;

/** The phases and "sin dato": the terms of a computed phase. */
export const PHASES_O_SIN_DATO = [...PHASES, SIN_DATO] as const;

/** Phases and "sin_dato": the values of a computed phase. */
export const FASES_O_SIN_DATO: readonly FaseOSinDato[] = ids(PHASES_O_SIN_DATO);

/** Spanish names of the phases and of "sin dato", as the site and the exports show them. */
export const PHASE_LABELS: Record<FaseOSinDato, string> = labelsOf(PHASES_O_SIN_DATO);

/** A phase of the process (every phase but no_participa and aun_no_se_suma). */
export type ProcessPhase = Exclude<Fase, "no_participa" | "aun_no_se_suma">;

/** The phase each stage stands for. */
export const PHASE_OF_STAGE = Object.fromEntries(
  PHASES.filter((p) => p.stage !== null).map((p) => [p.stage, p.id])
) as Record<number, ProcessPhase>;

/** The stage of a phase (no_participa has none). */
export const STAGE_OF_PHASE = Object.fromEntries(
  PHASES.filter((p) => p.stage !== null).map((p) => [p.id, p.stage])
) as Partial<Record<Fase, number>>;

/** The phases of the process ordered by stage. */
export const PROCESS_PHASES = PHASES.filter((p) => p.stage !== null).sort((a, b) => a.stage! - b.stage!);

/** A position in the process: ejercicio first, then stage. */
export interface Position {
  ejercicio: number;
  stage: number;
}

/** Compares positions: negative when `a` comes before `b`. */
export function comparePositions(a: Position, b: Position): number {
  return a.ejercicio - b.ejercicio || a.stage - b.stage;
}

// ── Attainment ──────────────────────────────────────────────────────────────────────────────────────

/**
 * What a state had achieved by a date across all its ejercicios, from least to most advanced (beside its
 * phase, which is where its current ejercicio stands): a state in the sensibilización of its second round
 * keeps the PAL of its first. `no_participa` and `sin_dato` come first and are not steps; `ninguno` is a
 * state that had not signed a Declaratoria yet. The order of the list is the order of the steps.
 */
export const ATTAINMENTS = [
  {id: "no_participa", label: "No participa"},
  {id: "sin_dato", label: "Sin dato"},
  {id: "ninguno", label: "Sin Declaratoria todavía"},
  {id: "declaratoria", label: "Declaratoria firmada"},
  {id: "stl", label: "STL instalado"},
  {id: "pal", label: "PAL publicado"},
  {id: "ciclo_cerrado", label: "Ciclo cerrado"}
] as const satisfies readonly Term[];

/** The attainments (`fases_mensuales.logro`, `logros.logro`), least advanced first. */
export const LOGROS = ids(ATTAINMENTS);
export type Logro = (typeof LOGROS)[number];

/** Spanish name of each attainment. */
export const LOGRO_LABELS: Record<Logro, string> = labelsOf(ATTAINMENTS);

/** The dated attainments a milestone proves (`logros.logro`): each comes from one kind of milestone. */
export const DATED_ATTAINMENTS = [
  {logro: "declaratoria", tipo: "declaratoria", cada: "primero"},
  {logro: "stl", tipo: "instalacion_stl", cada: "primero"},
  {logro: "pal", tipo: "publicacion_pal", cada: "ejercicio"},
  {logro: "ciclo_cerrado", tipo: "cierre", cada: "ejercicio"}
] as const satisfies readonly {logro: Logro; tipo: HitoTipo; cada: "primero" | "ejercicio"}[];

// ── Semáforo ────────────────────────────────────────────────────────────────────────────────────────

/**
 * Semáforo colours as a source reports them (`estatus_reportados.semaforo`) and as the project computes
 * them: on pace, late, stalled; gris for states not taking part. The thresholds and their reasons are in
 * `metrics/semaforo-thresholds.ts`.
 */
export const SEMAFORO_COLOURS = [
  {id: "verde", label: "Verde: dentro del plazo"},
  {id: "amarillo", label: "Amarillo: atrasado"},
  {id: "rojo", label: "Rojo: muy atrasado"},
  {id: "gris", label: "Gris: no participa o aún no se suma"}
] as const satisfies readonly Term[];

/** Semáforo colours a source can report. */
export const SEMAFOROS = ids(SEMAFORO_COLOURS);

/**
 * The computed semáforo's neutral value for a state past its deadline of which no source dated after the
 * deadline speaks: the record cannot say whether it is behind (see `metrics/semaforo-thresholds.ts`).
 */
export const SIN_SEGUIMIENTO = {
  id: "sin_seguimiento",
  label: "Sin seguimiento: ninguna fuente posterior al plazo"
} as const satisfies Term;

/** The terms of the computed semáforo: the colours, "sin seguimiento" and "sin dato". */
export const COMPUTED_SEMAFOROS = [...SEMAFORO_COLOURS, SIN_SEGUIMIENTO, SIN_DATO] as const;

/** The computed semáforo: a colour, "sin_seguimiento", or "sin_dato" when the registry cannot place the state. */
export const SEMAFOROS_O_SIN_DATO = ids(COMPUTED_SEMAFOROS);
export type Semaforo = (typeof SEMAFOROS_O_SIN_DATO)[number];

/** Spanish names of the computed semáforo values. */
export const SEMAFORO_LABELS: Record<Semaforo, string> = labelsOf(COMPUTED_SEMAFOROS);

// ── Dates ───────────────────────────────────────────────────────────────────────────────────────────

/** How precisely an interval pins a date down (see `intervalPrecision` in `dates.ts`). */
export const PRECISIONS = [
  {id: "dia", label: "día exacto"},
  {id: "mes", label: "mes"},
  {id: "anio", label: "año"},
  {id: "a_mas_tardar", label: "a más tardar"},
  {id: "intervalo", label: "intervalo"}
] as const satisfies readonly Term[];

export const PRECISION_IDS = ids(PRECISIONS);
export type Precision = (typeof PRECISION_IDS)[number];

// ── Secretariado Técnico Local ──────────────────────────────────────────────────────────────────────

/** Sectors a member of a Secretariado Técnico Local can represent. */
export const STL_SECTORS = [
  {id: "gobierno", label: "Gobierno"},
  {id: "organo_autonomo", label: "Órgano autónomo"},
  {id: "organo_garante", label: "Órgano garante"},
  {id: "sociedad_civil", label: "Sociedad civil"},
  {id: "facilitador", label: "Facilitador"}
] as const satisfies readonly Term[];

export const SECTORES_STL = ids(STL_SECTORS);

// ── National totals ─────────────────────────────────────────────────────────────────────────────────

/** What a reported national total counts (`totales_reportados.indicador`). */
export const NATIONAL_TOTALS = [
  {id: "estados_participantes", label: "Estados participantes"},
  {id: "stl_instalados", label: "STL instalados"},
  {id: "pal_publicados", label: "PAL publicados"},
  {id: "compromisos", label: "Compromisos"}
] as const satisfies readonly Term[];

export const INDICADORES_TOTALES = ids(NATIONAL_TOTALS);

// ── Group targets ───────────────────────────────────────────────────────────────────────────────────

/**
 * The groups of states the INAI set targets for (`metas.grupo`): its 2016 tables G15 and G16, and the states
 * that had not signed the Declaratoria (seed 002, "Compromiso para el Primer Trimestre del año 2017").
 */
export const TARGET_GROUPS = [
  {id: "G15", label: "G15"},
  {id: "G16", label: "G16"},
  {id: "faltantes", label: "Estados faltantes"}
] as const satisfies readonly Term[];

export const GRUPOS_METAS = ids(TARGET_GROUPS);

/**
 * What a group target's outcome for one state can be, on a date (`metas_resultado.resultado`; the function
 * that judges it, `targetOutcome` in `metrics/target-outcomes.ts`, says when each applies), in the order pages
 * list them, each with the symbol that goes with its label so colour is never needed.
 */
export const TARGET_OUTCOMES = [
  {id: "a_tiempo", label: "Cumplida a tiempo", symbol: "●"},
  {id: "cumplida_antes", label: "Cumplida antes del periodo de la meta", symbol: "◆"},
  {id: "tarde", label: "Cumplida tarde", symbol: "▲"},
  {id: "no_cumplida", label: "No cumplida en el plazo", symbol: "■"},
  {id: "pendiente", label: "Pendiente: el plazo no ha vencido", symbol: "◇"},
  {id: "desconocido", label: "No se sabe", symbol: "?"}
] as const satisfies readonly (Term & {symbol: string})[];

/** The values of `metas_resultado.resultado`. */
export const TARGET_RESULTS = ids(TARGET_OUTCOMES);
export type TargetResult = (typeof TARGET_RESULTS)[number];

// ── Facts after a view date ─────────────────────────────────────────────────────────────────────────

/**
 * Whether a fact lies after a view date: "no" (it happened on or before it), "posible" (its interval lets
 * it be after), "cierto" (it certainly happened after). Published in `metas_resultado.hito_posterior`; see
 * `isAfterViewDate` in `metrics/as-of.ts`.
 */
export const AFTER_VIEW_DATE = [
  {id: "no", label: "no posterior a la fecha consultada"},
  {id: "posible", label: "posiblemente posterior a la fecha consultada"},
  {id: "cierto", label: "posterior a la fecha consultada"}
] as const satisfies readonly Term[];
export type AfterViewDate = (typeof AFTER_VIEW_DATE)[number]["id"];
export const AFTER_VIEW_DATE_IDS: readonly AfterViewDate[] = ids(AFTER_VIEW_DATE);

// ── Reported phase against the record ───────────────────────────────────────────────────────────────

/**
 * How a phase a source reported compares with the one the record computes for the same cut
 * (`semaforo_vs_reportado.acuerdo`; `metrics/semaforo-vs-reported.ts` says when each applies).
 */
export const AGREEMENT_KINDS = [
  {id: "coincide", label: "Coincide"},
  {id: "compatible", label: "Compatible: la fase reportada cabe entre la segura y la posible"},
  {id: "registro_detras", label: "La fuente va más adelante que el registro"},
  {id: "registro_delante", label: "El registro va más adelante que la fuente"},
  {id: "sin_fase_reportada", label: "Sin fase reportada: las palabras de la fuente no corresponden a una fase"}
] as const satisfies readonly Term[];

export const AGREEMENTS = ids(AGREEMENT_KINDS);
export type Agreement = (typeof AGREEMENTS)[number];

// ── Métrica de Gobierno Abierto ─────────────────────────────────────────────────────────────────────

/** The Métrica's scores (0–1), from the index down to its four perspectives (CIDE–INAI, 2017). */
export const MGA_SCORES = [
  {id: "ga", label: "Índice de Gobierno Abierto"},
  {id: "t", label: "Transparencia"},
  {id: "p", label: "Participación"},
  {id: "tg", label: "Transparencia, perspectiva gubernamental"},
  {id: "tc", label: "Transparencia, perspectiva ciudadana"},
  {id: "pg", label: "Participación, perspectiva gubernamental"},
  {id: "pc", label: "Participación, perspectiva ciudadana"}
] as const satisfies readonly Term[];

export const MGA_PUNTAJES = ids(MGA_SCORES);
export type MgaPuntaje = (typeof MGA_PUNTAJES)[number];

/** What a published result of the Métrica reports (`mga_reportados.indicador`): a score, or how many were evaluated. */
export const MGA_REPORTED_INDICATORS = [
  ...MGA_SCORES,
  {id: "sujetos_obligados", label: "Sujetos obligados evaluados"}
] as const satisfies readonly Term[];

/**
 * The kinds of sujeto obligado in the Métrica's microdata (`mga_sujetos.tipo`, kept as the base by sujeto
 * obligado writes them), each with the word a reader sees: the base writes "Autonomo" without its accent.
 */
export const MGA_SUBJECT_KINDS = [
  {id: "Autonomo", label: "Autónomo"},
  {id: "Descentralizado", label: "Descentralizado"},
  {id: "Ejecutivo estatal", label: "Ejecutivo estatal"},
  {id: "Ejecutivo federal", label: "Ejecutivo federal"},
  {id: "Fideicomiso", label: "Fideicomiso"},
  {id: "Judicial", label: "Judicial"},
  {id: "Legislativo", label: "Legislativo"},
  {id: "Municipio", label: "Municipio"},
  {id: "Partido", label: "Partido"},
  {id: "Sindicato", label: "Sindicato"},
  {id: "Universidad", label: "Universidad"}
] as const satisfies readonly Term[];

const MGA_SUBJECT_KIND_LABELS = new Map<string, string>(MGA_SUBJECT_KINDS.map((k) => [k.id, k.label]));

/**
 * The word a reader sees for a kind of sujeto obligado of the microdata ({@link MGA_SUBJECT_KINDS}); a kind
 * not in the list (a later edition's) is shown as written.
 *
 * @example mgaSubjectKindLabel("Autonomo") // "Autónomo"
 */
export function mgaSubjectKindLabel(tipo: string): string {
  return MGA_SUBJECT_KIND_LABELS.get(tipo) ?? tipo;
}

/**
 * The published identities of the Métrica, each holding within the source's rounding:
 * GA = (T + P)/2, T = (TG + TC)/2, P = (PG + PC)/2 (CIDE–INAI, Métrica de Gobierno Abierto 2017).
 */
export const MGA_IDENTITIES = [
  {total: "ga", parts: ["t", "p"]},
  {total: "t", parts: ["tg", "tc"]},
  {total: "p", parts: ["pg", "pc"]}
] as const satisfies readonly {total: MgaPuntaje; parts: readonly [MgaPuntaje, MgaPuntaje]}[];

// ── Themes of compromisos ───────────────────────────────────────────────────────────────────────────

/**
 * The one Spanish vocabulary of `compromisos.tema`: a theme enters the registry only where a source groups the
 * compromiso, and is written with the term here. `origen` says where the term comes from: the OGP policy
 * areas of the commitment pages (opengovpartnership.org, "Policy Area"), translated — `ogp` keeps the tag as
 * OGP writes it —, or the axes a plan gives its compromisos (Durango's third PAL, seed 004, "Obra Pública:
 * …"), kept as the plan names them. `compromisos.tema_fuente` keeps the source's own word.
 */
export const THEMES = [
  {id: "Anticorrupción", label: "Anticorrupción", origen: "ogp", ogp: "Anti-Corruption"},
  {id: "Comunidades marginadas", label: "Comunidades marginadas", origen: "ogp", ogp: "Marginalized Communities"},
  {id: "Educación", label: "Educación", origen: "ogp", ogp: "Education"},
  {id: "Espacio cívico", label: "Espacio cívico", origen: "ogp", ogp: "Civic Space"},
  {id: "Género", label: "Género", origen: "ogp", ogp: "Gender"},
  {id: "Justicia", label: "Justicia", origen: "ogp", ogp: "Justice"},
  {
    id: "Prestación de servicios públicos",
    label: "Prestación de servicios públicos",
    origen: "ogp",
    ogp: "Public Service Delivery"
  },
  {id: "Trabajo", label: "Trabajo", origen: "ogp", ogp: "Labor"},
  {id: "Apoyo a la Educación", label: "Apoyo a la Educación", origen: "plan", ogp: null},
  {id: "Medio Ambiente", label: "Medio Ambiente", origen: "plan", ogp: null},
  {id: "Obra Pública", label: "Obra Pública", origen: "plan", ogp: null},
  {id: "Reactivación de la Economía", label: "Reactivación de la Economía", origen: "plan", ogp: null},
  {id: "Rescate de Espacios Públicos", label: "Rescate de Espacios Públicos", origen: "plan", ogp: null},
  {id: "Salud Mental", label: "Salud Mental", origen: "plan", ogp: null},
  {id: "Seguridad Pública", label: "Seguridad Pública", origen: "plan", ogp: null},
  {id: "Servicios Públicos", label: "Servicios Públicos", origen: "plan", ogp: null},
  {id: "Transparencia", label: "Transparencia", origen: "plan", ogp: null}
] as const satisfies readonly (Term & {origen: "ogp" | "plan"; ogp: string | null})[];

/** The values of `compromisos.tema`. */
export const TEMAS = ids(THEMES);
export type Tema = (typeof TEMAS)[number];

/** The Spanish theme of each OGP policy-area tag the registry meets ("Anti-Corruption" → "Anticorrupción"). */
export const TEMA_OF_OGP_TAG: ReadonlyMap<string, Tema> = new Map(
  THEMES.filter((t) => t.ogp !== null).map((t) => [t.ogp as string, t.id])
);

// ── Progress of compromisos ─────────────────────────────────────────────────────────────────────────

/**
 * Who rated a compromiso's progress (`avances.tipo_evaluador`): the OGP Independent Reporting Mechanism
 * (independent), the government's own end-of-commitment report on OGP's form (self-assessment), a report of
 * the state exercise (its STL or órgano garante), or the press. Pages show the kind beside the value.
 */
export const EVALUATOR_KINDS = [
  {id: "irm", label: "Mecanismo de Revisión Independiente (IRM) de la OGP"},
  {id: "autoevaluacion", label: "Autoevaluación del gobierno responsable"},
  {id: "informe_estatal", label: "Informe del ejercicio estatal"},
  {id: "prensa", label: "Prensa"}
] as const satisfies readonly Term[];

export const TIPOS_EVALUADOR = ids(EVALUATOR_KINDS);
export type TipoEvaluador = (typeof TIPOS_EVALUADOR)[number];

/**
 * OGP's scale of completion for a commitment ("not started / limited / substantial / complete", End of
 * Commitment Report, question 1.1, and the IRM's completion scale): `avances.nivel` and `avances.nivel_desde`.
 */
export const OGP_COMPLETION_LEVELS = [
  {id: "no_iniciado", label: "No iniciado"},
  {id: "limitado", label: "Limitado"},
  {id: "sustancial", label: "Sustancial"},
  {id: "completo", label: "Completo"}
] as const satisfies readonly Term[];

export const NIVELES_AVANCE = ids(OGP_COMPLETION_LEVELS);
export type NivelAvance = (typeof NIVELES_AVANCE)[number];

/** The IRM's five-point completion scale (`compromisos.irm_completitud`): OGP's four levels after "no evidence". */
export const IRM_COMPLETION_LEVELS = [
  {id: "sin_evidencia", label: "Sin evidencia"},
  ...OGP_COMPLETION_LEVELS
] as const satisfies readonly Term[];

/** The IRM's scale of potential impact (`compromisos.irm_impacto_potencial`). */
export const IRM_IMPACT_LEVELS = [
  {id: "ninguno", label: "Ninguno"},
  {id: "menor", label: "Menor"},
  {id: "moderado", label: "Moderado"},
  {id: "transformador", label: "Transformador"}
] as const satisfies readonly Term[];

// ── Readings of OCR transcriptions ──────────────────────────────────────────────────────────────────

/**
 * Kinds of correction the registry applies to a transcription to give the reading readers see
 * (`correcciones.clase`): `ocr`, a character or word the OCR misread ("Instalacién" → "Instalación"); `nota`,
 * a note of the project about the transcription that the reading drops ("(así en el OCR)").
 */
export const CORRECTION_KINDS = [
  {id: "ocr", label: "Error de lectura del OCR"},
  {id: "nota", label: "Nota sobre la transcripción"}
] as const satisfies readonly Term[];

export const CLASES_CORRECCION = ids(CORRECTION_KINDS);
