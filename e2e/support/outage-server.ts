import net from 'node:net';
import pg from 'pg';
import { freePort, spawnPortal } from './own-server';

/**
 * A second production server whose PostgreSQL connection runs through a TCP relay in the test
 * process, so the test can take "the database" away while the server keeps running: cutting the
 * relay closes every open connection and refuses new ones, as a stopped database server would.
 * It has a database of its own (created and dropped here), so the main e2e server is untouched.
 */
export interface OutageServer {
  baseURL: string;
  /** Everything the server printed so far (stdout and stderr). */
  log(): string;
  cutDatabase(): Promise<void>;
  stop(): Promise<void>;
}

const ADMIN_URL = process.env.E2E_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Starts the server, or returns null when no PostgreSQL server is reachable to run it on. */
export async function startOutageServer(): Promise<OutageServer | null> {
  const database = `kantelpunt_outage_${process.pid}_${Date.now()}`;
  try {
    await withAdmin((client) => client.query(`create database ${database}`));
  } catch {
    return null;
  }
  const upstream = new URL(ADMIN_URL);
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const server = net.connect(Number(upstream.port || 5432), upstream.hostname);
    for (const socket of [client, server]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(server).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const relayUrl = new URL(ADMIN_URL);
  relayUrl.hostname = '127.0.0.1';
  relayUrl.port = String((relay.address() as net.AddressInfo).port);
  relayUrl.pathname = `/${database}`;

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawnPortal(port, { APP_URL: baseURL, DATABASE_URL: relayUrl.toString(), SMTP_URL: '' }, ['ignore', 'pipe', 'pipe']);
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const cutDatabase = async () => {
    await new Promise<void>((resolve) => {
      relay.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  };
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (relay.listening) await cutDatabase();
    await withAdmin((client) => client.query(`drop database if exists ${database} with (force)`)).catch(() => undefined);
  };

  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the outage server ended before it answered:\n${output}`);
    }
    const healthy = await fetch(`${baseURL}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the outage server did not answer within 180 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { baseURL, log: () => output, cutDatabase, stop };
}
