import { defineBackend } from '@aws-amplify/backend';
import { auth } from './auth/resource';
import { data } from './data/resource';
import { storage } from './storage/resource';
import { catalog } from './functions/catalog/resource';
import { createCheckout } from './functions/create-checkout/resource';
import { stripeWebhook } from './functions/stripe-webhook/resource';
import { mediaAccess } from './functions/media-access/resource';
import { uploadUrl } from './functions/upload-url/resource';
import { transcode } from './functions/transcode/resource';
import { transcodeComplete } from './functions/transcode-complete/resource';

const backend = defineBackend({
  auth,
  data,
  storage,
  catalog,
  createCheckout,
  stripeWebhook,
  mediaAccess,
  uploadUrl,
  transcode,
  transcodeComplete,
});
