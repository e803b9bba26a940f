import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A loopback port that stands for the broker's bootstrap address and can be shut and opened while
 * the service runs: shut, nobody listens (connection refused, as with a broker that is down);
 * open, connections are forwarded to the real broker. The shared broker itself is never stopped.
 * Clients learn the broker's own address from its metadata, so only bootstrapping goes through.
 */
export class BrokerDoor {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  private constructor(
    readonly port: number,
    private readonly broker: { host: string; port: number },
  ) {}

  /** A door, shut, on a free port. */
  static async shut(broker: string): Promise<BrokerDoor> {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as { port: number };
    await new Promise((r) => probe.close(r));
    const [host, brokerPort] = broker.split(':');
    return new BrokerDoor(port, { host, port: Number(brokerPort) });
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.broker.port, this.broker.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((r) => this.server!.listen(this.port, '127.0.0.1', r));
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((r) => (this.server ? this.server.close(r) : r(undefined)));
    this.server = null;
  }
}
