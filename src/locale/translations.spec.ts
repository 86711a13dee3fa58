import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Every message marked for translation in the app (templates' i18n attributes and `$localize` in code),
 * as `ng extract-i18n` finds it, has a Spanish translation with the same placeholders, and no translation
 * is left for a message that no longer exists. Runs the real extractor, so a new unmarked-then-marked
 * string or a reworded one fails here until src/locale/es/ is updated.
 */
interface MessageFile {
  readonly translations: Record<string, string>;
}

const placeholders = (message: string) => [...message.matchAll(/\{\$[A-Z0-9_]+\}/g)].map((match) => match[0]).sort();

describe('Spanish translations', () => {
  let source: Record<string, string>;
  let spanish: Record<string, string>;
  let duplicated: string[];

  beforeAll(async () => {
    const out = await mkdtemp(join(tmpdir(), 'i18n-'));
    try {
      await promisify(execFile)('npx', ['ng', 'extract-i18n', '--format', 'json', '--output-path', out], { maxBuffer: 64 * 2 ** 20 });
      source = (JSON.parse(await readFile(join(out, 'messages.json'), 'utf8')) as MessageFile).translations;
    } finally {
      await rm(out, { recursive: true, force: true });
    }
    const folder = join(import.meta.dirname, 'es');
    const files = await Promise.all(
      (await readdir(folder)).filter((name) => name.endsWith('.json')).map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as MessageFile),
    );
    const ids = files.flatMap((file) => Object.keys(file.translations));
    duplicated = ids.filter((id, index) => ids.indexOf(id) !== index);
    spanish = Object.assign({}, ...files.map((file) => file.translations));
  }, 10 * 60_000);

  it('should translate every message the app marks', () => {
    expect(Object.keys(source).length).toBeGreaterThan(0);
    expect(Object.keys(source).filter((id) => !(id in spanish))).toEqual([]);
  });

  it('should hold no translation for a message the app no longer has, and each message once', () => {
    expect(Object.keys(spanish).filter((id) => !(id in source))).toEqual([]);
    expect(duplicated).toEqual([]);
  });

  it('should keep every placeholder of the English message', () => {
    const mismatched = Object.keys(source).filter((id) => id in spanish && placeholders(source[id]!).join() !== placeholders(spanish[id]!).join());
    expect(mismatched).toEqual([]);
  });
});
