/** A start-up failure with a message meant for the operator; printed as one line, no stack trace. */
export class DatabaseStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseStartError';
  }
}

/** Turns driver errors (ECONNREFUSED, auth failures, unknown database…) into a short reason. */
export function describeConnectionError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describeConnectionError(error.errors[0]);
  if (error && typeof error === 'object') {
    const { code, message } = error as { code?: string; message?: string };
    switch (code) {
      case 'ECONNREFUSED':
        return 'connection refused — is the server running and listening on that port?';
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
        return 'host name not found';
      case 'ETIMEDOUT':
        return 'connection timed out';
      case '28P01':
      case '28000':
        return 'authentication failed — check the user and password';
      case '3D000':
        return 'that database does not exist — create it first';
      default:
        if (message) return message;
    }
  }
  return String(error);
}

/** A unique index refused the write (SQLSTATE 23505), from postgres.js or PGlite, directly or wrapped by drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } })?.code ?? (error as { cause?: { code?: string } })?.cause?.code;
  return code === '23505';
}
