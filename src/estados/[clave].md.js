// @ts-check
// Page loader of /estados/<clave> (Framework parameterized route; observablehq.config.ts lists the 32 paths in
// `dynamicPaths`): writes the Markdown of one state's page to stdout. The page itself is thin — it loads the
// published tables and lays out components — and this loader only fills in what must be static for the
// search index and the links to work with no JavaScript: the state's name as the page title, its key, and
// the previous and next state. Names come from the shipped `data/entidades.csv` (INEGI catalogue), read by
// src/components/states.js as observablehq.config.ts reads it.
//
// Plain JavaScript, type-checked from its JSDoc (`// @ts-check`, tsconfig.json): Framework runs a `.js` loader
// with node itself, about 0.1 s a page, where a `.ts` one starts tsx first, about 0.25 s — 32 pages on every build.
import {readFileSync} from "node:fs";
import {shippedStates} from "../components/states.js";

const clave = process.argv.find((a) => a.startsWith("--clave="))?.slice("--clave=".length);
const states = shippedStates((file) => readFileSync(file, "utf8"));
const k = states.findIndex((e) => e.clave === clave);
if (k < 0) throw new Error(`Clave de entidad desconocida: ${JSON.stringify(clave)} (se esperaba 01…32)`);
const e = states[k];
const prev = states[k - 1];
const next = states[k + 1];
/** @param {string} s */
const plain = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
/**
 * Text that goes into Markdown or YAML: the names have no markup, but escape anyway.
 * @param {string} s
 */
const esc = (s) =>
  s.replace(
    /[&<>"]/g,
    (c) => /** @type {Record<string, string>} */ ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c] ?? c
  );
/** @param {string} s */
const yaml = (s) => JSON.stringify(s);
/**
 * Links to the previous and next state and to the national view: static (they work with no JavaScript),
 * then given the page's date by the cell after the month control (`data-base` is the undated address).
 * @param {string} label
 */
const nav = (label) => `<nav class="entre-estados" aria-label="${label}">
  ${prev ? `<a href="./${prev.clave}.html" data-base="./${prev.clave}.html" rel="prev">← ${esc(prev.nombreCorto)}</a>` : "<span></span>"}
  <a href="../index.html" data-base="../index.html">Panorama nacional</a>
  ${next ? `<a href="./${next.clave}.html" data-base="./${next.clave}.html" rel="next">${esc(next.nombreCorto)} →</a>` : "<span></span>"}
</nav>`;

process.stdout.write(`---
title: ${yaml(e.nombreCorto)}
index: true
keywords: ${yaml(`${plain(e.nombre)} ${plain(e.nombreCorto)} ${e.nombre} ${e.nombreCorto} entidad estado`)}
toc: true
---

\`\`\`js
import {monthControl, monthLabel} from "../components/controls.js";
import {dayText} from "../components/date-text.js";
import {loadTable} from "../components/load-table.js";
import {printNote} from "../components/print-note.js";
import {provenanceNote} from "../components/provenance-note.js";
import {attributedTitleNote, sourcesById} from "../components/source-cite.js";
import {casesSection, mgaEditionsTable, targetsTable} from "../components/state-more.js";
import {decisionsList, milestonesTable, plansSection, stateDecisions, stlSection, unknownsList} from "../components/state-record.js";
import {attainmentLine, phasePeriodsTable, phaseStrip, phaseStripExport, stateNow, stripLegend} from "../components/state-status.js";
import {stateOpening} from "../components/state-summary.js";
import {takeOver} from "../components/take-over.js";
import {datedHref, requestedParam, setUrlParam} from "../components/url-state.js";
import {usedCompromisos} from "../lib/used-compromisos.js";

const CLAVE = ${JSON.stringify(e.clave)};
const NOMBRE = ${JSON.stringify(e.nombreCorto)};
const [fasesTodas, logrosTodos, hitosTodos, fuentesTabla, decisiones, coberturaTodas, stlTodos, planesTodos, coberturaPlanesTodas, compromisosTodos, avancesTodos, metasTabla, metasResultado, casosTodos, cifras, mgaTodas, catalogo, entidadesTabla, ultimosHitos, construccion] = await Promise.all([
  loadTable(FileAttachment("../data/registro/fases_mensuales.parquet").href),
  loadTable(FileAttachment("../data/registro/logros.parquet").href),
  loadTable(FileAttachment("../data/registro/hitos.parquet").href),
  loadTable(FileAttachment("../data/registro/fuentes.parquet").href),
  loadTable(FileAttachment("../data/registro/decisiones.parquet").href),
  loadTable(FileAttachment("../data/registro/cobertura.parquet").href),
  loadTable(FileAttachment("../data/registro/stl_integrantes.parquet").href),
  loadTable(FileAttachment("../data/registro/planes.parquet").href),
  loadTable(FileAttachment("../data/registro/cobertura_planes.parquet").href),
  loadTable(FileAttachment("../data/registro/compromisos.parquet").href),
  loadTable(FileAttachment("../data/registro/avances.parquet").href),
  loadTable(FileAttachment("../data/registro/metas.parquet").href),
  loadTable(FileAttachment("../data/registro/metas_resultado.parquet").href),
  loadTable(FileAttachment("../data/registro/casos.parquet").href),
  loadTable(FileAttachment("../data/registro/casos_cifras.parquet").href),
  loadTable(FileAttachment("../data/registro/mga_ediciones.parquet").href),
  loadTable(FileAttachment("../data/registro/catalogo_metricas.parquet").href),
  loadTable(FileAttachment("../data/registro/entidades.parquet").href),
  loadTable(FileAttachment("../data/registro/ultimo_hito.parquet").href),
  FileAttachment("../data/registro/construccion.json").json()
]);
const deLaEntidad = (rows) => rows.filter((r) => r.clave_inegi === CLAVE);
const fuentes = sourcesById(fuentesTabla);
const fases = deLaEntidad(fasesTodas).sort((a, b) => a.fecha.localeCompare(b.fecha));
const fechas = fases.map((r) => r.fecha);
const hitos = deLaEntidad(hitosTodos);
const logros = deLaEntidad(logrosTodos);
const cobertura = deLaEntidad(coberturaTodas);
const compromisos = deLaEntidad(compromisosTodos);
const decisionesEntidad = stateDecisions(decisiones, new Set([...hitos.map((h) => h.hito_id), ...compromisos.map((c) => c.compromiso_id)]));
const stl = deLaEntidad(stlTodos);
const planes = deLaEntidad(planesTodos);
const coberturaPlanes = deLaEntidad(coberturaPlanesTodas);
const casos = deLaEntidad(casosTodos);
const mga = deLaEntidad(mgaTodas).filter((r) => r.ambito === "estatal");
const mgaEdiciones = [...new Set(mgaTodas.map((r) => r.edicion))].sort();
const reglaSemaforo = catalogo.find((r) => r.id === "semaforo");
// ?fecha= accepts a month-end date of the record (2019-12-31) or a month (2019-12).
const pedida = requestedParam("fecha", fechas, fechas.at(-1), (raw) => (/^\\d{4}-\\d{2}$/.test(raw) ? fechas.find((f) => f.startsWith(raw)) : raw));
\`\`\`

${nav("Otras entidades")}

# ${esc(e.nombreCorto)}

<p class="subtitulo">${esc(e.nombre)} · clave INEGI ${e.clave}. Lo que el registro sabe de su ejercicio local de Gobierno Abierto, con la fuente de cada dato.</p>

<div data-ssr="resumen-entidad"></div>\${takeOver("resumen-entidad", stateOpening({entidades: entidadesTabla, logros: logrosTodos, ultimo_hito: ultimosHitos, fases: fasesTodas, fuentes: fuentesTabla, hitos: hitosTodos}, CLAVE))}

<p class="aviso solo-sin-js">Sin JavaScript esta página muestra el resumen de ${esc(e.nombreCorto)}, sus hitos y dónde las fuentes no coinciden, con todo lo que sabe el registro, sin elegir mes (tampoco el que pida la dirección). Elegir un mes, la fase mes a mes, lo que no se sabe, el STL, los planes, las metas, las buenas prácticas y la Métrica necesitan JavaScript.</p>

\${pedida.invalid !== undefined ? html\`<p class="aviso" role="alert"><strong>La dirección pide una fecha que no existe:</strong> «\${pedida.invalid}» no está en el registro, que va mes a mes de \${monthLabel(fechas[0])} a \${monthLabel(fechas.at(-1))} (escríbala como <code>2019-12-31</code> o <code>2019-12</code>); se muestra \${monthLabel(pedida.value)}.</p>\` : ""}

## Dónde está

<div class="controles">

\`\`\`js
const fecha = view(monthControl(fechas, {value: pedida.value, label: "Mes"}));
\`\`\`

</div>

\`\`\`js
setUrlParam("fecha", fecha);
const enFecha = fases.find((r) => r.fecha === fecha);
// The date travels: every link to a dated view opens on this month.
for (const a of document.querySelectorAll("a[data-base]")) a.setAttribute("href", datedHref(a.dataset.base, fecha));
// Group targets as judged on the chosen month (none before a target's period begins).
const fechaMetas = [...new Set(metasResultado.map((r) => r.fecha))].filter((f) => f <= fecha).sort().at(-1) ?? null;
const metas = fechaMetas ? deLaEntidad(metasResultado).filter((r) => r.fecha === fechaMetas) : [];
\`\`\`

### Al cierre de \${monthLabel(fecha)}

\${attainmentLine(enFecha, logros)}

\${stateNow(enFecha)}

<p class="nota"><small><strong>Fuente.</strong> La fase de la entidad al último día de cada mes, de los hitos fechados y los estatus que reportó el INAI. El panel nacional llega a \${monthLabel(fechas.at(-1))}; el registro de \${NOMBRE} llega \${enFecha.datos_hasta ? html\`hasta el <strong>\${dayText(enFecha.datos_hasta)}</strong>\${enFecha.datos_hasta > fecha ? html\`, <strong>posterior a la fecha elegida</strong>: los hechos después del \${dayText(fecha)} se marcan en esta página como posteriores\` : ""}\` : "a ningún día: ninguna fuente habla de la entidad"}.</small></p>

### Mes a mes

<div class="card" id="franja-fases">\${resize((width) => phaseStrip(fases, {width, fecha, nombre: NOMBRE}))}</div>

\${stripLegend(fases, reglaSemaforo)}

\${phaseStripExport(fases, {fecha, nombre: NOMBRE, container: () => document.getElementById("franja-fases"), construccion})}

<details class="tabla-de-grafica">
<summary>Ver la franja en tabla (periodos con la misma fase y semáforo)</summary>
<div class="tabla-ancha" tabindex="0" role="region" aria-label="Tabla: fase y semáforo por periodo">\${phasePeriodsTable(fases, {caption: \`Fase y semáforo de \${NOMBRE}, periodo por periodo\`})}</div>
</details>

## Hitos

Cada hito tal como lo fecha cada fuente, con la precisión que la fuente permite: un día, un mes, un año, un
intervalo o sólo «a más tardar». Cuando varias fuentes fechan el mismo hito se muestran todas; «Se usa»
marca la que toma el registro.

<div class="tabla-ancha" tabindex="0" role="region" aria-label="Tabla: hitos de la entidad"><div data-ssr="hitos-entidad"></div>\${takeOver("hitos-entidad", milestonesTable(hitos, {cobertura, decisiones: decisionesEntidad, fuentes, nombre: NOMBRE, fecha}))}</div>

### Donde las fuentes no coinciden

<div class="desacuerdos-entidad"><div data-ssr="desacuerdos-entidad"></div>\${takeOver("desacuerdos-entidad", decisionsList(decisionesEntidad, {hitos, compromisos, fuentes}))}</div>

## Lo que no se sabe

\${unknownsList({nombre: NOMBRE, cobertura, planesCobertura: coberturaPlanes, stl, compromisos: usedCompromisos({compromisos, decisiones}), mgaEdiciones, mga, datosHasta: fases.at(-1)?.datos_hasta ?? null, ultimoMes: fechas.at(-1)})}

<p class="nota"><small>De lo que el registro sabe de cada hito, plan, STL, compromiso y edición de la Métrica. «Sin dato» quiere decir que ninguna fuente del registro lo dice, nunca que sea cero o que no haya ocurrido.</small></p>

## Secretariado Técnico Local

\${stlSection(stl, {fuentes, nombre: NOMBRE})}

## Planes de Acción Local y compromisos

\${plansSection({planes, cobertura: coberturaPlanes, compromisos, avances: avancesTodos, decisiones: decisionesEntidad, hitos, fuentes, nombre: NOMBRE, fecha})}

## Metas de grupo del INAI

\${targetsTable(metas, {metas: new Map(metasTabla.map((m) => [m.meta_id, m])), fuentes, nombre: NOMBRE, fecha, evaluadas: fechaMetas !== null})}

<p class="nota"><small>Cada meta que el INAI fijó a un grupo de entidades (primer trimestre de 2017), evaluada con los hitos del registro al cierre del mes elegido (\${monthLabel(fecha)}): una meta se juzga al terminar el día de su plazo. Un hito fechado después del mes elegido se marca como posterior. Todas las entidades de cada meta, en la <a href="../metas.html" data-base="../metas.html">página de las metas</a>.</small></p>

## Buenas prácticas

\${casesSection(casos, {cifras, compromisos: new Map(compromisosTodos.map((c) => [c.compromiso_id, c])), fuentes, nombre: NOMBRE})}

## Métrica de Gobierno Abierto

\${mgaEditionsTable(mga, {fuentes, nombre: NOMBRE, fecha, ediciones: mgaTodas})}

<p class="nota"><small><strong>Microdatos</strong>: promedio simple de los sujetos obligados de la entidad en el archivo publicado de la edición; <strong>publicado</strong>: el valor tal como lo publicó el CIDE o el INAI. Los valores se muestran con los decimales que tienen; el lugar (1 = más alto) sólo se da cuando las 32 entidades tienen un valor del mismo origen. Ver la <a href="../metrica.html" data-base="../metrica.html">página de la Métrica</a>.</small></p>

<div class="nota-titulo-atribuido"><div data-ssr="titulo-atribuido"></div>\${takeOver("titulo-atribuido", attributedTitleNote())}</div>

${nav("Otras entidades (al pie)")}

\${provenanceNote(construccion)}

\${printNote({vista: \`\${NOMBRE}, \${monthLabel(fecha)}\`, construccion})}

<link rel="stylesheet" href="../components/tablero.css">
<link rel="stylesheet" href="../components/cifras-y-fechas.css">
`);
