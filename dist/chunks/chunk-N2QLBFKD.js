import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-MUDMVHDY.js";

// src/engine/validate.ts
async function validateConfig(given, cwd, options = {}, now = Date.now()) {
  const result = await loadConfig(given, cwd, options);
  if (!result.ok) return { kind: "invalid-config", file: given, problems: result.problems };
  return {
    kind: "validated",
    config: result.config,
    warnings: [...result.warnings, ...endedWarnings(result.config, now)],
    ...result.parts ? { parts: result.parts } : {}
  };
}
function endedWarnings(config, now) {
  const problems = [];
  for (const spec of config.members.values()) {
    const file = spec.source.file;
    if (spec.until && now >= spec.until.end)
      problems.push({
        severity: "warning",
        file,
        ...spec.source.entry,
        message: `the entry of ${spec.email} ended ${spec.until.text}: the next apply removes the member (or remove the entry)`
      });
    for (const grant of spec.grants)
      if (now >= grant.until.end)
        problems.push({
          severity: "warning",
          file,
          ...grant.position,
          message: `a grant of ${spec.email} ended ${grant.until.text}: the next apply takes it back (or remove the grant)`
        });
  }
  return problems;
}

export {
  validateConfig
};
