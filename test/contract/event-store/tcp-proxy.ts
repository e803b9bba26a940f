import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP relay to a server, whose connections a test can cut at will: the way to make a
 * real server "go away" for a client without stopping the server.
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const server = createServer();
    const proxy = new TcpProxy(server);
    server.on('connection', (client) => {
      const upstream = createConnection(target);
      for (const [a, b] of [[client, upstream], [upstream, client]] as const) {
        proxy.sockets.add(a);
        a.on('error', () => b.destroy());
        a.on('close', () => {
          proxy.sockets.delete(a);
          b.destroy();
        });
        a.pipe(b);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('proxy is not listening');
    return address.port;
  }

  /** Cuts every open connection; new ones are still relayed (the server "comes back"). */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    this.dropConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** host, port and query of a single-node connection string; null for clusters and discovery. */
export function singleNode(connectionString: string): { host: string; port: number; query: string; scheme: string } | null {
  const match = /^(kurrentdb|kdb|esdb|eventstore):\/\/(?:[^@/]*@)?([^:/?,]+):(\d+)\/?(\?[^,]*)?$/.exec(connectionString);
  if (!match) return null;
  return { scheme: match[1]!, host: match[2]!, port: Number(match[3]), query: match[4] ?? '' };
}
