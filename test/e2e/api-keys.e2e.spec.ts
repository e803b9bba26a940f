import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { client, KEYS } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

/** Rotating keys without a restart (issue 15, "Keys"): an admin creates, lists and revokes them. */
describe('API keys: created, listed and revoked by an admin, stored as hashes', () => {
  const service = useTestApp();
  const admin = service.as(KEYS.admin);

  it('creates a key that works at once, shown once; the list and the file hold its id and hash, never the key', async () => {
    const created = await admin.post('/v1/api-keys', { role: 'checkin-gateway', label: 'cổng KCN Tân Bình' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'checkin-gateway', label: 'cổng KCN Tân Bình', source: 'stored', createdBy: expect.stringMatching(/^admin:[0-9a-f]{12}$/) });
    const { id, key } = created.body as { id: string; key: string };
    expect(key.length).toBeGreaterThanOrEqual(32);

    const gw = client(service.app.url, key);
    expect((await gw.post('/v1/check-ins', { personId: 'nobody', venueId: 'V', direction: 'in', at: new Date(service.app.clock.current).toISOString() })).status).toBe(404);
    expect((await gw.get('/v1/cases')).status).toBe(403); // its role, not more

    const listed = (await admin.get('/v1/api-keys')).body.keys as { id: string; source: string }[];
    expect(listed).toContainEqual(expect.objectContaining({ id, role: 'checkin-gateway', source: 'stored' }));
    expect(listed.filter((k) => k.source === 'configured')).toHaveLength(5);
    expect(JSON.stringify(listed)).not.toContain(key);
    const file = readFileSync(join(service.app.dataDir, 'api-keys.json'), 'utf8');
    expect(file).toContain(id);
    expect(file).not.toContain(key);
  });

  it('answers a retry with the same Idempotency-Key with the same key, and another body with 409', async () => {
    const headers = { 'idempotency-key': 'rotate-2021-07-20' };
    const first = await admin.post('/v1/api-keys', { role: 'investigator' }, headers);
    const again = await admin.post('/v1/api-keys', { role: 'investigator' }, headers);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body).toEqual(first.body);
    expect((await admin.post('/v1/api-keys', { role: 'auditor' }, headers)).status).toBe(409);
    expect((await admin.get('/v1/api-keys')).body.keys.filter((k: { role: string; source: string }) => k.role === 'investigator' && k.source === 'stored')).toHaveLength(1);
  });

  it('revokes a stored key at once, keeps it revoked after a restart, and refuses to revoke API_KEYS keys', async () => {
    const { id, key } = (await admin.post('/v1/api-keys', { role: 'task-force', label: 'to revoke' })).body as { id: string; key: string };
    expect((await client(service.app.url, key).get('/v1/cases')).status).toBe(200);
    const revoked = await admin.delete(`/v1/api-keys/${id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toEqual({ id, revoked: true });
    expect((await client(service.app.url, key).get('/v1/cases')).status).toBe(401);
    expect((await admin.delete(`/v1/api-keys/${id}`)).status).toBe(404);

    const configured = ((await admin.get('/v1/api-keys')).body.keys as { id: string; source: string }[]).find((k) => k.source === 'configured')!;
    const refused = await admin.delete(`/v1/api-keys/${configured.id}`);
    expect(refused.status).toBe(409);

    const kept = ((await admin.get('/v1/api-keys')).body.keys as { id: string }[]).map((k) => k.id);
    await service.restart();
    expect(((await admin.get('/v1/api-keys')).body.keys as { id: string }[]).map((k) => k.id)).toEqual(kept);
    expect((await client(service.app.url, key).get('/v1/cases')).status).toBe(401);
  });

  it('lets only an admin manage keys', async () => {
    for (const key of [KEYS.investigator, KEYS.taskForce, KEYS.gateway, KEYS.auditor]) {
      expect((await client(service.app.url, key).get('/v1/api-keys')).status).toBe(403);
      expect((await client(service.app.url, key).post('/v1/api-keys', { role: 'admin' })).status).toBe(403);
    }
    const bad = await admin.post('/v1/api-keys', { role: 'superuser' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['role']);
  });
});
