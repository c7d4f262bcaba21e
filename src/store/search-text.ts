/** Lower-case, accents stripped, punctuation to single spaces: "La Mêlée Numérique" -> "la melee numerique". */
export function normalizeText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The normalised form without spaces, so "digital place" and "DigitalPlace" meet. */
export function compactText(value: string): string {
  return normalizeText(value).replace(/ /g, '');
}

/** "|key|key|": every name and alias, normalised and compacted, delimited so CONTAINS can tell exact from prefix. */
export function buildSearchText(names: readonly string[]): string {
  const keys = new Set<string>();
  for (const name of names) {
    const normalized = normalizeText(name);
    if (normalized) keys.add(normalized);
    const compact = compactText(name);
    if (compact) keys.add(compact);
  }
  return `|${[...keys].join('|')}|`;
}
