import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE } from '../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../libs/event-store/event-store.port.js';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { ContactGraphProjection } from '../application/projections/contact-graph.projection.js';

/** Operators' view of the contact graph read model: how far it is, and a rebuild from the log. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('v1/projections')
export class ProjectionsController {
  constructor(
    private readonly projection: ContactGraphProjection,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @Roles('admin')
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
  async rebuild() {
    await this.projection.rebuild();
    return { name: 'contact-graph', rebuilding: true };
  }
}
