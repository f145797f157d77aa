import type {Problem} from "../../problems.js";
import {problemAt, type Rule} from "./types.js";

/**
 * A reader can open every source: its `url`, when given, is a web address with its scheme (`https://…`,
 * `http://…`); a file of a public repository names its repository and path together (`repositorio`,
 * `ruta`, and `commit` when known), and its `url` is the address of that file (so repository paths and
 * commits live in these fields, not in the text a reader sees).
 */
export const sourcesCanBeFound: Rule = (tables) => {
  const problems: Problem[] = [];
  const s = tables.fuentes;
  s.rows.forEach((row, k) => {
    const url = row.url as string | null;
    if (url !== null && !/^https?:\/\/[^\s/]+\.[^\s/]+/.test(url))
      problems.push(
        problemAt(s, k, "url", "una dirección web completa, con su esquema (https://… o http://…) y sin espacios")
      );
    const repo = row.repositorio as string | null;
    const path = row.ruta as string | null;
    const commit = row.commit as string | null;
    if (repo !== null && path === null)
      problems.push(problemAt(s, k, "ruta", "la ruta del archivo dentro del repositorio (columna ruta)"));
    if (repo === null && (path !== null || commit !== null))
      problems.push(problemAt(s, k, "repositorio", "el repositorio (propietario/nombre) de la ruta o el commit"));
    if (repo !== null && path !== null && url !== null)
      for (const part of [repo, path, ...(commit === null ? [] : [commit])])
        if (!url.includes(part))
          problems.push(problemAt(s, k, "url", `la dirección del archivo del repositorio, que contiene «${part}»`));
    if (commit !== null && !/^[0-9a-f]{7,40}$/.test(commit))
      problems.push(problemAt(s, k, "commit", "un hash de commit: de 7 a 40 dígitos hexadecimales en minúsculas"));
  });
  return problems;
};
