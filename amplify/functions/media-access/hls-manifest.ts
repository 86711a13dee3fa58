/**
 * Turns the transcoder's HLS output into one self-contained master playlist a browser can play
 * without ever reading the bucket: every segment and init-segment URI becomes a presigned URL, and
 * each variant playlist is embedded into the master as a data: URI. Only objects inside the master's
 * own folder (the lesson's hlsPrefix) are read or signed: a playlist pointing elsewhere is refused.
 */
export interface ManifestIo {
  read(key: string): Promise<string>;
  sign(key: string): Promise<string>;
}

const URI_ATTRIBUTE = /URI="([^"]*)"/g;

/** The URIs a playlist references: plain URI lines and URI="…" attributes (EXT-X-MAP, EXT-X-MEDIA …). */
export function playlistUris(text: string): string[] {
  const uris: string[] = [];
  for (const line of lines(text)) {
    if (line.startsWith('#')) {
      for (const match of line.matchAll(URI_ATTRIBUTE)) uris.push(match[1]);
    } else if (line.trim()) {
      uris.push(line.trim());
    }
  }
  return uris;
}

/** Replaces every referenced URI through `replace`, leaving everything else byte for byte. */
export function rewritePlaylist(text: string, replace: (uri: string) => string): string {
  return lines(text)
    .map((line) => {
      if (line.startsWith('#')) return line.replace(URI_ATTRIBUTE, (_, uri: string) => `URI="${replace(uri)}"`);
      return line.trim() ? replace(line.trim()) : line;
    })
    .join('\n');
}

/** Resolves a playlist-relative URI to an object key; absolute URLs resolve to null (left as they are). */
export function resolveKey(playlistKey: string, uri: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri)) return null;
  const base = new URL(`https://bucket.invalid/${playlistKey}`);
  const resolved = new URL(uri, base);
  return decodeURIComponent(resolved.pathname.slice(1));
}

export function toDataUri(playlist: string): string {
  return `data:application/vnd.apple.mpegurl;base64,${Buffer.from(playlist, 'utf8').toString('base64')}`;
}

export async function buildManifest(masterKey: string, io: ManifestIo): Promise<string> {
  const folder = masterKey.slice(0, masterKey.lastIndexOf('/') + 1);
  const master = await io.read(masterKey);
  const embedded = new Map<string, string>();
  for (const uri of new Set(playlistUris(master))) {
    const variantKey = keyInside(folder, masterKey, uri);
    if (variantKey) embedded.set(uri, toDataUri(await signedVariant(folder, variantKey, io)));
  }
  return rewritePlaylist(master, (uri) => embedded.get(uri) ?? uri);
}

async function signedVariant(folder: string, variantKey: string, io: ManifestIo): Promise<string> {
  const variant = await io.read(variantKey);
  const signed = new Map<string, string>();
  await Promise.all(
    [...new Set(playlistUris(variant))].map(async (uri) => {
      const key = keyInside(folder, variantKey, uri);
      if (key) signed.set(uri, await io.sign(key));
    }),
  );
  return rewritePlaylist(variant, (uri) => signed.get(uri) ?? uri);
}

/**
 * The key `uri` names, which must lie inside `folder`; null for absolute URLs (left as they are,
 * never signed). A root-relative path or a parent segment, plain or percent-encoded, is refused
 * outright: the transcoder writes neither, so one in a playlist means it was tampered with.
 */
function keyInside(folder: string, playlistKey: string, uri: string): string | null {
  const key = resolveKey(playlistKey, uri);
  if (key === null) return null;
  if (uri.startsWith('/') || uri.startsWith('\\') || hasParentSegment(uri) || !key.startsWith(folder)) {
    throw new Error(`Playlist ${playlistKey} points outside ${folder}: ${uri}`);
  }
  return key;
}

/** Percent-decoding cannot throw here: resolveKey already decoded the same path. */
function hasParentSegment(uri: string): boolean {
  const path = uri.split(/[?#]/, 1)[0];
  return decodeURIComponent(path).split(/[/\\]/).some((segment) => segment === '..');
}

function lines(text: string): string[] {
  return text.replace(/\r\n/g, '\n').split('\n');
}
