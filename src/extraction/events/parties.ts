import type { Draft } from './draft';
import type { Participant } from '../types';

const isCountry = (p: Participant): boolean => Boolean(p.entityId?.startsWith('place:'));

/**
 * Parties a story leaves implicit once it has named them:
 * - "In the previous swap, mediated by the UAE, each side released 75": an exchange without its two
 *   sides has the sides of the article's other exchange;
 * - "Britain pledged £245m in February" in a story about aid to Ukraine: an aid event without a
 *   recipient has the recipient of the article's other aid;
 * - a strike told without its attacker has the attacker of the strike told before it (unless that
 *   country is already a party, as the one struck).
 */
export function fillImplicitParties(drafts: Draft[]): void {
  const sides = drafts
    .filter((d) => d.type === 'PRISONER_EXCHANGE')
    .map((d) => d.participants.filter((p) => isCountry(p) && p.role !== 'mediator'))
    .find((ps) => ps.length >= 2);
  const recipient = drafts
    .filter((d) => d.type === 'AID_PROVISION')
    .flatMap((d) => d.participants.filter((p) => isCountry(p) && p.role === 'recipient'))[0];
  let attacker: Participant | undefined;
  for (const d of drafts) {
    const has = (name: string) => d.participants.some((p) => p.name === name);
    if (d.type === 'ATTACK') {
      // "Less than a day earlier, sea drones attacked the Russian naval base": the attacker told just before.
      const own = d.participants.find((p) => isCountry(p) && p.role === 'agent');
      if (own) attacker = own;
      else if (attacker && !has(attacker.name)) d.participants.push({ ...attacker });
    }
    if (d.type === 'PRISONER_EXCHANGE' && sides && d.participants.filter((p) => isCountry(p) && p.role !== 'mediator').length < 2) {
      for (const p of sides) if (!has(p.name)) d.participants.push({ ...p, role: 'agent' });
    }
    if (d.type === 'AID_PROVISION' && recipient && !d.participants.some((p) => p.role === 'recipient') && !has(recipient.name)) {
      d.participants.push({ ...recipient });
    }
  }
}
