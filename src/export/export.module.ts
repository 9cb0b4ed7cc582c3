import { Module } from '@nestjs/common';
import { EventFinder } from '../query/event-finder';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';

@Module({ controllers: [ExportController], providers: [ExportService, EventFinder] })
export class ExportModule {}
