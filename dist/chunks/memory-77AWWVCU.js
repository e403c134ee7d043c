import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);
import {
  preferSmallMemory
} from "./chunk-ZMFODS66.js";
import "./chunk-Q4V4VID7.js";
export {
  preferSmallMemory
};
