import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);

// src/engine/heap.ts
import { setFlagsFromString } from "node:v8";
function preferSmallHeap() {
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--heap-growing-percent=10");
}

export {
  preferSmallHeap
};
