// --encoding NAME, for the commands that read pages: a name iconv-lite does not know is a usage error, said before
// any page is read.
import { isKnownEncoding } from '../io/decode.js';
import { UsageError } from './exit.js';

export function encodingFlag(name: string | undefined): string | undefined {
  if (name !== undefined && !isKnownEncoding(name)) {
    throw new UsageError(`unknown encoding "${name}" (for example utf-8, windows-1252, gb18030, big5, shift_jis, euc-kr)`);
  }
  return name;
}
