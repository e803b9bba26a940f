import type { AuditRecord } from '../../../libs/audit-log/audit-log.port.js';
import { toIso } from '../../platform/time/instants.js';

export type AuditRecordView = Omit<AuditRecord, 'at'> & { at: string };

export function presentAuditRecord(record: AuditRecord): AuditRecordView {
  return { ...record, at: toIso(record.at) };
}
