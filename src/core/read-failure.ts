/** Why a file or URL could not be read, before it becomes a sentence (the tool's and the studio's). */
export type ReadFailure =
  | {readonly kind: 'not-found'}
  | {readonly kind: 'directory'}
  | {readonly kind: 'not-file'}
  | {readonly kind: 'outside'}
  | {readonly kind: 'denied'}
  | {readonly kind: 'failed'; readonly code: string}
  | {readonly kind: 'too-large'}
  | {readonly kind: 'network'}
  | {readonly kind: 'timeout'; readonly seconds: number}
  | {readonly kind: 'http'; readonly status: number};
