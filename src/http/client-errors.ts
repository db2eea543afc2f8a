import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problem } from './problem.js';
import { securityHeaders } from './security-headers.js';

/** What each error of Node's HTTP parser means to the client; anything else is a malformed request. */
const STATUS_BY_CODE: Record<string, { status: number; detail: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, detail: 'The request was not received in full within the time limit (REQUEST_TIMEOUT_MS).' },
  HPE_HEADER_OVERFLOW: { status: 431, detail: 'The request headers are larger than the server accepts.' },
};
const MALFORMED = {
  status: 400,
  detail: 'The request is not valid HTTP/1.1 (a malformed request line or header, or conflicting body lengths).',
};

/**
 * Fastify's clientErrorHandler: errors Node's HTTP parser raises before any route runs (huge or malformed
 * headers, Content-Length with Transfer-Encoding, unknown methods, a body that stalls past the request
 * timeout) answer problem+json with the security headers, then the connection closes.
 */
export function clientErrorHandler(): (this: FastifyInstance, error: Error & { code?: string }, socket: Socket) => void {
  const headers = Object.entries(securityHeaders())
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return function answerClientError(error, socket) {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const { status, detail } = STATUS_BY_CODE[error.code ?? ''] ?? MALFORMED;
    this.log.debug({ err: { code: error.code, message: error.message } }, 'client error');
    // A response already under way (the route answered before the body stalled) cannot be replaced.
    const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (socket.writable && inFlight?.headersSent !== true) {
      const body = JSON.stringify(problem(status, detail));
      socket.write(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers}content-type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8\r\n` +
          `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    }
    socket.destroy();
  };
}
