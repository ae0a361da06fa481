/** RFC 9457 problem details (`application/problem+json`), with the contract's `error` field beside them. */
import type { FastifyReply } from 'fastify';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** A problem body: `type`, `title`, `status`, `detail`, the `parameter` at fault, and `error` (= detail). */
export interface Problem {
  type: 'about:blank';
  title: string;
  status: number;
  detail: string;
  error: string;
  parameter?: string;
}

/** Builds a problem body; `detail` must be safe to show (no SQL, stack or path). */
export function problem(status: number, detail: string, parameter?: string): Problem {
  return {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    error: detail,
    ...(parameter ? { parameter } : {}),
  };
}

/** Sends a problem with its status and content type. */
export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(body));
}
