export const MATERIAL_TITLE_MAX = 120;

/** Why a material title is not accepted, or null when it is (1–120 characters once trimmed). */
export function materialTitleError(title: string): string | null {
  const trimmed = title.trim();
  if (trimmed === '') return $localize`:@@admin.materials.error.titleRequired:Enter a title.`;
  if (trimmed.length > MATERIAL_TITLE_MAX) return $localize`:@@admin.materials.error.titleTooLong:Use at most ${MATERIAL_TITLE_MAX}:max: characters (now ${trimmed.length}:length:).`;
  return null;
}
