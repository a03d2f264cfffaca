// TextEncoder and TextDecoder are globals in Node and in every browser; shared/ is built without either platform's
// types, so this module declares the little it uses.
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
declare const TextDecoder: new (label: 'utf-8') => { decode(bytes: Uint8Array): string };

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** A string's UTF-8 bytes. */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The text of UTF-8 pieces written one after the other. */
export function utf8Text(chunks: readonly Uint8Array[]): string {
  return decoder.decode(concatBytes(chunks));
}

/** The pieces as one array of bytes. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(byteLengthOf(chunks));
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return whole;
}

/** How many bytes the pieces hold together. */
export function byteLengthOf(chunks: readonly Uint8Array[]): number {
  let total = 0;
  for (const chunk of chunks) total += chunk.length;
  return total;
}
