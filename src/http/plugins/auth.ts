import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import { HttpProblem, problem } from '../problem.js';

export type AccessHook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/** Hashing first gives every comparison the same length, so timingSafeEqual never leaks a key's length. */
const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * An onRequest hook that lets a request through only with `Authorization: Bearer <key>` for a key
 * in API_KEYS, compared in constant time (every key is compared, no early exit). With no keys
 * configured every request is refused. Refusals are 401 problem+json with `WWW-Authenticate: Bearer`,
 * before the body is read, so nothing changes.
 */
export function requireApiKey(keys: readonly string[]): AccessHook {
  const accepted = keys.map(digest);
  return async (request, reply) => {
    const token = bearerToken(request.headers.authorization);
    let valid = false;
    if (token !== undefined) {
      const presented = digest(token);
      for (const key of accepted) valid = timingSafeEqual(presented, key) || valid;
    }
    if (valid) return;
    reply.header(
      'www-authenticate',
      token === undefined ? 'Bearer realm="skill-matcher"' : 'Bearer realm="skill-matcher", error="invalid_token"',
    );
    const detail =
      accepted.length === 0
        ? 'Catalogue writes are disabled: the server has no API keys configured (API_KEYS).'
        : token === undefined
          ? 'Send an API key as "Authorization: Bearer <key>".'
          : 'The API key is not valid.';
    throw new HttpProblem(problem(401, detail));
  };
}

const open: AccessHook = async () => undefined;

/** Hooks for the two kinds of route: writes always need a key; reads only when REQUIRE_KEY_FOR_READS is set. */
export function accessHooks(config: Config): { write: AccessHook; read: AccessHook } {
  const write = requireApiKey(config.API_KEYS);
  return { write, read: config.REQUIRE_KEY_FOR_READS ? write : open };
}

/** The OpenAPI security requirement of a keyed route (the scheme is declared in the docs plugin). */
export const API_KEY_SECURITY = [{ apiKey: [] }];
