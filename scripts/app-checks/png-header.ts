/** The IHDR facts of a PNG, read from its first 26 bytes; no image library needed. */
export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Colour types 4 (grey + alpha) and 6 (RGB + alpha) carry transparency. */
const WITH_ALPHA = new Set([4, 6]);

export function readPngHeader(bytes: Buffer): PngHeader | undefined {
  // Signature, then the IHDR chunk: length (4), type (4), width (4), height (4), depth (1), colour (1).
  if (bytes.length < 26 || !bytes.subarray(0, 8).equals(SIGNATURE)) return undefined;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    bitDepth: bytes.readUInt8(24),
    colourType: bytes.readUInt8(25),
  };
}

export function hasAlpha(header: PngHeader): boolean {
  return WITH_ALPHA.has(header.colourType);
}
