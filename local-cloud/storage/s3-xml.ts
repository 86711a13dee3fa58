const s3Namespace = 'http://s3.amazonaws.com/doc/2006-03-01/';

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function unescapeXml(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[entity]!;
  });
}

/** A tiny element tree for responses: `{ Key: 'a', Size: 3 }` → `<Key>a</Key><Size>3</Size>`; arrays repeat the element. */
export type XmlValue = string | number | boolean | XmlNode | XmlNode[] | string[] | undefined;
export interface XmlNode {
  [element: string]: XmlValue;
}

function render(node: XmlNode): string {
  return Object.entries(node)
    .map(([name, value]) => {
      if (value === undefined) return '';
      if (Array.isArray(value)) return value.map((item) => element(name, item)).join('');
      return element(name, value);
    })
    .join('');
}

function element(name: string, value: string | number | boolean | XmlNode): string {
  const inner = typeof value === 'object' ? render(value) : escapeXml(String(value));
  return `<${name}>${inner}</${name}>`;
}

export function xmlDocument(root: string, body: XmlNode, withNamespace = true): string {
  const ns = withNamespace ? ` xmlns="${s3Namespace}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}${ns}>${render(body)}</${root}>`;
}

/** Text of every `<tag>` directly inside each `<block>` of a request body (the request XML S3 accepts is flat). */
export function readBlocks(xml: string, block: string, tags: string[]): Record<string, string>[] {
  const blocks = [...xml.matchAll(new RegExp(`<${block}>([\\s\\S]*?)</${block}>`, 'g'))];
  return blocks.map(([, inner]) => {
    const fields: Record<string, string> = {};
    for (const tag of tags) {
      const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(inner!);
      if (match) fields[tag] = unescapeXml(match[1]!);
    }
    return fields;
  });
}
