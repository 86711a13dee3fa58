/**
 * What an admin reads when a lesson video fails. Written for a person and saying what to do next;
 * the transcoder's own message goes to the log only.
 */
export const NOT_A_VIDEO = 'This file is not a video we can read. Export it as MP4 (H.264) and upload it again.';
export const COULD_NOT_START =
  'We could not start preparing this video. Choose Retry in a few minutes; if it fails again, upload the file again.';
export const COULD_NOT_FINISH =
  'Preparing this video failed part-way. Choose Retry; if it fails again, export it as MP4 (H.264) and upload it again.';
