import { ApiPropertyOptional } from '@nestjs/swagger';
import { AlertOutboxStatusResponse } from './alert-outbox-status.response.js';
import { AlertReactorStatusResponse } from './alert-reactor-status.response.js';
import { ComponentStatusResponse } from './component-status.response.js';

/** The alert pipeline: never makes the service unready (alerts wait in the log). */
export class AlertsStatusResponse extends ComponentStatusResponse {
  @ApiPropertyOptional({ type: AlertReactorStatusResponse, description: 'absent when the check itself failed or timed out (then `state` is down)' })
  reactor?: AlertReactorStatusResponse;

  @ApiPropertyOptional({ type: AlertOutboxStatusResponse, description: 'absent when the check itself failed or timed out (then `state` is down)' })
  outbox?: AlertOutboxStatusResponse;
}
