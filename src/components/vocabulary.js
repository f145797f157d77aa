// Generado por `npm run generate` a partir de metrics/model/vocabulary.ts: no editar a mano.
// The process vocabulary for the site's components: identifiers as stored in the data, Spanish labels.

/** Kinds of milestone, in process order. @type {ReadonlyArray<{id: string, label: string, stage?: number | null}>} */
export const HITO_TIPOS = [
  {"id":"declaratoria","label":"Declaratoria firmada","stage":1},
  {"id":"sensibilizacion","label":"Sensibilización","stage":2},
  {"id":"instalacion_stl","label":"STL instalado","stage":3},
  {"id":"mesas","label":"Mesas para el PAL","stage":3},
  {"id":"publicacion_pal","label":"PAL publicado","stage":4},
  {"id":"evaluacion","label":"Evaluación","stage":5},
  {"id":"cierre","label":"Cierre de ciclo","stage":6}
];

/** Phases, in the order of the schema, then «sin dato». @type {ReadonlyArray<{id: string, label: string, stage?: number | null}>} */
export const FASES = [
  {"id":"no_participa","label":"No participa","stage":null},
  {"id":"aun_no_se_suma","label":"Aún no se suma","stage":null},
  {"id":"sensibilizacion","label":"Sensibilización","stage":2},
  {"id":"declaratoria_firmada","label":"Declaratoria firmada","stage":1},
  {"id":"stl_instalado","label":"STL instalado / mesas para el PAL","stage":3},
  {"id":"pal_en_seguimiento","label":"PAL en seguimiento","stage":4},
  {"id":"evaluacion","label":"Evaluación","stage":5},
  {"id":"cierre_de_ciclo","label":"Cierre de ciclo","stage":6},
  {"id":"sin_dato","label":"Sin dato","stage":null}
];

/** Computed semáforo values: the colours, «sin seguimiento», then «sin dato». @type {ReadonlyArray<{id: string, label: string, stage?: number | null}>} */
export const SEMAFOROS = [
  {"id":"verde","label":"Verde: dentro del plazo"},
  {"id":"amarillo","label":"Amarillo: atrasado"},
  {"id":"rojo","label":"Rojo: muy atrasado"},
  {"id":"gris","label":"Gris: no participa o aún no se suma"},
  {"id":"sin_seguimiento","label":"Sin seguimiento: ninguna fuente posterior al plazo"},
  {"id":"sin_dato","label":"Sin dato"}
];

/** How precisely a date is known. @type {ReadonlyArray<{id: string, label: string, stage?: number | null}>} */
export const PRECISIONES = [
  {"id":"dia","label":"día exacto"},
  {"id":"mes","label":"mes"},
  {"id":"anio","label":"año"},
  {"id":"a_mas_tardar","label":"a más tardar"},
  {"id":"intervalo","label":"intervalo"}
];

/** Sectors of a Secretariado Técnico Local. @type {ReadonlyArray<{id: string, label: string, stage?: number | null}>} */
export const SECTORES_STL = [
  {"id":"gobierno","label":"Gobierno"},
  {"id":"organo_autonomo","label":"Órgano autónomo"},
  {"id":"organo_garante","label":"Órgano garante"},
  {"id":"sociedad_civil","label":"Sociedad civil"},
  {"id":"facilitador","label":"Facilitador"}
];

/** What a reported national total counts. @type {ReadonlyArray<{id: string, label: string, stage?: number | null}>} */
export const INDICADORES_TOTALES = [
  {"id":"estados_participantes","label":"Estados participantes"},
  {"id":"stl_instalados","label":"STL instalados"},
  {"id":"pal_publicados","label":"PAL publicados"},
  {"id":"compromisos","label":"Compromisos"}
];

/** Scores of the Métrica de Gobierno Abierto. @type {ReadonlyArray<{id: string, label: string, stage?: number | null}>} */
export const MGA_PUNTAJES = [
  {"id":"ga","label":"Índice de Gobierno Abierto"},
  {"id":"t","label":"Transparencia"},
  {"id":"p","label":"Participación"},
  {"id":"tg","label":"Transparencia, perspectiva gubernamental"},
  {"id":"tc","label":"Transparencia, perspectiva ciudadana"},
  {"id":"pg","label":"Participación, perspectiva gubernamental"},
  {"id":"pc","label":"Participación, perspectiva ciudadana"}
];
