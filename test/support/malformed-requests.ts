import fc from 'fast-check';
import { KEYS } from './test-app.js';

/**
 * Requests every one of which the service must refuse, made from a valid request by mutations
 * that each make it invalid. A mutation says which layer refuses it (the shape of the body before
 * validation, then the DTO, then the rules that need the log or the clock), so that a test can
 * check that the answer names every bad field of the first layer that refuses.
 */
export type Stage = 'bounds' | 'dto' | 'domain';

export interface MalformedRequest {
  label: string;
  method: 'GET' | 'POST';
  path: string;
  key: string;
  /** The body as sent: JSON text, or anything else. */
  body?: string;
  contentType?: string;
  /** Fields (as the answer names them) the answer must name; empty: it only has to be refused. */
  fields: string[];
  /** A batch whose envelope is good: every item is refused on its own (207). */
  itemFields?: string[][];
}

export const NOW = Date.parse('2021-07-20T01:00:00Z');
/** Ids the setup registers, so that a request is refused for its bad field and not for an unknown id. */
export const PERSON = 'A';
export const OTHER = 'B';
export const VENUE = 'V';

type Kind = 'id' | 'instant' | 'until' | 'birthDate' | 'phone' | 'text' | 'enum' | 'stay';
interface Field {
  kind: Kind;
  max?: number;
}
interface Endpoint {
  path: string;
  key: string;
  valid: Record<string, unknown>;
  fields: Record<string, Field>;
  /** Required fields whose absence the DTO names; `domain`: a rule names it. */
  required: Record<string, Stage>;
}

const id: Field = { kind: 'id' };
const instant: Field = { kind: 'instant' };
const text = (max: number): Field => ({ kind: 'text', max });
const oneOf: Field = { kind: 'enum' };

export const ENDPOINTS: Endpoint[] = [
  {
    path: '/v1/persons',
    key: KEYS.investigator,
    valid: { personId: 'fz-p', fullName: 'Nguyễn Văn Fuzz', phone: '0912 345 678', nationalId: '079012345678', dateOfBirth: '1980-05-17', address: 'Long Xuyên', unit: 'W1' },
    fields: { personId: id, fullName: text(200), phone: { kind: 'phone' }, nationalId: text(40), dateOfBirth: { kind: 'birthDate' }, address: text(500), unit: text(200) },
    required: { fullName: 'dto' },
  },
  {
    path: '/v1/venues',
    key: KEYS.investigator,
    valid: { venueId: 'fz-v', name: 'Chợ Long Xuyên', address: 'An Giang', kind: 'market', defaultStayMinutes: 60 },
    fields: { venueId: id, name: text(200), address: text(500), kind: oneOf, defaultStayMinutes: { kind: 'stay' } },
    required: { name: 'dto', kind: 'dto' },
  },
  {
    path: '/v1/check-ins',
    key: KEYS.gateway,
    valid: { checkInId: 'fz-c', personId: PERSON, venueId: VENUE, direction: 'in', at: '2021-07-19T08:00:00+07:00', source: 'gateway' },
    fields: { checkInId: id, personId: id, venueId: id, qrPayload: text(200), direction: oneOf, at: instant, source: oneOf },
    required: { personId: 'dto', direction: 'dto', at: 'dto', venueId: 'domain' },
  },
  {
    path: '/v1/contacts',
    key: KEYS.investigator,
    valid: { contactId: 'fz-k', personA: PERSON, personB: OTHER, from: '2021-07-19T08:00:00+07:00', to: '2021-07-19T08:30:00+07:00', setting: 'household', source: 'interview' },
    fields: { contactId: id, personA: id, personB: id, from: instant, to: instant, setting: oneOf, source: text(64) },
    required: { personA: 'dto', personB: 'dto', from: 'dto', to: 'dto', setting: 'dto' },
  },
  {
    path: '/v1/test-results',
    key: KEYS.investigator,
    valid: { testId: 'fz-t', personId: PERSON, sampledAt: '2021-07-19T08:00:00+07:00', result: 'positive', method: 'pcr', symptomOnsetAt: '2021-07-18T08:00:00+07:00' },
    fields: { testId: id, personId: id, sampledAt: instant, result: oneOf, method: oneOf, symptomOnsetAt: instant },
    required: { personId: 'dto', sampledAt: 'dto', result: 'dto', method: 'dto' },
  },
  {
    path: '/v1/isolation-orders',
    key: KEYS.taskForce,
    valid: { orderId: 'fz-o', personId: PERSON, kind: 'home', from: '2021-07-19T08:00:00+07:00', until: '2021-08-02T08:00:00+07:00', reason: 'F1' },
    fields: { orderId: id, personId: id, kind: oneOf, from: instant, until: { kind: 'until' }, reason: text(500) },
    required: { personId: 'dto', kind: 'dto', from: 'dto', reason: 'dto' },
  },
  {
    path: '/v1/isolation-orders/fz-none/release',
    key: KEYS.taskForce,
    valid: { at: '2021-07-19T20:00:00+07:00' },
    fields: { at: instant },
    required: { at: 'dto' },
  },
];

type Bad = { value: unknown; stage: Stage };
const dto = (...values: unknown[]): Bad[] => values.map((value) => ({ value, stage: 'dto' as const }));
const domain = (...values: unknown[]): Bad[] => values.map((value) => ({ value, stage: 'domain' as const }));

/** Nested `levels` deep: JSON.parse takes it, class-transformer used to overflow the stack on it. */
export const deepJson = (levels: number, open = '{"a":', close = '}'): string => open.repeat(levels) + '1' + close.repeat(levels);

/** A value that any field refuses, whatever its kind: too deep, too large, or carrying a prototype key. */
const anyField = fc.oneof(
  fc.integer({ min: 9, max: 1000 }).map((levels): Bad => ({ value: JSON.parse(deepJson(levels)), stage: 'bounds' })),
  fc.integer({ min: 1001, max: 1100 }).map((n): Bad => ({ value: new Array(n).fill(0), stage: 'bounds' })),
  fc.constantFrom<Bad>(
    { value: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, i])), stage: 'bounds' },
    { value: JSON.parse('{"__proto__":{"isAdmin":true}}'), stage: 'dto' },
    { value: [], stage: 'dto' },
    { value: {}, stage: 'dto' },
    { value: true, stage: 'dto' },
  ),
);

const BAD: Record<Kind, (field: Field) => Bad[]> = {
  id: () => dto('', 'has space', 'x'.repeat(65), '../../etc/passwd', 'é', 'a/b', '%2e%2e', 12),
  instant: () => [
    ...dto('2021-02-30T08:00:00+07:00', '2021-04-31T08:00:00+07:00', '2021-07-10T24:00:00+07:00', '2021-07-10T23:60:00Z', '1999-12-31T23:00:00Z', '0001-01-01T00:00:00Z'),
    ...dto('2021-07-19T08:00:00', '2021-07-19', 'yesterday', '', '2021-07-19 08:00:00+07:00', '2021-07-19T08:00:00+25:00', 1626656400000),
    ...domain('2021-07-20T01:06:00Z', '2099-01-01T00:00:00Z'),
  ],
  until: () => dto('2021-02-30T08:00:00+07:00', '2021-07-10T24:00:00+07:00', '1999-12-31T23:00:00Z', '2021-08-02', 'soon', 7),
  birthDate: () => [...dto('1980-05-17T00:00:00Z', '1981-02-29', '1899-12-31', '17/05/1980', '1980-5-17', 19800517), ...domain('9999-12-31', '2021-07-22')],
  phone: () => dto('not a phone', '0912345', '+', '12ab34', '', '0'.repeat(41), 912345678),
  text: (field) => dto('', 'x'.repeat((field.max ?? 200) + 1), 42),
  enum: () => dto('spaceport', 'IN', '', 1),
  stay: () => [...dto(0, -1, 1.5, '60', 1e9, 1441), ...domain(721)],
};

const badValue = (field: Field): fc.Arbitrary<Bad> => fc.oneof({ arbitrary: fc.constantFrom(...BAD[field.kind](field)), weight: 4 }, { arbitrary: anyField, weight: 1 });
const badValues = (endpoint: Endpoint): Record<string, fc.Arbitrary<Bad>> =>
  Object.fromEntries(Object.entries(endpoint.fields).map(([name, field]) => [name, badValue(field)]));

/** An unknown field: a plain one or a key that reaches the prototype if a library assigns it. */
const unknownKey = fc.constantFrom('shoeSize', '__proto__', 'constructor', 'prototype', 'gateway', 'isAdmin');

interface Mutated {
  body: Record<string, unknown>;
  stages: Map<string, Stage>;
}

/** 1 to 3 mutations of a valid body, each of which makes it invalid. */
const mutatedBody = (endpoint: Endpoint): fc.Arbitrary<Mutated> => {
  const bad = badValues(endpoint);
  const mutation = fc.oneof(
    fc.constantFrom(...Object.keys(bad)).chain((name) => bad[name].map((value) => ({ name, ...value, remove: false }))),
    fc.tuple(unknownKey, fc.jsonValue({ maxDepth: 2 })).map(([name, value]) => ({ name, value, stage: 'dto' as Stage, remove: false })),
    fc.constantFrom(...Object.entries(endpoint.required)).map(([name, stage]) => ({ name, value: undefined, stage, remove: true })),
  );
  return fc.uniqueArray(mutation, { minLength: 1, maxLength: 3, selector: (m) => m.name }).map((mutations) => {
    const body = { ...endpoint.valid };
    const stages = new Map<string, Stage>();
    for (const m of mutations) {
      if (m.remove) delete body[m.name];
      // defineProperty: an assignment to `__proto__` would set the prototype instead of a key.
      else Object.defineProperty(body, m.name, { value: m.value, enumerable: true, writable: true, configurable: true });
      stages.set(m.name, m.stage);
    }
    return { body, stages };
  });
};

const ORDER: Stage[] = ['bounds', 'dto', 'domain'];
const firstStage = (stages: Map<string, Stage>): Stage => ORDER.find((stage) => [...stages.values()].includes(stage))!;
/**
 * The fields the first layer that refuses must name: all of its own. The rules that need the log
 * or the clock stop at their first broken rule (a `from` in the future may be named as a `to`
 * before it), so of them the answer only has to be a refusal.
 */
const namedFirst = (stages: Map<string, Stage>, prefix = ''): string[] => {
  const first = firstStage(stages);
  return first === 'domain' ? [] : [...stages].filter(([, stage]) => stage === first).map(([name]) => prefix + name);
};

const singleRequest = fc.oneof(
  ...ENDPOINTS.map((endpoint) =>
    mutatedBody(endpoint).map(({ body, stages }): MalformedRequest => ({
      label: `${endpoint.path} ${[...stages].map(([name, stage]) => `${name}:${stage}`).join(',')}`,
      method: 'POST',
      path: endpoint.path,
      key: endpoint.key,
      body: JSON.stringify(body),
      fields: namedFirst(stages),
    })),
  ),
);

const checkIns = ENDPOINTS.find((e) => e.path === '/v1/check-ins')!;

/** A batch of bad items: refused as a whole when one item is out of bounds, else item by item. */
const batchOfBadItems = fc.array(mutatedBody(checkIns), { minLength: 1, maxLength: 5 }).map((items): MalformedRequest => {
  const body = JSON.stringify({ items: items.map((item) => item.body) });
  const base = { label: 'batch of bad items', method: 'POST' as const, path: '/v1/check-ins/batch', key: KEYS.gateway, body };
  if (items.some((item) => firstStage(item.stages) === 'bounds')) {
    return { ...base, fields: items.flatMap((item, i) => (firstStage(item.stages) === 'bounds' ? namedFirst(item.stages, `items[${i}].`) : [])) };
  }
  return { ...base, fields: [], itemFields: items.map((item) => namedFirst(item.stages)) };
});

const validItem = JSON.stringify(checkIns.valid);
const badEnvelope = fc.constantFrom<MalformedRequest>(
  ...[
    ['not a list', '{"items":"P1 in"}', ['items']],
    ['empty', '{"items":[]}', ['items']],
    ['1001 items', `{"items":[${new Array(1001).fill(validItem).join(',')}]}`, ['items']],
    ['an unknown field', `{"items":[${validItem}],"gateway":"G1"}`, ['gateway']],
    ['a prototype key', `{"items":[${validItem}],"__proto__":{"isAdmin":true}}`, ['__proto__']],
    ['a constructor key', `{"constructor":{"prototype":{"isAdmin":true}},"items":[${validItem}]}`, ['constructor']],
    ['items too deep', `{"items":[${deepJson(3000)}]}`, ['items[0]']],
    ['a list', `[${validItem}]`, []],
  ].map(([what, body, fields]) => ({ label: `batch: ${what}`, method: 'POST' as const, path: '/v1/check-ins/batch', key: KEYS.gateway, body: body as string, fields: fields as string[] })),
);

/** Bodies that are not a JSON object at all. */
const notAnObject = fc
  .tuple(
    fc.constantFrom(...ENDPOINTS),
    fc.oneof(
      fc.constantFrom('', '{', '{"fullName": ', 'null', '1', '"text"', '[]', 'true', '{"a":1}}', '\u0000', "{'a':1}", '{"a":NaN}'),
      fc.integer({ min: 9, max: 5000 }).map((n) => deepJson(n, '[', ']')),
      fc.string({ maxLength: 50 }),
    ),
    fc.constantFrom('application/json', 'application/problem+json', 'text/plain', 'application/x-www-form-urlencoded'),
  )
  .map(([endpoint, body, contentType]): MalformedRequest => ({ label: `${endpoint.path} raw ${contentType}`, method: 'POST', path: endpoint.path, key: endpoint.key, body, contentType, fields: [] }));

/** Ids in paths and query parameters of the reads. */
const badRead = fc
  .tuple(
    fc.constantFrom('..%2F..%2Fetc%2Fpasswd', 'a%20b', 'x'.repeat(65), '%C3%A9', '%00', 'a%2Fb', '%5B%5D'),
    fc.constantFrom('/v1/persons/ID/status', '/v1/cases/ID/exposures', '/v1/venues/ID/qr.svg', '/v1/isolation-orders/ID/release'),
  )
  .map(([bad, template]): MalformedRequest => {
    const field = template.includes('persons') || template.includes('cases') ? 'personId' : template.includes('venues') ? 'venueId' : 'orderId';
    const post = template.endsWith('release');
    const valid = JSON.stringify({ at: '2021-07-19T20:00:00+07:00' });
    return { label: `path ${template} ${bad}`, method: post ? 'POST' : 'GET', path: template.replace('ID', bad), key: post ? KEYS.taskForce : KEYS.investigator, body: post ? valid : undefined, fields: [field] };
  });

const badQuery = fc.oneof(
  fc
    .constantFrom(
      ['depth=0', 'depth'], ['depth=9', 'depth'], ['depth=1.5', 'depth'], ['depth=', 'depth'], ['asOf=2021-02-30T08:00:00%2B07:00', 'asOf'],
      ['asOf=2021-07-10T24:00:00Z', 'asOf'], ['asOf=yesterday', 'asOf'], ['__proto__=1', '__proto__'], ['constructor=1', 'constructor'], ['shoeSize=44', 'shoeSize'],
    )
    .map(([query, field]): MalformedRequest => ({ label: `exposures?${query}`, method: 'GET', path: `/v1/cases/${PERSON}/exposures?${query}`, key: KEYS.investigator, fields: [field] })),
  fc
    .constantFrom(['limit=0', 'limit'], ['limit=1001', 'limit'], ['limit=x', 'limit'], ['since=-1', 'since'], ['since=abc', 'since'], ['prototype=1', 'prototype'])
    .map(([query, field]): MalformedRequest => ({ label: `alerts?${query}`, method: 'GET', path: `/v1/alerts?${query}`, key: KEYS.taskForce, fields: [field] })),
);

/** The examples of issue 12, each sent as it was reported. */
export const ISSUE_EXAMPLES: MalformedRequest[] = [
  ...[
    ['at', '2021-02-30T08:00:00+07:00'],
    ['at', '2021-04-31T08:00:00+07:00'],
    ['at', '2021-07-10T24:00:00+07:00'],
  ].map(([field, at]) => ({ label: `check-in at ${at}`, method: 'POST' as const, path: '/v1/check-ins', key: KEYS.gateway, body: JSON.stringify({ ...checkIns.valid, at }), fields: [field] })),
  ...[
    ['dateOfBirth', { dateOfBirth: '1980-05-17T08:00:00+07:00' }],
    ['dateOfBirth', { dateOfBirth: '9999-12-31' }],
    ['phone', { phone: 'not a phone' }],
  ].map(([field, extra]) => ({ label: `person ${JSON.stringify(extra)}`, method: 'POST' as const, path: '/v1/persons', key: KEYS.investigator, body: JSON.stringify({ fullName: 'X', ...(extra as object) }), fields: [field as string] })),
  ...ENDPOINTS.map((e) => ({ label: `${e.path} 3,000 deep`, method: 'POST' as const, path: e.path, key: e.key, body: `{"x":${deepJson(3000)}}`, fields: ['x'] })),
  { label: 'batch item 3,000 deep', method: 'POST', path: '/v1/check-ins/batch', key: KEYS.gateway, body: `{"items":[${deepJson(3000)}]}`, fields: ['items[0]'] },
  ...['__proto__', 'constructor', 'prototype'].map((key) => ({
    label: `person with ${key}`,
    method: 'POST' as const,
    path: '/v1/persons',
    key: KEYS.investigator,
    body: `{"fullName":"X","${key}":{"isAdmin":true}}`,
    fields: [key],
  })),
  { label: 'batch of 600,000 empty items', method: 'POST', path: '/v1/check-ins/batch', key: KEYS.gateway, body: `{"items":[${new Array(600_000).fill('{}').join(',')}]}`, fields: ['items'] },
  { label: 'path traversal as an id', method: 'GET', path: '/v1/persons/..%2F..%2Fetc%2Fpasswd/status', key: KEYS.investigator, fields: ['personId'] },
];

/** `count` malformed requests across the JSON endpoints, the same ones for the same seed. */
export function malformedRequests(count: number, seed: number): MalformedRequest[] {
  const any = fc.oneof(
    { arbitrary: singleRequest, weight: 10 },
    { arbitrary: batchOfBadItems, weight: 3 },
    { arbitrary: badEnvelope, weight: 1 },
    { arbitrary: notAnObject, weight: 2 },
    { arbitrary: badRead, weight: 1 },
    { arbitrary: badQuery, weight: 1 },
  );
  return fc.sample(any, { numRuns: count, seed });
}
