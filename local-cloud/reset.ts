/** `npm run reset`: forgets all local state (users, data, media, payments); the next `npm start` re-seeds the demo. */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from './synth/synth-backend';

const stateDir = process.env['LOCAL_CLOUD_STATE_DIR'] ?? join(projectRoot, '.local-cloud');
await rm(stateDir, { recursive: true, force: true });
await rm(join(projectRoot, 'amplify_outputs.json'), { force: true });
console.log(`Removed ${stateDir} and amplify_outputs.json — the next npm start creates fresh demo data.`);
