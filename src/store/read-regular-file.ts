// Reads a file only if it is a regular file: a FIFO, a device or a link to one (alignments/x.json → /dev/zero) would hang or never end.
import fs from 'node:fs';

/** Thrown for a path that names something other than a regular file. */
export class NotRegularFile extends Error {
  constructor(readonly file: string) {
    super(`${file} is not a regular file`);
    this.name = 'NotRegularFile';
  }
}

/**
 * The bytes of a regular file. Opened without blocking (a FIFO with no writer opens at once) and checked on the open descriptor,
 * so nothing can be swapped in between. ENOENT and other errors are thrown as fs throws them.
 */
export function readRegularFile(file: string): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    if (!fs.fstatSync(fd).isFile()) throw new NotRegularFile(file);
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
