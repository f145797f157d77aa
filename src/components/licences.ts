import {html} from "npm:htl";
import {timestampText} from "./date-text.js";
import type {Construccion} from "./load-table.js";

const CC_BY = "https://creativecommons.org/licenses/by/4.0/deed.es";
const MIT = "https://opensource.org/license/mit";

/**
 * The licences of the code (MIT, `LICENSE`) and of the data (CC BY 4.0, `data/LICENCIA.md`), with the
 * attributions the map geometry and the Métrica microdata require. `downloads` is the folder where the
 * build copies both licence texts (null where it does not exist: the preview server).
 */
export function licences(downloads: string | null): HTMLElement {
  const text = (file: string, label: string) => (downloads ? html`<a href=${downloads + file}>${label}</a>` : label);
  return html`<div class="licencias">
    <ul>
      <li><strong>Datos</strong> (las tablas del registro y las derivadas, en CSV, Parquet y ZIP): licencia <a href=${CC_BY} rel="license noopener noreferrer">Creative Commons Atribución 4.0 Internacional (CC BY 4.0)</a>. Puede copiarlos, transformarlos y usarlos con cualquier fin, también comercial, dando el crédito (vea «Cómo citar»), enlazando la licencia e indicando si hizo cambios. Texto completo: ${text("LICENCIA.md", "la licencia de los datos")} (también en el repositorio del proyecto).</li>
      <li><strong>Código</strong> (sitio, métricas, cargadores y scripts): licencia <a href=${MIT} rel="license noopener noreferrer">MIT</a>. Texto completo: ${text("LICENSE.txt", "la licencia del código")} (también en el repositorio del proyecto).</li>
    </ul>
    <h3>Material de terceros</h3>
    <ul>
      <li><strong>Los hechos del registro</strong> vienen de documentos públicos del INAI, de órganos garantes estatales, de la prensa y de otros emisores, citados fila por fila (sección «Fuentes»). La licencia CC BY 4.0 cubre la compilación, la codificación y las tablas derivadas del proyecto, no los documentos originales.</li>
      <li><strong>Métrica de Gobierno Abierto 2017, microdatos por sujeto obligado</strong> (tabla <code>mga_sujetos</code>, y de ella <code>mga_estatal</code>, <code>mga_por_tipo</code> y <code>mga_ediciones</code>): resultados de CIDE e INAI, de la base por sujeto obligado que Juvenal Campos publicó el 9 de agosto de 2019 en el repositorio público <code>JuveCampos/Metrica_Gob_Abierto</code> de GitHub (<a href="#fuente-mga2017-bso">la fuente</a>, con el archivo y la versión exactos en su detalle técnico); procedencia y huella SHA-256 en la tabla <code>mga_importaciones</code>. Atribución: «Métrica de Gobierno Abierto 2017, CIDE–INAI; base por sujeto obligado publicada por Juvenal Campos». El repositorio no declara una licencia; el proyecto reproduce los puntajes, normalizados, con esta atribución.</li>
      <li><strong>Resultados publicados de la Métrica</strong> 2017, 2019, 2021 y 2023 (tabla <code>mga_reportados</code>): CIDE e INAI, citados fila por fila.</li>
      <li><strong>Geometría del mapa</strong>: «Map of Mexico», paquete <code>@svg-maps/mexico</code> 2.0.0 de Victor Cazanave (<a href="https://github.com/VictorCazanave/svg-maps/tree/master/packages/mexico" rel="noopener noreferrer">VictorCazanave/svg-maps</a>), licencia <a href=${CC_BY} rel="license noopener noreferrer">CC BY 4.0</a>; se dibuja sin cambios de forma, coloreada con los datos del proyecto.</li>
    </ul>
  </div>`;
}

/**
 * How to cite the project (es-MX), with the build date and the archive's address on this site; and a
 * table, and the source of each row.
 */
export function citation(
  construccion: Pick<Construccion, "fecha_construccion" | "fecha_registro">,
  downloads: string | null
): HTMLElement {
  const year = construccion.fecha_construccion.slice(0, 4);
  const archive = downloads ? new URL(`${downloads}registro.zip`, location.href).href : null;
  return html`<div class="citar">
    <p>El conjunto completo:</p>
    <blockquote class="cita-proyecto">Tablero de Gobierno Abierto Local (${year}). <em>Registro de los ejercicios locales de Gobierno Abierto en México («Cocreación desde lo local»)</em> [conjunto de datos], versión construida el ${timestampText(construccion.fecha_construccion)}, registro con fecha ${timestampText(construccion.fecha_registro)}. Licencia CC BY 4.0.${archive ? html` ${archive}` : ""}</blockquote>
    <p>Una tabla: agregue «tabla <em>nombre</em>» y su dirección estable (<code>descargas/<em>nombre</em>.csv</code>). Un dato: cite también su fuente, que cada fila trae en <code>fuente_id</code> y <code>cita</code>; la tabla <code>fuentes</code> da su título, emisor, fecha y dirección (sección «Fuentes»).</p>
  </div>`;
}
