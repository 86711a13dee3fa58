import type { Server } from 'node:http';
import type { RunningService } from '../service';

/** Starts listening on loopback, turning a taken port into a message that says what to do. */
export function listen(server: Server, port: number, serviceName: string, host = '127.0.0.1'): Promise<RunningService> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} (${serviceName}) is already in use — stop the other process or set LOCAL_CLOUD_PORT_OFFSET`)
          : error,
      );
    });
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actualPort}`,
        stop: () =>
          new Promise<void>((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
