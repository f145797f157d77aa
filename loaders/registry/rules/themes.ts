import type {Problem} from "../../problems.js";
import {THEMES} from "../../../metrics/model/vocabulary.js";
import {problemAt, type Rule} from "./types.js";

const THEME = new Map<string, (typeof THEMES)[number]>(THEMES.map((t) => [t.id, t]));

/**
 * A compromiso's theme (`tema`, from the one vocabulary of `THEMES`) comes with the source's own word
 * (`tema_fuente`), and the two agree: an OGP policy area is its translation ("Anti-Corruption" →
 * "Anticorrupción"); a plan's axis is written as the plan writes it.
 */
export const themesMatchTheirSource: Rule = (tables) => {
  const problems: Problem[] = [];
  const c = tables.compromisos;
  c.rows.forEach((row, k) => {
    const tema = row.tema as string | null;
    const word = row.tema_fuente as string | null;
    if (tema === null && word !== null)
      problems.push(problemAt(c, k, "tema", `el tema del vocabulario que traduce «${word}» (columna tema)`));
    if (tema === null) return;
    const theme = THEME.get(tema);
    if (theme === undefined) return;
    const expected = theme.origen === "ogp" ? theme.ogp : theme.label;
    if (word !== expected)
      problems.push(
        problemAt(
          c,
          k,
          "tema_fuente",
          theme.origen === "ogp"
            ? `«${expected}», la etiqueta de la OGP que el tema «${tema}» traduce`
            : `«${expected}», el eje del plan tal como lo escribe la fuente`
        )
      );
  });
  return problems;
};
