import { Injectable, computed, inject, signal } from '@angular/core';
import { AmplifyAuth, type AuthHubEvent } from './amplify-auth';

export interface AuthUser {
  userId: string;
  email: string;
}

interface AuthState {
  user: AuthUser | null;
  groups: string[];
}

const SIGNED_OUT: AuthState = { user: null, groups: [] };
const ADMIN_GROUP = 'ADMINS';
const REFRESH_EVENTS: ReadonlySet<AuthHubEvent> = new Set<AuthHubEvent>(['signedIn', 'tokenRefresh', 'signInWithRedirect']);
const SIGN_OUT_EVENTS: ReadonlySet<AuthHubEvent> = new Set<AuthHubEvent>(['signedOut', 'tokenRefresh_failure']);

/**
 * The signed-in user as signals. The user is read from the Cognito user-pool ID token
 * (sub, email, cognito:groups) and re-read whenever the Amplify Hub reports a sign-in or token refresh.
 * `refresh()` must only be called after `Amplify.configure` (the app initializer does the first call).
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly amplify = inject(AmplifyAuth);
  private readonly state = signal<AuthState>(SIGNED_OUT);
  private readonly initialised = signal(false);

  readonly user = computed(() => this.state().user);
  readonly groups = computed(() => this.state().groups);
  readonly isSignedIn = computed(() => this.state().user !== null);
  readonly isAdmin = computed(() => this.state().groups.includes(ADMIN_GROUP));
  readonly ready = this.initialised.asReadonly();

  constructor() {
    this.amplify.listen((event) => {
      if (REFRESH_EVENTS.has(event)) {
        void this.refresh();
      } else if (SIGN_OUT_EVENTS.has(event)) {
        this.state.set(SIGNED_OUT);
      }
    });
  }

  /**
   * Signs out of Cognito on this device, or with `everywhere` revokes every refresh token of the user
   * (Cognito's GlobalSignOut); the signals update at once rather than waiting for the Hub event.
   */
  async signOut(scope: 'this-device' | 'everywhere' = 'this-device'): Promise<void> {
    await this.amplify.signOut(scope === 'everywhere' ? { global: true } : undefined);
    this.state.set(SIGNED_OUT);
  }

  async refresh(): Promise<void> {
    try {
      const tokens = await this.amplify.fetchTokens();
      this.state.set(toAuthState(tokens?.idToken?.payload));
    } catch {
      this.state.set(SIGNED_OUT);
    } finally {
      this.initialised.set(true);
    }
  }
}

type TokenPayload = Readonly<Record<string, unknown>>;

function toAuthState(payload: TokenPayload | undefined): AuthState {
  const sub = payload?.['sub'];
  if (!payload || typeof sub !== 'string') {
    return SIGNED_OUT;
  }
  const email = payload['email'];
  const groups = payload['cognito:groups'];
  return {
    user: { userId: sub, email: typeof email === 'string' ? email : '' },
    groups: Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [],
  };
}
