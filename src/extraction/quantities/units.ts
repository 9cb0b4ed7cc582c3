/** The counted noun after a number: words as plain data, and the rule that finds the head. */

/** Words that end a counted noun phrase. */
export const STOP_WORDS = new Set(
  ('a an the of in on at to from by with for and or but as who whom which that were was is are be been being ' +
    'had has have will would could should may might can did do does including among while when where after ' +
    'before during since into across over under than then also said say says reported had according per ' +
    'including each every all both more less this these those its their his her our your it they them he she ' +
    'we you there here not no yet still just only out up down about around between against through via ' +
    'died returned came gathered took went protested').split(' '),
);

const SECOND_COUNT = /^\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b)/i;

/** Plurals that do not end in -s, and collective count nouns. */
export const IRREGULAR_PLURALS = new Set(
  'people children men women police personnel staff militia crew aircraft cattle livestock media youth clergy'.split(' '),
);

/** Multi-word counted nouns kept whole. */
export const MULTIWORD_UNITS = [
  'prisoners of war', 'members of parliament', 'members of the parliament', 'people\'s deputies', 'tons of',
];

/** Regex sources for money as written: a sign or a code before the number, a currency word after it. (No code that is an
 * English word: "try 12 suspects" is no lira.) */
export const CURRENCY_SIGN = 'US\\$|C\\$|CA\\$|A\\$|AU\\$|NZ\\$|HK\\$|S\\$|R\\$|\\$|€|£|¥|₹|₦|₴|₽|₩';
export const CURRENCY_CODE = 'USD|EUR|UAH|GBP|NOK|SEK|DKK|ISK|CHF|PLN|CZK|HUF|RON|BGN|JPY|CAD|AUD|NZD|RUB|INR|CNY|KRW|HKD|SGD|ZAR|BRL|MXN|PKR|BDT|NGN|KES|EGP|ILS|SAR|AED|IDR|THB|MYR|ETB|Rs\\.?|Tk\\.?';
export const CURRENCY_WORD = 'dollars|euros|pounds|hryvnias?|rubles|roubles|yuan|kroner|krone|kronor|krona|krónur|kronur|zlotys?|francs|yen|forints?|lei|rupees|shekels|liras?|korunas?|leva|naira|shillings|baht|rupiah|pesos|riyals|dirhams|taka|ringgit|birr|cedis|rand';
/** The start of an amount of money: a sign or a currency code ("$", "US$", "€", "USD ", "Rs "). */
export const MONEY_START = `(?:${CURRENCY_SIGN}|\\b(?:${CURRENCY_CODE})\\s?)`;
/** An amount of money: "$61 billion", "USD 5.2 million", "100 million yuan", "Rs 375.60 crore". */
export const MONEY_AMOUNT = `(?:${MONEY_START}\\s?[\\d.,]+(?:\\s*(?:million|billion|bn|m|crore|lakh)\\b)?|\\d[\\d.,]*\\s+(?:million\\s+|billion\\s+|crore\\s+|lakh\\s+)?(?:(?:Canadian|Australian|US|U\\.S\\.|New Zealand|Hong Kong|Singapore|Swiss)\\s+)?(?:${CURRENCY_WORD})\\b)`;

export const CURRENCIES: Record<string, string> = {
  $: 'USD', 'us$': 'USD', usd: 'USD', dollars: 'USD', dollar: 'USD', '€': 'EUR', eur: 'EUR', euros: 'EUR', euro: 'EUR',
  '£': 'GBP', gbp: 'GBP', pounds: 'GBP', hryvnias: 'UAH', hryvnia: 'UAH', uah: 'UAH', rubles: 'RUB', roubles: 'RUB',
  rub: 'RUB', yuan: 'CNY', kroner: 'NOK', krone: 'NOK', kronor: 'SEK', krona: 'SEK', zloty: 'PLN', zlotys: 'PLN',
  francs: 'CHF', yen: 'JPY', nok: 'NOK', sek: 'SEK', dkk: 'DKK', chf: 'CHF', pln: 'PLN', jpy: 'JPY', cad: 'CAD', aud: 'AUD',
  'c$': 'CAD', 'ca$': 'CAD', 'a$': 'AUD', 'au$': 'AUD', 'nz$': 'NZD', 'hk$': 'HKD', 's$': 'SGD', isk: 'ISK', 'krónur': 'ISK', kronur: 'ISK',
  czk: 'CZK', korunas: 'CZK', koruna: 'CZK', huf: 'HUF', forints: 'HUF', forint: 'HUF', ron: 'RON', lei: 'RON', bgn: 'BGN', leva: 'BGN', nzd: 'NZD',
  inr: 'INR', rupees: 'INR', cny: 'CNY', krw: 'KRW', hkd: 'HKD', sgd: 'SGD', zar: 'ZAR', brl: 'BRL', mxn: 'MXN', shekels: 'ILS', lira: 'TRY', liras: 'TRY',
  'r$': 'BRL', '¥': 'JPY', '₹': 'INR', '₦': 'NGN', '₴': 'UAH', '₽': 'RUB', '₩': 'KRW', rs: 'INR', 'rs.': 'INR', tk: 'BDT', 'tk.': 'BDT',
  pkr: 'PKR', bdt: 'BDT', ngn: 'NGN', kes: 'KES', egp: 'EGP', try: 'TRY', ils: 'ILS', sar: 'SAR', aed: 'AED', idr: 'IDR', thb: 'THB',
  myr: 'MYR', etb: 'ETB', naira: 'NGN', shillings: 'KES', baht: 'THB', rupiah: 'IDR', pesos: 'MXN', riyals: 'SAR', dirhams: 'AED',
  taka: 'BDT', ringgit: 'MYR', birr: 'ETB', cedis: 'GHS', rand: 'ZAR',
};

/** A nation's own currency named by its adjective ("120bn Ugandan shillings", "Lebanese pounds", "Colombian pesos"). */
export const NATIONAL_CURRENCIES: Record<string, string> = {
  'ugandan shillings': 'UGX', 'kenyan shillings': 'KES', 'tanzanian shillings': 'TZS', 'somali shillings': 'SOS',
  'egyptian pounds': 'EGP', 'lebanese pounds': 'LBP', 'syrian pounds': 'SYP', 'sudanese pounds': 'SDG', 'south sudanese pounds': 'SSP',
  'colombian pesos': 'COP', 'mexican pesos': 'MXN', 'argentine pesos': 'ARS', 'argentinian pesos': 'ARS', 'chilean pesos': 'CLP',
  'philippine pesos': 'PHP', 'cuban pesos': 'CUP', 'taiwanese dollars': 'TWD', 'canadian dollars': 'CAD', 'australian dollars': 'AUD',
  'singapore dollars': 'SGD', 'jamaican dollars': 'JMD', 'zimbabwean dollars': 'ZWL', 'liberian dollars': 'LRD', 'pakistani rupees': 'PKR',
  'indian rupees': 'INR', 'nepalese rupees': 'NPR', 'sri lankan rupees': 'LKR', 'iranian rials': 'IRR', 'yemeni rials': 'YER',
  'omani rials': 'OMR', 'saudi riyals': 'SAR', 'qatari riyals': 'QAR', 'south african rand': 'ZAR', 'danish kroner': 'DKK',
  'norwegian kroner': 'NOK', 'swedish kronor': 'SEK', 'swiss francs': 'CHF', 'congolese francs': 'CDF', 'cfa francs': 'XOF',
  'turkish lira': 'TRY', 'russian rubles': 'RUB', 'russian roubles': 'RUB', 'ukrainian hryvnias': 'UAH', 'chinese yuan': 'CNY',
  'japanese yen': 'JPY', 'nigerian naira': 'NGN', 'ghanaian cedis': 'GHS', 'ethiopian birr': 'ETB', 'bangladeshi taka': 'BDT',
};

/** Units that measure time: "30-day suspension", "24 hours" are durations, not counts. */
export const DURATION_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|times|fold)$/i;

/** A plural-looking head noun ("soldiers", "POWs", "children"). */
export function isPluralHead(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (w.length < 3 || STOP_WORDS.has(w)) return false;
  if (/(?:ss|us|is|ous|'s|’s)$/.test(w)) return false;
  return /[a-z]s$/i.test(word) || /[A-Z]s$/.test(word) || /[a-z]men$/.test(w);
}

/**
 * The counted noun phrase at the start of `after`: adjectives then a head noun, at most five words
 * ("fallen Ukrainian soldiers", "prisoners of war", "POWs"). Empty when no noun follows.
 */
export function unitAfter(after: string): { unit: string; head: string; length: number } {
  const lower = after.toLowerCase();
  for (const mw of MULTIWORD_UNITS) {
    const at = lower.search(new RegExp(`^\\s*(?:[a-z-]+\\s+){0,2}${mw.replace(/'/g, "['’]")}\\b`));
    if (at === 0 && !mw.endsWith(' of')) {
      const m = new RegExp(`^\\s*((?:[a-z-]+\\s+){0,2}${mw.replace(/'/g, "['’]")})\\b`).exec(lower);
      if (m) return { unit: after.slice(0, m[0].length).trim(), head: mw, length: m[0].length };
    }
  }
  // "130 Ukrainian and 90 Russian servicemen": the first count shares the noun of the second.
  const shared = /^(\s+[A-Z][\w'’-]+)\s+and\s+\d[\d,]*\s+[A-Z][\w'’-]+(?=\s)/.exec(after);
  if (shared) {
    const tail = unitAfter(after.slice(shared[0].length));
    if (tail.head && isPluralHead(tail.head)) return { unit: `${shared[1].trim()} ${tail.unit}`, head: tail.head, length: shared[1].length };
  }
  // "14 Leopard 2 A6 tanks": a model's number and variant stay inside the phrase after its capitalised name.
  // ("11 U.S. defence companies": an initialism is a modifier like any other word.)
  const re = /^(\s*)([A-Z]?\d[\w-]*(?=\s)|(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’-]*(?:\/[A-Za-z][A-Za-z'’-]*)*)/;
  // "79 more dead servicemen", "20 other people": the comparison word is not the noun.
  const extra = /^\s+(?:more|additional|further|other|extra)\b/i.exec(after);
  let pos = extra ? extra[0].length : 0;
  const words: string[] = [];
  for (let i = 0; i < 5; i++) {
    const m = re.exec(after.slice(pos));
    if (!m) break;
    const w = m[2];
    // ("31 M1 Abrams tanks": a model's code may open the phrase; a bare number may not.)
    if (/^\d/.test(w) && !/^[A-Z\d]/.test(words[words.length - 1] ?? '')) break;
    // "seven current and former staff": two modifiers joined before one noun.
    // ("five Bordurian and three Atlantean journalists": a second count after "and" is not a modifier.)
    if (/^(?:and|or)$/i.test(w) && words.length > 0 && !isPluralHead(words[words.length - 1]) && !SECOND_COUNT.test(after.slice(pos + m[0].length))) {
      const tail = unitAfter(after.slice(pos + m[0].length));
      if (tail.head && isPluralHead(tail.head) && tail.unit.split(' ').length <= 3) {
        return { unit: `${words.join(' ')} ${w} ${tail.unit}`, head: tail.head, length: pos + m[0].length + tail.length };
      }
    }
    if (STOP_WORDS.has(w.toLowerCase()) && !IRREGULAR_PLURALS.has(w.toLowerCase())) break;
    words.push(w);
    pos += m[0].length;
    // "seven United Nations employees", "two police officers": a name ending in a plural, or "police", modifies the noun after it.
    const next = /^[A-Z]/.test(w) || w.toLowerCase() === 'police' ? re.exec(after.slice(pos)) : null;
    if (next && /^[a-z]/.test(next[2]) && isPluralHead(next[2]) && !STOP_WORDS.has(next[2])) continue;
    if (isPluralHead(w)) return { unit: words.join(' '), head: w.toLowerCase(), length: pos };
  }
  if (words.length === 0) return { unit: '', head: '', length: 0 };
  // "Barrio 18 killed 87 people": a verb with its own object after a number names no counted noun.
  if (/ed$/i.test(words[0]) && /^\s+(?:\d|(?:at least|more than|about|some|nearly|the|a|an|his|her|their|its)\s)/i.test(after.slice(after.indexOf(words[0]) + words[0].length))) return { unit: '', head: '', length: 0 };
  // No plural head: a singular noun right after the number ("one soldier", "1 person").
  return { unit: words[0], head: words[0].toLowerCase(), length: after.indexOf(words[0]) + words[0].length };
}
