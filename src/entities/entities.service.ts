import { Injectable } from '@nestjs/common';
import { NotFoundAppError } from '../common/errors';
import { GraphService } from '../graph/graph.service';
import { int } from '../graph/mappers';
import { searchQuery } from '../query/lucene';
import {
  type EntityDetailDto,
  type EntityDto,
  type EntitySearchDto,
  type EntitySearchQueryDto,
} from './entities.dto';

const CO_OCCURRING = 10;

@Injectable()
export class EntitiesService {
  constructor(private readonly graph: GraphService) {}

  async search(q: EntitySearchQueryDto): Promise<EntitySearchDto> {
    const lucene = searchQuery(q.q);
    if (!lucene) return { items: [] };
    const rows = await this.graph.read('read/entities/search', {
      lucene,
      type: q.type ?? null,
      limit: int(q.limit),
    });
    return {
      items: rows.map((r) => ({
        ...toEntity(r.entity as Record<string, unknown>),
        score: r.score as number,
      })),
    };
  }

  async detail(id: string): Promise<EntityDetailDto> {
    return this.graph.readTx(async (tx) => {
      const [row] = await tx.run('read/entities/detail', { id });
      if (!row) throw new NotFoundAppError('entity', id);
      const co = await tx.run('read/entities/co-occurring', { id, limit: int(CO_OCCURRING) });
      const byType = row.byType as { type: string; events: number }[];
      return {
        ...toEntity(row.entity as Record<string, unknown>),
        events: byType.reduce((n, t) => n + t.events, 0),
        eventsByType: byType,
        firstSeen: (row.firstSeen ?? null) as string | null,
        lastSeen: (row.lastSeen ?? null) as string | null,
        coOccurring: co.map((c) => ({
          id: c.id as string,
          name: c.name as string,
          type: c.type as string,
          events: c.events as number,
        })),
        within: row.within as { id: string; name: string }[],
      };
    });
  }
}

function toEntity(e: Record<string, unknown>): EntityDto {
  return {
    id: e.id as string,
    name: e.name as string,
    type: e.type as string,
    aliases: (e.aliases ?? []) as string[],
    lat: (e.lat ?? null) as number | null,
    lon: (e.lon ?? null) as number | null,
    countryCode: (e.countryCode ?? null) as string | null,
    kind: (e.kind ?? null) as string | null,
  };
}
