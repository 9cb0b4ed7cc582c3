/** Small text helpers shared by the extraction stages. */

/**
 * Lower-case ASCII slug of a name, for stable ids.
 * @example slugify('Recep Tayyip Erdoğan') // 'recep-tayyip-erdogan'
 */
export function slugify(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/['’`.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Removes combining accents ("Erdoğan" → "Erdogan"). */
export function foldDiacritics(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Key for comparing surface forms: folded, lower-case, no dots or apostrophes, single spaces.
 * "U.S." and "US" share a key; "the Kremlin" and "Kremlin" too.
 */
export function nameKey(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Normalises typographic quotes/dashes/spaces to ASCII without changing string length. */
export function asciiPunct(s: string): string {
  return s
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[\u00a0\u2007\u202f]/g, ' ');
}
