/** Everything the access decision depends on, gathered before deciding. */
export interface AccessFacts {
  readonly signedIn: boolean;
  readonly admin: boolean;
  readonly freePreview: boolean;
  readonly enrolled: boolean;
  readonly activeMembership: boolean;
}

/** Free previews are open to everyone, guests included; everything else needs an entitlement. */
export function canPlay(facts: AccessFacts): boolean {
  return facts.freePreview || canUseCourse(facts);
}

/** Course content (full lessons, materials): admins, enrolled students or active members. */
export function canUseCourse(facts: AccessFacts): boolean {
  if (!facts.signedIn) return false;
  return facts.admin || facts.enrolled || facts.activeMembership;
}
