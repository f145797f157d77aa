import {html} from "npm:htl";
import {rowsToCsv} from "../lib/model/csv.js";
import type {CellValue, ColumnType} from "../lib/model/schema.js";
import {dayText, timestampText} from "./date-text.js";
import type {Construccion} from "./load-table.js";

/** The project's name, as the images, the citations and the embed pages say it. */
export const PROJECT = "Tablero de Gobierno Abierto Local";

/** The data licence every exported view carries. */
export const DATA_LICENCE = "Datos: Tablero de Gobierno Abierto Local, licencia CC BY 4.0";

/** A column of a view's data: its name in the CSV header (Spanish) and its type (numbers stay numbers). */
export interface ViewColumn {
  readonly name: string;
  readonly type?: ColumnType;
}

/** One legend entry of an exported image: its colour, the symbol drawn on it, its words. */
export interface LegendItem {
  readonly color: string;
  readonly symbol?: string;
  /** The symbol's colour (dark or light, for contrast with `color`); black by default. */
  readonly ink?: string;
  readonly label: string;
  /** Drawn with grey diagonal lines (nothing to colour). */
  readonly hatched?: boolean;
}

/** What one view (a map or a chart) exports, as the page shows it. */
export interface ViewExportOptions {
  /** The view's title, e.g. "Fase de las entidades al 31 de diciembre de 2019". */
  title: string;
  /** The date of the view, in words ("31 de diciembre de 2019"); null for a view without a date. */
  date: string | null;
  /** The source line: where the figures come from. */
  source: string;
  /** Licence lines drawn into the image after the data licence (e.g. the map geometry's attribution). */
  licences?: readonly string[];
  /** Exactly the rows the view shows, with state names and Spanish labels, and their columns. */
  columns: readonly ViewColumn[];
  rows: readonly Record<string, CellValue>[];
  /** The view's legend, drawn into the image under the chart: a swatch (its colour and symbol) and words each. */
  legend?: readonly LegendItem[];
  /** File name without extension, e.g. "mapa-fase-2019-12-31". */
  filename: string;
  /** An embeddable page of the same view, relative to the current page ("./insertar/mapa.html"); the
   * current query string (the view's state) is added. */
  embed?: string;
  construccion: Pick<Construccion, "fecha_construccion" | "fecha_registro">;
}

/** Properties copied from the page's computed style into the exported SVG, so that it looks the same alone. */
const STYLE_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "visibility"
] as const;

const SVG_NS = "http://www.w3.org/2000/svg";
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * The chart's own `<svg>` in a container: the largest one drawn (a Plot figure also holds the small svgs of
 * its legend's swatches); null when none is drawn yet.
 */
export function chartSvg(container: Element | null): SVGSVGElement | null {
  const area = (svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    return box.width * box.height;
  };
  const all = [...(container?.querySelectorAll<SVGSVGElement>("svg") ?? [])].filter((svg) => !svg.closest("svg svg"));
  return all.reduce<SVGSVGElement | null>((best, svg) => (!best || area(svg) > area(best) ? svg : best), null);
}

/**
 * Splits a text into lines of at most `max` characters, at spaces; a word longer than `max` (an address) is
 * cut into pieces of `max` characters, so no line runs past the image's edge.
 */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.match(new RegExp(`.{1,${Math.max(1, max)}}`, "gu")) ?? []);
  for (const word of words) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The address of the view: the page with its query string, without a fragment. */
function viewAddress(): string {
  const url = new URL(location.href);
  url.hash = "";
  return url.href;
}

/** The embed page's absolute address, carrying the current view's query string. */
export function embedAddress(embed: string): string {
  const url = new URL(embed, location.href);
  url.search = location.search;
  return url.href;
}

/**
 * How to cite a view (es-MX): the project, the view's title and date, the build's date (its version) and the
 * record's date, the licence and the address, with the day it was consulted.
 */
export function viewCitation(
  {title, date, construccion}: Pick<ViewExportOptions, "title" | "date" | "construccion">,
  address: string = viewAddress(),
  today: string = new Date().toISOString()
): string {
  const year = construccion.fecha_construccion.slice(0, 4);
  return `${PROJECT} (${year}). «${title}»${date ? `, vista al ${date}` : ""}. Versión construida el ${timestampText(construccion.fecha_construccion)}, registro con fecha ${timestampText(construccion.fecha_registro)}. Datos con licencia CC BY 4.0. ${address} (consultado el ${dayText(today.slice(0, 10))}).`;
}

/** Copies the computed style of each element of `source` onto the matching element of `clone` (same tree). */
function inlineStyles(source: Element, clone: Element): void {
  const from = [source, ...source.querySelectorAll("*")];
  const to = [clone, ...clone.querySelectorAll("*")];
  from.forEach((element, i) => {
    const target = to[i];
    if (!target || element.tagName.toLowerCase() === "style") return;
    const style = getComputedStyle(element);
    const declarations = STYLE_PROPERTIES.map((p) => [p, style.getPropertyValue(p)] as const)
      // A paint server (url(#hatch)) stays as its attribute says: the computed value names the page's address.
      .filter(([, v]) => v && !v.includes("url("))
      .map(([p, v]) => `${p}:${v}`);
    if (declarations.length) target.setAttribute("style", declarations.join(";"));
  });
}

/**
 * The view as a standalone SVG document: the title, the date, the chart itself (cloned with its computed
 * styles), the source line, the licences and the address, drawn into one image. Sizes in CSS px.
 */
export function composeSvg(
  figure: SVGSVGElement,
  options: ViewExportOptions
): {svg: string; width: number; height: number} {
  const box = figure.getBoundingClientRect();
  const chartWidth = Math.max(1, Math.round(box.width || Number(figure.getAttribute("width")) || 640));
  const chartHeight = Math.max(1, Math.round(box.height || Number(figure.getAttribute("height")) || 400));
  const width = Math.max(chartWidth + 32, 480);
  const perLine = Math.floor((width - 32) / 6.2);
  const clone = figure.cloneNode(true) as SVGSVGElement;
  inlineStyles(figure, clone);
  for (const link of clone.querySelectorAll("a")) link.removeAttribute("href");
  clone.removeAttribute("class");
  clone.setAttribute("x", String((width - chartWidth) / 2));
  clone.setAttribute("width", String(chartWidth));
  clone.setAttribute("height", String(chartHeight));
  const titleLines = wrapText(options.title, Math.floor((width - 32) / 10.5));
  const head = [
    ...titleLines.map((t) => ({text: t, size: 17, weight: 700})),
    ...(options.date ? [{text: `Vista al ${options.date}`, size: 13, weight: 400}] : [])
  ];
  const foot = [
    ...wrapText(`Fuente: ${options.source}`, perLine),
    ...wrapText(DATA_LICENCE, perLine),
    ...(options.licences ?? []).flatMap((l) => wrapText(l, perLine)),
    ...wrapText(viewAddress(), perLine)
  ];
  const doc = document.implementation.createDocument(SVG_NS, "svg", null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  let y = 16;
  const text = (t: string, size: number, weight: number, fill = "#1a1a1a") => {
    y += size + 4;
    const node = doc.createElementNS(SVG_NS, "text");
    node.setAttribute("x", "16");
    node.setAttribute("y", String(y));
    node.setAttribute("font-family", FONT);
    node.setAttribute("font-size", String(size));
    node.setAttribute("font-weight", String(weight));
    node.setAttribute("fill", fill);
    node.textContent = t;
    root.append(node);
  };
  const background = doc.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#ffffff");
  root.append(background);
  for (const h of head) text(h.text, h.size, h.weight);
  y += 12;
  clone.setAttribute("y", String(y));
  root.append(doc.importNode(clone, true));
  y += chartHeight + 8;
  for (const item of options.legend ?? []) {
    const swatch = doc.createElementNS(SVG_NS, "rect");
    swatch.setAttribute("x", "16");
    swatch.setAttribute("y", String(y + 3));
    swatch.setAttribute("width", "22");
    swatch.setAttribute("height", "14");
    swatch.setAttribute("fill", item.color);
    swatch.setAttribute("stroke", "#444444");
    swatch.setAttribute("stroke-width", item.hatched ? "1.5" : "0.6");
    if (item.hatched) swatch.setAttribute("stroke-dasharray", "3 2");
    root.append(swatch);
    if (item.symbol) {
      const mark = doc.createElementNS(SVG_NS, "text");
      mark.setAttribute("x", "27");
      mark.setAttribute("y", String(y + 14));
      mark.setAttribute("text-anchor", "middle");
      mark.setAttribute("font-size", "11");
      mark.setAttribute("fill", item.ink ?? "#000000");
      mark.textContent = item.symbol;
      root.append(mark);
    }
    const words = doc.createElementNS(SVG_NS, "text");
    words.setAttribute("x", "46");
    words.setAttribute("y", String(y + 14));
    words.setAttribute("font-size", "13");
    words.setAttribute("fill", "#1a1a1a");
    words.textContent = item.label;
    root.append(words);
    y += 20;
  }
  if (options.legend?.length) y += 6;
  for (const f of foot) text(f, 11, 400, "#444444");
  const height = Math.ceil(y + 14);
  root.setAttribute("xmlns", SVG_NS);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  root.setAttribute("font-family", FONT);
  const title = doc.createElementNS(SVG_NS, "title");
  title.textContent = options.title;
  root.prepend(title);
  return {svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`, width, height};
}

/** Rasterises an SVG document at `scale`× into a PNG (in the browser, no network). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.width = width;
  image.height = height;
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error("No se pudo dibujar la imagen de la vista."));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  });
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("El navegador no permite dibujar la imagen.");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("No se pudo crear el PNG."))), "image/png")
  );
}

/** Makes the browser save a blob under a file name. */
function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = html`<a href=${url} download=${filename} hidden></a>` as HTMLAnchorElement;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The view's rows as the project's CSV (UTF-8 with BOM, formula-like cells protected; metrics/model/csv.ts). */
export function viewCsv(columns: readonly ViewColumn[], rows: readonly Record<string, CellValue>[]): Blob {
  return new Blob([`\uFEFF${rowsToCsv(columns, rows)}`], {type: "text/csv;charset=utf-8"});
}

/**
 * The export menu of one view: a `<details>` whose summary is a keyboard-reachable control («Descargar,
 * compartir, citar») holding buttons named in Spanish — «Imagen PNG» (2×, for articles and slides), «Imagen
 * SVG» (for print), each with the title, the date, the source and the licences drawn in; «Datos de esta
 * vista (CSV)», exactly `rows`; «Copiar enlace» (the address, which holds the view's state); «Insertar» (an
 * `<iframe>` snippet of `embed`, when given) and «Cómo citar». `figure` returns the view's current `<svg>`
 * (the page may redraw it). Status messages go to a polite live region.
 */
export function viewExport(figure: () => SVGSVGElement | null, options: ViewExportOptions): HTMLElement {
  const status = html`<p class="exportar-estado" role="status"></p>` as HTMLElement;
  const panel = html`<div class="exportar-panel"></div>` as HTMLElement;
  const say = (message: string) => {
    status.textContent = message;
  };
  const withSvg = (then: (svg: SVGSVGElement) => void | Promise<void>) => async () => {
    const svg = figure();
    if (!svg) return say("La vista todavía no está dibujada; inténtelo de nuevo.");
    try {
      await then(svg);
    } catch (error) {
      say(error instanceof Error ? error.message : String(error));
    }
  };
  const png = withSvg(async (svg) => {
    const {svg: text, width, height} = composeSvg(svg, options);
    save(await svgToPng(text, width, height, 2), `${options.filename}.png`);
    say("Imagen PNG descargada.");
  });
  const svgDownload = withSvg((svg) => {
    save(new Blob([composeSvg(svg, options).svg], {type: "image/svg+xml"}), `${options.filename}.svg`);
    say("Imagen SVG descargada.");
  });
  const csv = () => {
    save(viewCsv(options.columns, options.rows), `${options.filename}.csv`);
    say(`Datos de esta vista descargados (${options.rows.length} filas).`);
  };
  const show = (label: string, text: string, name: string) => {
    const area =
      html`<textarea readonly rows="4" aria-label=${label} data-exportar=${name}></textarea>` as HTMLTextAreaElement;
    area.value = text;
    const copy = html`<button type="button">Copiar</button>`;
    copy.addEventListener("click", () => copyText(text, area, say));
    panel.replaceChildren(html`<p><strong>${label}</strong></p>`, area, copy);
    area.focus();
    area.select();
  };
  const link = () => {
    const address = viewAddress();
    show("Enlace a esta vista", address, "enlace");
    copyText(address, null, say);
  };
  const embed = () => {
    const src = embedAddress(options.embed ?? "");
    const snippet = `<iframe src="${src}" title="${options.title.replace(/"/g, "&quot;")}" width="100%" height="620" style="border:0;max-width:960px" loading="lazy"></iframe>`;
    show("Código para insertar esta vista", snippet, "insertar");
  };
  const cite = () => show("Cómo citar esta vista", viewCitation(options), "citar");
  const button = (label: string, action: () => void, name: string) => {
    const b = html`<button type="button" data-exportar=${name}>${label}</button>`;
    b.addEventListener("click", action);
    return html`<li>${b}</li>`;
  };
  return html`<details class="exportar">
    <summary>Descargar, compartir, citar</summary>
    <ul class="exportar-menu" aria-label=${`Exportar: ${options.title}`}>
      ${button("Imagen PNG", png, "png")}
      ${button("Imagen SVG", svgDownload, "svg")}
      ${button("Datos de esta vista (CSV)", csv, "csv")}
      ${button("Copiar enlace", link, "copiar-enlace")}
      ${options.embed ? button("Insertar", embed, "insertar") : ""}
      ${button("Cómo citar", cite, "citar")}
    </ul>
    ${panel}
    ${status}
  </details>`;
}

/** Copies text to the clipboard when the browser allows it; otherwise leaves it selected for Ctrl+C. */
function copyText(text: string, area: HTMLTextAreaElement | null, say: (m: string) => void): void {
  const fallback = () => {
    area?.select();
    say("Seleccionado: cópielo con Ctrl+C (⌘+C en Mac).");
  };
  if (navigator.clipboard) navigator.clipboard.writeText(text).then(() => say("Copiado al portapapeles."), fallback);
  else fallback();
}
