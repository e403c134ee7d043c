import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);
import {
  preferSmallHeap
} from "./chunk-W3WEMLMD.js";
import "./chunk-Q4V4VID7.js";
export {
  preferSmallHeap
};
