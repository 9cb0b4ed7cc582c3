/** Publication dates as pages print them: "March 6, 2025", "6 March 2025", "2025-03-06", "02/19/2025". */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const PATTERNS: { re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, ymd: (m) => [+m[1], +m[2], +m[3]] },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`), ymd: (m) => [+m[3], month(m[1]), +m[2]] },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`), ymd: (m) => [+m[3], month(m[2]), +m[1]] },
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, ymd: (m) => [+m[3], +m[1], +m[2]] },
];

function month(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/**
 * First full date (day, month and year) in a text, as YYYY-MM-DD.
 * @example findDate('by Jo Smith March 6, 2025 5:36 PM')?.iso // '2025-03-06'
 */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, ymd } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const [y, mo, d] = ymd(m);
    if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    if (!best || m.index < best.index) {
      best = { iso: `${y}-${pad(mo)}-${pad(d)}`, index: m.index, length: m[0].length };
    }
  }
  return best;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A line that is only dates, times and separators ("Updated: February 28, 2025 6:50 PM EST | ..."). */
export function isDateLine(line: string): boolean {
  if (!findDate(line) && !/^\s*\d{1,2}:\d{2}\s*(am|pm)?\s*$/i.test(line)) return false;
  const rest = stripDates(line)
    .replace(/\b(updated|published|originally|posted|last|modified|on|at|am|pm|[A-Z]{2,4}T|UTC|GMT|EST|EDT|CET|EET)\b/gi, '')
    .replace(/[\s|·:,/()-]+/g, '');
  return rest.length === 0;
}

/** Removes every date and clock time from a line. */
export function stripDates(line: string): string {
  let out = line;
  for (let i = 0; i < 4; i++) {
    const d = findDate(out);
    if (!d) break;
    out = out.slice(0, d.index) + ' ' + out.slice(d.index + d.length);
  }
  return out.replace(/\b\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?/gi, ' ');
}
