import { Global, Module } from '@nestjs/common';
import { GraphService } from './graph.service';
import { SchemaService } from './schema.service';

/** The only module that touches neo4j-driver; everything else asks GraphService for rows. */
@Global()
@Module({
  providers: [GraphService, SchemaService],
  exports: [GraphService, SchemaService],
})
export class GraphModule {}
