import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import { deterministicUuid } from '../../platform/ids.js';
import { boundsErrors } from '../../platform/http/input-bounds.js';
import { problem, type Problem } from '../../platform/http/problem.js';

/** Where a message was read: it names the message in logs, ids and dead letters. */
export interface Coordinates {
  topic: string;
  partition: number;
  offset: string;
}

export type ParsedCheckIn = { ok: true; item: Record<string, unknown> } | { ok: false; problem: Problem };

/**
 * The check-in a message carries: JSON with the fields of POST /v1/check-ins. A scan without a
 * checkInId gets one derived from where it was read, so that redelivering the message (after a
 * crash before the offset commit) records nothing new, as a client-chosen id would.
 */
export function checkInOf(message: KafkaMessage, at: Coordinates): ParsedCheckIn {
  if (!message.value || message.value.length === 0) {
    return { ok: false, problem: problem(400, 'the message has no value', [{ field: 'value', message: 'is empty' }]) };
  }
  let item: unknown;
  try {
    item = JSON.parse(message.value.toString('utf8'));
  } catch {
    return { ok: false, problem: problem(400, 'the message is not valid JSON', [{ field: 'value', message: 'not valid JSON' }]) };
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return { ok: false, problem: problem(400, 'the message is not a JSON object', [{ field: 'value', message: 'must be an object' }]) };
  }
  // As for an HTTP body: nothing deeper or larger than any valid check-in reaches the validation library.
  const outOfBounds = boundsErrors(item, 'value');
  if (outOfBounds.length > 0) return { ok: false, problem: problem(400, 'the message has invalid fields', outOfBounds) };
  const scan = item as Record<string, unknown>;
  if (scan.checkInId !== undefined) return { ok: true, item: scan };
  return { ok: true, item: { ...scan, checkInId: deterministicUuid(`check-in:kafka:${at.topic}:${at.partition}:${at.offset}`) } };
}

/**
 * A refused message for the dead-letter topic: the reason in headers (for routing and dashboards)
 * and, in the JSON body, the original value with the problem details, to fix and replay it.
 */
export function deadLetter(message: KafkaMessage, at: Coordinates, why: Problem): Message {
  const text = message.value?.toString('utf8') ?? null;
  // A value that is not UTF-8 would not survive as a string: keep its bytes.
  const binary = message.value !== null && text !== null && !Buffer.from(text, 'utf8').equals(message.value);
  const headers: IHeaders = {
    ...message.headers,
    'dlq-reason': reasonOf(why),
    'dlq-status': String(why.status),
    'dlq-source': `${at.topic}/${at.partition}@${at.offset}`,
  };
  return {
    key: message.key,
    headers,
    value: JSON.stringify({
      source: { ...at, key: message.key?.toString('utf8') ?? null, timestamp: message.timestamp },
      original: binary ? message.value!.toString('base64') : text,
      encoding: binary ? 'base64' : 'utf8',
      problem: why,
    }),
  };
}

/** The problem in one line: its detail, and each bad field. */
export function reasonOf(why: Problem): string {
  const fields = (why.errors ?? []).map((e) => `${e.field} ${e.message}`).join('; ');
  return fields ? `${why.detail}: ${fields}` : why.detail;
}
