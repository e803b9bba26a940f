import { describe, expect, it } from '@jest/globals';
import type { ContactGraph } from '../../../libs/contact-graph/contact-graph.port.js';
import type { Exposure } from '../../../libs/exposure-rules/types.js';
import { ActiveCaseExposures } from '../../../src/alerts/application/reactors/active-case-exposures.js';
import { tripleKey } from '../../../src/alerts/domain/alert-triple.js';
import type { AppConfig } from '../../../src/platform/config/app-config.js';

const now = Date.parse('2021-07-20T00:00:00Z');
const exposure = (personId: string, level: number): Exposure => ({
  personId,
  level,
  exposedAt: Date.parse('2021-07-10T01:30:00Z'),
  lastExposedAt: Date.parse('2021-07-10T02:30:00Z'),
  via: { fromPersonId: 'P1', kind: 'co-presence', venueId: 'V1', contactId: null, from: Date.parse('2021-07-10T01:30:00Z'), to: Date.parse('2021-07-10T02:30:00Z') },
});
/** The two calls the alerts need of a graph: the active cases and their exposures. */
const graph = {
  casesSince: async () => [{ personId: 'P1', infectiousFrom: 0, firstPositiveSampledAt: 0 }, { personId: 'P9', infectiousFrom: 0, firstPositiveSampledAt: 0 }],
  exposures: async (caseId: string) => ({
    case: { personId: caseId, infectiousFrom: 0, firstPositiveSampledAt: 0, infectiousUntil: null },
    exposures: caseId === 'P1' ? [exposure('P2', 1), exposure('P3', 2)] : [exposure('P2', 1)],
  }),
} as unknown as ContactGraph;
const config = { caseActiveDays: 28, alertDepth: 2 } as AppConfig;

describe('active case exposures', () => {
  it('builds the alerts of every exposure of every active case', async () => {
    const all = await new ActiveCaseExposures(graph, config).alertsAt(now);
    expect(all.map((c) => [c.caseId, c.alerts.map((a) => `${a.personId}@${a.level}`)])).toEqual([['P1', ['P2@1', 'P3@2']], ['P9', ['P2@1']]]);
    expect(all[0].alerts[0]).toMatchObject({ caseId: 'P1', exposedAt: '2021-07-10T01:30:00.000Z', via: { from: '2021-07-10T01:30:00.000Z' } });
  });

  it('leaves out the exposures already raised, and a case with nothing new', async () => {
    const raised = new Map([['P1', new Set([tripleKey({ caseId: 'P1', personId: 'P2', level: 1 })])], ['P9', new Set([tripleKey({ caseId: 'P9', personId: 'P2', level: 1 })])]]);
    const fresh = await new ActiveCaseExposures(graph, config).alertsAt(now, 'all', async (caseId) => raised.get(caseId) ?? new Set());
    expect(fresh.map((c) => [c.caseId, c.alerts.map((a) => `${a.personId}@${a.level}`)])).toEqual([['P1', ['P3@2']]]);
  });
});
