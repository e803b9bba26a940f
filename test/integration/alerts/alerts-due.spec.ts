import { describe, expect, it } from '@jest/globals';
import { EmbeddedContactGraph } from '../../../libs/contact-graph/embedded/embedded-contact-graph.js';
import type { GraphFact } from '../../../libs/contact-graph/contact-graph.port.js';
import { DEFAULT_RULES } from '../../../libs/exposure-rules/index.js';
import { AlertsDue, ClosestAlerted } from '../../../src/alerts/application/reactors/alerts-due.js';
import type { AppConfig } from '../../../src/platform/config/app-config.js';
import { contact, positive, t, venue, visit } from '../../contract/contact-graph/facts.js';

const now = t('07-12 12:00');
const config = { caseActiveDays: 28, alertDepth: 2 } as AppConfig;
const never: ClosestAlerted = () => null;

/**
 * Cases A and B at V1 with P (P is F1 of both); Q shares a household with P (F2 of both); C, a
 * case too, was at V1 with A (an F1 of A who must get no alert).
 */
const facts: GraphFact[] = [
  venue('V1'),
  ...visit('A', 'V1', t('07-10 08:00'), t('07-10 09:00')),
  ...visit('B', 'V1', t('07-10 08:00'), t('07-10 09:00')),
  ...visit('C', 'V1', t('07-10 08:00'), t('07-10 09:00')),
  ...visit('P', 'V1', t('07-10 08:30'), t('07-10 09:00')),
  contact('k1', 'P', 'Q', t('07-10 18:00'), t('07-10 19:00'), 'household'),
  positive('A', t('07-11 08:00')),
  positive('B', t('07-11 08:00')),
  positive('C', t('07-11 08:00')),
];

async function graphOf(extra: GraphFact[] = []) {
  const graph = new EmbeddedContactGraph(DEFAULT_RULES);
  await graph.apply([...facts, ...extra], 1n);
  return new AlertsDue(graph, config);
}

const summary = (due: Awaited<ReturnType<AlertsDue['at']>>) => due.map((c) => [c.personId, c.level, c.caseIds]);

describe('the alerts due (contact graph: embedded)', () => {
  it('names every active case at the person’s closest level, and no confirmed case', async () => {
    const due = await (await graphOf()).at(now, 'all', never);
    expect(summary(due)).toEqual([['P', 1, ['A', 'B', 'C']], ['Q', 2, ['A', 'B', 'C']]]);
    expect(due[0]).toMatchObject({ exposedAt: t('07-10 08:30'), lastExposedAt: t('07-10 09:00'), via: { fromPersonId: 'A', venueId: 'V1' } });
  });

  it('leaves out people alerted at their level or closer', async () => {
    const closest: ClosestAlerted = (personId) => (personId === 'P' ? 1 : personId === 'Q' ? 3 : null);
    expect(summary(await (await graphOf()).at(now, 'all', closest))).toEqual([['Q', 2, ['A', 'B', 'C']]]);
  });

  it('for a batch of results alone, follows those cases and then finds the people they bring closer in the other cases', async () => {
    const alerted: ClosestAlerted = (personId) => (personId === 'P' ? 2 : null);
    // Only B's chains changed: Q, F2 of B, is due and named with every case at F2; P, F1, too.
    expect(summary(await (await graphOf()).at(now, new Set(['B']), alerted))).toEqual([['P', 1, ['A', 'B', 'C']], ['Q', 2, ['A', 'B', 'C']]]);
    // Nobody B's chains reach is due: the other cases are not searched for anyone.
    const all = (personId: string) => (personId === 'P' ? 1 : personId === 'Q' ? 2 : null);
    expect(await (await graphOf()).at(now, new Set(['B']), all)).toEqual([]);
  });
});
