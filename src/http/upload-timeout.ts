import type { IncomingMessage } from 'node:http';

interface ParserWithRemove {
  remove?: () => void;
}

/**
 * A bulk upload legitimately takes longer than REQUEST_TIMEOUT_MS (the time allowed for a whole
 * request), which Node enforces for every request on the server. This takes the current request
 * off Node's timeout list (the parser's own `remove`, what Node calls when it frees a parser; the
 * next request on the connection is timed again) and returns the body as a stream that is cut
 * instead when no byte arrives for `idleMs`. Only authenticated bulk uploads use it.
 */
export function bodyWithIdleTimeout(request: IncomingMessage, idleMs: number): AsyncIterable<Buffer> {
  const parser = (request.socket as unknown as { parser?: ParserWithRemove } | null)?.parser;
  if (typeof parser?.remove === 'function') parser.remove.call(parser);
  const cut = () => request.destroy(new Error(`no data for ${idleMs} ms`));
  return (async function* () {
    let timer = setTimeout(cut, idleMs);
    try {
      // Iterating (not a 'data' listener) keeps the stream paused until the consumer reads.
      for await (const chunk of request as AsyncIterable<Buffer>) {
        clearTimeout(timer);
        yield chunk;
        timer = setTimeout(cut, idleMs);
      }
    } finally {
      clearTimeout(timer);
    }
  })();
}
