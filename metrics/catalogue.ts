/** The definition of a published metric, as data: what the site, the export and the docs enumerate. */
export interface MetricDef {
  /** Stable identifier. */
  id: string;
  /** The published table that holds it. */
  tabla: string;
  nombre: string;
  /** Unit, lowercase: "fase", "meses", "entidades", "puntaje 0–1"… */
  unidad: string;
  descripcion: string;
  formula: string;
  /** Where the method comes from. */
  fuente: string;
  /** The function that computes it, in `metrics/`. */
  funcion: string;
}

/**
 * The catalogue of metrics (Spanish, as published in `catalogo_metricas`), in the order their tables are published. Each entry's formula repeats
 * the doc comment of its function, in words a reader of the export can follow.
 */
export const METRIC_CATALOGUE: readonly MetricDef[] = [
  {
    id: "ultimo_hito",
    tabla: "ultimo_hito",
    nombre: "Último hito conocido",
    unidad: "hito",
    descripcion: "El paso más avanzado del proceso que alguna fuente fecha para cada entidad.",
    formula: "Entre los hitos usados (uno por entidad, ejercicio y clase), el de mayor ejercicio, luego mayor etapa, luego fecha más tardía.",
    fuente: "Registro del proyecto (data/hitos.csv, data/decisiones.csv).",
    funcion: "latestMilestones"
  },
  {
    id: "cobertura",
    tabla: "cobertura",
    nombre: "Cobertura del registro",
    unidad: "hitos",
    descripcion: "Qué hitos de cada entidad y ejercicio conoce el registro, con qué precisión y de cuántas fuentes.",
    formula: "Para cada entidad, ejercicio (1 al mayor mencionado) y clase de hito: conocido si hay un hito usado; precisión de su intervalo; fuentes distintas de las filas usadas.",
    fuente: "Registro del proyecto.",
    funcion: "milestoneCoverage"
  },
  {
    id: "totales_derivados",
    tabla: "totales_derivados",
    nombre: "Totales nacionales: derivados frente a reportados",
    unidad: "entidades, PAL o compromisos",
    descripcion: "Cada total nacional que una fuente reportó junto al que dan los hechos por entidad del registro, con la diferencia.",
    formula:
      "Fecha límite = el último día de fecha_corte o la fecha de la fuente, la posterior. Se cuentan los hechos seguros a esa fecha: entidades con Declaratoria, entidades con STL, PAL (entidad y ejercicio), compromisos de esos PAL. diferencia = derivado − reportado.",
    fuente: "Totales reportados por el INAI y la prensa (data/totales_reportados.csv).",
    funcion: "derivedTotals"
  },
  {
    id: "fases_mensuales",
    tabla: "fases_mensuales",
    nombre: "Fase en cada fecha",
    unidad: "fase",
    descripcion: "La fase de cada entidad al último día de cada mes desde enero de 2015, con su certeza y los meses en ella.",
    formula:
      "Un hito (o un estatus reportado) es seguro en la fecha D si su último día posible es ≤ D, y posible si su primer día posible es ≤ D. Fase = la de la posición más avanzada (ejercicio, etapa) entre los seguros; certeza = cierta si ningún hito posible va más allá, si no posible. Etapas: Declaratoria firmada 1, sensibilización 2, STL instalado o mesas 3, PAL en seguimiento 4, evaluación 5, cierre de ciclo 6. meses_en_fase = meses completos desde el último día posible del hito que prueba la fase (cota inferior).",
    fuente: "Secuencia del INAI: Declaratoria → sensibilización → STL → mesas → PAL (páginas estatales del programa Agentes Locales de Cambio); evaluación y cierre de ciclo, tablas G15/G16 (semilla 002).",
    funcion: "monthlyPhases / phaseOnDate"
  },
  {
    id: "semaforo",
    tabla: "fases_mensuales",
    nombre: "Semáforo",
    unidad: "color",
    descripcion:
      "Verde, amarillo o rojo según el tiempo que la entidad lleva en su fase desde su último avance registrado, frente al plazo previsto; gris si no participa; sin dato si no se puede ubicar. Un avance que ninguna fuente del registro documenta no cuenta.",
    formula:
      "verde si meses_en_fase < umbral amarillo de la fase; amarillo si < umbral rojo; rojo después. Umbrales (amarillo/rojo, meses): Declaratoria 6/12, sensibilización 6/12, STL 6/12, PAL en seguimiento 12/18, evaluación 6/12, cierre de ciclo 12/24.",
    fuente: "Etapas semestrales del modelo del SNT (2016) y compromisos \"con duración de un año\"; ver metrics/semaforo-thresholds.ts.",
    funcion: "semaforo"
  },
  {
    id: "semaforo_vs_reportado",
    tabla: "semaforo_vs_reportado",
    nombre: "Fase calculada frente a la reportada",
    unidad: "acuerdo",
    descripcion: "Cada fase que una fuente reportó junto a la que dan los hitos del registro en esa fecha, con el acuerdo y su explicación.",
    formula:
      "Fase calculada sólo con hitos (sin estatus) al último día del corte. coincide = misma fase; compatible = la reportada cabe entre la segura y la posible; registro_detras = la fuente va más adelante; registro_delante = el registro va más adelante; sin_fase_reportada = las palabras de la fuente no corresponden a una fase.",
    fuente: "Tablas G15/G16 del INAI (semilla 002) y líneas de estatus de las páginas estatales (2017–2018).",
    funcion: "compareWithReported"
  },
  {
    id: "indicadores_estatales",
    tabla: "indicadores_estatales",
    nombre: "Avance por entidad",
    unidad: "conteos y días",
    descripcion: "Declaratoria, STL, PAL publicados, ciclos completados, compromisos (con y sin proactivos), evidencia reportada y días entre hitos, por entidad, al cierre de cada año.",
    formula:
      "Cuenta los hitos seguros a la fecha (último día posible ≤ fecha). Compromisos de los PAL publicados, sin las filas apartadas por una decisión. Días entre hitos del primer ejercicio: mínimo = primer día posible del segundo − último día posible del primero (≥ 0); máximo = último del segundo − primero del primero. Fojas y reuniones: suma de lo reportado, vacío si nada se reporta.",
    fuente: "Registro del proyecto.",
    funcion: "stateProgress"
  },
  {
    id: "indicadores_nacionales",
    tabla: "indicadores_nacionales",
    nombre: "Avance nacional",
    unidad: "conteos y días",
    descripcion: "Entidades con Declaratoria, con STL y con PAL; PAL, ciclos y compromisos; medianas de días entre hitos; al último día de cada mes.",
    formula: "Sumas y conteos del avance por entidad; medianas sobre las entidades cuyo intervalo se conoce al día.",
    fuente: "Registro del proyecto.",
    funcion: "nationalProgress"
  },
  {
    id: "compromisos_por_tema",
    tabla: "compromisos_por_tema",
    nombre: "Compromisos por tema",
    unidad: "compromisos",
    descripcion: "Compromisos por el tema que da su fuente, en el país y por entidad; los que no tienen tema cuentan como sin dato.",
    formula: "Conteo de filas de compromisos por tema.",
    fuente: "Registro del proyecto.",
    funcion: "compromisosByTheme"
  },
  {
    id: "compromisos_calidad",
    tabla: "compromisos_calidad",
    nombre: "Calidad de los compromisos",
    unidad: "proporción 0–1 y si/no",
    descripcion: "Calidad y relevancia potencial según la evaluación del INAI, relevancia, cumplimiento alto y estrella según el IRM de la AGA, de los compromisos codificados.",
    formula:
      "calidad = preguntas de calidad cumplidas / 4; relevancia = valores que avanza / 5; exactas sólo si todo está codificado, si no se dan cotas (sin codificar cuenta como no cumplido en el mínimo y como cumplido en el máximo). Relevante (IRM) = transparencia o participación o rendición de cuentas. Estrella = verificable y relevante e impacto moderado o transformador y cumplimiento sustancial o completo. Lógica de tres valores: vacío = desconocido.",
    fuente: "Evaluación al PAL 2016–2017 del INAI (semilla 001); glosario del IRM de la AGA (facts.md §3.2).",
    funcion: "commitmentQuality"
  },
  {
    id: "mga_estatal",
    tabla: "mga_estatal",
    nombre: "Métrica de Gobierno Abierto por entidad",
    unidad: "puntaje 0–1",
    descripcion: "IGA, transparencia, participación y sus perspectivas por entidad, el ámbito federal y el nacional; posición por IGA, brecha T − P y diferencia con el valor nacional.",
    formula:
      "Promedio simple de los sujetos obligados de cada entidad (y de los federales; el nacional promedia todos). IGA = (T + P)/2; T = (TG + TC)/2; P = (PG + PC)/2. Posición: por IGA descendente entre las 32 entidades, empates a 4 decimales comparten lugar. Brecha = T − P.",
    fuente: "CIDE–INAI, Métrica de Gobierno Abierto 2017; los resultados estatales publicados son el promedio simple de los sujetos obligados (shared/data/mga2017/README.md).",
    funcion: "mgaByState"
  },
  {
    id: "mga_por_tipo",
    tabla: "mga_por_tipo",
    nombre: "Métrica de Gobierno Abierto por nivel y tipo de sujeto obligado",
    unidad: "puntaje 0–1",
    descripcion: "Los siete puntajes por nivel de gobierno (federal, estatal, municipal) y por tipo de sujeto obligado, en el país y en cada entidad.",
    formula: "Promedio simple de los sujetos obligados de cada grupo; brecha = T − P.",
    fuente: "CIDE–INAI, Métrica de Gobierno Abierto 2017.",
    funcion: "mgaByGroup"
  }
];
