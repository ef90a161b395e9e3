/**
 * Resolves once the I/O already waiting in the event loop (other requests) has had its turn: long
 * work awaits it between slices, so a light read is not held up behind it.
 */
export const otherRequestsFirst = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
