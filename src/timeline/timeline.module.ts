import { Module } from '@nestjs/common';
import { EventFinder } from '../query/event-finder';
import { TimelineController } from './timeline.controller';
import { TimelineService } from './timeline.service';

@Module({ controllers: [TimelineController], providers: [TimelineService, EventFinder] })
export class TimelineModule {}
