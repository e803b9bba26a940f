import type { Provider } from '@nestjs/common';
import { CONTACT_GRAPH } from '../../../libs/contact-graph/contact-graph.port.js';
import type { ContactGraph } from '../../../libs/contact-graph/contact-graph.port.js';
import { EmbeddedContactGraph } from '../../../libs/contact-graph/embedded/embedded-contact-graph.js';
import { APP_CONFIG } from '../../platform/config/app-config.js';
import type { AppConfig } from '../../platform/config/app-config.js';

/** The contact graph read model, chosen by CONTACT_GRAPH alone. */
export const contactGraphProvider: Provider = {
  provide: CONTACT_GRAPH,
  inject: [APP_CONFIG],
  useFactory: async (config: AppConfig): Promise<ContactGraph> => {
    if (config.contactGraph === 'neo4j') {
      const { Neo4jContactGraph } = await import('../../../libs/contact-graph/neo4j/neo4j-contact-graph.js');
      return new Neo4jContactGraph(config.neo4j!, config.rules);
    }
    return new EmbeddedContactGraph(config.rules);
  },
};
