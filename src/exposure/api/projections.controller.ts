import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE } from '../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../libs/event-store/event-store.port.js';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { ContactGraphProjection } from '../application/projections/contact-graph.projection.js';
import { ProjectionsResponse } from './projections.response.js';
import { RebuildStartedResponse } from './rebuild-started.response.js';

/** Operators' view of the contact graph read model: how far it is, and a rebuild from the log. */
@ApiTags('admin')
@Controller('v1/projections')
export class ProjectionsController {
  constructor(
    private readonly projection: ContactGraphProjection,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'How far each read model is behind the log' })
  @ApiOkResponse({ type: ProjectionsResponse, description: 'the log head and each projection' })
  async list() {
    const head = await this.store.headPosition();
    return {
      head: head?.toString() ?? null,
      projections: [
        { name: 'contact-graph', position: this.projection.position?.toString() ?? null, lastError: this.projection.lastError },
      ],
    };
  }

  /** Drops the read model and replays the whole log; answers at once, progress shows in GET. */
  @Post('contact-graph/rebuild')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({ summary: 'Rebuild the contact graph from the whole log' })
  @ApiAcceptedResponse({ type: RebuildStartedResponse, description: 'the rebuild started; progress shows in GET /v1/projections' })
  async rebuild() {
    await this.projection.rebuild();
    return { name: 'contact-graph', rebuilding: true };
  }
}
