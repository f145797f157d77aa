import {html} from "npm:htl";
import {type AfterViewDate, isAfterViewDate} from "../lib/as-of.js";
import type {CoverageCell} from "../lib/coverage.js";
import {formatInterval, intervalPrecision} from "../lib/model/dates.js";
import {conflictingIds, setAsideBy} from "../lib/model/decisions.js";
import type {Row} from "../lib/model/schema.js";
import {HITO_LABELS, HITO_TIPOS, PRECISIONS, STL_SECTORS} from "../lib/model/vocabulary.js";
import type {PlanCoverage} from "../lib/plan-compromisos.js";
import {dayText} from "./date-text.js";
import {progressRatings} from "./progress-ratings.js";
import {citaText, SIN_DATO, sourceRef} from "./source-cite.js";
import {readerQuote} from "../lib/source-citation.js";

type Fuentes = ReadonlyMap<string, Row<"fuentes">>;
type Hito = Row<"hitos">;
type Compromiso = Row<"compromisos">;
type Decision = Row<"decisiones">;
type Avance = Row<"avances">;

const STAGE_ORDER = new Map<string, number>(HITO_TIPOS.map((t, i) => [t, i]));
const PRECISION_LABEL = new Map<string, string>(PRECISIONS.map((p) => [p.id, p.label]));
const SECTOR_LABEL = new Map<string, string>(STL_SECTORS.map((s) => [s.id, s.label]));
const milestoneLabel = (tipo: string): string => HITO_LABELS[tipo as keyof typeof HITO_LABELS] ?? tipo;
const byStage = (a: {ejercicio: number; tipo: string}, b: {ejercicio: number; tipo: string}) =>
  a.ejercicio - b.ejercicio || (STAGE_ORDER.get(a.tipo) ?? 99) - (STAGE_ORDER.get(b.tipo) ?? 99);
const byProcess = (a: Hito, b: Hito) => byStage(a, b) || a.fecha_max.localeCompare(b.fecha_max);
const num = new Intl.NumberFormat("es-MX");

/** The mark beside a fact dated after the view date (nothing for one known by then). */
export function laterMark(when: AfterViewDate | null, fecha: string): Node | string {
  if (when === "cierto")
    return html`<small class="posterior" data-posterior="cierto"><strong>Posterior a la fecha elegida</strong> (${dayText(fecha)})</small>`;
  if (when === "posible")
    return html`<small class="posterior" data-posterior="posible"><strong>Quizá posterior a la fecha elegida</strong> (${dayText(fecha)}): sus fechas lo permiten</small>`;
  return "";
}

/**
 * The decisions (`decisiones`) about rows of this state: those whose conflicting ids include one of its
 * milestones or compromisos.
 *
 * @param decisiones all rows of `decisiones`
 * @param stateIds hito_id and compromiso_id of the state
 */
export function stateDecisions(decisiones: readonly Decision[], stateIds: ReadonlySet<string>): Decision[] {
  return decisiones.filter((d) => conflictingIds(d).some((id) => stateIds.has(id)));
}

/**
 * Every milestone row of the state (one per source), in process order: the milestone, its date as precise as
 * its source, the precision, the source with its quote, and what the record does with the row — the one it
 * uses (`cobertura.hito_id`), another source of the same milestone, or a row a decision sets aside. A row
 * dated after the view date `fecha` is marked so (`isAfterViewDate`): the record knows it, the view's date did not.
 *
 * @param hitos the state's rows of `hitos`
 */
export function milestonesTable(
  hitos: readonly Hito[],
  {
    cobertura,
    decisiones,
    fuentes,
    nombre,
    fecha
  }: {
    cobertura: readonly CoverageCell[];
    decisiones: readonly Decision[];
    fuentes: Fuentes;
    nombre: string;
    fecha: string;
  }
): HTMLElement {
  const used = new Set(cobertura.map((c) => c.hito_id).filter(Boolean));
  const setAside = setAsideBy(decisiones);
  const rows = [...hitos].sort(byProcess);
  if (!rows.length) return html`<p class="sin-dato">Ninguna fuente del registro fecha un hito de ${nombre}.</p>`;
  return html`<table class="hitos-estado">
    <caption>Hitos de ${nombre} según cada fuente (${rows.length} filas)</caption>
    <thead><tr><th scope="col">Hito y uso en el registro</th><th scope="col">Fecha</th><th scope="col">Precisión</th><th scope="col">Fuente y cita</th></tr></thead>
    <tbody>${rows.map((h) => {
      const aside = setAside.get(h.hito_id);
      const status = used.has(h.hito_id)
        ? html`<strong>✓ Se usa</strong>`
        : aside
          ? html`<span class="descartada">✗ No se usa: las fuentes se contradicen (<a href=${`#decision-${aside.decision_id}`}>ver la decisión</a>)</span>`
          : html`Otra fuente del mismo hito`;
      const later = isAfterViewDate(h.fecha_min, h.fecha_max, fecha);
      return html`<tr data-hito=${h.hito_id} data-posterior=${later} class=${[aside ? "descartada" : "", later !== "no" ? "fila-posterior" : ""].join(" ").trim()}>
        <th scope="row">${milestoneLabel(h.tipo)}<br><small>ejercicio ${h.ejercicio}</small><br><small class="uso">${status}</small></th>
        <td><span class="fecha-hito">${formatInterval(h.fecha_min, h.fecha_max)}</span>${later !== "no" ? html`<br>${laterMark(later, fecha)}` : ""}</td>
        <td>${PRECISION_LABEL.get(intervalPrecision(h.fecha_min, h.fecha_max))}</td>
        <td class="fuente">${sourceRef(fuentes.get(h.fuente_id), {cita: h.cita, fuenteId: h.fuente_id})}</td>
      </tr>`;
    })}</tbody>
  </table>`;
}

/**
 * Where sources disagree: for each decision, every conflicting row (milestone or compromiso) with its date
 * or title and its source, the one the record uses marked, and the reason the record gives.
 *
 * @param decisions the state's decisions (`stateDecisions`)
 */
export function decisionsList(
  decisions: readonly Decision[],
  {hitos, compromisos, fuentes}: {hitos: readonly Hito[]; compromisos: readonly Compromiso[]; fuentes: Fuentes}
): HTMLElement {
  if (!decisions.length)
    return html`<p>Las fuentes del registro no se contradicen sobre esta entidad: el registro no tuvo que decidir entre fechas o datos distintos.</p>`;
  const hito = new Map(hitos.map((h) => [h.hito_id, h]));
  const compromiso = new Map(compromisos.map((c) => [c.compromiso_id, c]));
  return html`<div class="decisiones">${decisions.map((d) => {
    const first = hito.get(conflictingIds(d)[0]);
    const what =
      d.tabla === "hitos" && first ? `${milestoneLabel(first.tipo)}, ejercicio ${first.ejercicio}` : "Compromiso";
    return html`<section class="decision card" id=${`decision-${d.decision_id}`} aria-label=${`Desacuerdo: ${what}`}>
      <h3>${what}: las fuentes no coinciden</h3>
      <ul>${conflictingIds(d).map((id) => {
        const h = hito.get(id);
        const c = compromiso.get(id);
        const row = h ?? c;
        return html`<li>${id === d.id_usado ? html`<strong>✓ Se usa:</strong> ` : html`<span class="descartada">✗ No se usa:</span> `}${
          h
            ? html`<strong>${formatInterval(h.fecha_min, h.fecha_max)}</strong>`
            : c
              ? html`<strong>${c.titulo}</strong>`
              : html`<code>${id}</code>`
        } — ${row ? sourceRef(fuentes.get(row.fuente_id), {cita: row.cita, fuenteId: row.fuente_id}) : html`<span class="sin-dato">la fila no está en el registro</span>`}</li>`;
      })}</ul>
      <p><strong>Decisión del registro:</strong> ${readerQuote(d.razon)}</p>
    </section>`;
  })}</div>`;
}

/**
 * The Secretariado Técnico Local of each ejercicio, by sector, source by source (two sources may describe the
 * same seats differently, so their places are never added together — data/NOTAS.md): places per sector and
 * each member organisation (or group of places when the source gives only their number), with its role and
 * quote. No person's name.
 *
 * @param members the state's rows of `stl_integrantes`
 */
export function stlSection(
  members: readonly Row<"stl_integrantes">[],
  {fuentes, nombre}: {fuentes: Fuentes; nombre: string}
): HTMLElement {
  if (!members.length)
    return html`<p><span class="sin-dato">${SIN_DATO}</span>: ninguna fuente del registro dice quién integra el STL de ${nombre}.</p>`;
  const ejercicios = [...new Set(members.map((m) => m.ejercicio))].sort((a, b) => a - b);
  const order = new Map<string, number>(STL_SECTORS.map((s, i) => [s.id, i]));
  return html`${ejercicios.map((e) => {
    const ofExercise = members.filter((m) => m.ejercicio === e);
    const sources = [...new Set(ofExercise.map((m) => m.fuente_id))];
    return html`<section class="stl-ejercicio" aria-label=${`STL del ejercicio ${e}`}><h3>STL del ejercicio ${e}</h3>
      ${sources.length > 1 ? html`<p>${sources.length} fuentes describen este STL. Se muestran por separado y sus lugares no se suman: pueden contar los mismos lugares de distinta forma.</p>` : ""}
      ${sources.map((id) => {
        const rows = ofExercise
          .filter((m) => m.fuente_id === id)
          .sort((a, b) => (order.get(a.sector) ?? 99) - (order.get(b.sector) ?? 99));
        const places = STL_SECTORS.map((s): [(typeof STL_SECTORS)[number], number] => [
          s,
          rows.filter((r) => r.sector === s.id).reduce((n, r) => n + r.cantidad, 0)
        ]).filter(([, n]) => n > 0);
        const total = places.reduce((n, [, k]) => n + k, 0);
        return html`<p class="stl-resumen"><strong>Según</strong> ${sourceRef(fuentes.get(id), {fuenteId: id})}: ${total} ${total === 1 ? "lugar" : "lugares"} — ${places.flatMap(([s, n], i) => [i ? " · " : "", html`<strong>${s.label}</strong> ${n}`])}.</p>
        <div class="tabla-ancha" tabindex="0" role="region" aria-label=${`Tabla: integrantes del STL del ejercicio ${e} según ${fuentes.get(id)?.titulo ?? id}`}>
        <table class="stl"><caption>Integrantes del STL de ${nombre}, ejercicio ${e}, por sector, según ${fuentes.get(id)?.titulo ?? id}</caption>
          <thead><tr><th scope="col">Sector</th><th scope="col">Organización</th><th scope="col">Papel o representación</th><th scope="col" class="num">Lugares</th><th scope="col">Cita</th></tr></thead>
          <tbody>${rows.map(
            (m) => html`<tr><td>${SECTOR_LABEL.get(m.sector) ?? m.sector}</td>
              <th scope="row">${m.organizacion ?? html`<span class="sin-dato">la fuente no la nombra</span>`}</th>
              <td>${m.detalle ?? "—"}</td><td class="num">${m.cantidad}</td>
              <td class="fuente"><details class="cita"><summary>Cita</summary>${citaText(m.cita)}</details></td></tr>`
          )}</tbody>
        </table></div>`;
      })}
    </section>`;
  })}`;
}

/** "80 %" with a bar, or «sin dato». */
function progress(avance: number | null | undefined): HTMLElement {
  if (avance === null || avance === undefined) return html`<span class="sin-dato">${SIN_DATO}</span>`;
  return html`<span class="avance"><span class="avance-barra" aria-hidden="true"><span style=${{width: `${Math.max(0, Math.min(100, avance))}%`}}></span></span> ${num.format(avance)} %</span>`;
}

/** One compromiso as a card: title, then what the source says (theme, responsible parties, OSC, region,
 * progress — each rating of `avances` with who rated it, or a reported percentage —, evidence), the fields no
 * source gives in one line, and the source. */
function commitmentCard(
  c: Compromiso,
  fuentes: Fuentes,
  ratings: readonly Avance[],
  aside: Decision | undefined
): HTMLElement {
  const given = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined && v !== "";
  const evidence = [
    given(c.fojas) ? `${num.format(c.fojas)} fojas` : null,
    given(c.reuniones) ? `${num.format(c.reuniones)} reuniones` : null
  ].filter(Boolean);
  const fields: [string, unknown][] = [
    ["Tema", given(c.tema) ? c.tema : null],
    ["Proactivo", c.proactivo === true ? "sí" : c.proactivo === false ? "no" : null],
    ["Responsable", given(c.responsable) ? c.responsable : null],
    ["Sociedad civil", given(c.osc) ? c.osc : null],
    ["Región", given(c.region) ? c.region : null],
    ["Avance calificado", ratings.length ? progressRatings(ratings, fuentes) : null],
    ["Avance reportado", given(c.avance) ? progress(c.avance) : null],
    ["Evidencia", evidence.length ? evidence.join(", ") : null]
  ];
  const progressKnown = ratings.length > 0 || given(c.avance);
  const unknown = fields
    .filter(([name, v]) => v === null && name !== "Región" && !(name.startsWith("Avance") && progressKnown))
    .map(([name]) => (name.startsWith("Avance") ? "avance" : name.toLowerCase()))
    .filter((name, i, all) => all.indexOf(name) === i);
  return html`<li class=${aside ? "compromiso descartada" : "compromiso"} id=${`compromiso-${c.compromiso_id}`} data-compromiso=${c.compromiso_id}>
    ${aside ? html`<p class="uso"><span class="descartada">✗ No se cuenta: una decisión del registro deja esta fila de lado (<a href=${`#decision-${aside.decision_id}`}>ver la decisión</a>)</span></p>` : ""}
    <p class="compromiso-titulo"><strong>${given(c.numero) ? `${c.proactivo ? "Proactivo " : ""}${c.numero}. ` : c.proactivo ? "Proactivo. " : ""}</strong>${c.titulo}</p>
    <dl class="compromiso-datos">
      ${fields.filter(([, v]) => v !== null).map(([name, v]) => html`<div class=${name === "Avance calificado" ? "ancho" : ""}><dt>${name}</dt><dd>${v}</dd></div>`)}
      ${unknown.length ? html`<div><dt class="sin-dato">Sin dato</dt><dd class="sin-dato">${unknown.join(", ")}</dd></div>` : ""}
      <div class="ancho"><dt>Fuente</dt><dd>${sourceRef(fuentes.get(c.fuente_id), {cita: c.cita, fuenteId: c.fuente_id})}</dd></div>
    </dl>
  </li>`;
}

/**
 * Each Plan de Acción Local of the state (the ejercicios of `cobertura_planes`): its name or period, the
 * milestone that publishes it (date and source), the compromisos a source reports against those the record
 * has by title, and every compromiso row — one a decision sets aside (`decisiones`: a second source of a
 * compromiso already listed) is marked as not counted, with a link to the decision. A plan published after
 * the view date `fecha` is marked so: its compromisos are facts the view's date did not know.
 *
 * @param data the state's rows
 */
export function plansSection({
  planes,
  cobertura,
  compromisos,
  avances = [],
  decisiones = [],
  hitos,
  fuentes,
  nombre,
  fecha
}: {
  planes: readonly Row<"planes">[];
  cobertura: readonly PlanCoverage[];
  compromisos: readonly Compromiso[];
  /** Rows of `avances` (progress ratings with who rated them); those of other states are ignored. */
  avances?: readonly Avance[];
  /** The state's decisions (`stateDecisions`): the compromiso rows they set aside are marked. */
  decisiones?: readonly Decision[];
  hitos: readonly Hito[];
  fuentes: Fuentes;
  nombre: string;
  fecha: string;
}): HTMLElement {
  const ejercicios = [...new Set([...cobertura.map((c) => c.ejercicio), ...planes.map((p) => p.ejercicio)])].sort(
    (a, b) => a - b
  );
  if (!ejercicios.length)
    return html`<p><span class="sin-dato">${SIN_DATO}</span>: el registro no tiene ningún Plan de Acción Local de ${nombre} ni compromisos suyos.</p>`;
  const hito = new Map(hitos.map((h) => [h.hito_id, h]));
  const setAside = setAsideBy(decisiones);
  return html`${ejercicios.map((e) => {
    const plan = planes.find((p) => p.ejercicio === e);
    const cov = cobertura.find((c) => c.ejercicio === e);
    const published = plan ? hito.get(plan.hito_id) : undefined;
    const list = compromisos
      .filter((c) => c.ejercicio === e)
      .sort(
        (a, b) => Number(a.proactivo === true) - Number(b.proactivo === true) || (a.numero ?? 999) - (b.numero ?? 999)
      );
    const reported = cov?.compromisos_reportados ?? plan?.compromisos_reportados ?? null;
    const reportedPro = cov?.proactivos_reportados ?? plan?.proactivos_reportados ?? null;
    // How many the record has by title: cobertura_planes counts them (without the rows a decision sets aside).
    const byTitle = cov?.compromisos_por_titulo ?? html`<span class="sin-dato">${SIN_DATO}</span>`;
    const later = published ? isAfterViewDate(published.fecha_min, published.fecha_max, fecha) : "no";
    return html`<section class=${later !== "no" ? "plan plan-posterior" : "plan"} data-posterior=${later} aria-label=${`Plan de Acción Local del ejercicio ${e}`}>
      <h3>Ejercicio ${e}: ${plan?.nombre ?? html`<span class="sin-dato">plan sin nombre en las fuentes</span>`}</h3>
      ${later !== "no" ? html`<p class="aviso-posterior">${laterMark(later, fecha)}: el plan se publicó ${later === "posible" ? "quizá " : ""}después del ${dayText(fecha)}; a esa fecha sus compromisos aún no existían.</p>` : ""}
      <dl class="plan-datos">
        ${plan?.nombre ? html`<div><dt>Fuente del nombre</dt><dd>${sourceRef(fuentes.get(plan.fuente_id_nombre ?? ""), {cita: plan.cita_nombre, fuenteId: plan.fuente_id_nombre ?? undefined})}</dd></div>` : ""}
        <div><dt>Publicado</dt><dd>${
          published
            ? html`${formatInterval(published.fecha_min, published.fecha_max)} — ${sourceRef(fuentes.get(published.fuente_id), {cita: published.cita, fuenteId: published.fuente_id})}`
            : html`<span class="sin-dato">${SIN_DATO}</span>: el registro tiene compromisos de este ejercicio pero ningún hito que publique el plan`
        }</dd></div>
        <div><dt>Compromisos</dt><dd>${
          reported === null
            ? html`ninguna fuente da el número; el registro conoce ${byTitle} por título`
            : html`la fuente reporta <strong>${reported}</strong>${reportedPro !== null ? html` y <strong>${reportedPro}</strong> proactivo${reportedPro === 1 ? "" : "s"}` : ""}; el registro tiene ${byTitle} por título${
                cov?.proactivos_por_titulo
                  ? ` y ${cov.proactivos_por_titulo} proactivo${cov.proactivos_por_titulo === 1 ? "" : "s"}`
                  : ""
              }${cov?.faltan_titulos ? html` — <strong>${cov.faltan_titulos === 1 ? "falta 1 título" : `faltan ${cov.faltan_titulos} títulos`}</strong>` : ""}`
        }${plan?.fuente_id ? html`<br>${sourceRef(fuentes.get(plan.fuente_id), {cita: plan.cita, fuenteId: plan.fuente_id})}` : ""}</dd></div>
      </dl>
      ${
        list.length
          ? html`<ol class="compromisos" aria-label=${`Compromisos del ejercicio ${e}`}>${list.map((c) =>
              commitmentCard(
                c,
                fuentes,
                avances.filter((a) => a.compromiso_id === c.compromiso_id),
                setAside.get(c.compromiso_id)
              )
            )}</ol>`
          : html`<p><span class="sin-dato">${SIN_DATO}</span>: el registro no tiene el título de ningún compromiso de este plan.</p>`
      }
    </section>`;
  })}`;
}

/**
 * What the record does not know about the state, said plainly: the milestones no source dates (`cobertura`),
 * plans whose number of compromisos no source gives or whose titles are missing, no STL composition, no
 * Métrica value in an edition, and up to when the record runs.
 *
 * @param data the state's rows, the Métrica's editions with data, and up to when its record and the national panel run
 */
export function unknownsList({
  nombre,
  cobertura,
  planesCobertura,
  stl,
  compromisos,
  mgaEdiciones,
  mga,
  datosHasta,
  ultimoMes
}: {
  nombre: string;
  cobertura: readonly CoverageCell[];
  planesCobertura: readonly PlanCoverage[];
  stl: readonly Row<"stl_integrantes">[];
  compromisos: readonly Compromiso[];
  mgaEdiciones: readonly number[];
  mga: readonly {edicion: number}[];
  datosHasta: string | null;
  ultimoMes: string;
}): HTMLElement {
  const items: HTMLElement[] = [];
  const missing = cobertura.filter((c) => !c.conocido).sort(byStage);
  const ejercicios = [...new Set(missing.map((c) => c.ejercicio))].sort((a, b) => a - b);
  for (const e of ejercicios) {
    items.push(
      html`<li>Ninguna fuente del registro fecha, en el ejercicio ${e}: ${missing
        .filter((c) => c.ejercicio === e)
        .map((c) => milestoneLabel(c.tipo))
        .join(", ")}. No quiere decir que no haya ocurrido.</li>`
    );
  }
  if (!cobertura.length) items.push(html`<li>Ninguna fuente del registro fecha un hito de ${nombre}.</li>`);
  for (const p of planesCobertura) {
    if (p.compromisos_reportados === null)
      items.push(
        html`<li>Plan del ejercicio ${p.ejercicio}: ninguna fuente dice cuántos compromisos tiene (el registro conoce ${p.compromisos_por_titulo} por título).</li>`
      );
    else if (p.faltan_titulos > 0)
      items.push(
        html`<li>Plan del ejercicio ${p.ejercicio}: ${p.faltan_titulos === 1 ? "falta el título de 1" : `faltan los títulos de ${p.faltan_titulos}`} de los ${p.compromisos_reportados} compromisos que reporta su fuente.</li>`
      );
  }
  if (!stl.length) items.push(html`<li>Quién integra el STL: ninguna fuente del registro lo dice.</li>`);
  if (compromisos.length) {
    const noProgress = compromisos.filter((c) => c.avance === null || c.avance === undefined).length;
    const noTheme = compromisos.filter((c) => !c.tema).length;
    const noResponsible = compromisos.filter((c) => !c.responsable).length;
    if (noProgress)
      items.push(
        html`<li>Avance: ninguna fuente lo reporta para ${noProgress} de ${compromisos.length} compromisos.</li>`
      );
    if (noTheme) items.push(html`<li>Tema: sin dato en ${noTheme} de ${compromisos.length} compromisos.</li>`);
    if (noResponsible)
      items.push(html`<li>Responsable: sin dato en ${noResponsible} de ${compromisos.length} compromisos.</li>`);
  }
  const withMga = new Set(mga.map((r) => r.edicion));
  const without = mgaEdiciones.filter((e) => !withMga.has(e));
  if (without.length)
    items.push(
      html`<li>Métrica de Gobierno Abierto: el registro no tiene valor de ${nombre} en ${without.length === 1 ? "la edición" : "las ediciones"} ${without.join(", ")}.</li>`
    );
  items.push(
    datosHasta
      ? html`<li>El registro de ${nombre} llega hasta el ${formatInterval(datosHasta, datosHasta)}: de ahí al ${formatInterval(ultimoMes, ultimoMes)} (el último mes del registro nacional) la fase sólo se prolonga; ninguna fuente del registro dice qué pasó después.</li>`
      : html`<li>Ninguna fuente del registro habla de ${nombre}: su fase es «sin dato».</li>`
  );
  return html`<ul class="no-se-sabe">${items}</ul>`;
}
