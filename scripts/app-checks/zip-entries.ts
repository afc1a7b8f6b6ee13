/**
 * The names in a zip's central directory. Enough of the format to list what zcli packaged:
 * find the end-of-central-directory record, then walk the directory's file headers.
 */
const END_OF_DIRECTORY = 0x06054b50;
const FILE_HEADER = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function readZipEntries(zip: Buffer): string[] | undefined {
  const end = findEndRecord(zip);
  if (end === undefined) return undefined;
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== FILE_HEADER) return undefined;
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function findEndRecord(zip: Buffer): number | undefined {
  const earliest = Math.max(0, zip.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let offset = zip.length - END_RECORD_SIZE; offset >= earliest; offset -= 1) {
    if (zip.readUInt32LE(offset) === END_OF_DIRECTORY) return offset;
  }
  return undefined;
}
