import { Injectable } from '@nestjs/common';
import { AppError, NotFoundAppError } from '../common/errors';
import { GraphService } from '../graph/graph.service';
import { int } from '../graph/mappers';
import {
  type EdgeElementDto,
  type GraphElementsDto,
  type GraphQueryDto,
  type NodeDataDto,
  type NodeElementDto,
} from './graph-view.dto';

interface RawNode {
  id: string;
  name: string | null;
  type: string | null;
  dateStart: string | null;
  lat: number | null;
  lon: number | null;
  labels: string[];
}

interface RawEdge {
  source: string;
  target: string;
  type: string;
  role: string | null;
}

@Injectable()
export class GraphViewService {
  constructor(private readonly graph: GraphService) {}

  async elements(q: GraphQueryDto): Promise<GraphElementsDto> {
    if ((q.event === undefined) === (q.entity === undefined)) {
      throw new AppError('invalid request', 400, {
        errors: [{ field: 'event', reason: 'give exactly one of event or entity' }],
      });
    }
    const id = (q.event ?? q.entity) as string;
    const [row] = await this.graph.read('read/graph-view/elements', {
      id,
      depth: int(q.depth),
      limit: int(q.limit),
    });
    const start = row && (row.nodes as RawNode[]).find((n) => n.id === id);
    const wanted = q.event !== undefined ? 'Event' : 'Entity';
    if (!row || !start || !start.labels.includes(wanted))
      throw new NotFoundAppError(wanted.toLowerCase(), id);
    return {
      nodes: (row.nodes as RawNode[]).map(toNode),
      edges: (row.edges as RawEdge[]).map(toEdge),
    };
  }
}

function toNode(n: RawNode): NodeElementDto {
  const isEvent = n.labels.includes('Event');
  const data: NodeDataDto = isEvent
    ? {
        id: n.id,
        label: `${n.type ?? 'EVENT'} ${n.dateStart ?? ''}`.trim(),
        type: 'event',
        eventType: n.type ?? undefined,
        date: n.dateStart ?? undefined,
      }
    : { id: n.id, label: n.name ?? n.id, type: (n.type ?? 'entity').toLowerCase() };
  if (n.lat !== null && n.lon !== null) Object.assign(data, { lat: n.lat, lon: n.lon });
  return { data };
}

function toEdge(e: RawEdge): EdgeElementDto {
  return {
    data: {
      id: `${e.source}|${e.type}|${e.target}`,
      source: e.source,
      target: e.target,
      type: e.type,
      label: e.role ?? e.type,
    },
  };
}
