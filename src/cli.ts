#!/usr/bin/env node
import { main } from './cli/main.ts';
import { preferSmallHeap } from './engine/heap.ts';

preferSmallHeap();
process.exitCode = await main(process.argv.slice(2));
