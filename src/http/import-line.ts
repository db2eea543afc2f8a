import type { LineParser } from '../catalog/import/runner.js';
import type { AppContext } from './context.js';
import { MAX_BODY_DEPTH, nestsDeeperThan } from './plugins/limits.js';
import { HttpProblem } from './problem.js';
import { inputOf } from './routes/catalog.js';
import { assertPostingSize } from './text-limits.js';
import { CreatePostingBodySchema } from './schemas/catalog.js';

const MAX_ISSUES = 3;

/**
 * A bulk-import line is held to exactly what POST /v1/postings accepts: the same schema, depth and
 * text-length limits. Reasons name the field and the rule, never the line's content.
 */
export function postingLineParser(ctx: AppContext): LineParser {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  return (body) => {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      return { reason: 'the line is not valid UTF-8' };
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { reason: 'the line is not valid JSON' };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { reason: 'the line is not a JSON object' };
    if (nestsDeeperThan(value, MAX_BODY_DEPTH)) return { reason: `the line nests deeper than ${MAX_BODY_DEPTH} levels` };
    const parsed = CreatePostingBodySchema.safeParse(value);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((i) => `/${i.path.map(String).join('/')}: ${i.message}`);
      return { reason: issues.join('; ') };
    }
    const input = inputOf(parsed.data);
    try {
      assertPostingSize(input.source, ctx);
    } catch (err) {
      if (err instanceof HttpProblem) return { reason: err.body.detail ?? err.body.title };
      throw err;
    }
    return { input };
  };
}
