/**
 * Photo credits at the end of a caption line. Returns the offset (into the line) where the credit
 * starts, or -1. The caption text before it may still carry facts; the credit never does.
 * @example creditStart('Protesters in Kyiv. (Jane DOE / Getty Images)') // 18
 */
const CREDIT_PATTERNS: RegExp[] = [
  /\s*\((?:photo:?\s*)?[^()]{2,80}\/[^()]{2,80}\)\s*$/i, // (Genya SAVILOV / Getty Images)
  /\s*\((?:photo|photograph|image|picture)s?(?:\s+by|:)\s*[^()]{2,80}\)\s*$/i, // (Photo: AFP)
  /\s*(?:photo|photograph|image|picture|video)s?(?:\s+by|\s*credit:?|:)\s+[^.!?"”]{2,80}$/i, // Photo by Jane Doe/UPI
  /[,\s]*(?:an\s+)?(?:illustrative|archive|file)\s+(?:photo|image|picture)\s*(?:\/\s*(?:source|credit):?\s*[^.]{1,60})?$/i,
  /\s*(?:source|credit|courtesy)s?:\s*[^.!?]{2,60}$/i,
  /\s*\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*\/\s*(?:Staff|Special to|Contributing|Freelance)\s*(?:Photographer|Writer)?\s*$/, // Jane Doe/Staff Photographer
  /(?<=[.!?"”)]\s*)\b(?:REUTERS|AFP|AP|EPA(?:-EFE)?|ANADOLU|XINHUA|GETTY)(?![^/]*\/[^/]*\b(?:poll|survey)\b)(?:\s*\/\s*[^/.!?]{2,40}){1,3}?(?:\s+Purchase Licensing Rights)?\s*$/, // REUTERS/Jane Doe/File Photo Purchase Licensing Rights
];

export function creditStart(line: string): number {
  if (!/photo|image|picture|video|source|credit|courtesy|\//i.test(line)) return -1;
  let best = -1;
  for (const re of CREDIT_PATTERNS) {
    const m = re.exec(line);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}
