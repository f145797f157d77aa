/**
 * Maps a state name as the Métrica de Gobierno Abierto files publish it ("NuevoLeon", "Mexico",
 * "Ciudad de Mexico", "Michoacan", "Federal"…) to an INEGI key, or to the federal level. Names are compared
 * without accents, case, spaces or punctuation against each entity's official and common names, plus the
 * few aliases below; anything else is refused by the importer rather than guessed.
 */

/** Names that mean the federal level rather than a state. */
const FEDERAL = new Set(["federal", "federacion"]);

/** Spellings that neither the official nor the common name covers. */
const ALIASES: Readonly<Record<string, string>> = {
  cdmx: "09",
  df: "09",
  distritofederal: "09",
  edomex: "15",
  estadodemexico: "15",
  coahuiladezaragoza: "05",
  michoacandeocampo: "16",
  veracruzdeignaciodelallave: "30"
};

/** Lowercase ASCII letters only: "Nuevo León" → "nuevoleon". */
export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

/** Builds the lookup from the registry's entities (official and common names). */
export function entityNameIndex(
  entidades: readonly {clave_inegi: string; nombre: string; nombre_corto: string}[]
): (name: string) => string | "federal" | undefined {
  const index = new Map<string, string>(Object.entries(ALIASES));
  for (const e of entidades) {
    for (const n of [e.nombre, e.nombre_corto]) index.set(nameKey(n), e.clave_inegi);
  }
  return (name) => {
    const key = nameKey(name);
    if (FEDERAL.has(key)) return "federal";
    return index.get(key);
  };
}
