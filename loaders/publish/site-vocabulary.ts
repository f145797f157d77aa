import {
  HITO_LABELS,
  MGA_SCORES,
  MILESTONE_KINDS,
  NATIONAL_TOTALS,
  PHASES,
  PRECISIONS,
  SEMAFORO_COLOURS,
  SIN_DATO,
  SIN_SEGUIMIENTO,
  STL_SECTORS
} from "../../metrics/model/vocabulary.js";

/** Where the site's copy of the vocabulary lives (Framework pages cannot import modules outside `src/`). */
export const SITE_VOCABULARY_PATH = "src/components/vocabulary.js";

const HEADER = `// Generado por \`npm run generate\` a partir de metrics/model/vocabulary.ts: no editar a mano.
// The process vocabulary for the site's components: identifiers as stored in the data, Spanish labels.
`;

/**
 * The process vocabulary as an ES module for the site (`src/components/vocabulary.js`): milestone kinds
 * (with their stage), phases (with their stage, "sin_dato" last), semáforo values ("sin_dato" last),
 * date precisions, STL sectors, national totals and the Métrica's scores — each an array of
 * `{id, label, …}` in process order, with a JSDoc type so the components type-check against it.
 */
export function siteVocabularyModule(): string {
  const entries: [string, string, readonly object[]][] = [
    [
      "HITO_TIPOS",
      "Kinds of milestone, in process order.",
      MILESTONE_KINDS.map((k) => ({id: k.id, label: HITO_LABELS[k.id], stage: k.stage}))
    ],
    [
      "FASES",
      "Phases, in the order of the schema, then «sin dato».",
      [...PHASES.map((p) => ({id: p.id, label: p.label, stage: p.stage})), {...SIN_DATO, stage: null}]
    ],
    [
      "SEMAFOROS",
      "Computed semáforo values: the colours, «sin seguimiento», then «sin dato».",
      [...SEMAFORO_COLOURS, SIN_SEGUIMIENTO, SIN_DATO]
    ],
    ["PRECISIONES", "How precisely a date is known.", PRECISIONS],
    ["SECTORES_STL", "Sectors of a Secretariado Técnico Local.", STL_SECTORS],
    ["INDICADORES_TOTALES", "What a reported national total counts.", NATIONAL_TOTALS],
    ["MGA_PUNTAJES", "Scores of the Métrica de Gobierno Abierto.", MGA_SCORES]
  ];
  const body = entries
    .map(
      ([name, doc, value]) =>
        `/** ${doc} @type {ReadonlyArray<{id: string, label: string, stage?: number | null}>} */\nexport const ${name} = [\n${value.map((v) => `  ${JSON.stringify(v)}`).join(",\n")}\n];\n`
    )
    .join("\n");
  return `${HEADER}\n${body}`;
}
