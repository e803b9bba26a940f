import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import type { ContactGraph, GraphFact } from '../../../libs/contact-graph/contact-graph.port.js';
import { DEFAULT_RULES, type RulesConfig } from '../../../libs/exposure-rules/index.js';
import { PersonMerges } from '../../../libs/contact-graph/person-merges.js';
import { keptIdOf, randomMerges, randomVoids, randomWorld, type RandomWorld } from '../../support/random-world.js';
import { DAY, HOUR, contact, isolation, merge, mergeFacts, negative, positive, release, scan, shuffledBatches, t, venue, visit, voidCheck, voidContact, voidFacts, worldFacts } from './facts.js';
import { mergedFacts, oracleAnswer } from './oracle.js';

export const CONTRACT_RULES: RulesConfig = DEFAULT_RULES;

/** Seeds and shapes of the differential worlds: small and dense, larger and sparser, longer. */
export const WORLDS: { seed: number; shape: Parameters<typeof randomWorld>[1] }[] = [
  { seed: 11, shape: { persons: 30, venues: 4, days: 3 } },
  { seed: 23, shape: { persons: 60, venues: 8, days: 4 } },
  { seed: 37, shape: { persons: 25, venues: 2, days: 2 } },
  { seed: 41, shape: { persons: 80, venues: 10, days: 5 } },
];

/** Two instants per world: its end, when every window is closed by `now` or an order, and mid-way. */
const nowsOf = (w: RandomWorld): number[] => [w.now, w.start + 2 * DAY + 13 * HOUR];

/**
 * The one behaviour every ContactGraph adapter must have. `make` gives a ready graph (init done)
 * over a store this suite owns: each test starts by clearing it.
 */
export function contactGraphContract(name: string, make: () => Promise<ContactGraph>, cfg: RulesConfig = CONTRACT_RULES): void {
  describe(`contact graph contract: ${name}`, () => {
    let graph: ContactGraph;
    let position = 0n;
    const apply = async (facts: GraphFact[]): Promise<bigint> => {
      position += 10n;
      await graph.apply(facts, position);
      return position;
    };

    /** Every case of the world, at depth 1..3 and two instants, against the rules over `facts`. */
    async function expectOracle(world: RandomWorld, facts: GraphFact[], cases: readonly string[] = world.cases): Promise<number> {
      let exposed = 0;
      for (const caseId of cases) {
        for (const now of nowsOf(world)) {
          for (let depth = 1; depth <= 3; depth++) {
            const expected = oracleAnswer(facts, caseId, depth, now, cfg);
            expect({ caseId, depth, now, answer: await graph.exposures(caseId, depth, now) }).toEqual({ caseId, depth, now, answer: expected });
            exposed += expected?.exposures.length ?? 0;
          }
        }
      }
      return exposed;
    }

    beforeEach(async () => {
      graph = await make();
      await graph.clear();
      position = 0n;
    });

    afterEach(async () => {
      await graph.close();
    });

    it('answers every case of random worlds like the rules over the same facts, at depth 1 to 3', async () => {
      let exposed = 0;
      for (const { seed, shape } of WORLDS) {
        await graph.clear();
        const world = randomWorld(seed, shape);
        const { registrations, rest } = worldFacts(world);
        await apply([...registrations, ...rest]);
        exposed += await expectOracle(world, [...registrations, ...rest]);
      }
      expect(exposed).toBeGreaterThan(50); // the worlds do have chains, not just empty answers
    });

    it('gives the same answers when the facts come shuffled and split over several batches', async () => {
      const world = randomWorld(53, { persons: 50, venues: 6, days: 4 });
      const { registrations, rest } = worldFacts(world);
      await apply(registrations); // the log holds a venue before any check at it
      for (const batch of shuffledBatches(rest, 7, 5)) await apply(batch);
      expect(await expectOracle(world, [...registrations, ...rest])).toBeGreaterThan(0);
    });

    it('derives visits again when a late check arrives in a later batch, earlier in time', async () => {
      const world = randomWorld(67, { persons: 40, venues: 5, days: 3 });
      const { registrations, rest } = worldFacts(world);
      const late = rest.filter((f, i) => f.type === 'check' && i % 4 === 0);
      await apply([...registrations, ...rest.filter((f) => !late.includes(f))]);
      await apply(late);
      await expectOracle(world, [...registrations, ...rest]);
    });

    it('forgets checks and contacts before a cut-off (retention) and answers as if they never came', async () => {
      const world = randomWorld(71, { persons: 40, venues: 5, days: 4 });
      const { registrations, rest } = worldFacts(world);
      await apply([...registrations, ...rest]);
      const cutoff = world.start + 2 * DAY;
      await graph.forgetBefore(cutoff);
      const kept = rest.filter((f) => !(f.type === 'check' && f.check.at < cutoff) && !(f.type === 'contact' && f.contact.to < cutoff));
      expect(kept.length).toBeLessThan(rest.length);
      await expectOracle(world, [...registrations, ...kept]);
    });

    it('answers like the rules over the corrected facts when random checks and contacts are voided later', async () => {
      let changed = 0;
      for (const { seed, shape } of WORLDS.slice(0, 2)) {
        await graph.clear();
        const world = randomWorld(seed, shape);
        const { registrations, rest } = worldFacts(world);
        const voids = voidFacts(randomVoids(world, seed + 1000));
        await apply([...registrations, ...rest]);
        for (const batch of shuffledBatches(voids, seed, 3)) await apply(batch);
        const all = [...registrations, ...rest];
        await expectOracle(world, [...all, ...voids]);
        for (const caseId of world.cases) {
          const before = oracleAnswer(all, caseId, 3, world.now, cfg);
          if (JSON.stringify(before) !== JSON.stringify(oracleAnswer([...all, ...voids], caseId, 3, world.now, cfg))) changed += 1;
        }
      }
      expect(changed).toBeGreaterThan(0); // the voids did change some chains
    });

    it('answers like the rules with merged ids mapped to the kept ones: facts before and after random merges, and voids', async () => {
      let changed = 0;
      for (const { seed, shape } of WORLDS.slice(0, 2)) {
        await graph.clear();
        const world = randomWorld(seed, shape);
        const { registrations, rest } = worldFacts(world);
        const merges = randomMerges(world, seed + 2000);
        const voids = voidFacts(randomVoids(world, seed + 1000));
        // The projection's feed: every batch through one PersonMerges, in log order.
        const feed = new PersonMerges();
        const early = rest.filter((_, i) => i % 2 === 0);
        const late = rest.filter((_, i) => i % 2 === 1);
        await apply(feed.map([...registrations, ...early]));
        for (const batch of shuffledBatches([...mergeFacts(merges), ...late], seed, 4)) await apply(feed.map(batch));
        await apply(feed.map(voids));
        const all = [...registrations, ...rest, ...voids];
        const kept = keptIdOf(merges);
        const cases = [...new Set(world.cases.map(kept))];
        const corrected = mergedFacts([...all, ...mergeFacts(merges)]);
        expect(await expectOracle(world, corrected, cases)).toBeGreaterThan(0);
        for (const m of merges) {
          expect(await graph.caseOf(m.mergedId)).toBeNull(); // a merged id holds nothing any more
          expect(await graph.isolationOrdersOf(m.mergedId)).toEqual([]);
        }
        for (const caseId of cases) {
          const answer = await graph.exposures(caseId, 3, world.now);
          const listed = answer!.exposures.map((e) => e.personId);
          expect(listed.filter((p) => kept(p) !== p)).toEqual([]); // nobody listed by a merged id
          if (JSON.stringify(answer) !== JSON.stringify(oracleAnswer(all, caseId, 3, world.now, cfg))) changed += 1;
        }
        const pairs = (await graph.merges()).map((p) => [p.mergedId, kept(p.keptId)]).sort();
        expect(pairs).toEqual(merges.map((m) => [m.mergedId, kept(m.mergedId)]).sort());
      }
      expect(changed).toBeGreaterThan(0); // the merges did change some chains
    });

    it('re-homes a merged person: their visits, contacts, tests and orders count for the kept one; a contact between the two for nothing', async () => {
      const facts: GraphFact[] = [
        venue('V'), venue('W'),
        ...visit('A', 'V', t('07-11 10:00'), t('07-11 11:00')),
        ...visit('M', 'V', t('07-11 10:00'), t('07-11 11:00')), // M met A at V
        ...visit('K', 'W', t('07-11 14:00'), t('07-11 15:00')),
        ...visit('X', 'W', t('07-11 14:00'), t('07-11 15:00')), // K met X at W after
        contact('km', 'K', 'M', t('07-11 18:00'), t('07-11 19:00'), 'household'),
        positive('A', t('07-12 09:00')),
        isolation('om', 'M', 'home', t('07-11 16:00')), // M's order ends the human's window from 16:00
        contact('ky', 'K', 'Y', t('07-11 17:00'), t('07-11 17:30')), // K met Y: after M's order, before K was exposed
        scan('M', 'W', 'in', t('07-11 20:00'), 'mvoid'),
      ];
      await apply([...facts, voidCheck('mvoid', 'M')]);
      const chain = async (): Promise<[string, number][]> =>
        ((await graph.exposures('A', 3, t('07-20 00:00')))?.exposures ?? []).map((e) => [e.personId, e.level]);
      expect(await chain()).toEqual([['M', 1], ['K', 2]]); // K through the household contact at 18:00

      await apply([merge('K', 'M')]);
      // K now holds M's visit at V (F1) and M's order (which ends K's window at 16:00): K's visit at W
      // passes it on to X, the contact with Y at 17:00 no longer; K-M is a self-contact.
      expect(await chain()).toEqual([['K', 1], ['X', 2]]);
      expect(await graph.exposures('A', 3, t('07-20 00:00'))).toEqual(oracleAnswer(mergedFacts([...facts, voidCheck('mvoid', 'M'), merge('K', 'M')]), 'A', 3, t('07-20 00:00'), cfg));
      expect((await graph.isolationOrdersOf('K')).map((o) => [o.orderId, o.personId])).toEqual([['om', 'K']]);
      expect(await graph.isolationOrdersOf('M')).toEqual([]);
      expect(await graph.orderOwner('om')).toBe('K');
      const merges = new PersonMerges(await graph.merges());
      expect(merges.resolve((await graph.checkOwner('mvoid'))!)).toBe('K');
      expect(await graph.merges()).toEqual([{ mergedId: 'M', keptId: 'K' }]);

      // M's positive test makes K the case.
      await apply([positive('M', t('07-14 09:00'), { testId: 'tm' })].map((f) => merges.map([f])[0]));
      expect((await graph.caseOf('K'))?.personId).toBe('K');
      expect(await graph.caseOf('M')).toBeNull();
      expect((await graph.casesSince(0)).map((c) => c.personId)).toEqual(['A', 'K']);
    });

    it('applies a merge in the batch of the facts it re-homes, and forgets nothing on clear()', async () => {
      const facts: GraphFact[] = [venue('V'), positive('A', t('07-12 09:00')), ...visit('A', 'V', t('07-11 10:00'), t('07-11 11:00'))];
      const feed = new PersonMerges();
      await apply(feed.map([...facts, scan('M', 'V', 'in', t('07-11 10:00'), 'm1'), merge('K', 'M'), scan('M', 'V', 'out', t('07-11 11:00'), 'm2'), voidCheck('m2', 'M')]));
      const answer = await graph.exposures('A', 1, t('07-20 00:00'));
      expect(answer!.exposures.map((e) => [e.personId, e.via.from, e.via.to])).toEqual([['K', t('07-11 10:00'), t('07-11 11:00')]]);
      await graph.clear();
      expect(await graph.merges()).toEqual([]);
    });

    it('derives visits again after a void, keeps a voided fact voided when it comes again, and knows whose check it was', async () => {
      const facts: GraphFact[] = [
        venue('V'), venue('W'),
        positive('A', t('07-12 09:00')),
        ...visit('A', 'V', t('07-11 10:00'), t('07-11 11:00')),
        scan('B', 'V', 'in', t('07-11 10:00'), 'b1'),
        scan('B', 'W', 'in', t('07-11 10:10'), 'bw'), // the wrong QR: it ends B's visit at V after 10 minutes
        contact('k1', 'A', 'C', t('07-11 12:00'), t('07-11 12:30')),
      ];
      await apply(facts);
      const exposed = async (): Promise<string[]> => ((await graph.exposures('A', 2, t('07-20 00:00')))?.exposures ?? []).map((e) => e.personId);
      expect(await exposed()).toEqual(['C']);

      const voids = [voidCheck('bw', 'B'), voidContact('k1')];
      await apply(voids);
      expect(await exposed()).toEqual(['B']); // B stayed at V the whole hour after all; C was never met
      expect(await graph.exposures('A', 2, t('07-20 00:00'))).toEqual(oracleAnswer([...facts, ...voids], 'A', 2, t('07-20 00:00'), cfg));

      await apply([scan('B', 'W', 'in', t('07-11 10:10'), 'bw'), contact('k1', 'A', 'C', t('07-11 12:00'), t('07-11 12:30'))]);
      await apply([voidCheck('nope', 'B'), voidContact('nope'), voidCheck('b1', 'X')]); // unknown facts: nothing to void
      expect(await exposed()).toEqual(['B']);
      expect([await graph.checkOwner('b1'), await graph.checkOwner('bw'), await graph.checkOwner('nope')]).toEqual(['B', 'B', null]);

      await graph.forgetBefore(t('07-12 00:00'));
      expect(await graph.checkOwner('bw')).toBeNull(); // a voided check goes with retention too
    });

    it('drops a stale visit: a late check-out shortens a stay below the minimum overlap', async () => {
      await apply([venue('V', 60), positive('A', t('07-12 09:00')), ...visit('A', 'V', t('07-11 10:00'), t('07-11 12:00')), scan('B', 'V', 'in', t('07-11 10:00'))]);
      const before = await graph.exposures('A', 1, t('07-20 00:00'));
      expect(before?.exposures.map((e) => [e.personId, e.via.from, e.via.to])).toEqual([['B', t('07-11 10:00'), t('07-11 11:00')]]);

      await apply([scan('B', 'V', 'out', t('07-11 10:10'))]);
      expect((await graph.exposures('A', 1, t('07-20 00:00')))?.exposures).toEqual([]);
    });

    it('breaks ties like the rules: co-presence before a contact, smaller source, smaller contact id', async () => {
      const facts: GraphFact[] = [
        venue('V'), venue('W'), venue('X', 120),
        positive('A', t('07-12 09:00')),
        ...visit('A', 'V', t('07-11 10:00'), t('07-11 11:00')), ...visit('B', 'V', t('07-11 10:00'), t('07-11 11:00')),
        contact('k9', 'A', 'B', t('07-11 10:00'), t('07-11 10:05'), 'workplace'),
        ...visit('A', 'W', t('07-11 11:30'), t('07-11 12:00')), ...visit('C', 'W', t('07-11 11:30'), t('07-11 12:00')),
        ...visit('C', 'X', t('07-11 14:00'), t('07-11 15:00')), ...visit('B', 'X', t('07-11 14:00'), t('07-11 15:00')),
        ...visit('D', 'X', t('07-11 14:00'), t('07-11 16:00')),
        contact('k2', 'A', 'E', t('07-11 13:00'), t('07-11 13:01')), contact('k1', 'E', 'A', t('07-11 13:00'), t('07-11 13:30')),
      ];
      await apply(facts);
      const answer = await graph.exposures('A', 2, t('07-20 00:00'));
      expect(answer).toEqual(oracleAnswer(facts, 'A', 2, t('07-20 00:00'), cfg));
      const via = Object.fromEntries(answer!.exposures.map((e) => [e.personId, [e.level, e.via.fromPersonId, e.via.kind, e.via.venueId ?? e.via.contactId]]));
      expect(via).toEqual({ B: [1, 'A', 'co-presence', 'V'], C: [1, 'A', 'co-presence', 'W'], E: [1, 'A', 'recorded-contact', 'k1'], D: [2, 'B', 'co-presence', 'X'] });
    });

    it('cuts windows by isolation as DESIGN 3 says: home ends all but household, hospital ends all, self-monitoring nothing', async () => {
      const facts: GraphFact[] = [
        venue('V'),
        positive('A', t('07-12 09:00')),
        isolation('o0', 'A', 'hospital', t('07-01 00:00')), // before the window: ends nothing
        isolation('o1', 'A', 'self-monitoring', t('07-11 08:00')),
        isolation('o2', 'A', 'home', t('07-11 10:00')),
        isolation('o3', 'A', 'hospital', t('07-11 14:00')),
        contact('k1', 'A', 'M', t('07-11 09:50'), t('07-11 09:55'), 'social'), // before home: exposed
        contact('k2', 'A', 'H', t('07-11 12:00'), t('07-11 12:05'), 'household'), // home does not end household
        contact('k3', 'A', 'J', t('07-11 12:00'), t('07-11 12:05'), 'social'), // after home: not exposed
        ...visit('A', 'V', t('07-11 09:30'), t('07-11 11:00')),
        ...visit('K', 'V', t('07-11 09:50'), t('07-11 11:00')), // overlaps the window 10 min only: not exposed
        ...visit('N', 'V', t('07-11 09:30'), t('07-11 11:00')), // 30 min inside: exposed at 09:30
        contact('k4', 'A', 'L', t('07-11 15:00'), t('07-11 16:00'), 'household'), // after hospital: not exposed
        contact('k5', 'A', 'Q', t('07-11 08:30'), t('07-11 13:00'), 'other'), // straddles: exposed at its start
      ];
      await apply(facts);
      const answer = await graph.exposures('A', 1, t('07-20 00:00'));
      expect(answer).toEqual(oracleAnswer(facts, 'A', 1, t('07-20 00:00'), cfg));
      expect(answer!.case.infectiousUntil).toBe(t('07-11 10:00'));
      expect(answer!.exposures.map((e) => [e.personId, e.exposedAt])).toEqual([
        ['Q', t('07-11 08:30')], ['N', t('07-11 09:30')], ['M', t('07-11 09:50')], ['H', t('07-11 12:00')],
      ]);
      expect(answer!.exposures.find((e) => e.personId === 'Q')!.via).toMatchObject({ from: t('07-11 08:30'), to: t('07-11 13:00') });
      // The last exposure ends where the window of its class of contact ends: home isolation at 10:00
      // ends all but the household contact, which goes on until its own end.
      expect(answer!.exposures.map((e) => [e.personId, e.lastExposedAt])).toEqual([
        ['Q', t('07-11 10:00')], ['N', t('07-11 10:00')], ['M', t('07-11 09:55')], ['H', t('07-11 12:05')],
      ]);
    });

    it('changes nothing when a batch comes again at the same or a lower position, and keeps the last checkpoint', async () => {
      expect(await graph.position()).toBeNull();
      const world = randomWorld(71, { persons: 30, venues: 4, days: 3 });
      const { registrations, rest } = worldFacts(world);
      const all = [...registrations, ...rest];
      await graph.apply(all, 100n);
      const caseId = world.cases[0];
      const first = await graph.exposures(caseId, 3, world.now);

      await graph.apply(all, 100n);
      await graph.apply([...all, isolation('late', caseId, 'hospital', world.start)], 90n); // skipped whole
      expect(await graph.position()).toBe(100n);
      expect(await graph.exposures(caseId, 3, world.now)).toEqual(first);
      expect(await graph.isolationOrdersOf(caseId)).not.toContainEqual(expect.objectContaining({ orderId: 'late' }));

      await graph.apply(all, 2n ** 62n); // the same facts again at a new (64-bit) position: idempotent
      expect(await graph.position()).toBe(2n ** 62n);
      expect(await graph.exposures(caseId, 3, world.now)).toEqual(first);
    });

    it('keeps the identity of the log with its checkpoint, as the last batch gave it', async () => {
      expect(await graph.checkpoint()).toBeNull();
      await graph.apply([venue('V')], 7n, { logId: 'log-a', eventId: 'e7' });
      expect(await graph.checkpoint()).toEqual({ position: 7n, log: { logId: 'log-a', eventId: 'e7' } });
      await graph.apply([venue('W')], 9n, { logId: 'log-a', eventId: 'e9' });
      expect(await graph.checkpoint()).toEqual({ position: 9n, log: { logId: 'log-a', eventId: 'e9' } });
      // A batch without an identity leaves none behind: the checkpoint never names a log it was not written on.
      await graph.apply([venue('X')], 10n);
      expect(await graph.checkpoint()).toEqual({ position: 10n, log: null });
      await graph.clear();
      expect(await graph.checkpoint()).toBeNull();
    });

    it('clear() drops every fact and the checkpoint', async () => {
      await apply([venue('V'), positive('A', t('07-12 09:00')), isolation('o1', 'A', 'home', t('07-12 12:00')), ...visit('A', 'V', t('07-11 10:00'), t('07-11 11:00'))]);
      await graph.clear();
      expect(await graph.position()).toBeNull();
      expect(await graph.caseOf('A')).toBeNull();
      expect(await graph.casesSince(0)).toEqual([]);
      expect(await graph.exposures('A', 3, t('07-20 00:00'))).toBeNull();
      expect(await graph.isolationOrdersOf('A')).toEqual([]);
      expect(await graph.orderOwner('o1')).toBeNull();
      expect(await graph.checkOwner('c-any')).toBeNull();
    });

    it('confirms cases from positive tests only: caseOf and casesSince', async () => {
      await apply([
        negative('N', t('07-12 09:00')),
        positive('A', t('07-13 09:00'), { testId: 'a2' }),
        positive('A', t('07-12 09:00'), { testId: 'a1', onset: t('07-11 06:00') }),
        negative('A', t('07-10 09:00')),
        positive('B', t('07-12 09:00'), { testId: 'b2' }),
        positive('B', t('07-12 09:00'), { testId: 'b1' }), // same instant: the smaller test id is the first
        positive('C', t('07-15 09:00')),
      ]);
      expect(await graph.caseOf('N')).toBeNull();
      expect(await graph.caseOf('nobody')).toBeNull();
      expect(await graph.caseOf('A')).toEqual({ personId: 'A', infectiousFrom: t('07-09 06:00'), firstPositiveSampledAt: t('07-12 09:00') });
      expect(await graph.caseOf('B')).toEqual({ personId: 'B', infectiousFrom: t('07-10 09:00'), firstPositiveSampledAt: t('07-12 09:00') });
      expect((await graph.casesSince(t('07-10 09:00'))).map((c) => c.personId)).toEqual(['B', 'C']);
      expect((await graph.casesSince(0)).map((c) => c.personId)).toEqual(['A', 'B', 'C']);
      expect(await graph.exposures('N', 3, t('07-20 00:00'))).toBeNull();
    });

    it('lists isolation orders with their releases, and knows who an order belongs to', async () => {
      await apply([isolation('o1', 'A', 'home', t('07-12 10:00'), t('07-26 10:00')), isolation('o2', 'A', 'self-monitoring', t('07-11 10:00'))]);
      await apply([
        release('o1', 'A', t('07-14 10:00')),
        release('o9', 'A', t('07-14 10:00')), // unknown order: nothing to release
        isolation('o1', 'A', 'hospital', t('07-01 00:00')), // a repeated id keeps the first order
        isolation('o3', 'B', 'centralized', t('07-12 00:00')),
      ]);
      const byFrom = (a: { from: number }, b: { from: number }): number => a.from - b.from;
      expect((await graph.isolationOrdersOf('A')).sort(byFrom)).toEqual([
        { orderId: 'o2', personId: 'A', kind: 'self-monitoring', from: t('07-11 10:00'), until: null, releasedAt: null },
        { orderId: 'o1', personId: 'A', kind: 'home', from: t('07-12 10:00'), until: t('07-26 10:00'), releasedAt: t('07-14 10:00') },
      ]);
      expect(await graph.isolationOrdersOf('nobody')).toEqual([]);
      expect(await graph.orderOwner('o3')).toBe('B');
      expect(await graph.orderOwner('o1')).toBe('A');
      expect(await graph.orderOwner('o9')).toBeNull();
    });

    it('reports itself healthy', async () => {
      expect((await graph.health()).ok).toBe(true);
    });
  });
}
