import { run } from './action/main.ts';
import { preferSmallMemory } from './engine/memory.ts';

preferSmallMemory();
await run();
