/** Collapses white space, unifies quote marks and drops soft hyphens, so a quote matches across line breaks. */
export function normalizeText(text: string): string {
  return text
    .replace(/\u00ad/g, "")
    .replace(/[“”«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\*\*/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The quoted passages of a `cita` ("…", “…” or «…»), split at ellipses and at " / " (which the registry
 * uses for a line break inside a quoted table row), keeping pieces of 12+ characters.
 */
export function quotedPassages(cita: string): string[] {
  const passages: string[] = [];
  for (const m of cita.matchAll(/"([^"]+)"|“([^”]+)”|«([^»]+)»/g)) {
    const q = m[1] ?? m[2] ?? m[3];
    for (const piece of q.split(/…|\.\.\.|\[…\]| \/ /)) {
      const p = normalizeText(piece);
      if (p.length >= 12) passages.push(p);
    }
  }
  return passages;
}
