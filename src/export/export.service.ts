import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { type Cursor } from '../query/cursor';
import { type EventSummaryDto } from '../query/event.responses';
import { EventFinder, type Page } from '../query/event-finder';
import { type EventsFilterDto } from '../query/events-filter.dto';
import { csvHeader, csvRow, geoFeature, ndjsonRow } from './formats';

/** Rows per read transaction while streaming. */
export const EXPORT_PAGE = 500;

export type ExportFormat = 'csv' | 'ndjson' | 'geojson';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

/**
 * Streams every event matching the filters, paging through the (dateStart, id) keyset one read
 * transaction per page, so memory stays flat however many events there are. The first page is
 * read before the response starts, so a bad filter or a database error still gets a proper status.
 */
@Injectable()
export class ExportService {
  constructor(private readonly finder: EventFinder) {}

  async stream(filter: EventsFilterDto, desc: boolean, format: ExportFormat): Promise<Readable> {
    const first = await this.finder.page(filter, EXPORT_PAGE, desc, null);
    return Readable.from(this.chunks(filter, desc, format, first), { objectMode: false });
  }

  private async *chunks(
    filter: EventsFilterDto,
    desc: boolean,
    format: ExportFormat,
    first: Page,
  ): AsyncGenerator<string> {
    let index = 0;
    if (format === 'csv') yield csvHeader();
    if (format === 'geojson') yield '{"type":"FeatureCollection","features":[\n';
    for await (const page of this.pages(filter, desc, first)) {
      yield page.map((e) => this.line(e, format, index++)).join('');
    }
    if (format === 'geojson') yield '\n]}\n';
  }

  private line(e: EventSummaryDto, format: ExportFormat, index: number): string {
    if (format === 'csv') return csvRow(e);
    if (format === 'ndjson') return ndjsonRow(e);
    return `${index > 0 ? ',\n' : ''}${JSON.stringify(geoFeature(e))}`;
  }

  private async *pages(
    filter: EventsFilterDto,
    desc: boolean,
    first: Page,
  ): AsyncGenerator<EventSummaryDto[]> {
    let page = first;
    for (;;) {
      if (page.items.length > 0) yield page.items;
      if (page.items.length < EXPORT_PAGE || !page.last) return;
      const cursor: Cursor = page.last;
      page = await this.finder.page(filter, EXPORT_PAGE, desc, cursor);
    }
  }
}
