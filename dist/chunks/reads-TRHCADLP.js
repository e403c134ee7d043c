import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);
import {
  GRAPHQL_QUERIES,
  createGitHubReads,
  createGitHubTeamReads
} from "./chunk-H5WF6HME.js";
import "./chunk-W7BKEMKW.js";
import {
  GitHubReadError
} from "./chunk-U5JTBAQL.js";
import "./chunk-Q4V4VID7.js";
export {
  GRAPHQL_QUERIES,
  GitHubReadError,
  createGitHubReads,
  createGitHubTeamReads
};
