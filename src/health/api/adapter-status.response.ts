import { ApiProperty } from '@nestjs/swagger';
import { ComponentStatusResponse } from './component-status.response.js';

/** A store the service needs (event store, contact graph), with the adapter configured for it. */
export class AdapterStatusResponse extends ComponentStatusResponse {
  @ApiProperty({ example: 'sqlite', description: 'the adapter configured for this part' })
  adapter!: string;
}
