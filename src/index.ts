// The library: `cleanDocument(text, options)` turns one page's text into a validated record (or a reject with a
// reason); the CLI, the worker threads, the tests and other programs all come through here. `cleanFile` and
// `cleanBytes` take a page as the command line reads it, `checkFile` and `checkRecord` check as `check` does.

export { recordSchema, warningSchema, type CleanRecord, type PageWarning } from './schema.js';
export { cleanOptionsSchema, resolveOptions, type CleanOptions, type CleanOptionsInput } from './options.js';
export type { Doc, Block, Decision } from './pipeline/doc.js';
// duplicates across a corpus: signatures per page, an index in input order, signature files of shards
export { DuplicateIndex, pageSignature, resolveDuplicates, type DuplicateMatch, type PageSignature } from './corpus/duplicates.js';
export { resolveNearDuplicateOptions, type NearDuplicateOptions, type NearDuplicateOptionsInput } from './corpus/options.js';
export { createSignatureWriter, duplicatesFromFiles, mergeSignatureFiles } from './corpus/signature-file.js';
// pages as files and bytes, decoded as the command line decodes them
export { cleanBytes, cleanFile, type CleanPageOptions, type PageResult } from './clean-file.js';
export { type Reject as PageReject, type RejectReason as PageRejectReason } from './rejects.js';
// the corpus profile (`corpus-clean profile -o FILE`), and `corpus-clean check` of records and corpus files
export { CorpusProfile } from './corpus/profile.js';
export { loadProfile, ProfileFileError } from './corpus/profile-file.js';
export { checkFile, checkRecord, type CheckProblem } from './check/check-file.js';
export { assembleBody, cleanDocument, recordId, type CleanDocumentOptions, type CleanResult, type Reject, type RejectReason } from './clean-document.js';
