import type {Page} from "playwright-core";

/**
 * Text a reader must never meet on a page (issue #16, item 5): file names, commands, repository paths,
 * commit hashes and OCR notes. Each with what it is, to name it in a failure. File names count outside
 * download links; an element of class `tecnico` (a "Detalle técnico" disclosure, the methodology's technical
 * part) and the SQL console's editor and code are where such text may live.
 */
export const DEVELOPER_TEXT: readonly {what: string; pattern: RegExp}[] = [
  {what: "nombre de archivo", pattern: /[\w-]+\.(?:csv|ts|md|parquet|php)\b/},
  {what: "comando", pattern: /\bnpm (?:run|test|install)\b/},
  {what: "ruta del repositorio", pattern: /\b(?:metrics|loaders|data|src|scripts)\/[\w.-]/},
  {what: "commit", pattern: /\bcommit\b/i},
  // 7 to 40 hexadecimal characters with at least a digit and a letter: an abbreviated or whole hash.
  {what: "hash", pattern: /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/},
  {what: "nota de OCR", pattern: /\bOCR\b/},
  {what: "enlace a código en GitHub", pattern: /github\.com\/[^\s]+\/blob\//},
  {what: "lista de fuentes con rutas", pattern: /\bArchivo:|Copia en el proyecto:/},
  {
    what: "error de OCR citado",
    pattern: /\bvy Jalisco\b|Instalaci[eé]n\b(?<!Instalación)|pr[dá]cticas\b(?<!prácticas)|Yucatdn|\("V\]"\)|"615"/
  }
];

/** One offending piece of reader text: what it is and the text around it. */
export interface DeveloperTextHit {
  what: string;
  text: string;
}

/**
 * The text a reader sees on the page (its `innerText`), leaving out where developer text is allowed:
 * elements of class `tecnico` ("Detalle técnico" disclosures, the methodology's technical part), the SQL console's editor and results (`[data-consola]`, `textarea`,
 * `pre`, `code`), and the names of download links (links with `download` or to a data file).
 */
export async function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body
      .querySelectorAll(
        ".tecnico, textarea, pre, code, script, style, [data-consola], a[download], a[href$='.csv'], a[href$='.parquet'], a[href$='.zip'], a[href$='.json']"
      )
      .forEach((el) => {
        el.remove();
      });
    // A detached clone has no layout: its innerText is its textContent; spaces stand for element edges.
    body.querySelectorAll("*").forEach((el) => {
      el.append(" ");
    });
    return (body.textContent ?? "").replace(/\s+/g, " ");
  });
}

/** Every developer-text pattern found in `text`, each with 40 characters around it. */
export function developerText(text: string): DeveloperTextHit[] {
  const hits: DeveloperTextHit[] = [];
  for (const {what, pattern} of DEVELOPER_TEXT) {
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    for (const m of text.matchAll(global))
      hits.push({what, text: text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 40).trim()});
  }
  return hits;
}
