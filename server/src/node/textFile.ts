/**
 * Reading and writing cable files so that nothing but the intended edits changes: the
 * encoding (UTF-8, with or without a byte-order mark, or Latin-1 for older files), line
 * endings and file mode are kept, and writes are atomic.
 */
import { chmodSync, closeSync, fsyncSync, lstatSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { randomBytes } from 'node:crypto';

/** How a file's bytes were decoded. */
export type FileEncoding = 'utf8' | 'utf8bom' | 'latin1';

/** A decoded text file. */
export interface TextFile {
  readonly text: string;
  readonly encoding: FileEncoding;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a text file, detecting a UTF-8 byte-order mark and falling back to Latin-1 for bytes that are not UTF-8. */
export function readTextFile(path: string): TextFile {
  const bytes = readFileSync(path);
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3)) ?? bytes.subarray(3).toString('latin1'), encoding: 'utf8bom' };
  }
  const utf8 = decodeUtf8(bytes);
  return utf8 === null ? { text: bytes.toString('latin1'), encoding: 'latin1' } : { text: utf8, encoding: 'utf8' };
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

function encode(text: string, encoding: FileEncoding): Buffer {
  if (encoding === 'latin1') return Buffer.from(text, 'latin1');
  const body = Buffer.from(text, 'utf8');
  return encoding === 'utf8bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** Why a file was not written. */
export class WriteRefused extends Error {}

/**
 * Writes `text` to `path` atomically: a temporary file in the same folder, flushed, given the
 * original's mode, then renamed over it. A symbolic link is written through only when its
 * target lies inside one of `roots` (the paths the user named); otherwise the write is refused.
 */
export function writeTextFileAtomic(path: string, text: string, encoding: FileEncoding, roots: readonly string[]): void {
  let target = path;
  if (lstatSync(path).isSymbolicLink()) {
    target = realpathSync(path);
    const insideRoot = roots.some((root) => {
      const realRoot = rootLocation(root);
      const rel = relative(realRoot, target);
      return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
    });
    if (!insideRoot) throw new WriteRefused(`${path} is a symbolic link to ${target}, outside the paths given; not written.`);
  }
  const mode = statSync(target).mode & 0o7777;
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.cablewright-tmp`);
  const fd = openSync(temporary, 'wx', mode);
  try {
    const bytes = encode(text, encoding);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temporary);
    throw error;
  }
  closeSync(fd);
  try {
    chmodSync(temporary, mode);
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
    throw error;
  }
}

/**
 * Where a path the user gave really is: a folder's real path, or for a symbolic link the
 * link itself (its folder resolved), so naming a link does not license writing to its target.
 */
function rootLocation(path: string): string {
  try {
    if (lstatSync(path).isSymbolicLink()) return join(realpathSync(dirname(path)), basename(path));
    return realpathSync(path);
  } catch {
    return path;
  }
}
