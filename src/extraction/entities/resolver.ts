import type { Span } from '../types';
import type { Token } from './tokens';
import { EntityTable } from './table';
import { lookupKnown, maxKnownTokens, type Known } from './lexicon-index';
import { cities, countryByDemonym, countryByName, countryOfCapital, countryPlace, curatedPlace, region } from '../gazetteer';
import { isCommonWord, isFirstName, isNonEntityHead, isOrgHead, isOrgStart, isPlaceHead, isTitle } from './word-class';
import { ACTOR_NOUNS, OFFICE_TITLES, PLATFORMS } from '../lexicon/words';
import { capitalIsActor } from './metonymy';
import { nameKey } from '../util/text';

/** Lower-case nouns after a name that make it an organisation ("Save Ukraine non-profit organization"). */
const ORG_CUES_AFTER = /^(non-?profit|nonprofit|charity|organi[sz]ation|foundation|group|ngo|outlet|newspaper|agency|company|party|movement|network|channel|fund|initiative|broadcaster|website|publication|think-tank|watchdog)$/;
/** Lower-case nouns before a name that make it an organisation ("media outlet Suspilne"). */
const ORG_CUES_BEFORE = /^(outlet|newspaper|agency|channel|broadcaster|publication|website|company|group|charity|foundation|organi[sz]ation|party|network)$/;
/** Verbs after a name that mark a person speaking ("Andrzej Domanski said"). */
const SPEECH_VERBS = /^(said|says|told|wrote|added|stated|noted|announced|claimed|argued|insisted|explained|warned|confirmed|denied|tweeted|posted)$/;
/** Last words that make a run a person's title, not an organisation ("Defence Minister"). */
const PERSON_TITLES = /^(President|Minister|Ombudsman|Secretary|Spokes(man|woman|person)|Chancellor|Mayor|Governor|Ambassador|Envoy|Chief|Head|Director|Commander|Leader|Premier|Advis[eo]r|Chair(man|woman)?)$/i;
/** Landmarks that stand for a government. */
const SEATS: Record<string, string> = { Kremlin: 'Russia', 'White House': 'United States', Pentagon: 'United States', 'Downing Street': 'United Kingdom' };

interface Pending {
  run: Token[];
  tokens: Token[];
  index: number;
}

/** Two passes over the runs of an article: confident typings first, then what needs the article. */
export class Resolver {
  private readonly pending: Pending[] = [];
  private readonly weak: { code: string; span: Span }[] = [];
  private readonly metonyms: { city: string; countryId: string }[] = [];
  private readonly countries = new Set<string>();

  constructor(
    private readonly input: string,
    private readonly table: EntityTable,
  ) {}

  isPlaceWord(w: string): boolean {
    return !!(countryByName(w) ?? countryByDemonym(w) ?? curatedPlace(w));
  }

  private surface(run: Token[]): string {
    return this.input.slice(run[0].start, run[run.length - 1].end);
  }

  private span(run: Token[]): Span {
    return { start: run[0].start, end: run[run.length - 1].end };
  }

  private addKnown(k: Known, run: Token[]): void {
    this.table.add(k.type, k.name, this.surface(run), this.span(run), { geo: k.geo, fixedName: true });
    if (k.geo?.kind === 'country' && k.geo.countryCode) this.countries.add(k.geo.countryCode);
  }

  private addCountry(code: string, name: string, run: Token[], alias = true): void {
    const c = countryByName(name)!;
    this.table.add('PLACE', c.name, alias ? this.surface(run) : null, this.span(run), { geo: countryPlace(c).geo, fixedName: true });
    this.countries.add(code);
  }

  // ---------- pass 1: what the run itself says ----------

  firstPass(run: Token[], tokens: Token[]): void {
    const index = tokens.indexOf(run[0]);
    const surface = this.surface(run);
    const words = run.map((t) => t.text);
    const last = words[words.length - 1];

    const known = lookupKnown(surface).filter((k) => !k.surnameOnly);
    const single = run.length === 1;
    if (known.length && !(single && known[0].type === 'PLACE' && countryOfCapital(surface))) {
      if (!(single && PLATFORMS.has(surface.toLowerCase()))) this.addKnown(known[0], run);
      return;
    }
    if (run.some((t) => isNonEntityHead(t.text) && t !== run[0]) || /^(war|law)$/i.test(words[0])) return;

    // organisations by their head or first word, or by a cue around them
    const core = run.findIndex((t) => !countryByDemonym(t.text) && !countryByName(t.text));
    const after = tokens[index + run.length];
    const before = tokens[index - 1];
    const of = run.findIndex((t) => /^(of|for)$/.test(t.text));
    const orgByWord = run.length > 1 && (isOrgHead(last) || (core >= 0 && isOrgStart(run[core].text)) || (of > 0 && isOrgHead(run[of - 1].text)));
    const orgByCue = (after && !after.cap && run[run.length - 1].after === '' && ORG_CUES_AFTER.test(after.text.toLowerCase())) || (before && !before.cap && before.after === '' && ORG_CUES_BEFORE.test(before.text.toLowerCase()));
    const office = run.length > 2 && OFFICE_TITLES.has(words[0].toLowerCase()) && /^(for|of)$/.test(words[1]);
    if ((orgByWord || orgByCue || office) && !PERSON_TITLES.test(last) && !(single && PLATFORMS.has(surface.toLowerCase()))) {
      this.addOrg(run, tokens, index);
      return;
    }
    if (run.length > 1 && isPlaceHead(last)) {
      const r = /^(oblast|region|province|krai)$/i.test(last) ? region(words.slice(0, -1).join(' ')) : null;
      this.table.add('PLACE', r?.name ?? surface.replace(/^The\s+/, ''), surface, this.span(run), { geo: r?.geo ?? null });
      return;
    }
    if (this.titledPerson(run, tokens, index)) return;
    if (run.length >= 2 && this.looksLikePerson(run, tokens, index)) {
      this.addPerson(run, null);
      return;
    }
    this.pending.push({ run, tokens, index });
  }

  private addOrg(run: Token[], tokens: Token[], index: number): void {
    let r = run;
    if (r[0].text === 'The' && r.length > 1) r = r.slice(1);
    const surface = this.surface(r);
    // "(NABU)" right after the name is its acronym
    const next = tokens[index + run.length];
    const acr = next && next.upper && run[run.length - 1].after === '(' && next.after.startsWith(')') ? next : null;
    const id = this.table.add('ORGANIZATION', surface, null, this.span(r));
    if (acr) this.table.add('ORGANIZATION', this.table.get(id)!.name, acr.text, { start: acr.start, end: acr.end });
    // nested known names after "of"/"in": "Joint Center of the SBU", "Ministry of … of Ukraine"
    for (let i = 1; i < r.length; i++) {
      if (!/^(of|in)$/.test(r[i].text)) continue;
      let j = i + 1;
      if (r[j]?.text === 'the') j++;
      const rest = r.slice(j);
      for (let n = rest.length; n > 0; n--) {
        const sub = rest.slice(0, n);
        const k = lookupKnown(this.surface(sub)).filter((x) => !x.surnameOnly);
        if (k.length && this.surface(sub) !== surface) {
          this.table.add(k[0].type, k[0].name, this.surface(sub), this.span(sub), { geo: k[0].geo, fixedName: true });
          break;
        }
      }
    }
  }

  /** "U.S. President Donald Trump", "Defence Minister Laurynas Kasciunas": the title is a role. */
  private titledPerson(run: Token[], tokens: Token[], index: number): boolean {
    let j = -1;
    for (let i = 0; i < run.length - 1; i++) if (isTitle(run[i].text) && !run[i].poss) j = i;
    const prev = tokens[index - 1];
    const lowerTitle = prev && !prev.cap && isTitle(prev.text) && prev.after === '';
    if (j < 0 && !lowerTitle) return false;
    let name = run.slice(j + 1);
    const conn = name.findIndex((t) => /^(of|for)$/.test(t.text));
    if (conn > 0) {
      // "President Zelenskiy of Ukraine": the rest belongs to the role
      this.knownInside(name.slice(conn + 1));
      name = name.slice(0, conn);
    }
    if (!name.length || /^(of|for|the|on|in)$/.test(name[0].text) || name.some((t) => isTitle(t.text) && !isFirstName(t.text))) return false;
    if (name.length === 1 && isCommonWord(name[0].text) && !lookupKnown(name[0].text).length) return false;
    const prefix = run.slice(0, j + 1);
    // countries and organisations named in the role are entities of their own ("European Commission President")
    this.knownInside(prefix);
    const role = prefix.length ? this.surface(prefix) : prev.text;
    const nameSurface = this.surface(name);
    if (name.length === 1) {
      const byArticle = this.personBySurname(name[0].text);
      const solo = lookupKnown(nameSurface).find((x) => x.type === 'PERSON');
      const target = byArticle ? this.table.get(byArticle)!.name : solo?.name;
      if (target) {
        this.table.add('PERSON', target, nameSurface, this.span(name), { role, fixedName: true });
        this.table.add('PERSON', target, this.surface(run), null);
        return true;
      }
    }
    const id = this.addPerson(name, role);
    if (prefix.length) this.table.add('PERSON', this.table.get(id)!.name, this.surface(run), null);
    return true;
  }

  private knownInside(part: Token[]): void {
    for (let i = 0; i < part.length; i++) {
      for (let n = Math.min(part.length - i, maxKnownTokens()); n > 0; n--) {
        const sub = part.slice(i, i + n);
        const s = this.surface(sub);
        const k = lookupKnown(s).filter((x) => !x.surnameOnly && x.type !== 'PERSON');
        const c = countryByName(s);
        if (c && !countryByDemonym(s)) {
          this.addCountry(c.code, s, sub);
          i += n - 1;
          break;
        }
        if (k.length && k[0].geo?.kind !== 'city') {
          this.addKnown(k[0], sub);
          i += n - 1;
          break;
        }
      }
    }
  }

  private looksLikePerson(run: Token[], tokens: Token[], index: number): boolean {
    if (run.length > 4 || run.some((t) => /\d/.test(t.text) || t.upper)) return false;
    if (run.some((t) => !!(countryByName(t.text) ?? countryByDemonym(t.text) ?? curatedPlace(t.text)))) return false;
    if (isFirstName(run[0].text) && !isCommonWord(run[0].text)) return true;
    const after = tokens[index + run.length];
    const last = run[run.length - 1];
    if (after && last.after === '' && SPEECH_VERBS.test(after.text)) return true;
    // appositive: "Andrzej Domanski, finance minister of Poland"
    if (after && last.after === ',' && !after.cap && (isTitle(after.text) || after.text === 'head' || after.text === 'the')) return true;
    return false;
  }

  private addPerson(name: Token[], role: string | null): string {
    const surface = this.surface(name);
    const k = lookupKnown(surface).find((x) => x.type === 'PERSON' && !x.surnameOnly);
    if (k) return this.table.add('PERSON', k.name, surface, this.span(name), { role, fixedName: true });
    // the same person written with a middle name or without it
    const first = nameKey(name[0].text);
    const lastKey = nameKey(name[name.length - 1].text);
    const same = this.table.ofType('PERSON').find(([, d]) => {
      const parts = nameKey(d.name).split(' ');
      return parts[0] === first && parts[parts.length - 1] === lastKey;
    });
    return this.table.add('PERSON', same ? same[1].name : surface, surface, this.span(name), { role });
  }

  /** The one person of the article with this surname; null when none or two. */
  private personBySurname(word: string): string | null {
    const k = nameKey(word);
    const hits = this.table.ofType('PERSON').filter(([, d]) => {
      const parts = [d.name, ...d.aliases].map((n) => nameKey(n).split(' '));
      return parts.some((p) => p.length > 1 && p[p.length - 1] === k);
    });
    return hits.length === 1 ? hits[0][0] : null;
  }

  // ---------- pass 2: what needs the whole article ----------

  secondPass(): void {
    for (const p of this.pending) this.segment(p);
    for (const w of this.weak) {
      const c = countryByName(w.code) ?? null;
      const id = c ? EntityTable.idOf('PLACE', c.name) : null;
      if (id && this.table.get(id)) this.table.add('PLACE', c!.name, null, w.span);
    }
    for (const m of this.metonyms) {
      const cityId = EntityTable.idOf('PLACE', m.city);
      const city = this.table.get(cityId);
      if (city) city.standsFor = m.countryId;
    }
    for (const [seat, country] of Object.entries(SEATS)) {
      for (const type of ['ORGANIZATION', 'PLACE'] as const) {
        const d = this.table.get(EntityTable.idOf(type, seat));
        if (d) d.standsFor = EntityTable.idOf('PLACE', country);
      }
    }
  }

  private segment(p: Pending): void {
    const { run, tokens } = p;
    const whole = this.table.findBySurface(this.surface(run));
    if (whole && run.length > 1) {
      const d = this.table.get(whole)!;
      this.table.add(d.type, d.name, this.surface(run), this.span(run));
      return;
    }
    let i = 0;
    let leftover: Token[] = [];
    const flush = () => {
      if (leftover.length) this.leftover(leftover, tokens);
      leftover = [];
    };
    while (i < run.length) {
      let matched = 0;
      for (let n = Math.min(run.length - i, maxKnownTokens()); n > 0 && !matched; n--) {
        const sub = run.slice(i, i + n);
        if (/^(of|for|the|on|in)$/.test(sub[0].text) || /^(of|for|the|on|in)$/.test(sub[n - 1].text)) continue;
        if (this.resolveKnown(sub, tokens)) matched = n;
      }
      if (matched) {
        flush();
        i += matched;
      } else {
        leftover.push(run[i]);
        i++;
      }
    }
    flush();
  }

  /** A lexicon, gazetteer or article name for these tokens; adds it and returns true. */
  private resolveKnown(sub: Token[], tokens: Token[]): boolean {
    const s = this.surface(sub);
    const idx = tokens.indexOf(sub[0]);
    if (sub.length === 1) {
      const t = sub[0];
      const person = this.personBySurname(t.text);
      if (person) {
        this.table.add('PERSON', this.table.get(person)!.name, s, this.span(sub));
        return true;
      }
      const byAlias = this.table.findBySurface(s);
      if (byAlias && this.table.get(byAlias)!.type !== 'PLACE') {
        const d = this.table.get(byAlias)!;
        this.table.add(d.type, d.name, s, this.span(sub));
        return true;
      }
      const dem = countryByDemonym(t.text);
      if (dem && !countryByName(t.text)) {
        const next = tokens[idx + 1];
        if (next && !next.cap && t.after === '' && ACTOR_NOUNS.has(next.text.toLowerCase())) this.addCountry(dem.code, dem.name, sub);
        else this.weak.push({ code: dem.name, span: this.span(sub) });
        return true;
      }
      const cap = countryOfCapital(s);
      if (cap && (curatedPlace(s) || cities(s).some((c) => c.geo.countryCode === cap.code))) {
        if (capitalIsActor(tokens, idx)) {
          const countryId = this.table.add('PLACE', cap.name, s, this.span(sub), { geo: countryPlace(cap).geo, fixedName: true });
          this.countries.add(cap.code);
          this.metonyms.push({ city: curatedPlace(s)?.name ?? s, countryId });
        } else {
          const place = curatedPlace(s) ?? cities(s, new Set([cap.code]))[0];
          this.table.add('PLACE', place.name, s, this.span(sub), { geo: place.geo, fixedName: true });
        }
        return true;
      }
    }
    const known = lookupKnown(s);
    const k = known.find((x) => !x.surnameOnly) ?? known.find((x) => x.solo);
    if (k) {
      if (sub.length === 1 && PLATFORMS.has(s.toLowerCase())) return true;
      this.addKnown(k, sub);
      return true;
    }
    const c = countryByName(s);
    if (c && (s.replace(/[.\s]/g, '').length > 3 || sub.every((t) => t.upper))) {
      this.addCountry(c.code, s, sub);
      return true;
    }
    return false;
  }

  private leftover(part: Token[], tokens: Token[]): void {
    const idx = tokens.indexOf(part[0]);
    if (part.length >= 2) {
      const place = cities(this.surface(part), this.countries)[0];
      if (place && this.countries.has(place.geo.countryCode ?? '')) {
        this.table.add('PLACE', place.name, this.surface(part), this.span(part), { geo: place.geo });
        return;
      }
      if (part.every((t) => !isCommonWord(t.text) || isFirstName(t.text)) && part.length <= 4 && !part.some((t) => t.upper || /\d/.test(t.text))) {
        this.addPerson(part, null);
      }
      return;
    }
    const t = part[0];
    if (t.text.length < 3 || (isCommonWord(t.text) && !t.upper)) return;
    // a city of the package data, where the sentence or the article makes a place likely
    const prev = tokens[idx - 1];
    const locative = prev && /^(in|near|at|outside|from|to|into|around|across|toward|towards|of|and)$/.test(prev.text) && prev.after === '';
    const list = t.before === ':' || t.before === ',';
    const candidates = t.upper ? [] : cities(t.text, this.countries);
    const best = candidates[0];
    if (best && (locative || list) && (this.countries.has(best.geo.countryCode ?? '') || candidates.length === 1)) {
      this.table.add('PLACE', best.name, t.text, this.span(part), { geo: best.geo });
      return;
    }
    // sources: "according to X", "X reported", "reported by X"
    const next = tokens[idx + 1];
    const prev2 = tokens[idx - 2];
    const source =
      (prev && prev2 && prev2.text.toLowerCase() === 'according' && prev.text === 'to') ||
      (prev && prev2 && /^reported|cited|quoted$/.test(prev2.text) && prev.text === 'by') ||
      (next && t.after === '' && /^(reported|reports|reporting)$/.test(next.text));
    if (source && !isFirstName(t.text)) this.table.add('ORGANIZATION', t.text, null, this.span(part));
  }
}
