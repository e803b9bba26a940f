import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../../platform/config/app-config.js';
import { ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';

/** A key as the service shows it: its id, never the key. */
export class ApiKeyResponse {
  @ApiProperty({ pattern: '^[0-9a-f]{12}$', example: '3f9a61c0d2b7', description: "the key's fingerprint: how logs and the audit trail name it" })
  id!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ type: 'string', nullable: true, example: 'gate scanners, KCN Tân Bình' })
  label!: string | null;

  @ApiProperty({ enum: ['configured', 'stored'], description: '`configured`: from API_KEYS (changed with the setting); `stored`: created here, kept hashed' })
  source!: 'configured' | 'stored';

  @ApiInstantProperty({ nullable: true })
  createdAt!: string | null;

  @ApiProperty({ type: 'string', nullable: true, example: 'admin:5d41402abc4b', description: 'the key (role:id) that created it' })
  createdBy!: string | null;
}

export class ApiKeysResponse {
  @ApiProperty({ type: [ApiKeyResponse] })
  keys!: ApiKeyResponse[];
}

/** A new key: the only answer that ever holds it. */
export class CreatedApiKeyResponse extends ApiKeyResponse {
  @ApiProperty({ example: 'q3Jx0V9p1mB7eWc2sZ8tYk4uHn6aLd5r', description: 'the key itself, shown this once: the service keeps only its salted hash' })
  key!: string;
}

export class RevokedApiKeyResponse {
  @ApiProperty({ pattern: '^[0-9a-f]{12}$' })
  id!: string;

  @ApiProperty({ example: true })
  revoked!: boolean;
}
