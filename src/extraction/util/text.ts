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
  let k = keyCache.get(s);
  if (k === undefined) {
    const folded = !/[^ -~]/.test(s) ? s : foldDiacritics(s);
    k = folded
      .toLowerCase()
      .replace(/[.'’`]/g, '')
      .replace(/^the\s+/, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (keyCache.size > 50_000) keyCache.clear(); // bounded: a long batch never grows it forever
    keyCache.set(s, k);
  }
  return k;
}

/** Memo of nameKey: the same few thousand surface forms recur across articles. */
const keyCache = new Map<string, string>();

/** Normalises typographic quotes/dashes/spaces to ASCII without changing string length. */
export function asciiPunct(s: string): string {
  return s
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[\u00a0\u2007\u202f]/g, ' ');
}
