import type { Token } from './tokens';
import { EntityTable } from './table';
import { ArticleContext } from './context';
import { lookupKnown, maxKnownTokens } from './lexicon-index';
import { countryByDemonym, countryByName, countryOfCapital, curatedPlace, region } from '../gazetteer';
import { isCommonWord, isFirstName, isNonEntityHead, isOrgHead, isOrgStart, isPlaceHead, isPlaceStart, isTitleHead } from './word-class';
import { MEDIA_ROLES, NON_ENTITY_STARTS, OFFICE_TITLES, PLATFORMS, WATER_HEADS } from '../lexicon/words';
import { PARTICLES, orgCueAt } from './runs';
import { decideCapitals, resolveKnown } from './known';
import { addPerson, looksLikePerson, titledPerson } from './people';
import { leftover } from './leftover';

/** Lower-case nouns before a name that make it an organisation ("media outlet Suspilne"). */
const ORG_CUES_BEFORE = /^(outlet|newspaper|agency|channel|broadcaster|publication|website|site|portal|magazine|tabloid|daily|weekly|company|firm|group|charity|foundation|organi[sz]ation|party|bloc|network|watchdog|regulator)$/;
/** Nouns of ships before their name. */
const VESSELS = /^(?:tanker|ship|vessel|frigate|cruiser|submarine|corvette|warship|freighter|boat|destroyer|icebreaker|carrier|trawler|ferry|yacht)$/i;
/** Last words that make a run a person's title, not an organisation ("Defence Minister"). */
const PERSON_TITLES = /^(President|Minister|Ombudsman|Secretary|Spokes(man|woman|person)|Chancellor|Mayor|Governor|Ambassador|Envoy|Chief|Head|Director|Commander|Leader|Premier|Advis[eo]r|Chair(man|woman)?)$/i;
/** Lower-case nouns after a name that make it a place ("the Kerem Shalom crossing"). */
const PLACE_CUES_AFTER = /^(crossing|checkpoint|camp|neighbou?rhood|suburb|square|shoal|reef|atoll|corridor|enclave|exclave|border)$/;
/** Journeys whose "to"/"from" names a place ("flew to Sharm el-Sheikh"; not "went to Server Osmanov"). */
const JOURNEYS = /^(?:flew|fly|flying|flies|flown|travel(?:l?ed|l?ing|s)?|trip|journey|visit|visits|visited|arrived|headed|heading|evacuated|relocated|moved|transferred|returned|sent|bused|bussed|shipped|fled|deported|expelled|route|drove|sailed|back)$/;
/** Prepositions that put a name on the map ("in Khan Yunis", "near Scarborough Shoal"). */
const LOCATIVES = /^(in|at|near|outside|inside|around|into|toward|towards)$/;
/** Compass words that make a region of a continent ("Eastern Europe"). */
const COMPASS = /^(Eastern|Western|Northern|Southern|Central|Southeast|Southeastern|Northeast|Northeastern|Northwest|Southwest)$/;
/** Landmarks that stand for a government. */
const SEATS: Record<string, string> = { Kremlin: 'Russia', 'White House': 'United States', Pentagon: 'United States', 'Downing Street': 'United Kingdom' };

interface Pending {
  run: Token[];
  tokens: Token[];
  index: number;
}

/**
 * Two passes over the runs of an article: confident typings first (lexicon, head words, titles),
 * then what needs the whole article (surnames, aliases, metonymy, weak demonyms).
 */
export class Resolver {
  private readonly pending: Pending[] = [];
  private readonly ctx: ArticleContext;

  constructor(input: string, table: EntityTable) {
    this.ctx = new ArticleContext(input, table);
  }

  isPlaceWord(w: string): boolean {
    return !!(countryByName(w) ?? countryByDemonym(w) ?? curatedPlace(w));
  }

  // ---------- pass 1: what the run itself says ----------

  firstPass(run: Token[], tokens: Token[]): void {
    const { ctx } = this;
    const joinedTo = tokens[tokens.indexOf(run[0]) - 1];
    if (run.length > 1 && run[0].before === '-' && joinedTo?.after === '-') {
      // "the pro-Russian Victory bloc": the demonym belongs to "pro-", the name is "Victory"
      if (!joinedTo.cap && countryByDemonym(run[0].text)) run = run.slice(1);
      // "the NATO-Ukraine Council": a hyphenated first part belongs to an organisation's name
      else if (joinedTo.cap && isOrgHead(run[run.length - 1].text)) run = [joinedTo, ...run];
    }
    const index = tokens.indexOf(run[0]);
    const surface = ctx.surface(run);
    const words = run.map((t) => t.text);
    const last = words[words.length - 1];

    const known = lookupKnown(surface).filter((k) => !k.surnameOnly);
    const single = run.length === 1;
    if (known.length && !(single && known[0].type === 'PLACE' && countryOfCapital(surface))) {
      if (!(single && PLATFORMS.has(surface.toLowerCase()))) ctx.addKnown(known[0], run);
      return;
    }
    // "the tanker Sig", "the landing ship Olenegorsky Gornyak": a ship's name is no person, place or organisation
    const kind = tokens[index - 1];
    if (kind && kind.after === '' && VESSELS.test(kind.text)) return;
    // "the Russian Federation", "the Republic of Moldova": a country's official name is the country
    const official = run.length > 1 ? countryByName(surface.replace(/^The\s+/, '')) : null;
    if (official) {
      ctx.addCountry(official.code, official.name, run);
      return;
    }
    // "former Costa Rican foreign minister", "a Sri Lankan court": a demonym of two words, a weak mention of its country.
    const demonym = run.length >= 2 && !official ? countryByDemonym(surface) : null;
    if (demonym) {
      ctx.weak.push({ code: demonym.name, span: ctx.span(run) });
      return;
    }
    // "Eastern Europe", "Central Asia": a compass word before a continent or sea is one region
    if (run.length === 2 && COMPASS.test(words[0]) && curatedPlace(last)?.geo.kind === 'other') {
      const base = curatedPlace(last)!;
      ctx.table.add('PLACE', surface, null, ctx.span(run), { geo: { ...base.geo, kind: 'region' } });
      return;
    }
    // documents, events, storms: "Geneva Conventions", "Law No. 5", "Hurricane Milton"
    // ("Joint Center for … Prisoners of War", "Institute for the Study of War": the head word sits inside an organisation's complement)
    const orgAt = run.findIndex((t) => isOrgHead(t.text) || isOrgStart(t.text));
    const inComplement = (i: number) => orgAt >= 0 && orgAt < i && run.slice(orgAt, i).some((t) => /^(?:of|for)$/.test(t.text));
    // ("Governor Bill Lee": a first name between a title and a surname is no head.)
    const givenName = (i: number) => i < run.length - 1 && isFirstName(run[i].text) && isTitleHead(run[i - 1].text);
    if (run.some((t, i) => isNonEntityHead(t.text) && t !== run[0] && !inComplement(i) && !givenName(i)) || NON_ENTITY_STARTS.has(words[0].toLowerCase())) return;

    // organisations by their head or first word, or by a cue around them
    const core = run.findIndex((t) => !countryByDemonym(t.text) && !countryByName(t.text));
    const before = tokens[index - 1];
    const of = run.findIndex((t) => /^(of|for)$/.test(t.text));
    const orgByWord = run.length > 1 && (isOrgHead(last) || (core >= 0 && isOrgStart(run[core].text)) || (of > 0 && isOrgHead(run[of - 1].text)));
    const orgByCue =
      (orgCueAt(tokens, index + run.length) && core >= 0) ||
      (before && !before.cap && before.after === '' && ORG_CUES_BEFORE.test(before.text.toLowerCase())) ||
      this.mediaEmployer(run, tokens, index);
    const office = run.length > 2 && OFFICE_TITLES.has(words[0].toLowerCase()) && /^(for|of)$/.test(words[1]);
    // "Commissioner for Human Rights Dmytro Lubinets": an office right before its holder's name is their title
    const holder = tokens[index + run.length];
    if (office && run[run.length - 1].after === '' && holder?.cap && isFirstName(holder.text)) return;
    // "Commission President Ursula von der Leyen", "President of Tajikistan Emomali Rahmon": an office's holder, not an organisation.
    const lastTitle = run.reduce((at, t, i) => (i < run.length - 1 && isTitleHead(t.text) && !t.poss ? i : at), -1);
    const holderNamed = (orgByWord || orgByCue || office) && run.length >= 3 && lastTitle >= 0 &&
      !run.slice(lastTitle + 1).some((t) => isOrgHead(t.text) || isTitleHead(t.text)) && !isCommonWord(last);
    if (holderNamed && titledPerson(ctx, run, tokens, index)) return;
    if ((orgByWord || orgByCue || office) && !PERSON_TITLES.test(last) && !(single && PLATFORMS.has(surface.toLowerCase()))) {
      this.addOrg(run, tokens, index);
      return;
    }
    // "Pieter van Dam", "Maria de la Sierra": a first name and a name particle make a person, whatever the last word means.
    const personByParticle = run.length >= 3 && isFirstName(words[0]) && words.slice(1, -1).some((w) => PARTICLES.has(w)) &&
      !/^(?:street|road|avenue|airport|square|bridge|boulevard|station|park|hospital|school|university|stadium|lane|drive|way|port|harbour|harbor|canal|tunnel|building|tower|hall|centre|center)$/i.test(last);
    if (run.length > 1 && isPlaceHead(last) && !personByParticle) {
      const r = /^(oblast|region|province|krai)$/i.test(last) ? region(words.slice(0, -1).join(' ')) : null;
      ctx.table.add('PLACE', r?.name ?? surface.replace(/^The\s+/, ''), surface, ctx.span(run), { geo: r?.geo ?? null });
      return;
    }
    if (titledPerson(ctx, run, tokens, index)) return;
    if (run.length >= 2 && (isPlaceStart(words[0]) || (words[1] === 'of' && WATER_HEADS.has(words[0])) || this.placeByCue(run, tokens, index))) {
      ctx.table.add('PLACE', surface.replace(/^The\s+/, ''), surface, ctx.span(run));
      return;
    }
    if (run.length >= 2 && looksLikePerson(run, tokens, index)) {
      addPerson(ctx, run, null);
      return;
    }
    this.pending.push({ run, tokens, index });
  }

  /**
   * An unknown name of two or more words that its sentence makes a place: a lower-case place noun
   * after it ("the Kerem Shalom crossing"), or a locative preposition before it ("in Khan Yunis",
   * "at El Helicoide") when it is neither a possessive nor a person the article already named.
   */
  private placeByCue(run: Token[], tokens: Token[], index: number): boolean {
    const last = run[run.length - 1];
    const after = tokens[index + run.length];
    if (after && !after.cap && last.after === '' && !last.poss && PLACE_CUES_AFTER.test(after.text)) return true;
    const prev = tokens[index - 1];
    const before = tokens[index - 2]?.text ?? '';
    // ("sent to John Smith": a first name makes the addressee a person.)
    const travel = prev && /^(to|from)$/.test(prev.text) && JOURNEYS.test(before) && !isFirstName(run[0].text);
    if (!prev || prev.after !== '' || !(LOCATIVES.test(prev.text.toLowerCase()) || travel) || last.poss) return false;
    // "chief economist at Dragon Capital": a post at a name is a post at an organisation
    if (prev.text === 'at' && /^[a-z]+(?:ist|er|or|ian|ant|ent)$|^(?:fellow|head|chief)$/.test(before)) return false;
    if (run.some((t) => t.upper || /\d/.test(t.text)) || (isFirstName(run[0].text) && isFirstName(run[1].text))) return false;
    return !run.some((t) => this.ctx.table.findBySurface(t.text));
  }

  /** "a reporter for Dozhd", "a correspondent with Meduza": the name is an outlet. */
  private mediaEmployer(run: Token[], tokens: Token[], index: number): boolean {
    const prep = tokens[index - 1];
    const role = tokens[index - 2];
    if (!prep || !role || prep.after !== '' || role.after !== '' || !/^(for|at|with)$/.test(prep.text)) return false;
    return MEDIA_ROLES.has(role.text.toLowerCase()) && !(run.length > 1 && isFirstName(run[0].text));
  }

  private addOrg(run: Token[], tokens: Token[], index: number): void {
    const { ctx } = this;
    let r = run;
    if (r[0].text === 'The' && r.length > 1) r = r.slice(1);
    const surface = ctx.surface(r);
    // "(NABU)" right after the name is its acronym
    const next = tokens[index + run.length];
    const acr = next && next.upper && run[run.length - 1].after === '(' && next.after.startsWith(')') ? next : null;
    const id = ctx.table.add('ORGANIZATION', surface, null, ctx.span(r));
    if (acr) ctx.table.add('ORGANIZATION', ctx.table.get(id)!.name, acr.text, { start: acr.start, end: acr.end });
    // nested known names after "of"/"in": "Joint Center of the SBU", "Ministry of … of Ukraine"
    for (let i = 1; i < r.length; i++) {
      if (!/^(of|in)$/.test(r[i].text)) continue;
      let j = i + 1;
      if (r[j]?.text === 'the') j++;
      const rest = r.slice(j);
      for (let n = rest.length; n > 0; n--) {
        const sub = rest.slice(0, n);
        const k = lookupKnown(ctx.surface(sub)).filter((x) => !x.surnameOnly);
        if (k.length && ctx.surface(sub) !== surface) {
          ctx.table.add(k[0].type, k[0].name, ctx.surface(sub), ctx.span(sub), { geo: k[0].geo, fixedName: true });
          break;
        }
      }
    }
  }

  // ---------- pass 2: what needs the whole article ----------

  secondPass(): void {
    const { ctx } = this;
    const { table } = ctx;
    for (const p of this.pending) this.segment(p);
    decideCapitals(ctx);
    for (const w of ctx.weak) {
      const c = countryByName(w.code) ?? null;
      const id = c ? EntityTable.idOf('PLACE', c.name) : null;
      if (id && table.get(id)) table.add('PLACE', c!.name, null, w.span);
    }
    mergeOwnerlessMinistries(table);
    mergeBareHeads(table);
    for (const m of ctx.metonyms) {
      const city = table.get(EntityTable.idOf('PLACE', m.city));
      if (city) city.standsFor = m.countryId;
    }
    for (const [seat, country] of Object.entries(SEATS)) {
      for (const type of ['ORGANIZATION', 'PLACE'] as const) {
        const d = table.get(EntityTable.idOf(type, seat));
        if (d) d.standsFor = EntityTable.idOf('PLACE', country);
      }
    }
  }

  /** Known names inside a run (longest first); what lies between them goes to `leftover`. */
  private segment(p: Pending): void {
    const { ctx } = this;
    const { run, tokens } = p;
    const whole = ctx.table.findBySurface(ctx.surface(run));
    if (whole && run.length > 1) {
      const d = ctx.table.get(whole)!;
      ctx.table.add(d.type, d.name, ctx.surface(run), ctx.span(run));
      return;
    }
    let i = 0;
    let rest: Token[] = [];
    const flush = () => {
      if (rest.length) leftover(ctx, rest, tokens);
      rest = [];
    };
    while (i < run.length) {
      let matched = 0;
      for (let n = Math.min(run.length - i, maxKnownTokens()); n > 0 && !matched; n--) {
        const sub = run.slice(i, i + n);
        if (/^(of|for|the|on|in)$/.test(sub[0].text) || /^(of|for|the|on|in)$/.test(sub[n - 1].text)) continue;
        if (resolveKnown(ctx, sub, tokens)) matched = n;
      }
      if (matched) {
        flush();
        i += matched;
      } else {
        rest.push(run[i]);
        i++;
      }
    }
    flush();
  }
}

/**
 * "the interior ministry" without an owner is the article's one interior ministry when it names
 * exactly one ("Georgia's Interior Ministry … senior interior ministry figures").
 */
function mergeOwnerlessMinistries(table: EntityTable): void {
  const orgs = table.ofType('ORGANIZATION');
  for (const [id, d] of orgs) {
    const m = /^Ministry of (.+)$/.exec(d.name);
    if (!m) continue;
    const owned = orgs.filter(([oid, o]) => oid !== id && (o.name.endsWith(` Ministry of ${m[1]}`) || o.name.startsWith(`Ministry of ${m[1]} of `)));
    if (owned.length === 1) table.merge(id, owned[0][0]);
  }
}

/** Head words that name an institution by its kind alone ("the Commission", "the Council"). */
const BARE_HEADS = new Set(['Commission', 'Council', 'Committee', 'Parliament', 'Court', 'Agency', 'Bureau', 'Service', 'Bank', 'Fund']);

/**
 * "The European Commission paid … the Commission judged …": a bare institution head is the article's
 * organisation of that kind.
 */
function mergeBareHeads(table: EntityTable): void {
  const orgs = table.ofType('ORGANIZATION');
  for (const [id, d] of orgs) {
    if (!BARE_HEADS.has(d.name)) continue;
    // Several of that kind: the one the article names first and most ("the European Commission … the High Qualification Commission").
    const full = orgs
      .filter(([oid, o]) => oid !== id && o.name.endsWith(` ${d.name}`))
      .sort(([, a], [, b]) => b.mentions.length - a.mentions.length || first(a) - first(b));
    if (full.length > 0) table.merge(id, full[0][0]);
  }
}

function first(d: { mentions: { start: number }[] }): number {
  return d.mentions.reduce((m, x) => Math.min(m, x.start), Infinity);
}
