export interface WorkerRequest {
  id: number;
  event: unknown;
}

export type WorkerResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { name: string; message: string; stack?: string } };

export interface WorkerReady {
  ready: true;
}
