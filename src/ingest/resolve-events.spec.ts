import type { EventDraft } from './event-plan';
import { type Candidate, countsCompatible, datesCompatible, lockKeys, resolveEvents } from './resolve-events';

function draft(over: Partial<EventDraft> = {}): EventDraft {
  return {
    localId: 'PRISONER_EXCHANGE:1',
    id: 'event:new',
    type: 'PRISONER_EXCHANGE',
    cameo: null,
    dateStart: '2025-05-16',
    dateEnd: '2025-05-16',
    granularity: 'day',
    dateSource: 'explicit',
    quantity: { value: 390, max: null, unit: 'prisoners', qualifier: 'exact', perSide: false },
    cumulative: false,
    status: 'occurred',
    placeId: null,
    placeName: null,
    participants: [
      { entityId: 'place:ukraine', role: 'agent' },
      { entityId: 'place:russia', role: 'agent' },
    ],
    report: { evidence: 'x', start: 0, end: 1, quantity: 390, unit: 'prisoners', qualifier: 'exact', claimant: null, cumulative: false, status: 'occurred', confidence: 1, rule: 't' },
    ...over,
  };
}

function candidate(over: Partial<Candidate> = {}): Candidate {
  return {
    id: 'event:old',
    type: 'PRISONER_EXCHANGE',
    dateStart: '2025-05-16',
    dateEnd: '2025-05-16',
    granularity: 'day',
    quantity: 380,
    unit: 'servicemen',
    quantityMin: 380,
    quantityMax: 380,
    reportCount: 1,
    firstReported: '2025-05-16',
    lastReported: '2025-05-16',
    status: 'occurred',
    participants: ['place:russia', 'place:ukraine'],
    places: [],
    ...over,
  };
}

describe('resolveEvents', () => {
  it('merges a second report of the same exchange and widens the count range', () => {
    const [d] = resolveEvents([draft()], [candidate()], '2025-05-17');
    expect(d).toMatchObject({ eventId: 'event:old', merged: true, reportCount: 2 });
    expect(d.props).toMatchObject({ quantityMin: 380, quantityMax: 390, reportCount: 2, firstReported: '2025-05-16', lastReported: '2025-05-17' });
  });

  it.each<[string, Partial<EventDraft>, Partial<Candidate>]>([
    ['another type', { type: 'PROTEST' }, {}],
    ['another week', { dateStart: '2025-05-23', dateEnd: '2025-05-23' }, {}],
    ['a count five times larger', { quantity: { value: 1900, max: null, unit: 'prisoners', qualifier: 'exact', perSide: false } }, {}],
    ['no shared participant or place', { participants: [{ entityId: 'place:georgia', role: 'agent' }] }, {}],
    ['a coarse date against a day', { granularity: 'year', dateStart: '2025-01-01', dateEnd: '2025-12-31' }, {}],
  ])('keeps apart %s', (_what, d, c) => {
    expect(resolveEvents([draft(d)], [candidate(c)], '2025-05-17')[0]).toMatchObject({ eventId: 'event:new', merged: false });
  });

  it('never puts two events of one article into the same candidate', () => {
    const out = resolveEvents([draft(), draft({ localId: 'b', id: 'event:new-b' })], [candidate()], '2025-05-17');
    expect(out.map((d) => d.eventId)).toEqual(['event:old', 'event:new-b']);
  });

  it('a finer date inside the known range sharpens the event', () => {
    const c = candidate({ granularity: 'month', dateStart: '2025-05-01', dateEnd: '2025-05-31' });
    expect(resolveEvents([draft()], [c], '2025-05-17')[0].props).toMatchObject({ dateStart: '2025-05-16', granularity: 'day' });
  });
});

describe('compatibility rules', () => {
  it.each<[string, Partial<EventDraft>, Partial<Candidate>, boolean]>([
    ['a day apart', { dateStart: '2025-05-17', dateEnd: '2025-05-17' }, {}, true],
    ['two days apart', { dateStart: '2025-05-18', dateEnd: '2025-05-18' }, {}, false],
    ['a day inside a month', {}, { granularity: 'month', dateStart: '2025-05-01', dateEnd: '2025-05-31' }, true],
  ])('dates: %s', (_what, d, c, expected) => {
    expect(datesCompatible(draft(d), candidate(c))).toBe(expected);
  });

  it.each<[string, Partial<EventDraft>, Partial<Candidate>, boolean]>([
    ['248 vs 230', { quantity: { value: 248, max: null, unit: 'prisoners', qualifier: 'exact', perSide: false } }, { quantityMin: 230, quantityMax: 230 }, true],
    ['84 vs 390', { quantity: { value: 84, max: null, unit: 'prisoners', qualifier: 'exact', perSide: false } }, { quantityMin: 390, quantityMax: 390 }, false],
    ['95 each vs 190', { quantity: { value: 95, max: null, unit: 'prisoners', qualifier: 'exact', perSide: true } }, { quantityMin: 190, quantityMax: 190 }, true],
    ['a running total', { cumulative: true, quantity: { value: 4000, max: null, unit: 'prisoners', qualifier: 'exact', perSide: false } }, {}, true],
    ['money vs people', { quantity: { value: 5, max: null, unit: 'USD', qualifier: 'exact', perSide: false } }, {}, true],
  ])('counts: %s', (_what, d, c, expected) => {
    expect(countsCompatible(draft(d), candidate(c))).toBe(expected);
  });

  it('lock keys are sorted and cover every month of the window', () => {
    const keys = lockKeys([draft({ dateStart: '2025-05-31', dateEnd: '2025-05-31' })], 'article:abcdef', '0123');
    expect(keys).toEqual(['article:ef', 'content:01', 'event:PRISONER_EXCHANGE:2025-05', 'event:PRISONER_EXCHANGE:2025-06']);
  });
});
