// Bytes → text in the charset the server, the XML declaration or an HTML meta tag names.

const XML_DECLARATION = /^<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;

export function decodeText(bytes: Uint8Array, headerCharset?: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = headerCharset ?? XML_DECLARATION.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}
