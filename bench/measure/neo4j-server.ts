import type { FactoryProvider } from '@nestjs/common';
import neo4j from 'neo4j-driver';
import type { ContactGraph } from '../../libs/contact-graph/contact-graph.port.js';
import { contactGraphProvider } from '../../src/exposure/infrastructure/contact-graph.provider.js';
import type { AppConfig } from '../../src/platform/config/app-config.js';

export type Neo4jChoice = { run: true; url: string; user: string; password: string } | { run: false; reason: string };

/** Whether this run measures Neo4j, and if not, the reason the table prints. */
export function neo4jChoice(wanted: boolean, env: NodeJS.ProcessEnv = process.env): Neo4jChoice {
  if (!wanted) return { run: false, reason: 'not run: no --neo4j' };
  if (!env.NEO4J_URL) return { run: false, reason: 'not run: no NEO4J_URL' };
  return { run: true, url: env.NEO4J_URL, user: env.NEO4J_USER || 'neo4j', password: env.NEO4J_PASSWORD || '' };
}

/** The server's product version, e.g. `5.26.0 community`. */
export async function neo4jVersion(c: Extract<Neo4jChoice, { run: true }>): Promise<string> {
  const driver = neo4j.driver(c.url, neo4j.auth.basic(c.user, c.password));
  try {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition');
    return `${records[0].get('v') as string} ${records[0].get('edition') as string}`;
  } finally {
    await driver.close();
  }
}

/** The Neo4j adapter exactly as the service builds it from CONTACT_GRAPH=neo4j. */
export async function neo4jGraph(config: AppConfig): Promise<ContactGraph> {
  const factory = (contactGraphProvider as FactoryProvider<Promise<ContactGraph>>).useFactory;
  return factory({ ...config, contactGraph: 'neo4j' });
}
