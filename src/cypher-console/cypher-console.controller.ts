import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiKeyGuard } from '../common/api-key.guard';
import { CypherRequestDto, CypherResultDto } from './cypher-console.dto';
import { CypherConsoleService } from './cypher-console.service';

@ApiTags('cypher')
@Controller('cypher')
export class CypherConsoleController {
  constructor(private readonly console: CypherConsoleService) {}

  @Post()
  @HttpCode(200)
  @UseGuards(ApiKeyGuard)
  @ApiSecurity('api-key')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Run a read-only Cypher query (researchers; needs the API key)',
    description:
      'Example: curl -X POST /cypher -H "X-API-Key: $API_KEY" -H "Content-Type: application/json" -d \'{"query":"MATCH (e:Event) RETURN e.type AS type, count(*) AS n ORDER BY n DESC"}\'. ' +
      'Refused (400): writes, LOAD CSV, CALL … IN TRANSACTIONS, USE, procedures outside db.labels, db.relationshipTypes, db.propertyKeys, db.schema.visualization, db.index.fulltext.queryNodes, dbms.components.',
  })
  @ApiOkResponse({ type: CypherResultDto })
  @ApiBadRequestResponse({
    example: {
      statusCode: 400,
      message: 'query refused',
      errors: [
        { field: 'query', reason: "only read-only queries may run here; the plan's query type is 'w'" },
      ],
    },
  })
  @ApiUnauthorizedResponse({
    example: {
      statusCode: 401,
      error: 'Unauthorized',
      message: 'an API key is required: send X-API-Key or Authorization: Bearer',
    },
  })
  run(@Body() body: CypherRequestDto): Promise<CypherResultDto> {
    return this.console.run(body);
  }
}
