import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A handler under amplify/ as its defineFunction declares it. */
export interface FunctionDefinition {
  name: string;
  entry: string;
  timeoutSeconds: number;
  memoryMB: number;
}

const namePattern = /defineFunction\(\{[\s\S]*?name:\s*'([^']+)'/;
const timeoutPattern = /timeoutSeconds:\s*(\d+)/;
const memoryPattern = /memoryMB:\s*(\d+)/;

/** Finds every `resource.ts` under amplify/ that defines a function with a `handler.ts` beside it. */
export async function discoverFunctions(amplifyDir: string): Promise<FunctionDefinition[]> {
  const found: FunctionDefinition[] = [];
  for (const file of await readdir(amplifyDir, { recursive: true })) {
    if (!file.endsWith('resource.ts')) continue;
    const source = await readFile(join(amplifyDir, file), 'utf8');
    const name = namePattern.exec(source)?.[1];
    if (!name) continue;
    found.push({
      name,
      entry: join(amplifyDir, dirname(file), 'handler.ts'),
      timeoutSeconds: Number(timeoutPattern.exec(source)?.[1] ?? 3),
      memoryMB: Number(memoryPattern.exec(source)?.[1] ?? 512),
    });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
