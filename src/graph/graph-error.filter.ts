import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { Neo4jError } from 'neo4j-driver';
import { AppError, DatabaseUnavailableError } from '../common/errors';
import { isUnavailable } from './graph.service';

/**
 * One filter for every error: HttpExceptions pass through as Nest shapes them; AppErrors carry
 * their status; driver errors map by `Neo4jError.code` (unavailable → 503 + Retry-After,
 * constraint → 409, timeout → 504); anything else is a logged 500 that reveals nothing.
 */
@Catch()
export class AllErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(err: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, body, retryAfter } = this.describe(err);
    // The throttler sets its own, exact Retry-After on a 429: keep it.
    if (retryAfter && !reply.hasHeader('Retry-After')) void reply.header('Retry-After', String(retryAfter));
    void reply.status(status).send(errorBody(status, body));
  }

  private describe(err: unknown): { status: number; body: Record<string, unknown>; retryAfter?: number } {
    if (err instanceof HttpException) {
      const res = err.getResponse();
      const body = typeof res === 'string' ? { statusCode: err.getStatus(), message: res } : (res as Record<string, unknown>);
      const retry = err.getStatus() === 429 ? 60 : undefined;
      return { status: err.getStatus(), body, retryAfter: retry };
    }
    if (err instanceof DatabaseUnavailableError || isUnavailable(err)) {
      const retryAfter = err instanceof DatabaseUnavailableError ? err.retryAfterSeconds : 5;
      return { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'the graph database is unavailable; retry later' }, retryAfter };
    }
    if (err instanceof AppError) {
      return { status: err.status, body: { statusCode: err.status, message: err.message, ...err.details } };
    }
    if (err instanceof Neo4jError) {
      if (err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        return { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'a node with this key already exists' } };
      }
      if (err.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || err.code.includes('TransactionTimedOut')) {
        return { status: 504, body: { statusCode: 504, error: 'Gateway Timeout', message: 'the query took longer than allowed' } };
      }
      if (err.code.startsWith('Neo.TransientError')) {
        return { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'transient database error; retry' }, retryAfter: 1 };
      }
    }
    const e = err as { statusCode?: number; message?: string; code?: string };
    // Fastify's own errors (body too large, bad content type, bad JSON) carry a 4xx statusCode.
    if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
      return { status: e.statusCode, body: { statusCode: e.statusCode, error: e.code ?? 'Bad Request', message: e.message ?? 'bad request' } };
    }
    this.logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    return { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'internal error' } };
  }
}

/**
 * Every error body has the ErrorResponseDto shape: a numeric statusCode, the status text as
 * `error` (Fastify codes such as FST_ERR_CTP_INVALID_MEDIA_TYPE and bodies without one get the
 * standard text) and `message` as one string; other context (errors, id, field) is kept.
 */
export function errorBody(status: number, body: Record<string, unknown>): Record<string, unknown> {
  const text = STATUS_CODES[status] ?? 'Error';
  const error = typeof body.error === 'string' && !body.error.startsWith('FST_') ? body.error : text;
  const raw = body.message;
  const message = Array.isArray(raw) ? raw.map(String).join('; ') : typeof raw === 'string' ? raw : text;
  return { ...body, statusCode: status, error, message };
}
