import { Module } from '@nestjs/common';
import { ApiKeyGuard } from '../common/api-key.guard';
import { CypherConsoleController } from './cypher-console.controller';
import { CypherConsoleService } from './cypher-console.service';

@Module({ controllers: [CypherConsoleController], providers: [CypherConsoleService, ApiKeyGuard] })
export class CypherConsoleModule {}
