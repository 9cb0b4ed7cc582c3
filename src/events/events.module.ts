import { Module } from '@nestjs/common';
import { EventFinder } from '../query/event-finder';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';

@Module({ controllers: [EventsController], providers: [EventsService, EventFinder] })
export class EventsModule {}
