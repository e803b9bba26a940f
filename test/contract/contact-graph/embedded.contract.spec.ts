import { EmbeddedContactGraph } from '../../../libs/contact-graph/embedded/embedded-contact-graph.js';
import { CONTRACT_RULES, contactGraphContract } from './contact-graph.contract.js';

contactGraphContract('embedded', async () => new EmbeddedContactGraph(CONTRACT_RULES));
