import { defineStorage } from '@aws-amplify/backend';

/**
 * One bucket, one prefix per purpose. Browsers never read media directly: functions mint
 * short-lived presigned URLs after an entitlement check, so only ADMINS get direct grants.
 *   uploads/   source videos from admins; objects here start a transcode
 *   hls/       transcoder output (renditions + playlists), read only through signed URLs
 *   art/       course art, served through signed URLs in the catalog
 *   materials/ lesson materials such as sheet-music PDFs, entitled read only
 */
export const storage = defineStorage({
  name: 'media',
  access: (allow) => ({
    'uploads/*': [allow.groups(['ADMINS']).to(['read', 'write', 'delete'])],
    'hls/*': [allow.groups(['ADMINS']).to(['read', 'delete'])],
    'art/*': [allow.groups(['ADMINS']).to(['read', 'write', 'delete'])],
    'materials/*': [allow.groups(['ADMINS']).to(['read', 'write', 'delete'])],
  }),
});
