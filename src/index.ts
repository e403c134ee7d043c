import { run } from './action/main.ts';
import { preferSmallHeap } from './engine/heap.ts';

preferSmallHeap();
await run();
