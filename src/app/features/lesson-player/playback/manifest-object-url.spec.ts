import { HLS_MIME_TYPE, ManifestObjectUrl } from './manifest-object-url';

const manifest = '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360\ndata:application/vnd.apple.mpegurl;base64,AAAA\n';

async function readable(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

describe('ManifestObjectUrl', () => {
  it('should serve the manifest text from a blob: URL when replaced', async () => {
    const urls = new ManifestObjectUrl();
    const response = await fetch(urls.replace(manifest));
    expect(await response.text()).toBe(manifest);
    urls.dispose();
  });

  it('should label the blob as an HLS playlist when replaced', async () => {
    const urls = new ManifestObjectUrl();
    const response = await fetch(urls.replace(manifest));
    expect(response.headers.get('content-type')).toBe(HLS_MIME_TYPE);
    urls.dispose();
  });

  it('should revoke the previous URL when a new manifest replaces it', async () => {
    const urls = new ManifestObjectUrl();
    const first = urls.replace(manifest);
    urls.replace(manifest);
    expect(await readable(first)).toBeFalse();
    urls.dispose();
  });

  it('should revoke the current URL when disposed', async () => {
    const urls = new ManifestObjectUrl();
    const url = urls.replace(manifest);
    urls.dispose();
    expect(await readable(url)).toBeFalse();
  });
});
