import { Injectable, inject } from '@angular/core';
import { generateClient, type Client } from 'aws-amplify/data';
import type { Schema } from '../../../../amplify/data/resource';
import { AuthService } from '../auth/auth.service';

export type DataClient = Client<Schema>;
export type DataAuthMode = 'userPool' | 'apiKey';

/** The typed Amplify data client, created on first use (after the app initializer configured Amplify). */
@Injectable({ providedIn: 'root' })
export class DataClientService {
  private readonly auth = inject(AuthService);
  private created: DataClient | undefined;

  get client(): DataClient {
    this.created ??= generateClient<Schema>();
    return this.created;
  }

  /** Guests reach the public custom queries with the API key; signed-in users with their user pool token. */
  authMode(): DataAuthMode {
    return this.auth.isSignedIn() ? 'userPool' : 'apiKey';
  }
}
