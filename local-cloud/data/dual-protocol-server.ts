import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { TlsIdentity } from './local-secrets';

const tlsHandshakeRecord = 0x16;

export interface DualProtocolServer {
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * One port that answers both plain HTTP and HTTPS, told apart by the first byte a client sends.
 * aws-amplify's data client derives its realtime URL from `data.url` and always uses `wss://` on the
 * same host and port, so queries can stay on `http://` while subscriptions get TLS.
 */
export function createDualProtocolServer(options: {
  tls: TlsIdentity;
  onRequest: (request: IncomingMessage, response: ServerResponse) => void;
  onUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
}): DualProtocolServer {
  const http = createHttpServer(options.onRequest);
  const https = createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, options.onRequest);
  for (const server of [http, https]) server.on('upgrade', options.onUpgrade);
  const sockets = new Set<Socket>();
  const front = createNetServer({ pauseOnConnect: true }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (!first) {
        socket.destroy();
        return;
      }
      socket.unshift(first);
      (first[0] === tlsHandshakeRecord ? https : http).emit('connection', socket);
    });
  });
  return {
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        front.once('error', (error: NodeJS.ErrnoException) =>
          reject(
            error.code === 'EADDRINUSE'
              ? new Error(`Port ${port} (data API) is already in use — stop the other process or set LOCAL_CLOUD_PORT_OFFSET`)
              : error,
          ),
        );
        front.listen(port, host, () => {
          const address = front.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        http.closeAllConnections();
        https.closeAllConnections();
        front.close(() => resolve());
      }),
  };
}
