import type { Entity, EntityType, Geo, Span } from '../types';
import { nameKey, slugify } from '../util/text';

/** An entity being built for one article. */
interface Draft {
  type: EntityType;
  name: string;
  geo: Geo | null;
  aliases: string[];
  mentions: Span[];
  roles: string[];
  standsFor: string | null;
  /** The canonical name came from the lexicon/gazetteer: never replaced by a longer surface. */
  fixedName: boolean;
}

/**
 * The article's entities: one per real thing, keyed by type + canonical name.
 * Surfaces become aliases; mentions are kept once per span.
 */
export class EntityTable {
  private readonly drafts = new Map<string, Draft>();
  private readonly spans = new Set<string>();

  static idOf(type: EntityType, name: string): string {
    return `${type.toLowerCase()}:${slugify(name)}`;
  }

  has(type: EntityType, name: string): boolean {
    return this.drafts.has(EntityTable.idOf(type, name));
  }

  get(id: string): Draft | undefined {
    return this.drafts.get(id);
  }

  /** Was this span already given to some entity? */
  covered(span: Span): boolean {
    return this.spans.has(`${span.start}:${span.end}`);
  }

  add(
    type: EntityType,
    name: string,
    surface: string | null,
    span: Span | null,
    opts: { geo?: Geo | null; role?: string | null; fixedName?: boolean; standsFor?: string | null } = {},
  ): string {
    const id = EntityTable.idOf(type, name);
    let d = this.drafts.get(id);
    if (!d) {
      d = { type, name, geo: opts.geo ?? null, aliases: [], mentions: [], roles: [], standsFor: opts.standsFor ?? null, fixedName: !!opts.fixedName };
      this.drafts.set(id, d);
    }
    if (opts.geo && !d.geo) d.geo = opts.geo;
    if (opts.standsFor) d.standsFor = opts.standsFor;
    if (surface) {
      const clean = surface.replace(/^the\s+/i, '').trim();
      if (clean && clean !== d.name && !d.aliases.includes(clean)) d.aliases.push(clean);
    }
    if (opts.role && !d.roles.includes(opts.role)) d.roles.push(opts.role);
    if (span) {
      const k = `${span.start}:${span.end}`;
      if (!this.spans.has(k)) {
        this.spans.add(k);
        d.mentions.push({ start: span.start, end: span.end });
      }
    }
    return id;
  }

  /** Folds one entity into another: its name and aliases become aliases, its mentions move over. */
  merge(fromId: string, intoId: string): void {
    const from = this.drafts.get(fromId);
    const into = this.drafts.get(intoId);
    if (!from || !into || from === into) return;
    for (const a of [from.name, ...from.aliases]) if (a !== into.name && !into.aliases.includes(a)) into.aliases.push(a);
    into.mentions.push(...from.mentions);
    for (const r of from.roles) if (!into.roles.includes(r)) into.roles.push(r);
    this.drafts.delete(fromId);
  }

  /** Does a place's mention end at this offset ("in Darfur and …")? */
  placeEndsAt(end: number): boolean {
    for (const d of this.drafts.values()) if (d.type === 'PLACE' && d.mentions.some((m) => m.end === end)) return true;
    return false;
  }

  /** All drafts of one type (for surname and alias resolution). */
  ofType(type: EntityType): [string, Draft][] {
    return [...this.drafts.entries()].filter(([, d]) => d.type === type);
  }

  /** An existing entity (any type) that has this surface as its name or alias. */
  findBySurface(surface: string): string | null {
    const k = nameKey(surface);
    for (const [id, d] of this.drafts) {
      if (nameKey(d.name) === k || d.aliases.some((a) => nameKey(a) === k)) return id;
    }
    return null;
  }

  /** The finished entities: those with at least one mention, mentions in text order. */
  entities(): Entity[] {
    const out: Entity[] = [];
    for (const [id, d] of this.drafts) {
      if (!d.mentions.length) continue;
      const aliases = d.aliases.filter((a) => nameKey(a) !== nameKey(d.name) || a !== d.name);
      const e: Entity = {
        id,
        type: d.type,
        name: d.name,
        aliases: [...new Set(aliases)],
        mentions: d.mentions.sort((a, b) => a.start - b.start),
        geo: d.geo,
      };
      if (d.roles.length) e.roles = d.roles;
      if (d.standsFor) e.standsFor = d.standsFor;
      out.push(e);
    }
    return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  }
}
