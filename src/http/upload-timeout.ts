import type { IncomingMessage } from 'node:http';

interface ParserWithRemove {
  remove?: () => void;
}

/**
 * A bulk upload legitimately takes longer than REQUEST_TIMEOUT_MS (the time allowed for a whole
 * request), which Node enforces for every request on the server. This takes the current request
 * off Node's timeout list (the parser's own `remove`, what Node calls when it frees a parser; the
 * next request on the connection is timed again) and cuts the upload instead when no byte arrives
 * for `idleMs`. Only authenticated bulk uploads call it.
 */
export function timeOutWhenIdle(request: IncomingMessage, idleMs: number): void {
  const parser = (request.socket as unknown as { parser?: ParserWithRemove }).parser;
  if (typeof parser?.remove === 'function') parser.remove.call(parser);
  let timer = setTimeout(cut, idleMs);
  function cut(): void {
    request.destroy(new Error(`no data for ${idleMs} ms`));
  }
  request.on('data', () => {
    clearTimeout(timer);
    timer = setTimeout(cut, idleMs);
  });
  request.once('close', () => clearTimeout(timer));
  request.once('end', () => clearTimeout(timer));
}
