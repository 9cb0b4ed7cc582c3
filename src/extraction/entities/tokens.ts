import type { Sentence } from '../types';

/** A word of a sentence with its offsets into the input. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Only capitals (and dots), two or more letters: "NABU", "U.S.". */
  upper: boolean;
  /** A possessive "'s" followed the word (not part of `text`). */
  poss: boolean;
  /** Lower-case remainder after a hyphen ("Washington-led" → "led"). */
  suffix: string | null;
  /** First word of the sentence, of a quote or of a list item. */
  initial: boolean;
  /** Punctuation right before the word (",", ":", "(", "“"), or "" when only space separates. */
  before: string;
  /** Punctuation right after the word, or "". */
  after: string;
}

/**
 * Surnames of Korean and Chinese names whose given name is written with a hyphen
 * ("Lee Jae-myung", "Kim Yo-jong", "Liang Wen-chieh"): after them "Jae-myung" is one word,
 * not "Jae" with a "-myung" suffix like "Washington-led".
 */
const HYPHEN_NAME_SURNAMES = new Set(
  ('Kim Lee Park Choi Choe Jung Jeong Chung Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon ' +
    'Ko Moon Yang Son Bae Baek Heo Nam Roh Ban Wi Ri Ryu Chae Ma Tsai Lai Hsiao Liang Chen Lin Huang Wang Wu Li Chu Hou ' +
    'Ho Hsu Kuo Chiang Su Cheng Chou Yeh Lu Tseng Hsieh Chiu Koo Tung Leung Chan Wong Lam Cheung Tang Lo Yip').split(' '),
);

/** "Jae-myung" after "Lee ": a short given name of two syllables joined by a hyphen. */
function hyphenatedGivenName(text: string, at: number, head: string, tail: string): boolean {
  if (head.length > 6 || tail.length > 6 || tail.includes('-')) return false;
  const before = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, at - 12), at));
  return !!before && HYPHEN_NAME_SURNAMES.has(before[1]);
}

/** "al-Sissi", "el-Sheikh", "bin-Salman": an Arabic article or particle joined to a capitalised name. */
const ARABIC_ARTICLE = /^(?:al|el|ad|ash|as|at|ar|an|az|ul|ud|bin|ibn|abu)-\p{Lu}/u;

// ("Reuters/Ipsos" is one name; in a photo credit, "Gleb Garanich/Reuters" is a name and an agency.)
const WORD = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+|\/(?<!\b(?:Photo|Pool|File|Handout)\/)(?!(?:Reuters|AP|AFP|Pool|Getty|EPA|UPI|Anadolu|Bloomberg|TASS|Sputnik|Xinhua|Shutterstock|Alamy|NurPhoto|SOPA|Zuma|ZUMA|Ukrinform|Abaca|Sipa|DPA|dpa|ANSA|PAP|Kyodo|Yonhap|Handout|File)\b)[\p{L}\p{N}]+)*/gu;

/**
 * Regex tokenizer (no NLP library): words with their offsets, plus the punctuation around them,
 * which is what the entity rules look at. "U.S." keeps its final dot; "Zelensky’s" loses its "’s"
 * (recorded in `poss`); "Washington-led" is "Washington" with suffix "led".
 * @example tokenize({ text: 'Kyiv said.', start: 0, end: 10, paragraph: 0 }).map((t) => t.text) // ['Kyiv', 'said']
 */
export function tokenize(s: Sentence): Token[] {
  const out: Token[] = [];
  const text = s.text;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  WORD.lastIndex = 0;
  while ((m = WORD.exec(text))) {
    let word = m[0];
    let startIdx = m.index;
    let endIdx = m.index + word.length;
    // "U.S" + "." → "U.S."; "J.D" → "J.D."; "Mr" + "." stays "Mr".
    let consumed = m.index + m[0].length;
    // "A. Kannammal", "Edappadi K. Palaniswami": a single initial before a capitalised name keeps its dot.
    if (text[endIdx] === '.' && ((word.includes('.') && /^(\p{Lu}\.)+\p{Lu}$/u.test(word)) || (/^\p{Lu}$/u.test(word) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(endIdx + 1))))) {
      word += '.';
      endIdx++;
      consumed++;
    }
    let poss = false;
    const pm = (word.endsWith("'s") || word.endsWith('’s')) && word.length > 2;
    if (pm) {
      word = word.slice(0, -2);
      endIdx -= 2;
      poss = true;
    } else if (word.endsWith('s') && (text[endIdx] === "'" || text[endIdx] === '’') && !/\p{L}/u.test(text[endIdx + 1] ?? '')) {
      poss = true; // "Ukrainians’ rights"
    }
    let suffix: string | null = null;
    const hm = word.includes('-') ? /^(.+?)-(\p{Ll}[\p{Ll}-]*)$/u.exec(word) : null;
    if (hm && /^\p{Lu}/u.test(hm[1]) && !hyphenatedGivenName(text, startIdx, hm[1], hm[2])) {
      suffix = hm[2];
      word = hm[1];
      endIdx = startIdx + word.length;
    }
    if (/^[-'’./&]/.test(word)) {
      word = word.slice(1);
      startIdx++;
    }
    const gap = text.slice(prevEnd, startIdx);
    const before = gap.replace(/\s+/g, '');
    const last = out[out.length - 1];
    if (last) last.after = before;
    const initial = out.length === 0 || (before !== '' && (/[:“"‘(\-–—•]$/.test(before) || /[.!?]["”’)]*$/.test(before)));
    out.push({
      text: word,
      start: s.start + startIdx,
      end: s.start + endIdx,
      cap: /^\p{Lu}/u.test(word) || ARABIC_ARTICLE.test(word),
      upper: word.replace(/[.\-&/]/g, '').length >= 2 && /^[\p{Lu}.\-&/\d]+$/u.test(word),
      poss,
      suffix,
      initial,
      before,
      after: '',
    });
    prevEnd = consumed;
  }
  const last = out[out.length - 1];
  if (last) last.after = text.slice(prevEnd).replace(/\s+/g, '');
  return out;
}
