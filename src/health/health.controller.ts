import { Controller, Get, Res } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { GraphService } from '../graph/graph.service';

export interface HealthBody {
  status: 'ok' | 'degraded';
  neo4j: { status: 'up' | 'down'; version?: string; error?: string };
}

class Neo4jHealthDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiPropertyOptional({ example: '5.26.0' }) version?: string;
  @ApiPropertyOptional({ example: 'no answer within 2500 ms' }) error?: string;
}

class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiProperty({ type: Neo4jHealthDto }) neo4j!: Neo4jHealthDto;
}

/** GET /health: 200 while Neo4j answers, 503 while it does not; no restart needed to recover. */
@Controller('health')
export class HealthController {
  constructor(private readonly graph: GraphService) {}

  @Get()
  @ApiTags('health')
  @ApiResponse({ status: 200, type: HealthDto, description: 'Neo4j answers' })
  @ApiResponse({ status: 503, type: HealthDto, description: 'Neo4j does not answer (status degraded)' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthBody> {
    try {
      const version = await withTimeout(this.graph.serverVersion(), 2500);
      return { status: 'ok', neo4j: { status: 'up', version } };
    } catch (err) {
      void reply.status(503);
      return { status: 'degraded', neo4j: { status: 'down', error: (err as Error).message.split('\n')[0] } };
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
