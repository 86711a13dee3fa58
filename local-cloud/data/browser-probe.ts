/**
 * Bundled into a page by data.spec.ts: aws-amplify's data client running in Chromium against the
 * local data API, the way the SPA uses it (CORS preflights, the browser's own WebSocket and TLS).
 */
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { Hub } from 'aws-amplify/utils';
import type { Schema } from '../../amplify/data/resource';

interface ProbeInput {
  outputs: unknown;
  token: string;
}

interface ProbeWindow {
  startProbe(input: ProbeInput): Promise<{ courseCount: number; errors: unknown }>;
  updates: string[];
  subscriptionErrors: unknown[];
}

const probeWindow = window as unknown as ProbeWindow;
probeWindow.updates = [];
probeWindow.subscriptionErrors = [];

probeWindow.startProbe = async ({ outputs, token }) => {
  const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, never>;
  Amplify.configure({ version: '1.4', data: outputs } as never, {
    Auth: { tokenProvider: { getTokens: async () => ({ accessToken: { payload, toString: () => token } }) } },
  });
  const client = generateClient<Schema>();
  const { data: courses, errors } = await client.models.Course.list();
  await new Promise<void>((resolve) => {
    const stop = Hub.listen('api', ({ payload: event }) => {
      if (event.event === 'Subscription ack') {
        stop();
        resolve();
      }
    });
    client.models.Lesson.onUpdate().subscribe({
      next: (lesson) => probeWindow.updates.push(lesson.title),
      error: (error: unknown) => {
        probeWindow.subscriptionErrors.push(error);
        resolve();
      },
    });
  });
  return { courseCount: courses.length, errors };
};
