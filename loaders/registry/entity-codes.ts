/**
 * INEGI keys of the 32 entidades federativas and their ISO 3166-2:MX codes (INEGI, Catálogo Único de Claves
 * de Áreas Geoestadísticas; ISO 3166-2:MX, where Ciudad de México is MX-CMX since 2016). Used to check the
 * registry's `entidades` table, which is the copy users read.
 */
export const ENTITY_CODES: ReadonlyMap<string, string> = new Map(
  (
    [
      "AGU",
      "BCN",
      "BCS",
      "CAM",
      "COA",
      "COL",
      "CHP",
      "CHH",
      "CMX",
      "DUR",
      "GUA",
      "GRO",
      "HID",
      "JAL",
      "MEX",
      "MIC",
      "MOR",
      "NAY",
      "NLE",
      "OAX",
      "PUE",
      "QUE",
      "ROO",
      "SLP",
      "SIN",
      "SON",
      "TAB",
      "TAM",
      "TLA",
      "VER",
      "YUC",
      "ZAC"
    ] as const
  ).map((iso, i) => [String(i + 1).padStart(2, "0"), `MX-${iso}`])
);
