// Coded errors: callers branch on `code`, people read `message`.

export type BriefErrorCode =
  | 'EMPTY_ARTICLE'
  | 'NO_SENTENCES'
  | 'NOT_ENGLISH'
  | 'NOT_TEXT'
  | 'NO_ARTICLE_IN_PAGE'
  | 'NO_ARTICLES'
  | 'BAD_METADATA'
  | 'BAD_COMMAND'
  | 'UNKNOWN_TIMEZONE'
  | 'BAD_SCHEDULE'
  // Sources (issue 8): configuration, fetching links and feeds, stories.
  | 'BAD_CONFIG'
  | 'BAD_URL'
  | 'URL_REFUSED'
  | 'FETCH_FAILED'
  | 'FETCH_TIMEOUT'
  | 'FETCH_TOO_LARGE'
  | 'BAD_CONTENT_TYPE'
  | 'TOO_MANY_REDIRECTS'
  | 'BAD_FEED'
  // Untrusted markup past the size, depth or time limits (issue 16): refused, the bot goes on.
  | 'PAGE_TOO_COMPLEX'
  | 'UNKNOWN_STORY'
  // Store (issue 5): the database file at start.
  | 'STORE_CORRUPT'
  | 'STORE_LOCKED'
  | 'STORE_TOO_NEW'
  | 'STORE_UNAVAILABLE';

export class BriefError extends Error {
  readonly code: BriefErrorCode;

  constructor(code: BriefErrorCode, message: string) {
    super(message);
    this.name = 'BriefError';
    this.code = code;
  }
}

export function isBriefError(error: unknown): error is BriefError {
  return error instanceof BriefError;
}
