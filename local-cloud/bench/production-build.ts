import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../synth/synth-backend';

const run = promisify(execFile);

/** `ng build` (production configuration) into a scratch folder; resolves with the folder the browser files are in. */
export async function productionBuild(outDir: string): Promise<string> {
  await run(process.execPath, [join(projectRoot, 'node_modules/@angular/cli/bin/ng.js'), 'build', '--configuration', 'production', '--output-path', outDir], {
    cwd: projectRoot,
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
    maxBuffer: 16 * 2 ** 20,
  });
  return join(outDir, 'browser');
}
