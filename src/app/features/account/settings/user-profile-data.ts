import type { Schema } from '../../../../../amplify/data/resource';
import { BackendError, backendCall } from '../../../core/data/backend-call';
import type { DataClientService } from '../../../core/data/data-client';

export type UserProfileRecord = Schema['UserProfile']['type'];

/** The schema's limit on UserProfile.displayName (amplify/data/resource.ts validates it too). */
export const DISPLAY_NAME_MAX_LENGTH = 100;

/** The signed-in user's profile, made at sign-up confirmation; null when it is missing. */
export async function fetchUserProfile(data: DataClientService, userId: string): Promise<UserProfileRecord | null> {
  return (await backendCall(data.client.models.UserProfile.get({ userId }))) ?? null;
}

/** Saves the display name; a blank name clears it. */
export async function saveDisplayName(data: DataClientService, userId: string, displayName: string): Promise<UserProfileRecord> {
  const trimmed = displayName.trim();
  const saved = await backendCall(data.client.models.UserProfile.update({ userId, displayName: trimmed === '' ? null : trimmed }));
  if (!saved) throw new BackendError('not-found', 'Your profile could not be found. Reload the page and try again.');
  return saved;
}
