import { closeSync, fstatSync, openSync, readSync, constants } from 'node:fs';
import { DataError, fileError, NotFoundError, UsageError } from '../common/errors.js';

/**
 * Reads a file the user named, at a bounded cost: only a regular file (a FIFO or a
 * terminal could make tipkit wait forever, a device could be endless), at most
 * `maxBytes`, decoded as UTF-8. Errors name the path as given.
 */
export function readTextFile(path: string, options: { what: string; maxBytes: number }): string {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not wait; it is refused just below.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError(`no such ${options.what}: ${path}`);
    throw fileError(error, 'read', path) ?? error;
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new UsageError(`${path} is a folder; give a ${options.what}`);
    if (!stats.isFile()) throw new UsageError(`${path} is not a regular file; give a ${options.what}`);
    if (stats.size > options.maxBytes) {
      throw new DataError(
        `${path} is too large for a ${options.what} (${stats.size} bytes; at most ${options.maxBytes})`,
      );
    }
    const buffer = Buffer.alloc(stats.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } catch (error) {
    throw fileError(error, 'read', path) ?? error;
  } finally {
    closeSync(fd);
  }
}
