import { Module } from '@nestjs/common';
import { GraphViewController } from './graph-view.controller';
import { GraphViewService } from './graph-view.service';

@Module({ controllers: [GraphViewController], providers: [GraphViewService] })
export class GraphViewModule {}
