import type {Example} from "./sql-console.js";

/**
 * Example queries of the SQL console (/consulta): each answers a real question from the published tables,
 * with the table that is the answer to it (`fases_mensuales` for "where was a state on a date",
 * `indicadores_estatales` for days between milestones, …). `id` goes into the address (`?ejemplo=`).
 */
export const EXAMPLES: readonly Example[] = [
  {
    id: "stl-sin-pal",
    pregunta: "¿Qué estados tenían STL pero aún no PAL al 31 de diciembre de 2017?",
    nota: "De fases_mensuales, la única respuesta a «dónde estaba esta entidad en esta fecha». certeza = posible quiere decir que sus fechas permiten que ya hubiera avanzado (a fase_posible). Cambie la fecha por cualquier fin de mes desde 2015.",
    sql: `SELECT e.nombre_corto AS entidad, f.ejercicio, f.certeza, f.fase_posible,
       f.desde, f.meses_en_fase, f.semaforo, f.datos_hasta
FROM fases_mensuales AS f
JOIN entidades AS e USING (clave_inegi)
WHERE f.fecha = '2017-12-31'
  AND f.fase = 'stl_instalado'
ORDER BY entidad;`
  },
  {
    id: "dias-declaratoria-stl",
    pregunta: "¿Cuántos días pasaron de la Declaratoria a la instalación del STL, por cohorte?",
    nota: "Cohorte: año en que la entidad inició (entidades.anio_inicio; «sin dato» si ninguna fuente lo dice). Con fechas inciertas, los días van de un mínimo a un máximo («?»: sin cota). Al último corte de indicadores_estatales.",
    sql: `SELECT coalesce(CAST(e.anio_inicio AS VARCHAR), 'sin dato') AS cohorte,
       count(*) AS entidades,
       count(i.dias_declaratoria_stl_min) AS con_ambos_hitos,
       median(i.dias_declaratoria_stl_min) AS mediana_dias_min,
       median(i.dias_declaratoria_stl_max) AS mediana_dias_max,
       string_agg(e.nombre_corto || ' (' || i.dias_declaratoria_stl_min || '–'
                  || coalesce(CAST(i.dias_declaratoria_stl_max AS VARCHAR), '?') || ')', ', '
                  ORDER BY e.nombre_corto)
         FILTER (WHERE i.dias_declaratoria_stl_min IS NOT NULL) AS dias_por_entidad
FROM indicadores_estatales AS i
JOIN entidades AS e USING (clave_inegi)
WHERE i.fecha = (SELECT max(fecha) FROM indicadores_estatales)
GROUP BY ALL
ORDER BY cohorte;`
  },
  {
    id: "semaforo-en-fecha",
    pregunta: "¿Cuántas entidades había en cada color del semáforo al 31 de diciembre de 2019, y cuáles?",
    nota: "El semáforo sólo juzga lo que el registro observó: «sin_seguimiento» quiere decir que ninguna fuente posterior al plazo habla de la entidad.",
    sql: `SELECT f.semaforo, count(*) AS entidades,
       string_agg(e.nombre_corto, ', ' ORDER BY e.nombre_corto) AS cuales
FROM fases_mensuales AS f
JOIN entidades AS e USING (clave_inegi)
WHERE f.fecha = '2019-12-31'
GROUP BY f.semaforo
ORDER BY entidades DESC;`
  },
  {
    id: "fuentes-de-hitos",
    pregunta: "¿Qué fuentes respaldan más hitos, y de cuántas entidades?",
    nota: "Cada hito cita su fuente (hitos.fuente_id); la tabla fuentes da su título, emisor y fecha.",
    sql: `SELECT h.fuente_id, s.titulo, s.emisor, s.fecha,
       count(*) AS hitos, count(DISTINCT h.clave_inegi) AS entidades
FROM hitos AS h
JOIN fuentes AS s USING (fuente_id)
GROUP BY ALL
ORDER BY hitos DESC
LIMIT 15;`
  },
  {
    id: "fuentes-en-desacuerdo",
    pregunta: "¿Dónde se contradicen las fuentes y qué decidió el registro?",
    nota: "El registro guarda las dos versiones y una decisión con su razón (tabla decisiones).",
    sql: `SELECT decision_id, tabla, ids_en_conflicto, id_usado, razon
FROM decisiones
ORDER BY decision_id;`
  },
  {
    id: "metrica-por-edicion",
    pregunta: "¿Qué índice de Gobierno Abierto tuvo cada entidad en cada edición de la Métrica?",
    nota: "origen: microdatos (calculado de los sujetos obligados, 2017) o publicado (resultado que publicaron CIDE e INAI). posicion sólo donde las 32 entidades tienen valor.",
    sql: `SELECT nombre AS entidad, edicion, origen, round(valor, decimales) AS indice,
       posicion, round(nacional, decimales) AS nacional
FROM mga_ediciones
WHERE ambito = 'estatal' AND indicador = 'ga'
ORDER BY entidad, edicion, origen;`
  },
  {
    id: "tablas",
    pregunta: "¿Qué tablas hay y qué contienen?",
    nota: "Del diccionario de datos: una fila por columna de cada tabla publicada.",
    sql: `SELECT tabla, clase, count(*) AS columnas, any_value(descripcion_tabla) AS descripcion
FROM diccionario
GROUP BY tabla, clase
ORDER BY clase DESC, tabla;`
  }
];
