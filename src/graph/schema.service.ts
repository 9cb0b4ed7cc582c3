import { Injectable, Logger } from '@nestjs/common';
import { GraphService } from './graph.service';

/**
 * Applies `cypher/schema/NNN-*.cypher` in order. Every statement is `IF NOT EXISTS`, so running the
 * migrations again (each start) changes nothing; each applied name is recorded as a SchemaMigration.
 */
@Injectable()
export class SchemaService {
  private readonly logger = new Logger(SchemaService.name);

  constructor(private readonly graph: GraphService) {}

  async migrate(): Promise<string[]> {
    const names = this.graph.cypher.list('schema');
    for (const name of names) {
      // Schema commands cannot share a transaction with writes: one transaction each.
      await this.graph.write(name);
      await this.graph.write('write/record-migration', { name });
    }
    this.logger.log(`schema: ${names.length} migrations applied`);
    return names;
  }
}
