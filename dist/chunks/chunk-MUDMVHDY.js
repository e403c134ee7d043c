import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);
import {
  DecodeError,
  GitHubReadError,
  addSecret,
  escapeInvisible,
  firstInvisible,
  gitBlobSha,
  kind,
  list,
  messageOf,
  nonAscii,
  object,
  redactSecrets,
  string
} from "./chunk-U5JTBAQL.js";
import {
  __commonJS,
  __toESM
} from "./chunk-Q4V4VID7.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/domain/paths.ts
import path from "node:path";
function pathInside(root, target) {
  const relative = path.relative(path.resolve(root), path.resolve(root, target));
  if (relative === "") return ".";
  if (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return void 0;
  return relative.split(path.sep).join("/");
}

// src/config/load.ts
import path5 from "node:path";

// src/config/approvals.ts
function approverName(approver) {
  return approver.kind === "person" ? approver.login : `${approver.org}/${approver.team}`;
}
function readApprovals(raw, reader) {
  const { source, report } = reader;
  const privileged = [];
  const seen = /* @__PURE__ */ new Map();
  for (const [index, text] of raw.privileged.entries()) {
    const position = source.locate(["approvals", "privileged", String(index)]);
    const key = text.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== void 0) {
      report(
        "warning",
        position,
        `${text} is in approvals.privileged twice (as ${earlier.text} on line ${earlier.line}; GitHub names match without case): once is enough`
      );
      continue;
    }
    seen.set(key, { text, line: position.line });
    const slash = text.indexOf("/");
    privileged.push(
      slash < 0 ? { kind: "person", login: text } : { kind: "team", org: text.slice(0, slash), team: text.slice(slash + 1) }
    );
  }
  return { privileged, file: reader.file, position: source.locate(["approvals"], "key") };
}

// schema/sentry-members.schema.json
var sentry_members_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "sentry-members-sync configuration",
  description: "The reviewed membership of one Sentry organization: who is in it, with which org role, on which teams with which team role. See the README of sentry-members-sync. A config may be split over several files (a directory or a glob), each holding part of it.",
  type: "object",
  additionalProperties: false,
  properties: {
    organization: {
      description: "Slug of the Sentry organization. The action's `organization` input overrides it.",
      type: "string",
      pattern: "^(?![0-9]+$)[a-z0-9_-]+$",
      maxLength: 50
    },
    unlisted: {
      description: "What to do with organization members that are neither in `members` nor in `ignore`: report them in the plan, ignore them, or remove them from the organization.",
      enum: [
        "report",
        "ignore",
        "remove"
      ],
      default: "report"
    },
    missing: {
      description: "What to do with listed emails that are not in the organization: report them in the plan, or invite them.",
      enum: [
        "report",
        "invite"
      ],
      default: "report"
    },
    ignore: {
      description: "Emails that are never changed, never removed and never reported (bots, break-glass accounts).",
      type: "array",
      items: {
        $ref: "#/$defs/email"
      }
    },
    members: {
      description: "Organization members by email (matched case-insensitively). The value is an org role (teams not managed) or an object with `role` and, optionally, `teams`, `until` and `grants`.",
      type: "object",
      propertyNames: {
        $ref: "#/$defs/email"
      },
      additionalProperties: {
        $ref: "#/$defs/member"
      }
    },
    teams: {
      description: "Team sections: a team's roster, for its leads to own (CODEOWNERS on the team's file). A team with a section is managed as a whole: after an apply its roster is exactly the people declared on it, here or in member entries, and the members of the GitHub team it follows (`github-team`). Every email here must be listed under `members` (in any file of the config); people who come from a GitHub team need not be.",
      type: "object",
      propertyNames: {
        $ref: "#/$defs/teamSlug"
      },
      additionalProperties: {
        $ref: "#/$defs/teamSection"
      }
    },
    people: {
      description: "GitHub login -> the email of that person's Sentry account, for team sections that follow a GitHub team (`github-team`). Logins are matched case-insensitively. Where the GitHub organization uses SAML single sign-on and `github-teams-token` may read it, a login without an entry here takes its SAML identity's email; a login with neither is left out, with a warning.",
      type: "object",
      propertyNames: {
        $ref: "#/$defs/githubLogin"
      },
      additionalProperties: {
        $ref: "#/$defs/email"
      }
    },
    approvals: {
      description: "Who must approve privileged changes. With `privileged` set, a change that makes someone owner or manager (an org-role change up to either, an invitation with either role, a grant of either) is made only by the apply of a merged pull request that one of these people approved on its final head commit (not its author, not dismissed); any other run blocks it.",
      type: "object",
      additionalProperties: false,
      required: [
        "privileged"
      ],
      properties: {
        privileged: {
          description: "GitHub logins (`octocat`) and GitHub teams (`org/team-slug`, whose members count; read with the `github-teams-token` input) whose approval lets an owner or manager grant be made.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/$defs/approver"
          },
          examples: [
            [
              "octocat",
              "acme/sentry-admins"
            ]
          ]
        }
      }
    }
  },
  $defs: {
    email: {
      description: "An email address: one @, a domain with a dot, no whitespace, control or invisible characters.",
      type: "string",
      pattern: "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$",
      maxLength: 254
    },
    orgRole: {
      description: "Org role. `admin` is retired on organizations that use team roles.",
      enum: [
        "member",
        "manager",
        "owner",
        "billing",
        "admin"
      ]
    },
    teamRole: {
      description: "Explicit team role.",
      enum: [
        "contributor",
        "admin"
      ]
    },
    teamSlug: {
      description: "Slug of a Sentry team.",
      type: "string",
      pattern: "^(?![0-9]+$)[a-z0-9_-]+$",
      maxLength: 50
    },
    githubLogin: {
      description: "A GitHub login (as in github.com/<login>), without the @.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"
    },
    githubTeam: {
      description: "A GitHub team as `org/team-slug` (github.com/orgs/<org>/teams/<team-slug>).",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"
    },
    member: {
      if: {
        type: "string"
      },
      then: {
        $ref: "#/$defs/orgRole"
      },
      else: {
        type: "object",
        additionalProperties: false,
        required: [
          "role"
        ],
        properties: {
          role: {
            $ref: "#/$defs/orgRole"
          },
          teams: {
            $ref: "#/$defs/memberTeams"
          },
          until: {
            description: "The entry ends: from then on the member is removed from the organization, whatever `unlisted` says.",
            $ref: "#/$defs/until"
          },
          grants: {
            description: "Temporary additions, each with its own end: a higher org role and/or teams (with their team roles).",
            type: "array",
            items: {
              $ref: "#/$defs/grant"
            }
          }
        }
      }
    },
    teamSection: {
      type: "object",
      additionalProperties: false,
      properties: {
        "github-team": {
          description: "Follow a GitHub team (`org/team-slug`): its members are on this team (maintainers with the team role admin, members with the role implied by the org role), their emails from `people` or the organization's SAML identities. Explicit lists beside it still count and win for the people they name. People who are not under `members` count as listed with the org role member.",
          $ref: "#/$defs/githubTeam"
        },
        admins: {
          description: "On the team with the explicit team role admin.",
          type: "array",
          items: {
            $ref: "#/$defs/email"
          }
        },
        contributors: {
          description: "On the team with the explicit team role contributor.",
          type: "array",
          items: {
            $ref: "#/$defs/email"
          }
        },
        members: {
          description: "On the team with no explicit team role (the one implied by the org role).",
          type: "array",
          items: {
            $ref: "#/$defs/email"
          }
        }
      }
    },
    until: {
      description: "The end: a date (the access holds through that day, UTC), or an RFC 3339 timestamp.",
      type: "string",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$"
    },
    memberTeams: {
      description: "Absent: team memberships are not managed and are kept as they are. A list of slugs: exactly these teams, with the team role implied by the org role. A map slug -> team role: exactly these teams with explicit team roles. `[]`: no team.",
      if: {
        type: "array"
      },
      then: {
        type: "array",
        items: {
          $ref: "#/$defs/teamSlug"
        }
      },
      else: {
        type: "object",
        propertyNames: {
          $ref: "#/$defs/teamSlug"
        },
        additionalProperties: {
          $ref: "#/$defs/teamRole"
        }
      }
    },
    grant: {
      type: "object",
      additionalProperties: false,
      required: [
        "until"
      ],
      properties: {
        role: {
          description: "A higher org role than the entry's, while the grant holds.",
          $ref: "#/$defs/orgRole"
        },
        teams: {
          description: "Teams the member is on while the grant holds (list: the role implied by the org role; map: explicit team roles).",
          $ref: "#/$defs/memberTeams"
        },
        until: {
          $ref: "#/$defs/until"
        }
      },
      description: "A temporary addition: `role` and/or `teams`, until its end."
    },
    approver: {
      description: "A GitHub login (`octocat`, without the @) or a GitHub team as `org/team-slug`.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$"
    }
  }
};

// src/domain/slugs.ts
var SLUG_PATTERN = "^(?![0-9]+$)[a-z0-9_-]+$";
var SLUG_MAX_LENGTH = 50;
var SLUG = new RegExp(SLUG_PATTERN);
function isSlug(text) {
  return text.length <= SLUG_MAX_LENGTH && SLUG.test(text);
}
var SLUG_RULE = 'lowercase letters, digits, "-" and "_", not only digits, at most 50 characters';

// src/domain/suggest.ts
function closest(value, candidates) {
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= Math.min(2, Math.max(1, Math.floor(value.length / 3))) ? best.candidate : void 0;
}
function didYouMean(value, candidates) {
  const best = closest(value, candidates);
  return best === void 0 ? "" : ` Did you mean "${best}"?`;
}
function editDistance(a, b) {
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        current[j] = Math.min(current[j] ?? 0, (before[j - 2] ?? 0) + 1);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// src/config/dates.ts
var FORM = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:([Zz])|([+-])(\d{2}):(\d{2})))?$/;
var MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
var UNTIL_FORMS = "a date (2027-01-31) or an RFC 3339 timestamp (2027-01-31T18:00:00Z)";
function daysIn(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function parseUntil(text) {
  const match = FORM.exec(text);
  if (!match) return { problem: `is not ${UNTIL_FORMS}` };
  const [, y, mo, d, h, mi, s, fraction, zulu, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { problem: `has no month ${mo}: months go from 01 to 12` };
  const days = daysIn(year, month);
  if (day < 1 || day > days) return { problem: `is not a day of the calendar: ${MONTHS[month - 1]} ${year} has ${days} days` };
  if (h === void 0) return { end: Date.UTC(year, month - 1, day + 1) };
  if (zulu === void 0 && sign === void 0)
    return { problem: "is a time without a time zone: add Z (UTC) or an offset such as +02:00" };
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === void 0 ? 0 : Number(s);
  if (hour > 23) return { problem: `has the hour ${h}, which does not exist: hours go from 00 to 23` };
  if (minute > 59) return { problem: `has the minute ${mi}, which does not exist: minutes go from 00 to 59` };
  if (second > 59) return { problem: `has the second ${s}, which is not accepted: seconds go from 00 to 59` };
  let offset = 0;
  if (sign !== void 0) {
    const offsetHours = Number(oh);
    const offsetMinutes = Number(om);
    if (offsetHours > 23 || offsetMinutes > 59)
      return { problem: `has the offset ${sign}${oh}:${om}, which is not a time zone: offsets go up to \xB123:59` };
    offset = (sign === "+" ? 1 : -1) * (offsetHours * 60 + offsetMinutes) * 6e4;
  }
  const milliseconds = fraction === void 0 ? 0 : Math.floor(Number(`0.${fraction}`) * 1e3);
  return { end: Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - offset };
}

// src/config/prune.ts
function pruneInvalid(data, errors, dropped) {
  if (!isRecord(data)) return void 0;
  for (const error of errors) {
    if (error.keyword === "if") continue;
    const path6 = pointerToPath(error.instancePath);
    const propertyName = error.propertyName;
    if (propertyName !== void 0) remove(data, [...path6, propertyName], dropped);
    else if (error.keyword === "additionalProperties") remove(data, [...path6, String(error.params.additionalProperty)], dropped);
    else if (error.keyword === "required") remove(data, path6, dropped);
    else remove(data, requiredOwner(path6), dropped);
  }
  return data;
}
function requiredOwner(path6) {
  const [top, , part, , field] = path6;
  if (top === "members" && path6.length === 3 && part === "role") return path6.slice(0, 2);
  if (top === "members" && part === "grants" && path6.length === 5 && field === "until") return path6.slice(0, 4);
  return path6;
}
function remove(data, path6, dropped) {
  if (path6.length === 0) return;
  if (path6[0] === "members" && path6.length >= 2) {
    if (path6.length === 2) dropped.add(String(path6[1]).toLowerCase());
  }
  let parent = data;
  for (const segment of path6.slice(0, -1)) {
    if (!isContainer(parent)) return;
    parent = parent[segment];
  }
  const last = path6.at(-1) ?? "";
  if (Array.isArray(parent)) {
    const index = Number(last);
    if (Number.isInteger(index) && index >= 0 && index < parent.length) parent[index] = void 0;
  } else if (isRecord(parent) && Object.hasOwn(parent, last)) {
    delete parent[last];
  }
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function isContainer(value) {
  return value !== null && typeof value === "object";
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

// src/config/schema-validator.generated.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "sentry-members-sync configuration", "description": "The reviewed membership of one Sentry organization: who is in it, with which org role, on which teams with which team role. See the README of sentry-members-sync. A config may be split over several files (a directory or a glob), each holding part of it.", "type": "object", "additionalProperties": false, "properties": { "organization": { "description": "Slug of the Sentry organization. The action's `organization` input overrides it.", "type": "string", "pattern": "^(?![0-9]+$)[a-z0-9_-]+$", "maxLength": 50 }, "unlisted": { "description": "What to do with organization members that are neither in `members` nor in `ignore`: report them in the plan, ignore them, or remove them from the organization.", "enum": ["report", "ignore", "remove"], "default": "report" }, "missing": { "description": "What to do with listed emails that are not in the organization: report them in the plan, or invite them.", "enum": ["report", "invite"], "default": "report" }, "ignore": { "description": "Emails that are never changed, never removed and never reported (bots, break-glass accounts).", "type": "array", "items": { "$ref": "#/$defs/email" } }, "members": { "description": "Organization members by email (matched case-insensitively). The value is an org role (teams not managed) or an object with `role` and, optionally, `teams`, `until` and `grants`.", "type": "object", "propertyNames": { "$ref": "#/$defs/email" }, "additionalProperties": { "$ref": "#/$defs/member" } }, "teams": { "description": "Team sections: a team's roster, for its leads to own (CODEOWNERS on the team's file). A team with a section is managed as a whole: after an apply its roster is exactly the people declared on it, here or in member entries, and the members of the GitHub team it follows (`github-team`). Every email here must be listed under `members` (in any file of the config); people who come from a GitHub team need not be.", "type": "object", "propertyNames": { "$ref": "#/$defs/teamSlug" }, "additionalProperties": { "$ref": "#/$defs/teamSection" } }, "people": { "description": "GitHub login -> the email of that person's Sentry account, for team sections that follow a GitHub team (`github-team`). Logins are matched case-insensitively. Where the GitHub organization uses SAML single sign-on and `github-teams-token` may read it, a login without an entry here takes its SAML identity's email; a login with neither is left out, with a warning.", "type": "object", "propertyNames": { "$ref": "#/$defs/githubLogin" }, "additionalProperties": { "$ref": "#/$defs/email" } }, "approvals": { "description": "Who must approve privileged changes. With `privileged` set, a change that makes someone owner or manager (an org-role change up to either, an invitation with either role, a grant of either) is made only by the apply of a merged pull request that one of these people approved on its final head commit (not its author, not dismissed); any other run blocks it.", "type": "object", "additionalProperties": false, "required": ["privileged"], "properties": { "privileged": { "description": "GitHub logins (`octocat`) and GitHub teams (`org/team-slug`, whose members count; read with the `github-teams-token` input) whose approval lets an owner or manager grant be made.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/approver" }, "examples": [["octocat", "acme/sentry-admins"]] } } } }, "$defs": { "email": { "description": "An email address: one @, a domain with a dot, no whitespace, control or invisible characters.", "type": "string", "pattern": "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$", "maxLength": 254 }, "orgRole": { "description": "Org role. `admin` is retired on organizations that use team roles.", "enum": ["member", "manager", "owner", "billing", "admin"] }, "teamRole": { "description": "Explicit team role.", "enum": ["contributor", "admin"] }, "teamSlug": { "description": "Slug of a Sentry team.", "type": "string", "pattern": "^(?![0-9]+$)[a-z0-9_-]+$", "maxLength": 50 }, "githubLogin": { "description": "A GitHub login (as in github.com/<login>), without the @.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$" }, "githubTeam": { "description": "A GitHub team as `org/team-slug` (github.com/orgs/<org>/teams/<team-slug>).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$" }, "member": { "if": { "type": "string" }, "then": { "$ref": "#/$defs/orgRole" }, "else": { "type": "object", "additionalProperties": false, "required": ["role"], "properties": { "role": { "$ref": "#/$defs/orgRole" }, "teams": { "$ref": "#/$defs/memberTeams" }, "until": { "description": "The entry ends: from then on the member is removed from the organization, whatever `unlisted` says.", "$ref": "#/$defs/until" }, "grants": { "description": "Temporary additions, each with its own end: a higher org role and/or teams (with their team roles).", "type": "array", "items": { "$ref": "#/$defs/grant" } } } } }, "teamSection": { "type": "object", "additionalProperties": false, "properties": { "github-team": { "description": "Follow a GitHub team (`org/team-slug`): its members are on this team (maintainers with the team role admin, members with the role implied by the org role), their emails from `people` or the organization's SAML identities. Explicit lists beside it still count and win for the people they name. People who are not under `members` count as listed with the org role member.", "$ref": "#/$defs/githubTeam" }, "admins": { "description": "On the team with the explicit team role admin.", "type": "array", "items": { "$ref": "#/$defs/email" } }, "contributors": { "description": "On the team with the explicit team role contributor.", "type": "array", "items": { "$ref": "#/$defs/email" } }, "members": { "description": "On the team with no explicit team role (the one implied by the org role).", "type": "array", "items": { "$ref": "#/$defs/email" } } } }, "until": { "description": "The end: a date (the access holds through that day, UTC), or an RFC 3339 timestamp.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$" }, "memberTeams": { "description": "Absent: team memberships are not managed and are kept as they are. A list of slugs: exactly these teams, with the team role implied by the org role. A map slug -> team role: exactly these teams with explicit team roles. `[]`: no team.", "if": { "type": "array" }, "then": { "type": "array", "items": { "$ref": "#/$defs/teamSlug" } }, "else": { "type": "object", "propertyNames": { "$ref": "#/$defs/teamSlug" }, "additionalProperties": { "$ref": "#/$defs/teamRole" } } }, "grant": { "type": "object", "additionalProperties": false, "required": ["until"], "properties": { "role": { "description": "A higher org role than the entry's, while the grant holds.", "$ref": "#/$defs/orgRole" }, "teams": { "description": "Teams the member is on while the grant holds (list: the role implied by the org role; map: explicit team roles).", "$ref": "#/$defs/memberTeams" }, "until": { "$ref": "#/$defs/until" } }, "description": "A temporary addition: `role` and/or `teams`, until its end." }, "approver": { "description": "A GitHub login (`octocat`, without the @) or a GitHub team as `org/team-slug`.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$" } } };
var func1 = import_ucs2length.default.default ?? import_ucs2length.default;
var pattern4 = new RegExp("^(?![0-9]+$)[a-z0-9_-]+$", "u");
var pattern5 = new RegExp("^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$", "u");
var pattern16 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "u");
var pattern18 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$", "u");
var schema35 = { "description": "Org role. `admin` is retired on organizations that use team roles.", "enum": ["member", "manager", "owner", "billing", "admin"] };
var schema40 = { "description": "Explicit team role.", "enum": ["contributor", "admin"] };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!Array.isArray(data)) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
          if (func1(data0) > 50) {
            const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (!pattern4.test(data0)) {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^(?![0-9]+$)[a-z0-9_-]+$" }, message: 'must match pattern "^(?![0-9]+$)[a-z0-9_-]+$"' };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        } else {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var items0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs10 = errors;
        if (typeof key0 === "string") {
          if (func1(key0) > 50) {
            const err5 = { instancePath, schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", propertyName: key0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (!pattern4.test(key0)) {
            const err6 = { instancePath, schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^(?![0-9]+$)[a-z0-9_-]+$" }, message: 'must match pattern "^(?![0-9]+$)[a-z0-9_-]+$"', propertyName: key0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath, schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var valid4 = _errs10 === errors;
        if (!valid4) {
          const err8 = { instancePath, schemaPath: "#/else/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      for (const key1 in data) {
        let data1 = data[key1];
        if (!(data1 === "contributor" || data1 === "admin")) {
          const err9 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/teamRole/enum", keyword: "enum", params: { allowedValues: schema40.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    } else {
      const err10 = { instancePath, schemaPath: "#/else/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    var _valid0 = _errs8 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err11 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate22.errors = vErrors;
  evaluated0.props = props0;
  evaluated0.items = items0;
  return errors === 0;
}
validate22.evaluated = { "dynamicProps": true, "dynamicItems": true };
var pattern9 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.until === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "until" }, message: "must have required property 'until'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "role" || key0 === "teams" || key0 === "until")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data0 = data.role;
      if (!(data0 === "member" || data0 === "manager" || data0 === "owner" || data0 === "billing" || data0 === "admin")) {
        const err2 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/orgRole/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.teams !== void 0) {
      if (!validate22(data.teams, { instancePath: instancePath + "/teams", parentData: data, parentDataProperty: "teams", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.until !== void 0) {
      let data2 = data.until;
      if (typeof data2 === "string") {
        if (!pattern9.test(data2)) {
          const err3 = { instancePath: instancePath + "/until", schemaPath: "#/$defs/until/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/until", schemaPath: "#/$defs/until/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (!(data === "member" || data === "manager" || data === "owner" || data === "billing" || data === "admin")) {
      const err1 = { instancePath, schemaPath: "#/$defs/orgRole/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.role === void 0) {
        const err2 = { instancePath, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "role" || key0 === "teams" || key0 === "until" || key0 === "grants")) {
          const err3 = { instancePath, schemaPath: "#/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.role !== void 0) {
        let data0 = data.role;
        if (!(data0 === "member" || data0 === "manager" || data0 === "owner" || data0 === "billing" || data0 === "admin")) {
          const err4 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/orgRole/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.teams !== void 0) {
        if (!validate22(data.teams, { instancePath: instancePath + "/teams", parentData: data, parentDataProperty: "teams", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
          errors = vErrors.length;
        }
      }
      if (data.until !== void 0) {
        let data2 = data.until;
        if (typeof data2 === "string") {
          if (!pattern9.test(data2)) {
            const err5 = { instancePath: instancePath + "/until", schemaPath: "#/$defs/until/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$"' };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        } else {
          const err6 = { instancePath: instancePath + "/until", schemaPath: "#/$defs/until/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.grants !== void 0) {
        let data3 = data.grants;
        if (Array.isArray(data3)) {
          const len0 = data3.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (!validate24(data3[i0], { instancePath: instancePath + "/grants/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err7 = { instancePath: instancePath + "/grants", schemaPath: "#/else/properties/grants/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    } else {
      const err8 = { instancePath, schemaPath: "#/else/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props1 = true;
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err9 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate21.errors = vErrors;
  evaluated0.props = props1;
  return errors === 0;
}
validate21.evaluated = { "dynamicProps": true, "dynamicItems": false };
var pattern12 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "u");
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "github-team" || key0 === "admins" || key0 === "contributors" || key0 === "members")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data["github-team"] !== void 0) {
      let data0 = data["github-team"];
      if (typeof data0 === "string") {
        if (!pattern12.test(data0)) {
          const err1 = { instancePath: instancePath + "/github-team", schemaPath: "#/$defs/githubTeam/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"' };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/github-team", schemaPath: "#/$defs/githubTeam/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.admins !== void 0) {
      let data1 = data.admins;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func1(data2) > 254) {
              const err3 = { instancePath: instancePath + "/admins/" + i0, schemaPath: "#/$defs/email/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (!pattern5.test(data2)) {
              const err4 = { instancePath: instancePath + "/admins/" + i0, schemaPath: "#/$defs/email/pattern", keyword: "pattern", params: { pattern: "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$" }, message: 'must match pattern "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"' };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/admins/" + i0, schemaPath: "#/$defs/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/admins", schemaPath: "#/properties/admins/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.contributors !== void 0) {
      let data3 = data.contributors;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (func1(data4) > 254) {
              const err7 = { instancePath: instancePath + "/contributors/" + i1, schemaPath: "#/$defs/email/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern5.test(data4)) {
              const err8 = { instancePath: instancePath + "/contributors/" + i1, schemaPath: "#/$defs/email/pattern", keyword: "pattern", params: { pattern: "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$" }, message: 'must match pattern "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"' };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/contributors/" + i1, schemaPath: "#/$defs/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/contributors", schemaPath: "#/properties/contributors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.members !== void 0) {
      let data5 = data.members;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data6 = data5[i2];
          if (typeof data6 === "string") {
            if (func1(data6) > 254) {
              const err11 = { instancePath: instancePath + "/members/" + i2, schemaPath: "#/$defs/email/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (!pattern5.test(data6)) {
              const err12 = { instancePath: instancePath + "/members/" + i2, schemaPath: "#/$defs/email/pattern", keyword: "pattern", params: { pattern: "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$" }, message: 'must match pattern "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"' };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/members/" + i2, schemaPath: "#/$defs/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "organization" || key0 === "unlisted" || key0 === "missing" || key0 === "ignore" || key0 === "members" || key0 === "teams" || key0 === "people" || key0 === "approvals")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.organization !== void 0) {
      let data0 = data.organization;
      if (typeof data0 === "string") {
        if (func1(data0) > 50) {
          const err1 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err2 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/pattern", keyword: "pattern", params: { pattern: "^(?![0-9]+$)[a-z0-9_-]+$" }, message: 'must match pattern "^(?![0-9]+$)[a-z0-9_-]+$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.unlisted !== void 0) {
      let data1 = data.unlisted;
      if (!(data1 === "report" || data1 === "ignore" || data1 === "remove")) {
        const err4 = { instancePath: instancePath + "/unlisted", schemaPath: "#/properties/unlisted/enum", keyword: "enum", params: { allowedValues: schema31.properties.unlisted.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.missing !== void 0) {
      let data2 = data.missing;
      if (!(data2 === "report" || data2 === "invite")) {
        const err5 = { instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/enum", keyword: "enum", params: { allowedValues: schema31.properties.missing.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data3 = data.ignore;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func1(data4) > 254) {
              const err6 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/$defs/email/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (!pattern5.test(data4)) {
              const err7 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/$defs/email/pattern", keyword: "pattern", params: { pattern: "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$" }, message: 'must match pattern "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/$defs/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.members !== void 0) {
      let data5 = data.members;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          const _errs13 = errors;
          if (typeof key1 === "string") {
            if (func1(key1) > 254) {
              const err10 = { instancePath: instancePath + "/members", schemaPath: "#/$defs/email/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters", propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (!pattern5.test(key1)) {
              const err11 = { instancePath: instancePath + "/members", schemaPath: "#/$defs/email/pattern", keyword: "pattern", params: { pattern: "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$" }, message: 'must match pattern "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"', propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/members", schemaPath: "#/$defs/email/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var valid4 = _errs13 === errors;
          if (!valid4) {
            const err13 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        for (const key2 in data5) {
          if (!validate21(data5[key2], { instancePath: instancePath + "/members/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.teams !== void 0) {
      let data7 = data.teams;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key3 in data7) {
          const _errs20 = errors;
          if (typeof key3 === "string") {
            if (func1(key3) > 50) {
              const err15 = { instancePath: instancePath + "/teams", schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (!pattern4.test(key3)) {
              const err16 = { instancePath: instancePath + "/teams", schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^(?![0-9]+$)[a-z0-9_-]+$" }, message: 'must match pattern "^(?![0-9]+$)[a-z0-9_-]+$"', propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/teams", schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key3 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var valid7 = _errs20 === errors;
          if (!valid7) {
            const err18 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        for (const key4 in data7) {
          if (!validate28(data7[key4], { instancePath: instancePath + "/teams/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data7, parentDataProperty: key4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.people !== void 0) {
      let data9 = data.people;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key5 in data9) {
          const _errs27 = errors;
          if (typeof key5 === "string") {
            if (!pattern16.test(key5)) {
              const err20 = { instancePath: instancePath + "/people", schemaPath: "#/$defs/githubLogin/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"', propertyName: key5 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/people", schemaPath: "#/$defs/githubLogin/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key5 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          var valid10 = _errs27 === errors;
          if (!valid10) {
            const err22 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        for (const key6 in data9) {
          let data10 = data9[key6];
          if (typeof data10 === "string") {
            if (func1(data10) > 254) {
              const err23 = { instancePath: instancePath + "/people/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/email/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (!pattern5.test(data10)) {
              const err24 = { instancePath: instancePath + "/people/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/email/pattern", keyword: "pattern", params: { pattern: "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$" }, message: 'must match pattern "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"' };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/people/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data11 = data.approvals;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.privileged === void 0) {
          const err27 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/required", keyword: "required", params: { missingProperty: "privileged" }, message: "must have required property 'privileged'" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        for (const key7 in data11) {
          if (!(key7 === "privileged")) {
            const err28 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data11.privileged !== void 0) {
          let data12 = data11.privileged;
          if (Array.isArray(data12)) {
            if (data12.length < 1) {
              const err29 = { instancePath: instancePath + "/approvals/privileged", schemaPath: "#/properties/approvals/properties/privileged/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            const len1 = data12.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data13 = data12[i1];
              if (typeof data13 === "string") {
                if (!pattern18.test(data13)) {
                  const err30 = { instancePath: instancePath + "/approvals/privileged/" + i1, schemaPath: "#/$defs/approver/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$"' };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/approvals/privileged/" + i1, schemaPath: "#/$defs/approver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/approvals/privileged", schemaPath: "#/properties/approvals/properties/privileged/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/config/schema.ts
var CONFIG_SCHEMA = sentry_members_schema_default;
function schemaErrors(data) {
  return validate(data) ? [] : [...validate.errors ?? []];
}
function describeSchemaErrors(errors, data) {
  const issues = [];
  for (const error of errors) {
    if (error.keyword === "if" || error.keyword === "propertyNames") continue;
    const path6 = pointerToPath(error.instancePath);
    const propertyName = error.propertyName;
    if (propertyName !== void 0) {
      issues.push({ path: [...path6, propertyName], at: "key", message: describeBadKey(path6, propertyName) });
      continue;
    }
    const value = valueAt(data, path6);
    const where2 = describePath(path6);
    switch (error.keyword) {
      case "additionalProperties": {
        const key = String(error.params.additionalProperty);
        issues.push({ path: [...path6, key], at: "key", message: describeUnknownKey(path6, key) });
        break;
      }
      case "required": {
        const missing = String(error.params.missingProperty);
        issues.push({
          path: path6,
          at: "key",
          message: `${where2} is missing the required key "${missing}"${missing === "until" ? ` (${UNTIL_FORMS})` : missing === "role" ? ` (an org role: ${ORG_ROLES})` : ""}`
        });
        break;
      }
      case "enum":
        issues.push({
          path: path6,
          at: "value",
          message: `${quote(value)} is not a valid ${describeEnum(path6)}${kindAt(path6) === "policy" ? "" : ` (${where2})`}; expected one of: ${error.params.allowedValues.join(", ")}.${typeof value === "string" ? didYouMean(value, error.params.allowedValues) : ""}`
        });
        break;
      case "type":
        issues.push({ path: path6, at: "value", message: describeType(path6, where2, value, String(error.params.type)) });
        break;
      case "pattern":
        issues.push({ path: path6, at: "value", message: describePattern(path6, where2, value) });
        break;
      case "maxLength":
        issues.push({
          path: path6,
          at: "value",
          message: `${where2} is longer than ${String(error.params.limit)} characters${kindAt(path6) === "email" ? " (an email has at most 254)" : kindAt(path6) === "team" || kindAt(path6) === "organization" ? ` (a slug: ${SLUG_RULE})` : ""}`
        });
        break;
      case "minItems":
        issues.push({ path: path6, at: "value", message: describeTooFew(path6, where2) });
        break;
      default:
        issues.push({ path: path6, at: "value", message: `${where2} ${error.message ?? "is not valid"}` });
    }
  }
  return issues;
}
var ORG_ROLES = "member, manager, owner, billing, admin";
function describeBadKey(path6, key) {
  if (path6[0] === "members" && path6.length === 1)
    return `${quote(key)} is not an email address (a key under members)${invisibleIn(key, "email")}`;
  if (path6[0] === "people" && path6.length === 1)
    return `${quote(key)} is not a GitHub login (key under people: the login as in github.com/<login>, without "@")`;
  const place = path6.length === 1 && path6[0] === "teams" ? "a team section" : describePath(path6);
  return `${quote(key)} is not a valid team slug (${SLUG_RULE}), in ${place}${invisibleIn(key, "slug")}`;
}
function invisibleIn(text, field) {
  const found = firstInvisible(text);
  if (found === void 0) return "";
  const character = found === "U+0020" ? "a space" : `the invisible or control character ${found}`;
  switch (field) {
    case "email":
      return `: it contains ${character}, which an email never has; retype the address`;
    case "slug":
      return `: it contains ${character}, which a slug never has; copy the slug from Sentry's settings`;
    case "date":
      return `: it contains ${character}; write it as ${UNTIL_FORMS}`;
  }
}
function describeUnknownKey(path6, key) {
  const allowed = allowedKeys(path6);
  const where2 = path6.length === 0 ? "at the top level" : `in ${describePath(path6)}`;
  const hint = key === "<<" ? " YAML merge keys (<<) are not supported: write the entry out in full, or use an alias (*name) for a whole value." : didYouMean(key, allowed);
  return `unknown key ${quote(key)} ${where2}${allowed.length > 0 ? `; allowed keys: ${allowed.join(", ")}.` : "."}${hint}`;
}
function allowedKeys(path6) {
  const defs = sentry_members_schema_default.$defs;
  switch (kindAt(path6)) {
    case "member":
      return Object.keys(defs.member?.else?.properties ?? {});
    case "grant":
      return Object.keys(defs.grant?.properties ?? {});
    case "section":
      return Object.keys(defs.teamSection?.properties ?? {});
    case "approvals":
      return Object.keys(sentry_members_schema_default.properties.approvals.properties);
    default:
      return path6.length === 0 ? Object.keys(sentry_members_schema_default.properties) : [];
  }
}
function kindAt(path6) {
  const [top, name, part, index, field] = path6;
  if (top === "people" && path6.length === 2) return "email";
  if (top === "teams" && part === "github-team") return "github team";
  if (top === "members") {
    if (path6.length === 2) return "member";
    if (part === "role") return "org role";
    if (part === "teams") return path6.length === 3 ? "teams" : "team";
    if (part === "until") return "until";
    if (part === "grants") {
      if (path6.length === 3) return "grants";
      if (path6.length === 4) return "grant";
      if (field === "role") return "org role";
      if (field === "until") return "until";
      if (field === "teams") return path6.length === 5 ? "teams" : "team";
    }
  }
  if (top === "teams" && name !== void 0) {
    if (path6.length === 2) return "section";
    if (path6.length === 3) return "section list";
    if (index !== void 0) return "email";
  }
  if (top === "ignore" && name !== void 0) return "email";
  if (top === "organization") return "organization";
  if (top === "unlisted" || top === "missing") return "policy";
  if (top === "approvals") return path6.length === 3 ? "approver" : "approvals";
  return "other";
}
function describeEnum(path6) {
  switch (kindAt(path6)) {
    case "member":
    case "org role":
      return "org role";
    case "team":
      return "team role";
    case "policy":
      return `value for ${path6[0]}`;
    default:
      return "value";
  }
}
function describePattern(path6, where2, value) {
  const text = typeof value === "string" ? value : "";
  switch (kindAt(path6)) {
    case "email":
      return `${quote(value)} is not an email address (${where2}): an email is one @ with a name before it and a domain with a dot after it${invisibleIn(text, "email")}`;
    case "team":
      return `${quote(value)} is not a valid team slug (${where2}): a slug has ${SLUG_RULE}${invisibleIn(text, "slug")}`;
    case "organization":
      return `${quote(value)} is not a valid organization slug: a slug has ${SLUG_RULE}, as in the address sentry.io/organizations/<slug>/${invisibleIn(text, "slug")}`;
    case "until":
      return `${quote(value)} is not ${UNTIL_FORMS} (${where2})${invisibleIn(text, "date")}`;
    case "github team":
      return `${quote(value)} is not a GitHub team as org/team-slug (acme/backend, as in github.com/orgs/acme/teams/backend) (${where2})`;
    case "approver":
      return `${quote(value)} is not a GitHub login (octocat) or a GitHub team (org/team-slug) (${where2})${approverHint(text)}`;
    default:
      return `${quote(value)} is not in the expected form (${where2})`;
  }
}
function describeType(path6, where2, value, expected) {
  const found = path6.length === 0 ? kindOf(value) : typeName(value);
  switch (kindAt(path6)) {
    case "member":
      return `${where2} must be an org role (${ORG_ROLES}) or a mapping with "role" and optional "teams", "until" and "grants"; found ${found}`;
    case "teams":
      return `${where2} must be a list of team slugs or a mapping of team slug to team role (contributor, admin); found ${found}`;
    case "grants":
      return `${where2} must be a list of grants, each a mapping with "until" and "role" and/or "teams"; found ${found}`;
    case "grant":
      return `${where2} must be a mapping with "until" and "role" and/or "teams"; found ${found}`;
    case "section":
      return `${where2} must be a mapping with "admins", "contributors" and/or "members" (lists of emails); found ${found}`;
    case "section list":
      return `${where2} must be a list of emails; found ${found}`;
    case "until":
      return `${where2} must be ${UNTIL_FORMS}; found ${found}`;
    default:
      if (path6.length === 0)
        return `the file must be a mapping of keys such as organization, members and teams (see members.example.yml); found ${found}`;
      return `${where2} must be ${expected === "object" ? "a mapping" : expected === "array" ? "a list" : `a ${expected}`}; found ${found}`;
  }
}
function describePath(path6) {
  if (path6.length === 0) return "the file";
  const [top, name, part, item, field] = path6;
  const nth = (index) => /^\d+$/.test(index) ? `#${Number(index) + 1}` : quote(index);
  if (top === "members" && name !== void 0) {
    if (part === void 0) return `member ${name}`;
    if (part === "role") return `the role of ${name}`;
    if (part === "teams" && item !== void 0) return `team ${nth(item)} of ${name}`;
    if (part === "teams") return `the teams of ${name}`;
    if (part === "until") return `the end (until) of ${name}`;
    if (part === "grants" && item === void 0) return `the grants of ${name}`;
    if (part === "grants" && item !== void 0) {
      const grant = `grant #${Number(item) + 1} of ${name}`;
      if (field === void 0) return grant;
      if (field === "until") return `the end (until) of ${grant}`;
      if (field === "role") return `the role of ${grant}`;
      if (field === "teams") return path6[5] === void 0 ? `the teams of ${grant}` : `team ${nth(path6[5])} of ${grant}`;
    }
  }
  if (top === "people" && name !== void 0) return `the email of GitHub login ${name}`;
  if (top === "teams" && name !== void 0 && part === "github-team") return `the GitHub team of team "${name}"`;
  if (top === "teams" && name !== void 0) {
    const team = `team ${quote(name)}`;
    if (part === void 0) return `the section of ${team}`;
    if (item === void 0) return `${part} of ${team}`;
    return `${part} ${nth(item)} of ${team}`;
  }
  if (top === "ignore" && name !== void 0) return `ignore entry #${Number(name) + 1}`;
  if (top === "approvals" && part !== void 0) return `approvals.privileged entry #${Number(part) + 1}`;
  if (path6.length === 1 && top !== void 0) return `"${top}"`;
  return `"${path6.join(".")}"`;
}
var APPROVER = new RegExp(sentry_members_schema_default.$defs.approver.pattern, "u");
function approverHint(value) {
  const bare = value.replace(/^@/, "");
  return bare !== value && APPROVER.test(bare) ? `: write ${quote(bare)}, without the @` : "";
}
function describeTooFew(path6, where2) {
  if (kindAt(path6) === "approvals")
    return "approvals.privileged lists nobody, so no owner or manager grant could ever be made: list the GitHub logins or org/team slugs who may approve them, or remove approvals";
  return `${where2} must not be empty`;
}
function valueAt(data, path6) {
  let current = data;
  for (const segment of path6) {
    if (current === null || typeof current !== "object") return void 0;
    current = Object.hasOwn(current, segment) ? current[segment] : void 0;
  }
  return current;
}
function kindOf(value) {
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return typeof value === "string" ? "text" : `a ${typeof value}`;
}
function typeName(value) {
  if (value === null || typeof value === "object") return kindOf(value);
  return `${typeof value === "string" ? "the text" : `the ${typeof value}`} ${quote(value)}`;
}
function quote(value) {
  const text = escapeInvisible(typeof value === "string" ? JSON.stringify(value) : String(JSON.stringify(value) ?? value));
  return text.length > 80 ? `${text.slice(0, 77)}..."` : text;
}

// src/config/emails.ts
function checkEmailCharacters(email, position, report) {
  const invisible = firstInvisible(email);
  if (invisible !== void 0) {
    report(
      "error",
      position,
      `${quote(email)} contains the invisible or control character ${invisible}, which an email never has; retype the address`
    );
    return;
  }
  const letters = nonAscii(email);
  if (letters.length === 0) return;
  report(
    "warning",
    position,
    `${quote(email)} contains non-ASCII characters (${letters.map((letter) => `${letter} U+${(letter.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`).join(", ")}): check that it is the address you mean and not a look-alike`
  );
}

// src/domain/roles.ts
var ORG_ROLES2 = ["billing", "member", "admin", "manager", "owner"];
var TEAM_ROLES = ["contributor", "admin"];
function isOrgRole(value) {
  return typeof value === "string" && ORG_ROLES2.includes(value);
}
function isTeamRole(value) {
  return typeof value === "string" && TEAM_ROLES.includes(value);
}
function orgRoleRank(role) {
  return ORG_ROLES2.indexOf(role);
}
function minimumTeamRole(orgRole2) {
  return orgRole2 === "admin" || orgRole2 === "manager" || orgRole2 === "owner" ? "admin" : "contributor";
}
function effectiveTeamRole(orgRole2, stored) {
  const minimum = minimumTeamRole(orgRole2);
  return stored === "admin" || minimum === "admin" ? "admin" : "contributor";
}

// src/domain/team-roles.ts
var TeamRoles = class _TeamRoles {
  static EMPTY = new _TeamRoles([]);
  /** slug, role, slug, role, ... */
  pairs;
  constructor(pairs) {
    this.pairs = pairs;
  }
  /** Like `new Map(entries)`: a slug given twice keeps its first place and its last role. */
  static from(entries) {
    const pairs = [];
    for (const [slug2, role] of entries) {
      let at2 = 0;
      while (at2 < pairs.length && pairs[at2] !== slug2) at2 += 2;
      if (at2 < pairs.length) pairs[at2 + 1] = role;
      else pairs.push(slug2, role);
    }
    return _TeamRoles.fromPairs(pairs);
  }
  /** From slug, role, slug, role, ... with distinct slugs (as one roster per team gives them). */
  static fromPairs(pairs) {
    return pairs.length === 0 ? _TeamRoles.EMPTY : new _TeamRoles(pairs.slice());
  }
  /**
   * For each key, the (slug, role) pairs `each` gives it, in the order given, as TeamRoles: an
   * inverted index (email -> the teams whose sections list it). `each` is called twice, once to
   * count and once to fill, so that every list is allocated once at its size: at 50,000 members,
   * lists grown by push left about 10 MB of garbage that lived long enough to reach the old
   * generation and raise the run's peak memory.
   */
  static index(each) {
    const sizes = /* @__PURE__ */ new Map();
    each((key) => sizes.set(key, (sizes.get(key) ?? 0) + 2));
    const index = /* @__PURE__ */ new Map();
    each((key, slug2, role) => {
      let roles = index.get(key);
      if (roles === void 0) {
        roles = new _TeamRoles(new Array(sizes.get(key) ?? 0));
        index.set(key, roles);
      }
      const pairs = roles.pairs;
      let at2 = 0;
      while (pairs[at2] !== void 0) at2 += 2;
      pairs[at2] = slug2;
      pairs[at2 + 1] = role;
    });
    return index;
  }
  get size() {
    return this.pairs.length / 2;
  }
  get(slug2) {
    for (let at2 = 0; at2 < this.pairs.length; at2 += 2) if (this.pairs[at2] === slug2) return this.pairs[at2 + 1];
    return void 0;
  }
  has(slug2) {
    return this.get(slug2) !== void 0;
  }
  forEach(callback, thisArg) {
    for (const [slug2, role] of this.#list()) callback.call(thisArg, role, slug2, this);
  }
  entries() {
    return this.#list().values();
  }
  keys() {
    return this.#list().map(([slug2]) => slug2).values();
  }
  values() {
    return this.#list().map(([, role]) => role).values();
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  #list() {
    const list2 = [];
    for (let at2 = 0; at2 < this.pairs.length; at2 += 2)
      list2.push([this.pairs[at2], this.pairs[at2 + 1]]);
    return list2;
  }
};

// src/config/members.ts
function readMembers(rawMembers, reader) {
  const { file, source, report } = reader;
  const members = /* @__PURE__ */ new Map();
  const firstSpelling = /* @__PURE__ */ new Map();
  let done;
  for (const key of Object.keys(rawMembers)) {
    if (done !== void 0) rawMembers[done] = void 0;
    done = key;
    const value = rawMembers[key];
    const email = reader.email(key.toLowerCase());
    const entry = source.locate(["members", key], "key");
    const earlier = firstSpelling.get(email);
    if (earlier !== void 0) {
      const line = members.get(email)?.source.entry.line;
      report(
        "error",
        entry,
        `${quote(key)} and ${quote(earlier)} (line ${line}) are the same member: emails are compared case-insensitively; keep one entry`
      );
      continue;
    }
    firstSpelling.set(email, key);
    checkEmailCharacters(key, entry, report);
    const member = typeof value === "string" ? { role: value } : value;
    const role = reader.intern(member.role);
    const teamsPath = ["members", key, "teams"];
    const places = [entry.line, entry.column];
    let teams;
    if (member.teams !== void 0) {
      teams = readTeams(member.teams, teamsPath, role, key, places, reader);
      if (role === "billing" && teams.size > 0) {
        report(
          "error",
          source.locate(teamsPath, "key"),
          `${key} has the org role "billing", which cannot be on teams (Sentry refuses it): remove the teams or choose another role`
        );
      }
    }
    const until = member.until === void 0 ? void 0 : readUntil(member.until, source.locate(["members", key, "until"]), reader);
    const grants = readGrants(member.grants ?? [], key, role, reader);
    members.set(email, {
      email,
      role,
      teams,
      ...until ? { until } : {},
      grants: grants.length === 0 ? NO_GRANTS : grants,
      // A copy: an array grown by push keeps room for 16 more items (megabytes at 50,000 members).
      source: new EntrySource(file, places.slice())
    });
  }
  return members;
}
var NO_GRANTS = Object.freeze([]);
var EntrySource = class {
  file;
  #places;
  constructor(file, places) {
    this.file = file;
    this.#places = places;
  }
  get entry() {
    return { line: this.#places[0] ?? 1, column: this.#places[1] ?? 1 };
  }
  get teams() {
    const teams = [];
    for (let at2 = 2; at2 + 1 < this.#places.length; at2 += 2)
      teams.push({ line: this.#places[at2] ?? 1, column: this.#places[at2 + 1] ?? 1 });
    return teams;
  }
};
function readTeams(value, path6, role, key, places, reader) {
  const { source, report, intern } = reader;
  const normalized2 = /* @__PURE__ */ new Map();
  const entries = Array.isArray(value) ? value.flatMap((slug2, index) => slug2 === void 0 ? [] : [[slug2, null, String(index)]]) : Object.entries(value).map(([slug2, teamRole]) => [slug2, intern(teamRole), slug2]);
  for (const [slug2, teamRole, segment] of entries) {
    const position = source.locate([...path6, segment], Array.isArray(value) ? "value" : "key");
    if (normalized2.has(slug2)) {
      report("error", position, `team "${slug2}" is listed twice for ${key}`);
      continue;
    }
    normalized2.set(intern(slug2), teamRole);
    places.push(position.line, position.column);
    if (teamRole !== null && teamRole !== "admin" && effectiveTeamRole(role, teamRole) !== teamRole) {
      report(
        "warning",
        position,
        `team role "${teamRole}" on "${slug2}" has no effect for ${key}: a ${role} is at least team admin on every team; write the team in list form or as "admin"`
      );
    }
  }
  return TeamRoles.from(normalized2);
}
function readGrants(raw, key, role, reader) {
  const { source, report } = reader;
  const grants = [];
  for (const [index, grant] of raw.entries()) {
    if (grant === void 0) continue;
    const path6 = ["members", key, "grants", String(index)];
    const position = source.locate(path6);
    const end = readUntil(grant.until, source.locate([...path6, "until"]), reader);
    if (grant.role === void 0 && grant.teams === void 0)
      report("error", position, `a grant of ${key} needs "role" or "teams" (or both): what does it give until ${grant.until}?`);
    const grantRole = grant.role === void 0 ? void 0 : reader.intern(grant.role);
    if (grantRole !== void 0 && orgRoleRank(grantRole) <= orgRoleRank(role))
      report(
        "error",
        source.locate([...path6, "role"]),
        `the grant's role "${grantRole}" is not above the role of ${key} ("${role}"): a grant adds access; raise it, or change the entry's role`
      );
    const grantTeams = grant.teams === void 0 ? void 0 : readTeams(grant.teams, [...path6, "teams"], grantRole ?? role, key, [], reader);
    if (grantTeams && grantTeams.size > 0 && (grantRole ?? role) === "billing")
      report(
        "error",
        source.locate([...path6, "teams"], "key"),
        `${key} is a billing member, who cannot be on teams: a grant cannot add teams`
      );
    if (end)
      grants.push({
        ...grantRole ? { role: grantRole } : {},
        ...grantTeams ? { teams: grantTeams } : {},
        until: end,
        position
      });
  }
  return grants;
}
function readUntil(text, position, reader) {
  const parsed = parseUntil(text);
  if ("problem" in parsed) {
    reader.report("error", position, `${quote(text)} ${parsed.problem} (expected ${UNTIL_FORMS})`);
    return void 0;
  }
  return { text, end: parsed.end };
}

// src/config/people.ts
function readPeople(raw, reader) {
  const { file, source, report } = reader;
  const people = /* @__PURE__ */ new Map();
  for (const [login, address] of Object.entries(raw)) {
    const position = source.locate(["people", login], "key");
    const earlier = people.get(login.toLowerCase());
    if (earlier) {
      report(
        "error",
        position,
        `${quote(login)} and ${quote(earlier.login)} (line ${earlier.position.line}) are the same GitHub login: logins are compared case-insensitively; keep one entry`
      );
      continue;
    }
    checkEmailCharacters(address, source.locate(["people", login]), report);
    people.set(login.toLowerCase(), { login, email: reader.email(address.toLowerCase()), file, position });
  }
  return people;
}

// src/config/sections.ts
var LISTS = [
  ["admins", "admin"],
  ["contributors", "contributor"],
  ["members", null]
];
function readSections(raw, reader, members) {
  const { file, source, report } = reader;
  const sections = /* @__PURE__ */ new Map();
  for (const [slug2, section] of Object.entries(raw)) {
    const people = /* @__PURE__ */ new Map();
    const places = [];
    for (const [list2, teamRole] of LISTS) {
      for (const [index, address] of (section[list2] ?? []).entries()) {
        if (address === void 0) continue;
        const lower = address.toLowerCase();
        const email = members?.get(lower)?.email ?? reader.email(lower);
        const position = source.locate(["teams", slug2, list2, String(index)]);
        if (people.has(email)) {
          const before = places[2 * [...people.keys()].indexOf(email)];
          report("error", position, `${address} is in two lists of team "${slug2}" (also line ${before}): keep one`);
          continue;
        }
        checkEmailCharacters(address, position, report);
        people.set(email, teamRole);
        places.push(position.line, position.column);
      }
    }
    const github = section["github-team"];
    sections.set(slug2, {
      slug: slug2,
      file,
      position: source.locate(["teams", slug2], "key"),
      ...github === void 0 ? {} : { github: githubTeamRef(github, source.locate(["teams", slug2, "github-team"])) },
      people,
      places: Uint32Array.from(places)
    });
  }
  return sections;
}
function githubTeamRef(text, position) {
  const [org = "", team = ""] = text.split("/");
  return { org, team, key: text.toLowerCase(), position };
}

// src/config/build.ts
function buildModel(raw, reader) {
  const members = readMembers(raw.members ?? {}, reader);
  const teams = readSections(raw.teams ?? {}, reader, members);
  return {
    file: reader.file,
    files: [reader.file],
    organization: raw.organization,
    unlisted: raw.unlisted ?? "report",
    missing: raw.missing ?? "report",
    ignore: readIgnore(raw.ignore ?? [], members, reader),
    members,
    teams,
    ...raw.people === void 0 ? {} : { people: readPeople(raw.people, reader) },
    ...raw.approvals ? { approvals: readApprovals(raw.approvals, reader) } : {},
    declared: ["unlisted", "missing"].filter((name) => raw[name] !== void 0)
  };
}
function readIgnore(raw, members, reader) {
  const { source, report } = reader;
  const ignore = /* @__PURE__ */ new Set();
  for (const [index, address] of raw.entries()) {
    if (address === void 0) continue;
    const email = reader.email(address.toLowerCase());
    const position = source.locate(["ignore", String(index)]);
    const member = members.get(email);
    if (member) {
      report(
        "error",
        position,
        `${address} is both ignored and listed under members (line ${member.source.entry.line}): an ignored member is never changed, so keep it in one place only`
      );
    } else if (ignore.has(email)) {
      report("warning", position, `${address} is in ignore twice`);
    } else checkEmailCharacters(address, position, report);
    ignore.add(email);
  }
  return ignore;
}

// src/config/files.ts
import path2 from "node:path";
var MAX_CONFIG_BYTES = 10 * 1024 * 1024;
var YAML = /\.ya?ml$/i;
var MAGIC = /[*?[\]{}]/;
function isGlob(given) {
  return MAGIC.test(given);
}
function globBase(pattern) {
  const segments = pattern.split("/");
  const fixed = [];
  for (const segment of segments.slice(0, -1)) {
    if (MAGIC.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.join("/");
}
function hidden(relative) {
  return relative.split("/").some((segment) => segment.startsWith(".") && segment !== "." && segment !== "..");
}
function normalized(given) {
  const clean = path2.posix.normalize(given.replaceAll("\\", "/")).replace(/\/+$/, "");
  return clean === "." ? "" : clean;
}
async function configFiles(tree, given) {
  const name = normalized(given);
  if (isGlob(name)) return inFolder(tree, globBase(name), (relative) => path2.posix.matchesGlob(relative, name), true);
  const entry = await tree.entry(name);
  if (entry === void 0) return { kind: "missing" };
  switch (entry.kind) {
    case "folder":
      return inFolder(tree, name, () => true, false);
    case "file":
      return { kind: "file", file: { path: name, source: name } };
    case "other":
      return { kind: "files", files: [], problems: [{ file: tree.shown(name), message: notRegular(entry.what) }] };
    case "link": {
      const followed = await tree.follow(name);
      if (followed.kind === "file") return { kind: "file", file: { path: name, source: followed.path } };
      if (followed.kind === "folder") return inFolder(tree, followed.path, () => true, false, name);
      return { kind: "files", files: [], problems: [{ file: tree.shown(name), message: followed.why }] };
    }
  }
}
async function inFolder(tree, folder, matches, glob, shownAs) {
  const files = [];
  const problems = [];
  const named2 = (entryPath) => shownAs === void 0 ? entryPath : path2.posix.join(shownAs, path2.posix.relative(folder, entryPath));
  const folderEntry = folder === "" ? { kind: "folder", path: "" } : await tree.entry(folder);
  if (folderEntry?.kind !== "folder") return { kind: "files", files, problems };
  for (const entry of await tree.below(folder)) {
    const relative = folder === "" ? entry.path : path2.posix.relative(folder, entry.path);
    if (hidden(relative)) continue;
    const candidate = YAML.test(entry.path) && matches(named2(entry.path));
    if (entry.kind === "file") {
      if (candidate) files.push({ path: named2(entry.path), source: entry.path });
      continue;
    }
    if (entry.kind === "other") {
      if (candidate) problems.push({ file: tree.shown(named2(entry.path)), message: notRegular(entry.what) });
      continue;
    }
    if (entry.kind !== "link") continue;
    const followed = await tree.follow(entry.path);
    if (followed.kind === "file" && candidate) files.push({ path: named2(entry.path), source: followed.path });
    else if ((followed.kind === "folder" || followed.kind === "refused" && followed.folder === true) && (!glob || matches(`${named2(entry.path)}/x.yml`) || matches(`${named2(entry.path)}/x/x.yml`)))
      problems.push({
        file: tree.shown(named2(entry.path)),
        message: "is a symbolic link to a folder: links to folders are not followed, so the files in it would be left out of the config; move the files here, or name that folder in the config"
      });
    else if (followed.kind === "refused" && candidate)
      problems.push({ file: tree.shown(named2(entry.path)), message: followed.why });
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  problems.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { kind: "files", files, problems };
}
function notRegular(what2) {
  return `is ${what2}, not a regular file: a config file is a file committed in the repository; it is not read`;
}
var LINK_OUT = "is a symbolic link that leads out of the workspace: a config file must be in the repository; replace the link with the file itself. It is not read";
var LINK_NOWHERE = "is a symbolic link to nothing (its target does not exist): replace it with the file itself";
function tooLarge(size) {
  return `the file is ${(size / 1024 / 1024).toFixed(1)} MiB, more than the ${MAX_CONFIG_BYTES / 1024 / 1024} MiB a config file may have: is it the right file?`;
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object2) => object2 === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object2) => object2 === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object2) => object2 === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object2) => Object.prototype.toString.call(object2) === "[object Boolean]",
  represent: (object2) => object2 ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object2) => Object.prototype.toString.call(object2) === "[object Boolean]",
  represent: (object2) => object2 ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object2) => Object.prototype.toString.call(object2) === "[object Boolean]",
  represent: (object2) => object2 ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object2) => Number.isInteger(object2) && !Object.is(object2, -0) && object2.toString(10).indexOf("e") < 0,
  represent: (object2) => object2.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object2) => Number.isInteger(object2) && !Object.is(object2, -0) && object2.toString(10).indexOf("e") < 0,
  represent: (object2) => object2.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object2) => Number.isInteger(object2) && !Object.is(object2, -0) && object2.toString(10).indexOf("e") < 0,
  represent: (object2) => object2.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object2) {
  if (isNaN(object2)) return ".nan";
  if (object2 === Number.POSITIVE_INFINITY) return ".inf";
  if (object2 === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object2, -0)) return "-0.0";
  const result = object2.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object2) => typeof object2 === "number" && (!Number.isInteger(object2) || Object.is(object2, -0) || object2.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object2) {
  if (isNaN(object2)) return ".nan";
  if (object2 === Number.POSITIVE_INFINITY) return ".inf";
  if (object2 === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object2, -0)) return "-0.0";
  const result = object2.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object2) => typeof object2 === "number" && (!Number.isInteger(object2) || Object.is(object2, -0) || object2.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object2) {
  if (isNaN(object2)) return ".nan";
  if (object2 === Number.POSITIVE_INFINITY) return ".inf";
  if (object2 === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object2, -0)) return "-0.0";
  const result = object2.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object2) => typeof object2 === "number" && (!Number.isInteger(object2) || Object.is(object2, -0) || object2.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object2) {
  let binary = "";
  for (let index = 0; index < object2.length; index++) binary += String.fromCharCode(object2[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object2) => Object.prototype.toString.call(object2) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object2) => object2 instanceof Date,
  represent: (object2) => object2.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object2 = item;
    const keys = Object.keys(object2);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object2[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string2, max) {
  return " ".repeat(Math.max(max - string2.length, 0)) + string2;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where2 = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where2 += `in "${exception.mark.name}" `;
  where2 += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where2 += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where2}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/config/lean-source.ts
var NOT_A_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)?$/;
var UNORDERED_KEY = /^(?:0|[1-9][0-9]*)$|^__proto__$/;
var NEEDS_YAML = /\r(?!\n)|^[ \t]*[\]}]/m;
var NotLean = class extends Error {
};
var OFFSETS = /* @__PURE__ */ Symbol("offsets");
function setOffsets(collection, offsets) {
  Object.defineProperty(collection, OFFSETS, { value: offsets, enumerable: false });
}
function offsetsOf(node) {
  return typeof node === "object" && node !== null ? node[OFFSETS] : void 0;
}
function readLean(text, options = {}) {
  if (NEEDS_YAML.test(text)) return void 0;
  try {
    const block = membersBlock(text);
    const { data, offset } = block ? readChunked(text, block, options.chunkEntries ?? 500) : readDocument2(text, 0);
    return new Located(text, data, offset);
  } catch (error) {
    if (error instanceof NotLean) return void 0;
    throw error;
  }
}
function readDocument2(source, base) {
  let events;
  try {
    events = parseEvents(source, { maxDepth: 64 });
  } catch {
    throw new NotLean();
  }
  return new Reader(source, events, base).read();
}
function membersBlock(text) {
  if (text.includes("\r")) return void 0;
  const header = /^members[ \t]*:[ \t]*(?:#.*)?$/m.exec(text);
  if (!header) return void 0;
  const entries = [];
  let indent = -1;
  let end = text.length;
  for (let at2 = header.index + header[0].length + 1; at2 < text.length; ) {
    const newline = text.indexOf("\n", at2);
    const lineEnd = newline === -1 ? text.length : newline;
    let first = at2;
    while (text.charCodeAt(first) === 32) first++;
    const width = first - at2;
    if (first < lineEnd && text[first] !== "#") {
      if (text[first] === "	") return void 0;
      if (indent === -1) indent = width;
      if (width < indent) {
        if (width > 0) return void 0;
        end = at2;
        break;
      }
      if (width === indent) entries.push(at2);
    }
    at2 = lineEnd + 1;
  }
  return indent > 0 && entries.length > 0 ? { entries, indent, end } : void 0;
}
function readChunked(text, block, chunkEntries) {
  const start = (block.entries[0] ?? 0) + block.indent;
  const blank = text.slice(start + 2, block.end).split("\n").map((line) => " ".repeat(line.length)).join("\n");
  const outside = `${text.slice(0, start)}{}${blank}${text.slice(block.end)}`;
  const root = readDocument2(outside, 0);
  const top = root.data;
  const topOffsets = offsetsOf(top);
  const index = typeof top === "object" && top !== null && !Array.isArray(top) ? Object.keys(top).indexOf("members") : -1;
  if (index === -1 || topOffsets?.[2 * index + 1] !== start) throw new NotLean();
  const members = {};
  const offsets = [];
  for (let first = 0; first < block.entries.length; first += chunkEntries) {
    const from = block.entries[first] ?? 0;
    const to = block.entries[first + chunkEntries] ?? block.end;
    const part = readDocument2(text.slice(from, to), from).data;
    const partOffsets = offsetsOf(part);
    if (partOffsets === void 0 || Array.isArray(part)) throw new NotLean();
    for (const [position, key] of Object.keys(part).entries()) {
      if (Object.hasOwn(members, key)) throw new NotLean();
      members[key] = part[key];
      offsets.push(partOffsets[2 * position] ?? 0, partOffsets[2 * position + 1] ?? 0);
    }
  }
  setOffsets(members, offsets);
  top.members = members;
  return root;
}
var Reader = class {
  #text;
  /** Consumed events are dropped as the reader goes, so the stream and the data are not both held whole. */
  #events;
  #next = 0;
  /** Where the node #node() returned last starts. */
  #offset = 0;
  /** Offset of the text in the file. */
  #base;
  constructor(text, events, base) {
    this.#text = text;
    this.#events = events;
    this.#base = base;
  }
  read() {
    const document = this.#take();
    if (document.type !== EVENT_ID.DOCUMENT || document.directives.length > 0) throw new NotLean();
    const data = this.#node(this.#take());
    const offset = this.#offset;
    this.#expect(EVENT_ID.POP);
    if (this.#next !== this.#events.length) throw new NotLean();
    return { data, offset };
  }
  #take() {
    const event = this.#events[this.#next];
    if (event === void 0) throw new NotLean();
    this.#events[this.#next++] = void 0;
    return event;
  }
  #expect(type) {
    if (this.#take().type !== type) throw new NotLean();
  }
  #node(event) {
    switch (event.type) {
      case EVENT_ID.SCALAR:
        this.#offset = this.#base + scalarStart(event);
        return this.#string(event);
      case EVENT_ID.SEQUENCE: {
        if (event.anchorStart >= 0 || event.tagStart >= 0) throw new NotLean();
        const items = [];
        const offsets = [];
        for (let item = this.#take(); item.type !== EVENT_ID.POP; item = this.#take()) {
          items.push(this.#node(item));
          offsets.push(this.#offset);
        }
        setOffsets(items, offsets);
        this.#offset = this.#base + event.start;
        return items;
      }
      case EVENT_ID.MAPPING: {
        if (event.anchorStart >= 0 || event.tagStart >= 0) throw new NotLean();
        const entries = {};
        const offsets = [];
        for (let key = this.#take(); key.type !== EVENT_ID.POP; key = this.#take()) {
          if (key.type !== EVENT_ID.SCALAR) throw new NotLean();
          const name = this.#string(key);
          if (UNORDERED_KEY.test(name) || Object.hasOwn(entries, name)) throw new NotLean();
          entries[name] = this.#node(this.#take());
          offsets.push(this.#base + scalarStart(key), this.#offset);
        }
        setOffsets(entries, offsets);
        this.#offset = this.#base + event.start;
        return entries;
      }
      default:
        throw new NotLean();
    }
  }
  /** Every scalar the config accepts is a string: anything else is an error yaml reports. */
  #string(event) {
    if (event.anchorStart >= 0 || event.tagStart >= 0) throw new NotLean();
    if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) throw new NotLean();
    const value = getScalarValue(this.#text, event);
    if (event.style === SCALAR_STYLE.PLAIN && NOT_A_STRING.test(value)) throw new NotLean();
    return value;
  }
};
function scalarStart(event) {
  const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
  return quoted ? event.valueStart - 1 : event.valueStart;
}
var Located = class {
  data;
  #rootOffset;
  #lineStarts = [0];
  #keyIndex = /* @__PURE__ */ new WeakMap();
  constructor(text, data, rootOffset) {
    this.data = data;
    this.#rootOffset = rootOffset;
    for (let at2 = text.indexOf("\n"); at2 !== -1; at2 = text.indexOf("\n", at2 + 1)) this.#lineStarts.push(at2 + 1);
  }
  locate(path6, at2 = "value") {
    let node = this.data;
    let best = this.#rootOffset;
    for (const [depth, segment] of path6.entries()) {
      const offsets = offsetsOf(node);
      if (offsets === void 0) break;
      let next;
      if (Array.isArray(node)) {
        const index = Number(segment);
        if (!(index in node)) break;
        next = node[index];
        best = offsets[index] ?? best;
      } else {
        const index = this.#indexOf(node, segment);
        if (index === void 0) break;
        next = node[segment];
        const last = depth === path6.length - 1;
        best = (last && at2 === "key" ? offsets[2 * index] : offsets[2 * index + 1]) ?? best;
      }
      node = next;
    }
    return this.#position(best);
  }
  /** A key's place in its mapping; indexed once per large mapping so locating stays linear. */
  #indexOf(mapping, key) {
    if (!Object.hasOwn(mapping, key)) return void 0;
    let index = this.#keyIndex.get(mapping);
    if (!index) {
      const keys = Object.keys(mapping);
      if (keys.length <= 16) return keys.indexOf(key);
      index = new Map(keys.map((name, position) => [name, position]));
      this.#keyIndex.set(mapping, index);
    }
    return index.get(key);
  }
  #position(offset) {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if ((this.#lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.#lineStarts[low] ?? 0) + 1 };
  }
};

// src/config/lanes.ts
import path3 from "node:path";
var ORG_KEYS = Object.keys(CONFIG_SCHEMA.properties).filter((key) => key !== "teams");
function teamOfFile(file) {
  return path3.posix.basename(file.replaceAll("\\", "/")).replace(/\.ya?ml$/i, "");
}
function orgFileOf(parts) {
  const holding = parts.filter((part) => part.holds.some((held) => held.key !== "teams"));
  return holding.find((part) => !part.config?.teams.has(teamOfFile(part.file))) ?? holding[0];
}
function laneProblems(parts) {
  const problems = [];
  const org = orgFileOf(parts);
  const orgNamed = org ? org.file : "one file (the org file)";
  for (const part of parts) {
    if (part === org) continue;
    const team = teamOfFile(part.file);
    const lane = isSlug(team) ? `${part.file} is team "${team}"'s file and holds only that team's section (teams: {${team}: ...})` : `${part.file} is a team's file, but its name is no team's slug: name it after the team whose section it holds (teams/<slug>.yml)`;
    for (const held of part.holds) {
      if (held.key === "teams") continue;
      problems.push({
        severity: "error",
        file: part.file,
        line: held.line,
        column: held.column,
        message: `"${held.key}" is an org-level key, and in a config of several files the org-level keys (${ORG_KEYS.join(", ")}) are all in ${orgNamed}: ${lane}. Move "${held.key}" to ${orgNamed}, whose owners decide org roles and policies`
      });
    }
    for (const section of part.config?.teams.values() ?? []) {
      if (section.slug === team) continue;
      problems.push({
        severity: "error",
        file: part.file,
        line: section.position.line,
        column: section.position.column,
        message: `team "${section.slug}" has its section in ${part.file}, which may hold only the section of the team its name says${isSlug(team) ? ` ("${team}")` : ""}: a team's section is in a file named after the team, so that its owners are that team's leads. Move it to ${path3.posix.join(path3.posix.dirname(part.file), `${section.slug}.yml`)}${org ? ` or to ${org.file}` : ""}`
      });
    }
  }
  return problems;
}

// src/config/merge.ts
function at(file, line) {
  return line === void 0 ? file : `${file}:${line}`;
}
function mergeParts(parts, given, several, found = []) {
  const problems = [...found, ...parts.flatMap((part) => part.problems)];
  const error = (file, line, message) => problems.push({ severity: "error", file, ...line === void 0 ? {} : { line }, message });
  if (several) problems.push(...laneProblems(parts));
  const readable = parts.flatMap((part) => part.config ? [part.config] : []);
  const ignore = /* @__PURE__ */ new Set();
  const ignoredIn = /* @__PURE__ */ new Map();
  const dropped = new Set(parts.flatMap((part) => [...part.dropped]));
  const lineOf2 = (config, key) => parts.find((part) => part.config === config)?.holds.find((h) => h.key === key)?.line;
  let organization;
  let approvals;
  const policy = {};
  for (const config of readable) {
    const file = config.file;
    if (config.organization !== void 0) {
      if (organization && organization.value !== config.organization && !several)
        error(
          file,
          lineOf2(config, "organization"),
          `organization is "${config.organization}" here and "${organization.value}" in ${organization.file}: they must agree`
        );
      organization ??= { value: config.organization, file };
    }
    for (const name of config.declared ?? []) {
      const earlier = policy[name];
      if (earlier && !several)
        error(file, lineOf2(config, name), `${name} is set here and in ${earlier.file}: set it in one file only`);
      else if (earlier) continue;
      else if (name === "unlisted") policy.unlisted = { value: config.unlisted, file };
      else policy.missing = { value: config.missing, file };
    }
    if (config.approvals) {
      if (approvals && !several)
        error(
          file,
          config.approvals.position.line,
          `approvals is set here and at ${at(approvals.file, approvals.position.line)}: set it in one file only`
        );
      else approvals ??= config.approvals;
    }
    for (const email of config.ignore) {
      ignore.add(email);
      ignoredIn.set(email, file);
    }
  }
  const members = joined(
    readable.map((config) => config.members),
    (spec) => ({ file: spec.source.file, line: spec.source.entry.line }),
    (email, _, earlier) => `${email} is defined here and at ${at(earlier.file, earlier.line)}: a member is defined once, in one file`,
    error
  );
  const teams = joined(
    readable.map((config) => config.teams),
    (section) => ({ file: section.file, line: section.position.line }),
    (slug2, _, earlier) => `team "${slug2}" has a section here and at ${at(earlier.file, earlier.line)}: a team's section is in one file`,
    error
  );
  const people = joined(
    readable.map((config) => config.people ?? /* @__PURE__ */ new Map()),
    (person) => ({ file: person.file, line: person.position.line }),
    (_, person, earlier) => `the GitHub login ${person.login} is under people here and at ${at(earlier.file, earlier.line)}: map a login once, in one file`,
    error
  );
  for (const email of ignore) {
    const member = members.get(email);
    if (member && member.source.file !== ignoredIn.get(email))
      error(
        ignoredIn.get(email) ?? given,
        lineOf2(readable.find((config) => config.file === ignoredIn.get(email)) ?? readable[0] ?? {}, "ignore"),
        `${email} is ignored here and listed under members at ${at(member.source.file, member.source.entry.line)}: keep it in one place only`
      );
  }
  const merged = {
    file: given,
    files: parts.map((part) => part.file),
    organization: organization?.value,
    unlisted: policy.unlisted?.value ?? "report",
    missing: policy.missing?.value ?? "report",
    ignore,
    members,
    teams,
    ...people.size > 0 ? { people } : {},
    ...approvals ? { approvals } : {},
    ...several ? { orgFile: orgFileOf(parts)?.file ?? "" } : {}
  };
  const complete = readable.length === parts.length && found.length === 0;
  problems.push(...crossCheck(merged, complete ? dropped : void 0));
  const errors = problems.some((problem) => problem.severity === "error");
  if (!errors && several && readable.every((config) => config.members.size === 0))
    error(given, void 0, `none of the files of ${given} lists "members" (who is in the organization)`);
  const sorted = sortProblems(problems, parts);
  if (sorted.some((problem) => problem.severity === "error")) return { ok: false, problems: sorted };
  return { ok: true, config: merged, warnings: sorted, parts };
}
function joined(maps, place, clash, error) {
  const [first] = maps;
  if (maps.length === 1 && first) return first;
  const all = /* @__PURE__ */ new Map();
  for (const map of maps)
    for (const [name, value] of map) {
      const earlier = all.get(name);
      if (earlier === void 0) {
        all.set(name, value);
        continue;
      }
      const here = place(value);
      error(here.file, here.line, clash(name, value, place(earlier)));
    }
  return all;
}
function sortProblems(problems, parts) {
  const order = new Map(parts.map((part, index) => [part.file, index]));
  const rank = (file) => order.get(file) ?? -1;
  return problems.map((problem) => ({ ...problem, message: redactSecrets(problem.message) })).sort((a, b) => rank(a.file) - rank(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
function crossCheck(config, dropped) {
  const problems = [];
  for (const section of config.teams.values()) {
    let index = 0;
    for (const [email, role] of section.people) {
      const slot = 2 * index++;
      const where2 = {
        file: section.file,
        line: section.places[slot] ?? section.position.line,
        column: section.places[slot + 1] ?? section.position.column
      };
      const member = config.members.get(email);
      if (!member) {
        if (dropped === void 0 || dropped.has(email)) continue;
        problems.push({
          severity: "error",
          ...where2,
          message: `${email} is on team "${section.slug}" but not listed under members (where its org role comes from): add it to members`
        });
        continue;
      }
      if (member.role === "billing") {
        problems.push({
          severity: "error",
          ...where2,
          message: `${email} has the org role "billing" (${at(member.source.file, member.source.entry.line)}), which cannot be on teams (Sentry refuses it): take it off team "${section.slug}"`
        });
        continue;
      }
      const declared = member.teams?.has(section.slug) ? member.teams.get(section.slug) ?? null : void 0;
      if (declared === void 0) continue;
      const words = (value) => value === null ? "no explicit role" : value;
      const entry = at(member.source.file, member.source.entry.line);
      if (declared !== role)
        problems.push({
          severity: "error",
          ...where2,
          message: `${email} is on team "${section.slug}" with ${words(role)} here and ${words(declared)} in its entry at ${entry}: declare the team in one place`
        });
      else
        problems.push({
          severity: "warning",
          ...where2,
          message: `${email} is on team "${section.slug}" here and in its entry at ${entry}, with the same role: one place is enough`
        });
    }
  }
  return problems;
}

// src/config/reader.ts
function createInterner() {
  const interned = /* @__PURE__ */ new Map();
  return (text) => {
    const known = interned.get(text);
    if (known !== void 0) return known;
    interned.set(text, text);
    return text;
  };
}
function createReader(file, source, report, emails = (text) => text) {
  return { file, source, report, intern: createInterner(), email: emails };
}

// src/config/workspace-tree.ts
import { constants } from "node:fs";
import { lstat, open, readdir, realpath, stat } from "node:fs/promises";
import path4 from "node:path";
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
function what(info) {
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a file";
}
function workspaceTree(root, cwd = root) {
  const absolute = (relative) => path4.resolve(root, relative);
  let realRoot;
  const rootReal = () => {
    realRoot ??= realpath(root).catch(() => path4.resolve(root));
    return realRoot;
  };
  const inside = async (real) => pathInside(await rootReal(), real);
  return {
    async entry(relative) {
      const info = await lstat(absolute(relative)).catch(() => void 0);
      if (!info) return void 0;
      if (info.isSymbolicLink()) return { kind: "link", path: relative };
      if (info.isDirectory()) return { kind: "folder", path: relative };
      if (info.isFile()) return { kind: "file", path: relative, size: info.size };
      return { kind: "other", path: relative, what: what(info) };
    },
    async below(folder) {
      const entries = [];
      const walk = async (relative) => {
        const items = await readdir(absolute(relative), { withFileTypes: true }).catch(() => []);
        for (const item of items) {
          if (item.name.startsWith(".")) continue;
          const child = relative === "" ? item.name : `${relative}/${item.name}`;
          if (item.isSymbolicLink()) entries.push({ kind: "link", path: child });
          else if (item.isDirectory()) {
            entries.push({ kind: "folder", path: child });
            await walk(child);
          } else if (item.isFile()) entries.push({ kind: "file", path: child });
          else entries.push({ kind: "other", path: child, what: what(item) });
        }
      };
      await walk(folder);
      return entries;
    },
    async follow(relative) {
      let real;
      try {
        real = await realpath(absolute(relative));
      } catch {
        return { kind: "refused", why: LINK_NOWHERE };
      }
      const target = await inside(real);
      const info = await stat(real).catch(() => void 0);
      if (target === void 0) return { kind: "refused", why: LINK_OUT, ...info?.isDirectory() ? { folder: true } : {} };
      if (info?.isFile()) return { kind: "file", path: target === "." ? "" : target };
      if (info?.isDirectory()) return { kind: "folder", path: target === "." ? "" : target };
      return {
        kind: "refused",
        why: `is a symbolic link to ${info ? what(info) : "nothing"}, not to a regular file: a config file is a file committed in the repository; it is not read`
      };
    },
    async read(relative, cap) {
      let real;
      try {
        real = await realpath(absolute(relative));
      } catch {
        return { refused: "cannot be read: it does not exist" };
      }
      if (await inside(real) === void 0) return { refused: LINK_OUT };
      const handle = await open(real, OPEN_FLAGS).catch((error) => error);
      if (handle instanceof Error) return { refused: `cannot be read (${handle.code ?? handle.message})` };
      try {
        const info = await handle.stat();
        if (!info.isFile())
          return {
            refused: `is ${what(info)}, not a regular file: a config file is a file committed in the repository; it is not read`
          };
        if (info.size > cap) return { refused: tooLarge(info.size) };
        const buffer = Buffer.allocUnsafe(Math.min(cap + 1, Math.max(info.size + 1, 64 * 1024)));
        const chunks = [];
        let total = 0;
        for (; ; ) {
          const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, cap + 1 - total), null);
          if (bytesRead === 0) break;
          chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
          total += bytesRead;
          if (total > cap) return { refused: tooLarge(total) };
        }
        return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
      } finally {
        await handle.close();
      }
    },
    shown(relative) {
      const full = absolute(relative);
      return pathInside(cwd, full) ?? full;
    }
  };
}

// src/config/load.ts
var ACTION_FILE_HINT = 'commit it, or point the "config" input at it (the path is relative to the workspace)';
function ownFolder(given, cwd) {
  const absolute = path5.resolve(cwd, given);
  if (pathInside(cwd, absolute) !== void 0) return cwd;
  return isGlob(given) ? path5.resolve(cwd, globBase(given.replaceAll("\\", "/"))) : path5.dirname(absolute);
}
async function loadConfig(given, cwd, options = {}) {
  const { fileHint = ACTION_FILE_HINT, root } = options;
  const absolute = path5.resolve(cwd, given);
  const top = root ?? cwd;
  const relative = pathInside(top, absolute);
  if (relative === void 0)
    return {
      ok: false,
      problems: [
        {
          severity: "error",
          file: given,
          message: `${given} is outside the workspace (${top}): the config must be in the repository that is checked out; ${fileHint}`
        }
      ]
    };
  const tree = workspaceTree(top, cwd);
  return loadFrom(tree, relative === "." ? "" : relative, { given, fileHint, where: absolute });
}
async function loadFrom(tree, name, options) {
  const { given, fileHint = ACTION_FILE_HINT, known, where: where2 = given } = options;
  const set = options.set ?? await configFiles(tree, name);
  const failed = (message) => ({ ok: false, problems: [{ severity: "error", file: given, message }] });
  if (set.kind === "missing") return failed(`config file not found at ${where2}: ${fileHint}`);
  const emails = set.kind === "file" ? void 0 : createInterner();
  const read = async (file, whole) => {
    const shown2 = tree.shown(file.path);
    const sha = await tree.sha?.(file.source);
    const before = known?.get(shown2);
    if (sha !== void 0 && before?.sha === sha && before.part.whole === whole) return before.part;
    let content;
    try {
      content = await tree.read(file.source, MAX_CONFIG_BYTES);
    } catch (error) {
      return refusedPart(shown2, `cannot be read: ${messageOf(error)}`, whole);
    }
    if ("refused" in content) return refusedPart(shown2, content.refused, whole);
    const part = await parseConfigPart(content.bytes, shown2, whole, emails);
    return { ...part, sha: content.sha ?? gitBlobSha(content.bytes) };
  };
  if (set.kind === "file") return mergeParts([await read(set.file, true)], given, false);
  const problems = set.problems.map(({ file, message }) => ({
    severity: "error",
    file,
    message: `the file ${message}`
  }));
  if (set.files.length === 0 && problems.length === 0)
    return failed(`no *.yml or *.yaml file ${isGlob(name) ? "matches" : "is in"} ${given}: ${fileHint}`);
  return mergeParts(await inTurn(set.files, (file) => read(file, false)), given, true, problems);
}
async function inTurn(items, each, width = 16) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await each(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
function refusedPart(file, why, whole) {
  return { file, whole, problems: [{ severity: "error", file, message: `the file ${why}` }], dropped: /* @__PURE__ */ new Set(), holds: [] };
}
async function parseConfigPart(input, file, whole = false, emails) {
  const problems = [];
  const at2 = (severity, position, message) => problems.push({ severity, file, ...position ?? {}, message: redactSecrets(message) });
  const failed = () => ({ file, whole, problems, dropped: /* @__PURE__ */ new Set(), holds: [] });
  const size = typeof input === "string" ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_CONFIG_BYTES) {
    at2("error", void 0, tooLarge(size));
    return failed();
  }
  const text = typeof input === "string" ? input : decodeUtf8(input);
  if (typeof text !== "string") {
    at2("error", text.position, text.message);
    return failed();
  }
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const lean = readLean(body);
  if (lean !== void 0) {
    const quick = fromData(lean.data, file, lean, whole, false, emails);
    if (quick && quick.problems.length === 0) return quick;
  }
  const { MAX_ALIAS_COUNT, YamlSource } = await import("./yaml-source-NBW66RRP.js");
  const source = new YamlSource(body);
  for (const problem of source.problems()) at2(problem.severity, problem.position, problem.message);
  if (problems.some((p) => p.severity === "error")) return failed();
  let data;
  try {
    data = source.toData();
  } catch (error) {
    const message = messageOf(error);
    const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(message);
    at2(
      "error",
      source.aliasPosition(unresolved?.[1]),
      unresolved ? `the alias *${unresolved[1]} refers to no anchor: define &${unresolved[1]} before using it` : /excessive alias count/i.test(message) ? `too many YAML alias expansions (the limit is ${MAX_ALIAS_COUNT}): the file looks like an alias bomb; write the entries out instead of nesting aliases` : `cannot read the YAML: ${message}`
    );
    return failed();
  }
  const result = fromData(data, file, source, whole, true, emails);
  return { ...result, problems: [...problems, ...result.problems] };
}
function fromData(data, file, source, whole, explain, emails) {
  const problems = [];
  const at2 = (severity, position, message) => problems.push({ severity, file, ...position ?? {}, message: redactSecrets(message) });
  const dropped = /* @__PURE__ */ new Set();
  const failed = () => ({ file, whole, problems, dropped, holds: [] });
  if (data === null || data === void 0) {
    if (!explain) return void 0;
    at2(
      "error",
      { line: 1, column: 1 },
      whole ? 'the file is empty: it needs at least a "members" mapping (see members.example.yml)' : "the file is empty: a file of the config holds members or a team's section (teams: {<slug>: {admins: [...], members: [...]}}); delete it or fill it"
    );
    return failed();
  }
  const errors = schemaErrors(data);
  let raw = data;
  if (errors.length > 0) {
    if (!explain) return void 0;
    for (const issue of describeSchemaErrors(errors, data)) at2("error", source.locate(issue.path, issue.at), issue.message);
    const rest = pruneInvalid(data, errors, dropped);
    if (rest === void 0) return failed();
    raw = rest;
  }
  const config = raw;
  const holds = Object.keys(config).map((key) => ({ key, ...source.locate([key], "key") }));
  if (whole && errors.length === 0 && config.members === void 0 && config.teams === void 0) {
    at2("error", source.locate([], "value"), 'the file is missing the required key "members" (who is in the organization)');
    return failed();
  }
  try {
    const model = buildModel(config, createReader(file, source, at2, emails));
    if (!explain && problems.length > 0) return void 0;
    return { file, whole, config: model, problems, dropped, holds };
  } catch (error) {
    if (errors.length > 0) return failed();
    throw error;
  }
}
function decodeUtf8(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextEncoder().encode(new TextDecoder("utf-8").decode(bytes));
    let offset = 0;
    while (offset < bytes.length && bytes[offset] === lossy[offset]) offset++;
    const before = bytes.subarray(0, offset);
    const lineStart = before.lastIndexOf(10) + 1;
    const line = before.filter((byte) => byte === 10).length + 1;
    const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1;
    return {
      message: "the file is not valid UTF-8: save it as UTF-8 (names with accents are fine in UTF-8)",
      position: { line, column }
    };
  }
}

// src/config/model.ts
function formatProblem(problem) {
  const where2 = problem.line === void 0 ? problem.file : `${problem.file}:${problem.line}${problem.column === void 0 ? "" : `:${problem.column}`}`;
  return `${where2}: ${problem.message}`;
}

// src/plan/approvals.ts
var PRIVILEGED = /* @__PURE__ */ new Set(["manager", "owner"]);
function privilegedRole(change2) {
  if (change2.kind === "invite") return PRIVILEGED.has(change2.orgRole) ? change2.orgRole : void 0;
  if (change2.kind !== "update" || !change2.orgRole) return void 0;
  const { from, to } = change2.orgRole;
  return PRIVILEGED.has(to) && orgRoleRank(to) > orgRoleRank(from) ? to : void 0;
}
function pullToRead(run, mode) {
  if (run.kind === "pull-request") return mode === "apply" ? void 0 : run.pull;
  if (run.kind === "push" && run.unreadable === void 0) return run.pull;
  return void 0;
}
function headOf(run, pull) {
  return run.kind === "pull-request" ? run.head ?? pull.headSha : pull.headSha;
}
function standing(reviews) {
  const latest = /* @__PURE__ */ new Map();
  for (const review of reviews) {
    if (!review.reviewer || review.state === "COMMENTED" || review.state === "PENDING") continue;
    latest.set(review.reviewer.toLowerCase(), { login: review.reviewer, review });
  }
  return latest;
}
function approvingReviewers(pull, reviews, head) {
  const author = pull.author?.toLowerCase();
  return [...standing(reviews).values()].filter(({ login, review }) => review.state === "APPROVED" && review.commitId === head && login.toLowerCase() !== author).map(({ login }) => login);
}
var listedLogins = (approvers) => new Set(approvers.flatMap((approver) => approver.kind === "person" ? [approver.login.toLowerCase()] : []));
var listedTeams = (approvers) => approvers.flatMap((approver) => approver.kind === "team" ? [approver] : []);
function membershipsToRead(approvals, run, pull, reviews) {
  const logins = listedLogins(approvals.privileged);
  const approving = approvingReviewers(pull, reviews, headOf(run, pull));
  if (approving.some((login) => logins.has(login.toLowerCase()))) return [];
  return approving.flatMap((login) => listedTeams(approvals.privileged).map(({ org, team }) => ({ org, team, login })));
}
function approvalStatus(approvals, run, evidence) {
  if (run.kind === "other") return { kind: "no-merged-pull", run: run.run };
  if (run.kind === "push" && run.unreadable !== void 0) return { kind: "unreadable", detail: run.unreadable };
  const pullNumber = run.pull;
  if (pullNumber === void 0) return { kind: "no-merged-pull", run: "push", commit: run.kind === "push" ? run.commit : "" };
  if (evidence.kind === "none") return { kind: "unreadable", detail: "its reviews were not read", pull: pullNumber };
  if (evidence.kind === "unreadable") return { kind: "unreadable", detail: evidence.detail, pull: pullNumber };
  const { pull, reviews, memberships } = evidence;
  const head = headOf(run, pull);
  const logins = listedLogins(approvals.privileged);
  const approving = approvingReviewers(pull, reviews, head);
  const memberOf = (login) => memberships.find((fact) => "active" in fact && fact.active && fact.login.toLowerCase() === login.toLowerCase());
  for (const login of approving) {
    if (logins.has(login.toLowerCase())) return { kind: "approved", pull: pull.number, by: login, commit: head };
  }
  for (const login of approving) {
    const membership = memberOf(login);
    if (membership)
      return {
        kind: "approved",
        pull: pull.number,
        by: login,
        team: `${membership.org}/${membership.team}`,
        commit: head
      };
  }
  const failed = memberships.find((fact) => "failed" in fact);
  if (failed && "failed" in failed)
    return {
      kind: "unreadable",
      detail: `the membership of ${failed.login} in ${failed.org}/${failed.team}: ${failed.failed}`,
      pull: pull.number
    };
  return { kind: "not-approved", pull: pull.number, head, notCounted: notCounted(pull, reviews, head, approving) };
}
function notCounted(pull, reviews, head, approving) {
  const author = pull.author?.toLowerCase();
  const found = [];
  for (const { login, review } of standing(reviews).values()) {
    if (review.state === "CHANGES_REQUESTED") found.push({ login, why: "changes-requested" });
    else if (review.state === "DISMISSED") found.push({ login, why: "dismissed" });
    else if (login.toLowerCase() === author) found.push({ login, why: "author" });
    else if (review.commitId !== head) found.push({ login, why: "earlier-commit" });
    else if (approving.includes(login)) found.push({ login, why: "not-listed" });
  }
  return found;
}
function approvalGate(approvals, run, mode, evidence) {
  const approvers = approvals.privileged.map(approverName);
  if (run.kind === "pull-request" && mode === "apply")
    return { approvers, status: { kind: "no-merged-pull", run: "pull_request" }, preview: false };
  return { approvers, status: approvalStatus(approvals, run, evidence), preview: run.kind === "pull-request" };
}
function approvalBlocks(change2, gate) {
  if (!gate || gate.preview || gate.status.kind === "approved") return [];
  const role = privilegedRole(change2);
  if (!role) return [];
  return [{ kind: "needs-approval", role, email: change2.email, approvers: gate.approvers, status: gate.status }];
}
function awaitsApprovalOnly(reasons) {
  return reasons.length > 0 && reasons.every((reason) => reason.kind === "needs-approval");
}

// src/plan/owners.ts
function ownerRule(state, minOwners) {
  const active = (records) => records.filter((record) => record.orgRole === "owner" && !record.pending).length;
  return { owners: active(state.members) + active(state.unfit ?? []), minOwners };
}
function losesOwner(change2) {
  if (change2.kind === "update") return !change2.pending && change2.orgRole?.from === "owner" && change2.orgRole.to !== "owner";
  return change2.kind === "remove" && !change2.pending && change2.orgRole === "owner";
}
function ownerFloor(rule) {
  return rule.owners - 1 < rule.minOwners ? { kind: "owner-floor", minOwners: rule.minOwners, owners: rule.owners } : void 0;
}
function keepOwners(changes, blocked, rule) {
  let owners = rule.owners;
  const allowed = /* @__PURE__ */ new Set();
  for (const change2 of changes.filter(losesOwner).sort((a, b) => a.email.localeCompare(b.email))) {
    if (ownerFloor({ owners, minOwners: rule.minOwners }) === void 0) {
      allowed.add(change2);
      owners--;
    }
  }
  const kept = [];
  const stopped = [...blocked];
  for (const change2 of changes) {
    if (!losesOwner(change2) || allowed.has(change2)) kept.push(change2);
    else stopped.push({ change: change2, reasons: [{ kind: "owner-floor", minOwners: rule.minOwners, owners }] });
  }
  return { changes: kept, blocked: stopped };
}

// src/plan/blocks.ts
function callerOf(state) {
  return { email: state.caller.email, orgRole: state.caller.orgRole };
}
function mayNotWrite(state, action) {
  return state.caller.assignable.size === 0 ? [{ kind: "caller-may-not", action, caller: callerOf(state) }] : [];
}
function memberBlocks(member, state, write2) {
  const reasons = [];
  if (write2 === "remove" && member.id === state.caller.memberId) reasons.push({ kind: "own-user" });
  reasons.push(...mayNotWrite(state, write2 === "remove" ? "remove" : "change"));
  if (member.flags.idpProvisioned) reasons.push({ kind: "idp-member", write: write2 });
  if (member.flags.partnershipRestricted) reasons.push({ kind: "partnership" });
  if (orgRoleRank(member.orgRole) > orgRoleRank(state.caller.orgRole))
    reasons.push({ kind: "above-caller", role: member.orgRole, caller: callerOf(state) });
  return reasons;
}
function roleBlocks(role, state) {
  const { caller: caller2 } = state;
  if (caller2.retired.has(role)) return [{ kind: "role-retired", role }];
  if (!caller2.assignable.has(role)) return [{ kind: "role-not-assignable", role, caller: callerOf(state) }];
  return [];
}
function teamBlocks(teams, state) {
  return teams.filter((team) => state.teams.get(team)?.idpProvisioned).map((team) => ({ kind: "idp-team", team }));
}
function updateBlocks(update, member, spec, state, rule) {
  const reasons = memberBlocks(member, state, "update");
  if (update.orgRole) {
    if (member.id === state.caller.memberId) reasons.push({ kind: "own-role" });
    reasons.push(...roleBlocks(update.orgRole.to, state));
    if (member.flags.idpRoleRestricted) reasons.push({ kind: "idp-role" });
  }
  if (losesOwner(update)) reasons.push(...floor(rule));
  reasons.push(
    ...teamBlocks(
      update.teams.filter((change2) => change2.kind !== "role").map((change2) => change2.team),
      state
    )
  );
  if (spec.role === "billing" && spec.teams === void 0 && update.request.teamRoles.length > 0)
    reasons.push({ kind: "billing-teams" });
  return reasons;
}
function removalBlocks(removal, member, state, rule) {
  const reasons = memberBlocks(member, state, "remove");
  if (losesOwner(removal)) reasons.push(...floor(rule));
  return reasons;
}
function inviteBlocks(invite2, state) {
  return [
    ...roleBlocks(invite2.orgRole, state),
    ...teamBlocks(
      invite2.teamRoles.map((team) => team.teamSlug),
      state
    )
  ];
}
function reinviteBlocks(state) {
  return mayNotWrite(state, "invite");
}
function conflictBlocks(members) {
  return [{ kind: "identity-conflict", members: members.map((member) => ({ memberId: member.id, pending: member.pending })) }];
}
function floor(rule) {
  const reason = ownerFloor(rule);
  return reason ? [reason] : [];
}

// src/plan/causes.ts
var sectionIndex = /* @__PURE__ */ new WeakMap();
function sectionPlace(section, email) {
  let index = sectionIndex.get(section);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    let at2 = 0;
    for (const person of section.people.keys()) index.set(person, at2++);
    sectionIndex.set(section, index);
  }
  const slot = index.get(email);
  if (slot === void 0) return void 0;
  return { file: section.file, line: section.places[2 * slot] ?? section.position.line };
}
function entryPlace(spec) {
  return { file: spec.source.file, line: spec.source.entry.line };
}
function entryTeamPlace(spec, team) {
  return spec.teams?.has(team) ? entryPlace(spec) : void 0;
}
function teamChangePlace(change2, email, listed, desired, config) {
  const section = config.teams.get(change2.team);
  if (!listed) return section && { file: section.file, line: section.position.line };
  if (change2.kind === "role" && change2.followsOrgRole) return orgRolePlace(listed, desired);
  if (change2.kind === "leave") {
    if (listed.teams !== void 0) return entryPlace(listed);
    if (section) return { file: section.file, line: section.position.line };
    const ended = desired?.past.find((grant) => grant.teams?.has(change2.team));
    return ended ? { file: listed.source.file, line: ended.position.line } : entryPlace(listed);
  }
  return entryTeamPlace(listed, change2.team) ?? (section && sectionPlace(section, email)) ?? grantPlace(listed, desired, change2.team) ?? entryPlace(listed);
}
function grantPlace(listed, desired, team) {
  const grant = desired?.active.find((active) => active.teams?.has(team));
  return grant && { file: listed.source.file, line: grant.position.line };
}
function orgRolePlace(listed, desired) {
  const role = desired?.spec.role;
  const grant = role !== void 0 && role !== listed.role ? desired?.active.find((active) => active.role === role) : void 0;
  return grant ? { file: listed.source.file, line: grant.position.line } : entryPlace(listed);
}
function placeUpdate(update, listed, desired, config) {
  const email = update.email.toLowerCase();
  const places = update.teams.map((team) => teamChangePlace(team, email, listed, desired, config));
  const own = update.orgRole && listed ? orgRolePlace(listed, desired) : places.find((place) => place !== void 0) ?? void 0;
  if (!own) return update;
  const teams = update.teams.map((team, index) => {
    const place = places[index];
    return place && place.file !== own.file ? { ...team, at: place } : team;
  });
  const { file: _file, ...rest } = update;
  return {
    ...rest,
    teams,
    line: own.line,
    ...own.file === config.file ? {} : { file: own.file }
  };
}

// src/plan/desired.ts
function higher(a, b) {
  const rank = (role) => role === "admin" ? 2 : role === "contributor" ? 1 : 0;
  return rank(b) > rank(a) ? b : a ?? null;
}
var indexed = /* @__PURE__ */ new WeakMap();
function sectionsByEmail(config) {
  const known = indexed.get(config);
  if (known) return known;
  const byEmail2 = TeamRoles.index((visit) => {
    for (const section of config.teams.values()) for (const [email, role] of section.people) visit(email, section.slug, role);
  });
  indexed.set(config, byEmail2);
  return byEmail2;
}
function desiredMember(spec, config, sections, now) {
  const active = spec.grants.filter((grant) => now < grant.until.end);
  const past = spec.grants.filter((grant) => now >= grant.until.end);
  let role = spec.role;
  for (const grant of active) if (grant.role && orgRoleRank(grant.role) > orgRoleRank(role)) role = grant.role;
  const onSections = sections.get(spec.email);
  const ended = spec.until && now >= spec.until.end ? spec.until.text : void 0;
  const declared = new Map(spec.teams ?? []);
  for (const [team, teamRole] of onSections ?? []) declared.set(team, higher(declared.get(team), teamRole));
  for (const grant of active)
    for (const [team, teamRole] of grant.teams ?? []) declared.set(team, higher(declared.get(team), teamRole));
  const base = { active, past, ...ended ? { ended } : {} };
  if (spec.teams !== void 0) {
    const teams = declared.size === spec.teams.size && !onSections && active.length === 0 ? spec.teams : TeamRoles.from(declared);
    return { ...base, spec: role === spec.role && teams === spec.teams ? spec : { ...spec, role, teams } };
  }
  const endedTeams = past.length === 0 ? void 0 : new Set(past.flatMap((grant) => [...grant.teams?.keys() ?? []]));
  if (declared.size === 0 && !endedTeams?.size && config.teams.size === 0)
    return { ...base, spec: role === spec.role ? spec : { ...spec, role } };
  const pairs = {
    on: declared,
    off: endedTeams?.size ? (team) => config.teams.has(team) || endedTeams.has(team) : (team) => config.teams.has(team)
  };
  return { ...base, spec: role === spec.role ? spec : { ...spec, role }, pairs };
}
function unlistedPairs(config) {
  if (config.teams.size === 0) return void 0;
  return { on: /* @__PURE__ */ new Map(), off: (team) => config.teams.has(team) };
}
function withPairs(current, pairs) {
  const teams = /* @__PURE__ */ new Map();
  for (const [team, stored] of current) {
    const want = pairs.on.get(team);
    if (want !== void 0 || pairs.on.has(team)) teams.set(team, want ?? null);
    else if (!pairs.off(team)) teams.set(team, stored);
  }
  for (const [team, want] of pairs.on) if (!teams.has(team)) teams.set(team, want);
  return TeamRoles.from(teams);
}

// src/plan/expiry.ts
var DAY = 864e5;
function expiryNotes(spec, desired, window, notes, warnings) {
  const { now } = window;
  const soon = now + window.warningDays * DAY;
  const file = spec.source.file;
  for (const grant of desired.active) {
    const what2 = grantWords(grant);
    notes.push({
      email: spec.email,
      what: what2,
      until: grant.until.text,
      daysLeft: Math.ceil((grant.until.end - now) / DAY),
      line: grant.position.line,
      ...file ? { file } : {}
    });
    if (grant.until.end <= soon)
      warnings.push({
        message: `the grant of ${what2} to ${spec.email} ends ${grant.until.text} (${daysFrom(now, grant.until.end)})`,
        line: grant.position.line,
        file
      });
  }
  if (spec.until && !desired.ended && spec.until.end <= soon)
    warnings.push({
      message: `the entry of ${spec.email} ends ${spec.until.text} (${daysFrom(now, spec.until.end)}): the member is removed then`,
      line: spec.source.entry.line,
      file
    });
}
function daysFrom(now, end) {
  const days = Math.ceil((end - now) / DAY);
  return days <= 1 ? "within a day" : `in ${days} days`;
}
function grantWords(grant) {
  const parts = [
    ...grant.role ? [`org role ${grant.role}`] : [],
    ...[...grant.teams ?? []].map(([team, role]) => `team ${team}${role ? ` (${role})` : ""}`)
  ];
  return parts.join(" and ");
}
function endedGrants(desired, spec) {
  return desired.past.map(
    (grant) => `grant ended ${grant.until.text}: ${grantWords(grant)}${grant.role ? ` -> ${spec.role}` : ""}`
  );
}

// src/plan/github-teams.ts
function followGitHubTeams(config, rosters, state) {
  if (![...config.teams.values()].some((section) => section.github)) return { config, warnings: [] };
  const warnings = [];
  let inSentry;
  const observed = (email) => {
    inSentry ??= new Map(state.members.map((member) => [member.email.toLowerCase(), member]));
    return inSentry.get(email);
  };
  const teams = /* @__PURE__ */ new Map();
  const added = /* @__PURE__ */ new Map();
  for (const [slug2, section] of config.teams) {
    const github = section.github;
    if (!github) {
      teams.set(slug2, section);
      continue;
    }
    const members2 = rosters.teams.get(github.key);
    if (!members2) throw new Error(`internal: the GitHub team ${github.key} was not read`);
    const people = new Map(section.people);
    const places = [...section.places];
    const fromGitHub2 = /* @__PURE__ */ new Set();
    const unmapped = [];
    const outside = [];
    const teamFile = config.orgFile !== void 0 && section.file !== config.orgFile;
    for (const { login, maintainer } of members2) {
      const email = emailOf(login, github, config, rosters);
      if (email === void 0) {
        unmapped.push(login);
        continue;
      }
      const entry = config.members.get(email);
      if (config.ignore.has(email) || section.people.has(email) || entry?.teams?.has(slug2)) continue;
      const keepsRole = !entry && teamFile;
      const present = keepsRole ? observed(email) : void 0;
      if (keepsRole && !present) {
        outside.push(email);
        continue;
      }
      if ((entry?.role ?? present?.orgRole) === "billing") {
        warnings.push({
          message: `${email} (GitHub ${login}, on ${shown(github)}) is a billing member (${entry ? `${entry.source.file === section.file ? "line " : `${entry.source.file}:`}${entry.source.entry.line}` : "in Sentry"}), who cannot be on teams: left off team "${slug2}"`,
          line: github.position.line,
          file: section.file
        });
        continue;
      }
      const role = maintainer && state.teamRoles ? "admin" : null;
      const earlier = people.get(email);
      if (earlier === void 0 && !people.has(email)) {
        places.push(github.position.line, github.position.column);
        fromGitHub2.add(email);
      }
      people.set(email, earlier === "admin" ? "admin" : role);
      if (!entry && !added.has(email))
        added.set(email, {
          email,
          role: present?.orgRole ?? "member",
          teams: void 0,
          grants: [],
          source: { file: section.file, entry: github.position, teams: [] },
          fromGitHub: shown(github)
        });
    }
    if (unmapped.length > 0) warnings.push(unmappedWarning(unmapped, github, section.file, rosters));
    if (outside.length > 0) warnings.push(outsideWarning(outside, github, section.file, config.orgFile ?? ""));
    teams.set(slug2, { ...section, people, places: Uint32Array.from(places), fromGitHub: fromGitHub2 });
  }
  const members = added.size === 0 ? config.members : new Map([...config.members, ...added]);
  return { config: { ...config, members, teams }, warnings };
}
function shown(github) {
  return `${github.org}/${github.team}`;
}
function emailOf(login, github, config, rosters) {
  const person = config.people?.get(login.toLowerCase());
  if (person) return person.email;
  const saml = rosters.saml.get(github.org.toLowerCase());
  return saml?.kind === "read" ? saml.emails.get(login.toLowerCase()) : void 0;
}
var NAMED = 10;
function unmappedWarning(logins, github, file, rosters) {
  const sorted = [...logins].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  const named2 = sorted.length > NAMED ? `${sorted.slice(0, NAMED).join(", ")} and ${sorted.length - NAMED} more` : sorted.join(", ");
  const saml = rosters.saml.get(github.org.toLowerCase());
  const how = saml?.kind === "none" && !saml.permitted ? `add them under people (login: email), or let github-teams-token read the SAML identities of ${github.org} (${saml.detail})` : "add them under people (login: email)";
  const count = logins.length === 1 ? "1 member" : `${logins.length} members`;
  return {
    message: `${count} of ${shown(github)} ${logins.length === 1 ? "has" : "have"} no email: ${named2}; ${how}. Until then they are left out: never invited, nor put on the team`,
    line: github.position.line,
    file
  };
}
function outsideWarning(emails, github, file, orgFile) {
  const sorted = [...emails].sort();
  const named2 = sorted.length > NAMED ? `${sorted.slice(0, NAMED).join(", ")} and ${sorted.length - NAMED} more` : sorted.join(", ");
  const count = emails.length === 1 ? "1 member" : `${emails.length} members`;
  return {
    message: `${count} of ${shown(github)} ${emails.length === 1 ? "is" : "are"} not in the Sentry organization: ${named2}. A team's file adds nobody to the organization; list them under members in ${orgFile || "the org file"} to invite them. Until then they are left off the team`,
    line: github.position.line,
    file
  };
}
function githubOrigins(email, changes, config) {
  let origins;
  for (const { kind: kind2, team } of changes) {
    const section = config.teams.get(team);
    if (!section?.github) continue;
    if (kind2 !== "leave" && !section.fromGitHub?.has(email.toLowerCase())) continue;
    origins ??= {};
    origins[team] = shown(section.github);
  }
  return origins;
}

// src/plan/inactive.ts
var DAY2 = 864e5;
var InactiveList = class {
  #days;
  #since;
  #now;
  #members = [];
  #never = [];
  constructor(days, now) {
    this.#days = days;
    this.#now = now;
    this.#since = now - days * DAY2;
  }
  /** A member of the organization the file keeps with `spec` (its entry: the line that keeps it). */
  add(member, spec, file) {
    if (this.#days <= 0 || member.pending || member.lastActive === void 0) return;
    const where2 = { memberId: member.id, email: member.email, line: spec.source.entry.line, ...file };
    if (member.lastActive === null) this.#never.push(where2);
    else if (member.lastActive <= this.#since)
      this.#members.push({
        ...where2,
        lastActive: new Date(member.lastActive).toISOString(),
        days: Math.floor((this.#now - member.lastActive) / DAY2)
      });
  }
  /** The list, oldest activity first (then by email), never-active accounts by email; undefined when off. */
  result() {
    if (this.#days <= 0) return void 0;
    const byEmail2 = (a, b) => a.email.localeCompare(b.email);
    return {
      days: this.#days,
      members: this.#members.sort((a, b) => a.lastActive.localeCompare(b.lastActive) || byEmail2(a, b)),
      neverActive: this.#never.sort(byEmail2)
    };
  }
};

// src/plan/invitations.ts
var DAILY_INVITATION_LIMIT = 100;
function sendsInvitation(change2) {
  return change2.kind === "invite" || change2.kind === "reinvite" || change2.kind === "update" && change2.reinvite === true;
}
function invitationBudgetWarning(changes) {
  const count = changes.filter(sendsInvitation).length;
  if (count <= DAILY_INVITATION_LIMIT) return void 0;
  const days = Math.ceil(count / DAILY_INVITATION_LIMIT);
  return {
    message: `this plan sends ${count} invitations, more than Sentry sends in a day (${DAILY_INVITATION_LIMIT} per user and per organization, fewer when some were sent today): an apply sends them until Sentry's daily limit answers and leaves the rest to the next runs, without failing (at least ${days} days of runs, e.g. the nightly schedule)`
  };
}
function invitationsByEmail(invitations) {
  const byEmail2 = /* @__PURE__ */ new Map();
  for (const invitation of invitations ?? []) {
    const email = invitation.email.toLowerCase();
    if (!byEmail2.has(email)) byEmail2.set(email, invitation);
  }
  return byEmail2;
}
function asPendingMember(invitation) {
  return {
    id: invitation.id,
    email: invitation.email,
    name: invitation.email,
    orgRole: invitation.orgRole,
    pending: true,
    expired: invitation.expired,
    flags: { idpProvisioned: false, idpRoleRestricted: false, partnershipRestricted: false },
    teams: invitation.teams
  };
}
function wanted(change2) {
  if (change2 === void 0) return [];
  if (change2.kind === "remove") return ["removal (the file does not list it)"];
  if (change2.kind !== "update") return [];
  return [
    ...change2.orgRole ? [`org role ${change2.orgRole.from} -> ${change2.orgRole.to}`] : [],
    // A team role that only follows the org role is not a change of its own.
    ...change2.teams.flatMap((team) => team.kind === "role" && team.followsOrgRole ? [] : [team]).map(
      (team) => team.kind === "join" ? `joins ${team.team}` : team.kind === "leave" ? `leaves ${team.team}` : `${team.team}: ${team.from} -> ${team.to}`
    )
  ];
}
function modelInvitationNote(invitation, decision, config, entry, warnings) {
  const differs = wanted(decision.change);
  const where2 = entry ? { line: entry.line, ...entry.file ? { file: entry.file } : {} } : {};
  const what2 = `${invitation.email} has a pending invitation of Sentry's newer invitation model (invitation ${invitation.id}), which this action reads but does not change`;
  if (entry && differs.length > 0)
    warnings.push({
      message: `${what2}: the file asks for ${differs.join(", ")}. Change the invitation in Sentry's settings, or wait until it is accepted: the next run then makes the change`,
      ...where2
    });
  if (entry && invitation.expired)
    warnings.push({
      message: `${what2}: it has expired, so it can no longer be accepted. Re-send it in Sentry's settings${config.missing === "invite" ? " (missing: invite re-sends only invitations of the member list)" : ""}`,
      ...where2
    });
  return {
    invitationId: invitation.id,
    email: invitation.email,
    orgRole: invitation.orgRole,
    expired: invitation.expired,
    ...where2,
    ...differs.length > 0 ? { differs } : {}
  };
}
function unlistedInvitationsWarning(count) {
  if (count === 0) return void 0;
  return {
    message: `${count === 1 ? "1 pending invitation" : `${count} pending invitations`} of Sentry's newer invitation model ${count === 1 ? "is" : "are"} not as the file says (not listed, or on a team whose section does not name ${count === 1 ? "it" : "them"}): this action reads such invitations but does not change or remove them. Delete or change ${count === 1 ? "it" : "them"} in Sentry's settings, or wait until accepted: the next run then treats the members as usual`
  };
}
function doubleInvitationWarning(invitation, entry) {
  return {
    message: `${entry ? invitation.email : "a member"} is in the organization and also has a pending invitation of Sentry's newer invitation model (invitation ${invitation.id}): delete that invitation in Sentry's settings`,
    ...entry ? { line: entry.line, ...entry.file ? { file: entry.file } : {} } : {}
  };
}

// src/plan/member-diff.ts
function diffMember(spec, member) {
  const from = member.orgRole;
  const to = spec.role;
  if (spec.teams === void 0 && from === to) return void 0;
  const current = member.teams;
  if (current === void 0) throw new Error(`internal: the teams of ${member.email} were not read`);
  const teamChanges = [];
  const teamRoles = [];
  const stay = (team, stored, next) => {
    teamRoles.push({ teamSlug: team, role: next });
    const before = effectiveTeamRole(from, stored);
    const after = effectiveTeamRole(to, next);
    if (before !== after)
      teamChanges.push({
        kind: "role",
        team,
        from: before,
        to: after,
        ...next === stored ? { followsOrgRole: true } : {}
      });
  };
  if (spec.teams === void 0) {
    for (const [team, stored] of current) stay(team, stored, stored);
  } else {
    for (const [team, wanted2] of spec.teams) {
      if (!current.has(team)) {
        teamChanges.push({ kind: "join", team, role: effectiveTeamRole(to, wanted2) });
        teamRoles.push({ teamSlug: team, role: wanted2 });
        continue;
      }
      const stored = current.get(team) ?? null;
      stay(team, stored, effectiveTeamRole(to, stored) === effectiveTeamRole(to, wanted2) ? stored : wanted2);
    }
    for (const [team, stored] of current) {
      if (!spec.teams.has(team)) teamChanges.push({ kind: "leave", team, role: effectiveTeamRole(from, stored) });
    }
  }
  if (from === to && teamChanges.length === 0) return void 0;
  return {
    kind: "update",
    memberId: member.id,
    email: member.email,
    name: member.name,
    pending: member.pending,
    ...from === to ? {} : { orgRole: { from, to } },
    teams: teamChanges,
    request: { ...from === to ? {} : { orgRole: to }, teamRoles },
    line: spec.source.entry.line
  };
}
function specFor(spec, state) {
  const teams = spec.teams && storable(spec.teams, state);
  return teams === spec.teams ? spec : { ...spec, teams };
}
function pairsFor(pairs, state) {
  const on = pairs && storable(pairs.on, state);
  return !pairs || !on || on === pairs.on ? pairs : { on, off: pairs.off };
}
function storable(roles, state) {
  if (state.teamRoles || [...roles.values()].every((role) => role === null)) return roles;
  return TeamRoles.from([...roles.keys()].map((team) => [team, null]));
}
var NO_TEAM_ROLES = "Sentry stores team roles only on its Business and Enterprise plans";
function teamRoleWarnings(config, state) {
  if (state.teamRoles) return [];
  const warnings = [];
  for (const spec of config.members.values()) {
    let index = 0;
    for (const [team, role] of spec.teams ?? []) {
      const at2 = index++;
      if (role === null) continue;
      const position = spec.source.teams[at2] ?? spec.source.entry;
      warnings.push({
        message: `this organization has no team roles: ${role} has no effect (team "${team}" of ${spec.email}; ${NO_TEAM_ROLES})`,
        line: position.line,
        file: spec.source.file
      });
    }
    for (const grant of spec.grants)
      for (const [team, role] of grant.teams ?? [])
        if (role !== null)
          warnings.push({
            message: `this organization has no team roles: ${role} has no effect (team "${team}" in a grant of ${spec.email}; ${NO_TEAM_ROLES})`,
            line: grant.position.line,
            file: spec.source.file
          });
  }
  for (const section of config.teams.values()) {
    const explicit = /* @__PURE__ */ new Map();
    let index = 0;
    for (const role of section.people.values()) {
      const line = section.places[2 * index++] ?? section.position.line;
      if (role !== null && !explicit.has(role)) explicit.set(role, line);
    }
    for (const [role, line] of explicit)
      warnings.push({
        message: `this organization has no team roles: ${role === "admin" ? "admins" : "contributors"} of team "${section.slug}" are on it as members, with no explicit role (${NO_TEAM_ROLES})`,
        line,
        file: section.file
      });
  }
  return warnings;
}
function storedAs(member, state) {
  if (state.teamRoles || member.teams === void 0 || [...member.teams.values()].every((role) => role === null)) return member;
  return { ...member, teams: TeamRoles.from([...member.teams.keys()].map((team) => [team, null])) };
}

// src/plan/plan.ts
function planOptions(settings, now) {
  return {
    now,
    minOwners: settings.minOwners,
    expiryWarningDays: settings.expiryWarningDays,
    inactiveDays: settings.inactiveDays
  };
}
function createPlan(config, state, options) {
  const { now } = options;
  const rule = ownerRule(state, options.minOwners);
  const byEmail2 = membersByEmail(state.members);
  const changes = [];
  const blocked = [];
  const warnings = teamRoleWarnings(config, state);
  const missing = [];
  const grants = [];
  const inactive = new InactiveList(options.inactiveDays, now);
  const invited = invitationsByEmail(state.invitations);
  const modelInvitations = [];
  let unchanged = 0;
  const add = (decision) => {
    if (!decision.change) return;
    if (decision.reasons.length > 0) blocked.push({ change: decision.change, reasons: decision.reasons });
    else changes.push(decision.change);
  };
  const sections = sectionsByEmail(config);
  for (const listed of config.members.values()) {
    const found = byEmail2.get(listed.email);
    if (found.length > 1) {
      blocked.push(identityConflict(listed, found, config));
      continue;
    }
    const desired = desiredMember(listed, config, sections, now);
    expiryNotes(listed, desired, { now, warningDays: options.expiryWarningDays }, grants, warnings);
    const spec = specFor(desired.spec, state);
    const member = found[0];
    const invitation = member ? void 0 : invited.get(listed.email);
    if (invitation) {
      const decision2 = replanMember(asPendingMember(invitation), config, state, rule, options, sections);
      const entry = { line: spec.source.entry.line, ...inFile(spec.source.file, config) };
      const note = modelInvitationNote(invitation, decision2, config, entry, warnings);
      modelInvitations.push(note);
      if (!note.differs) unchanged++;
      continue;
    }
    if (!member) {
      if (desired.ended) continue;
      if (config.missing === "invite") add(planInvite(spec, config, state, options.approval, pairsFor(desired.pairs, state)));
      else missing.push({ email: spec.email, orgRole: spec.role, line: spec.source.entry.line });
      continue;
    }
    if (member.expired && config.missing !== "invite" && !desired.ended) {
      warnings.push({
        message: `the invitation of ${spec.email} has expired: it must be re-sent before it can be accepted (missing: invite re-sends it)`,
        line: spec.source.entry.line,
        file: spec.source.file
      });
    }
    if (!desired.ended) inactive.add(member, listed, inFile(listed.source.file, config));
    const decision = replanMember(member, config, state, rule, options, sections);
    if (decision.change) add(decision);
    else unchanged++;
  }
  const unlisted = [];
  for (const member of state.members) {
    const email = member.email.toLowerCase();
    if (config.members.has(email) || config.ignore.has(email)) continue;
    if (config.unlisted === "report")
      unlisted.push({ email: member.email, name: member.name, orgRole: member.orgRole, pending: member.pending });
    add(replanMember(member, config, state, rule, options, sections));
  }
  let unlistedInvitations = 0;
  for (const [email, invitation] of invited) {
    const listed = config.members.get(email);
    if (byEmail2.has(email)) {
      const entry = listed && { line: listed.source.entry.line, ...inFile(listed.source.file, config) };
      if (!config.ignore.has(email)) warnings.push(doubleInvitationWarning(invitation, entry));
      continue;
    }
    if (listed || config.ignore.has(email)) continue;
    if (config.unlisted === "report")
      unlisted.push({ email: invitation.email, name: invitation.email, orgRole: invitation.orgRole, pending: true });
    const decision = replanMember(asPendingMember(invitation), config, state, rule, options, sections);
    const note = modelInvitationNote(invitation, decision, config, void 0, warnings);
    if (note.differs) unlistedInvitations++;
    modelInvitations.push(note);
  }
  const unlistedWarning = unlistedInvitationsWarning(unlistedInvitations);
  if (unlistedWarning) warnings.push(unlistedWarning);
  const kept = keepOwners(changes, blocked, rule);
  const budget = invitationBudgetWarning(kept.changes);
  if (budget) warnings.push(budget);
  const inactiveMembers = inactive.result();
  const { approval } = options;
  const privileged = approval !== void 0 && [...kept.changes, ...kept.blocked.map((entry) => entry.change)].some((change2) => privilegedRole(change2) !== void 0);
  return {
    version: 1,
    organization: state.organization,
    config: config.file,
    changes: kept.changes,
    blocked: kept.blocked,
    unlisted,
    missing,
    warnings: inFileOrder(warnings, config),
    unchanged,
    ...grants.length > 0 ? { grants } : {},
    ...state.unfit && state.unfit.length > 0 ? { unfit: state.unfit } : {},
    ...inactiveMembers ? { inactive: inactiveMembers } : {},
    ...state.invitations ? { modelInvitations } : {},
    ...privileged ? { approval } : {}
  };
}
function replanMember(member, config, state, rule, options, sections = sectionsByEmail(config)) {
  const email = member.email.toLowerCase();
  const listed = config.members.get(email);
  if (listed) {
    const desired = desiredMember(listed, config, sections, options.now);
    if (desired.ended)
      return planRemoval(member, state, rule, {
        expired: desired.ended,
        line: listed.source.entry.line,
        ...inFile(listed.source.file, config)
      });
    return planListedMember(
      specFor(desired.spec, state),
      member,
      config,
      state,
      rule,
      pairsFor(desired.pairs, state),
      endedGrants(desired, listed),
      options.approval,
      { listed, desired }
    );
  }
  if (config.ignore.has(email)) return { reasons: [] };
  if (config.unlisted === "remove") return planRemoval(member, state, rule);
  const offSections = unlistedPairs(config);
  if (offSections && [...member.teams?.keys() ?? []].some((team) => offSections.off(team)))
    return planTeamsOnly(member, offSections, config, state, rule);
  return { reasons: [] };
}
function membersByEmail(members) {
  const index = /* @__PURE__ */ new Map();
  for (const member of members) {
    const email = member.email.toLowerCase();
    const same = index.get(email);
    if (same === void 0) index.set(email, member);
    else if (Array.isArray(same)) same.push(member);
    else index.set(email, [same, member]);
  }
  return {
    get(email) {
      const found = index.get(email);
      return found === void 0 ? [] : Array.isArray(found) ? found : [found];
    },
    has: (email) => index.has(email)
  };
}
function identityConflict(listed, members, config) {
  return {
    change: {
      kind: "conflict",
      email: listed.email,
      members: members.map((member) => ({ memberId: member.id, email: member.email, pending: member.pending })),
      line: listed.source.entry.line,
      ...inFile(listed.source.file, config)
    },
    reasons: conflictBlocks(members)
  };
}
function inFileOrder(warnings, config) {
  const order = new Map(config.files.map((file, index) => [file, index]));
  const rank = (warning) => order.get(warning.file ?? config.file) ?? -1;
  return [...warnings].sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
}
function inFile(file, config) {
  return file === config.file ? {} : { file };
}
function planListedMember(spec, member, config, state, rule, pairs, because, approval, cause) {
  const reinvite = member.expired && config.missing === "invite";
  const current = storedAs(member, state);
  const resolved = pairs && current.teams ? { ...spec, teams: withPairs(current.teams, pairs) } : spec;
  const update = diffMember(resolved, current);
  if (update) {
    const origins = githubOrigins(update.email, update.teams, config);
    const change2 = placeUpdate(
      {
        ...update,
        ...reinvite ? { reinvite: true } : {},
        ...because.length > 0 ? { because } : {},
        ...origins ? { fromGitHub: origins } : {},
        ...inFile(spec.source.file, config)
      },
      cause.listed,
      cause.desired,
      config
    );
    return { change: change2, reasons: [...updateBlocks(change2, member, spec, state, rule), ...approvalBlocks(change2, approval)] };
  }
  if (!reinvite) return { reasons: [] };
  return {
    change: {
      kind: "reinvite",
      memberId: member.id,
      email: member.email,
      name: member.name,
      line: spec.source.entry.line,
      ...inFile(spec.source.file, config)
    },
    reasons: reinviteBlocks(state)
  };
}
function planRemoval(member, state, rule, expired) {
  const change2 = {
    kind: "remove",
    memberId: member.id,
    email: member.email,
    name: member.name,
    orgRole: member.orgRole,
    pending: member.pending,
    ...expired ?? {}
  };
  return { change: change2, reasons: removalBlocks(change2, member, state, rule) };
}
function planTeamsOnly(member, pairs, config, state, rule) {
  const section = [...member.teams?.keys() ?? []].map((team) => config.teams.get(team)).find((found) => found !== void 0);
  const spec = {
    email: member.email.toLowerCase(),
    role: member.orgRole,
    teams: withPairs(member.teams ?? /* @__PURE__ */ new Map(), pairs),
    grants: [],
    source: { file: section?.file ?? config.file, entry: section?.position ?? { line: 1, column: 1 }, teams: [] }
  };
  const update = diffMember(spec, member);
  if (!update) return { reasons: [] };
  const origins = githubOrigins(update.email, update.teams, config);
  const change2 = placeUpdate(
    { ...update, ...origins ? { fromGitHub: origins } : {}, ...inFile(spec.source.file, config) },
    void 0,
    void 0,
    config
  );
  return { change: change2, reasons: updateBlocks(change2, member, spec, state, rule) };
}
function planInvite(spec, config, state, approval, pairs) {
  const teams = spec.teams ?? (pairs ? withPairs(/* @__PURE__ */ new Map(), pairs) : void 0);
  const origins = githubOrigins(
    spec.email,
    [...teams?.keys() ?? []].map((team) => ({ kind: "join", team })),
    config
  );
  const change2 = {
    kind: "invite",
    email: spec.email,
    orgRole: spec.role,
    teamRoles: teams ? [...teams].map(([teamSlug, role]) => ({ teamSlug, role })) : [],
    ...origins ? { fromGitHub: origins } : {},
    line: spec.source.entry.line,
    ...inFile(spec.source.file, config)
  };
  return { change: change2, reasons: [...inviteBlocks(change2, state), ...approvalBlocks(change2, approval)] };
}

// src/domain/github-teams.ts
var NO_ROSTERS = { teams: /* @__PURE__ */ new Map(), saml: /* @__PURE__ */ new Map() };
function samlEmail(nameId) {
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(nameId) || firstInvisible(nameId) !== void 0) return void 0;
  return nameId.toLowerCase();
}

// src/observe/github-teams.ts
async function readGitHubTeams(github, config, base) {
  const refs = /* @__PURE__ */ new Map();
  for (const { github: ref } of [...config.teams.values(), ...base?.teams.values() ?? []])
    if (ref && !refs.has(ref.key)) refs.set(ref.key, ref);
  if (refs.size === 0) return { kind: "read", rosters: NO_ROSTERS, unreadable: /* @__PURE__ */ new Set() };
  const failures = /* @__PURE__ */ new Map();
  const teams = /* @__PURE__ */ new Map();
  const saml = /* @__PURE__ */ new Map();
  if (github) await readInto(github, refs, config, base, { failures, teams, saml });
  else
    for (const key of refs.keys())
      failures.set(
        key,
        "no GitHub token to read it with: give one with organization members read access (input github-teams-token in the action, GITHUB_TOKEN on the command line)"
      );
  const problems = problemsAt(config, (ref) => failures.get(ref.key));
  if (problems.length > 0) return { kind: "failed", problems };
  return { kind: "read", rosters: { teams, saml }, unreadable: new Set(failures.keys()) };
}
async function readInto(github, refs, config, base, into) {
  const { failures, teams, saml } = into;
  await Promise.all(
    [...refs].map(async ([key, ref]) => {
      try {
        const members = await github.teamMembers(ref.org, ref.team);
        teams.set(
          key,
          members.map(({ login, role }) => ({ login, maintainer: role === "maintainer" }))
        );
      } catch (error) {
        failures.set(key, describeReadFailure(error));
      }
    })
  );
  const mapped = (login) => config.people?.has(login.toLowerCase()) || base?.people?.has(login.toLowerCase());
  const needing = /* @__PURE__ */ new Map();
  for (const [key, members] of teams) {
    if (members.every((member) => mapped(member.login))) continue;
    const org = refs.get(key).org;
    const entry = needing.get(org.toLowerCase()) ?? { org, keys: [] };
    entry.keys.push(key);
    needing.set(org.toLowerCase(), entry);
  }
  await Promise.all(
    [...needing].map(async ([lower, { org, keys }]) => {
      try {
        saml.set(lower, samlEmails(await github.samlIdentities(org)));
      } catch (error) {
        for (const key of keys) failures.set(key, `the SAML identities of ${org} cannot be read: ${describeReadFailure(error)}`);
      }
    })
  );
}
function samlEmails(identities) {
  if (identities.kind !== "identities")
    return { kind: "none", detail: identities.detail, permitted: identities.kind === "no-saml" };
  const emails = /* @__PURE__ */ new Map();
  for (const { login, nameId } of identities.identities) {
    const email = samlEmail(nameId);
    if (email !== void 0) emails.set(login.toLowerCase(), email);
  }
  return { kind: "read", emails };
}
function problemsAt(config, why) {
  const problems = [];
  for (const section of config.teams.values()) {
    const ref = section.github;
    const reason = ref && why(ref);
    if (!ref || reason === void 0) continue;
    problems.push({
      severity: "error",
      file: section.file,
      ...ref.position,
      message: `team "${section.slug}" follows the GitHub team ${ref.org}/${ref.team}, which cannot be read, so nothing was planned or written: ${reason}`
    });
  }
  return problems;
}
function describeReadFailure(error) {
  if (error instanceof GitHubReadError) return error.message;
  throw error;
}
async function readSameSlugTeams(github, org, slugs) {
  const teams = /* @__PURE__ */ new Map();
  const [saml] = await Promise.all([
    github.samlIdentities(org).then(samlEmails),
    ...slugs.map(async (slug2) => {
      try {
        const members = await github.teamMembers(org, slug2);
        teams.set(
          slug2,
          members.map(({ login, role }) => ({ login, maintainer: role === "maintainer" }))
        );
      } catch (error) {
        if (!(error instanceof GitHubReadError && error.failure === "not-found")) throw error;
      }
    })
  ]);
  return { teams, emails: saml.kind === "read" ? saml.emails : /* @__PURE__ */ new Map(), saml };
}

// src/domain/email.ts
function isAddress(text) {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/u.test(text) && firstInvisible(text) === void 0;
}

// src/sentry/decode.ts
function flag(record, key) {
  return record?.[key] === true;
}
function slug(value, where2) {
  if (typeof value !== "string" || !isSlug(value))
    throw new DecodeError(`${where2}: expected a team slug (${SLUG_RULE}), got ${kind(value)}`);
  return value;
}
function roleText(record, where2) {
  const value = record.orgRole ?? record.role;
  if (typeof value !== "string") throw new DecodeError(`${where2}.orgRole: expected an org role, got ${kind(value)}`);
  return value;
}
function orgRole(record, where2) {
  const value = roleText(record, where2);
  if (!isOrgRole(value))
    throw new DecodeError(`${where2}.orgRole: expected one of billing, member, admin, manager, owner, got ${kind(value)}`);
  return value;
}
function emailOf2(record, where2) {
  const value = record.email;
  if (value !== null && typeof value !== "string")
    throw new DecodeError(`${where2}.email: expected a string or null, got ${kind(value)}`);
  return value;
}
function shownText(text) {
  const clean = redactSecrets(text);
  return clean.length > 100 ? `${clean.slice(0, 100)}...` : clean;
}
function isUnfit(row) {
  return "problem" in row;
}
function unfitProblem(email, role) {
  if (!isOrgRole(role)) return { kind: "unknown-role", role: shownText(role) };
  if (email === null || email === "") return { kind: "no-email", email };
  if (!isAddress(email)) return { kind: "not-an-address", email: shownText(email) };
  return void 0;
}
function decodeMemberRow(value, where2) {
  const record = object(value, where2);
  const id = string(record, "id", where2);
  const email = emailOf2(record, where2);
  const role = roleText(record, where2);
  const problem = unfitProblem(email, role);
  if (problem === void 0) return memberFields(record, where2, email ?? "");
  return { id, problem, ...isOrgRole(role) ? { orgRole: role } : {}, pending: record.pending === true };
}
function decodeListedMember(value, where2) {
  const row = decodeMemberRow(value, where2);
  if (isUnfit(row)) throw new DecodeError(`${where2}: ${describeUnfit(row.problem)}`);
  return row;
}
function describeUnfit(problem) {
  switch (problem.kind) {
    case "no-email":
      return `no email (${problem.email === null ? "null" : '""'})`;
    case "not-an-address":
      return `the email ${JSON.stringify(problem.email)} is not an address`;
    case "unknown-role":
      return `the org role ${JSON.stringify(problem.role)} is not one of billing, member, admin, manager, owner`;
  }
}
function lastActiveOf(record) {
  const user = record.user;
  if (user === null || typeof user !== "object" || Array.isArray(user)) return void 0;
  const value = user.lastActive;
  if (value === null) return null;
  if (typeof value !== "string") return void 0;
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : void 0;
}
function memberFields(record, where2, email) {
  const flags = record.flags && typeof record.flags === "object" ? record.flags : void 0;
  return {
    id: string(record, "id", where2),
    email,
    // A display name is anyone's to set: it may not carry a token into a log.
    name: typeof record.name === "string" ? redactSecrets(record.name) : email,
    orgRole: orgRole(record, where2),
    pending: record.pending === true,
    expired: record.expired === true,
    flags: memberFlags(flag(flags, "idp:provisioned"), flag(flags, "idp:role-restricted"), flag(flags, "partnership:restricted")),
    lastActive: lastActiveOf(record),
    teams: void 0
  };
}
var NO_FLAGS = Object.freeze({
  idpProvisioned: false,
  idpRoleRestricted: false,
  partnershipRestricted: false
});
function memberFlags(idpProvisioned, idpRoleRestricted, partnershipRestricted) {
  if (!idpProvisioned && !idpRoleRestricted && !partnershipRestricted) return NO_FLAGS;
  return { idpProvisioned, idpRoleRestricted, partnershipRestricted };
}
function decodeMemberDetail(value, where2) {
  const record = object(value, where2);
  const base = memberFields(record, where2, emailOf2(record, where2) ?? "");
  const teams = /* @__PURE__ */ new Map();
  if (record.teamRoles !== void 0) {
    for (const [index, item] of list(record.teamRoles, `${where2}.teamRoles`).entries()) {
      const entry = object(item, `${where2}.teamRoles[${index}]`);
      const team = slug(entry.teamSlug, `${where2}.teamRoles[${index}].teamSlug`);
      const role = entry.role ?? null;
      if (role !== null && !isTeamRole(role))
        throw new DecodeError(`${where2}.teamRoles[${index}].role: expected contributor, admin or null, got ${kind(role)}`);
      teams.set(team, role);
    }
  } else if (record.teams !== void 0) {
    for (const [index, item] of list(record.teams, `${where2}.teams`).entries())
      teams.set(slug(item, `${where2}.teams[${index}]`), null);
  }
  const roles = record.orgRoleList === void 0 ? [] : list(record.orgRoleList, `${where2}.orgRoleList`);
  return {
    ...base,
    teams: TeamRoles.from(teams),
    orgRoleList: roles.map((item, index) => {
      const role = object(item, `${where2}.orgRoleList[${index}]`);
      return {
        id: string(role, "id", `${where2}.orgRoleList[${index}]`),
        isAllowed: role.isAllowed === true,
        isRetired: role.isRetired === true
      };
    })
  };
}
function decodeTeam(value, where2) {
  const record = object(value, where2);
  const team = slug(record.slug, `${where2}.slug`);
  const flags = record.flags && typeof record.flags === "object" ? record.flags : void 0;
  const count = record.memberCount;
  return {
    slug: team,
    name: typeof record.name === "string" ? record.name : team,
    memberCount: typeof count === "number" && Number.isFinite(count) && count >= 0 ? count : 0,
    idpProvisioned: flag(flags, "idp:provisioned")
  };
}
function decodeRosterEntry(value, where2) {
  const record = object(value, where2);
  const role = record.teamRole ?? null;
  if (role !== null && !isTeamRole(role))
    throw new DecodeError(`${where2}.teamRole: expected contributor, admin or null, got ${kind(role)}`);
  return { id: string(record, "id", where2), teamRole: role };
}
function decodeModelInvitation(value, where2) {
  const record = object(value, where2);
  const id = record.id;
  if (typeof id !== "string" && typeof id !== "number") throw new DecodeError(`${where2}.id: expected an id, got ${kind(id)}`);
  const email = emailOf2(record, where2);
  const role = roleText(record, where2);
  if ((record.inviteStatus ?? "approved") !== "approved" || unfitProblem(email, role) !== void 0) return void 0;
  const teams = /* @__PURE__ */ new Map();
  for (const [index, item] of list(record.teams ?? [], `${where2}.teams`).entries()) {
    const team = object(item, `${where2}.teams[${index}]`);
    const teamRole = team.role ?? null;
    if (teamRole !== null && !isTeamRole(teamRole))
      throw new DecodeError(`${where2}.teams[${index}].role: expected contributor, admin or null, got ${kind(teamRole)}`);
    teams.set(string(team, "slug", `${where2}.teams[${index}]`), teamRole);
  }
  return {
    id: String(id),
    email: email ?? "",
    orgRole: orgRole(record, where2),
    expired: record.expired === true,
    teams: TeamRoles.from(teams)
  };
}

// src/observe/observe.ts
function scopeOf(config) {
  const sameEmail = (email) => config.members.get(email)?.email;
  if (config.teams.size > 0)
    return { ...EVERYONE, needsInvitations: (members) => listsSomeoneMissing(config, members), sameEmail };
  return {
    sameEmail,
    expectedMembers: config.members.size,
    needsTeams(member) {
      const spec = config.members.get(member.email.toLowerCase());
      return spec !== void 0 && (spec.teams !== void 0 || spec.role !== member.orgRole || spec.grants.length > 0 || spec.until !== void 0);
    },
    needsInvitations: (members) => listsSomeoneMissing(config, members)
  };
}
function listsSomeoneMissing(config, members) {
  for (const section of config.teams.values()) if (section.github) return true;
  if (config.members.size > members.length) return true;
  const emails = new Set(members.map((member) => member.email.toLowerCase()));
  for (const email of config.members.keys()) if (!emails.has(email)) return true;
  return false;
}
var EVERYONE = { expectedMembers: Number.POSITIVE_INFINITY, needsTeams: () => true };
var PAGE = 100;
async function observe(client, organization, scope) {
  const teamsRead = client.listTeams(organization);
  const meRead = client.getMember(organization, "me");
  const strategyRead = teamsRead.then((teams2) => {
    const rosterCost = teams2.reduce((sum, team) => sum + Math.max(1, Math.ceil(team.memberCount / PAGE)), 0);
    return scope.expectedMembers < rosterCost ? "member-gets" : "rosters";
  });
  let chosen;
  strategyRead.then((strategy2) => chosen = strategy2).catch(() => {
  });
  const detailReads = [];
  const membersRead = client.listMembers(organization, (page) => {
    if (chosen === "rosters") return;
    for (const member of page) {
      if (isUnfit(member) || !scope.needsTeams(member)) continue;
      const read = strategyRead.then(
        (strategy2) => strategy2 === "member-gets" ? client.getMember(organization, member.id) : void 0
      );
      read.catch(() => {
      });
      detailReads.push(read);
    }
  });
  for (const read of [membersRead, teamsRead, meRead, strategyRead]) read.catch(() => {
  });
  const [teams, strategy] = await Promise.all([teamsRead, strategyRead]);
  const rosterTeams = /* @__PURE__ */ new Map();
  const rostersRead = strategy === "rosters" ? readRosters(client, organization, teams, rosterTeams) : void 0;
  rostersRead?.catch(() => {
  });
  const rows = uniqueById(await membersRead);
  const listed = rows.filter((row) => !isUnfit(row));
  const unfit = rows.filter(isUnfit);
  const invitationsRead = scope.needsInvitations?.(listed) ? client.listModelInvitations(organization) : void 0;
  invitationsRead?.catch(() => {
  });
  const [me, , fetched, invitations] = await Promise.all([meRead, rostersRead, Promise.all(detailReads), invitationsRead]);
  const details = fetched.filter((detail) => detail !== void 0);
  const detailTeams = new Map(details.map((detail) => [detail.id, detail.teams]));
  const members = listed;
  for (const member of listed) {
    const fromRosters = rostersRead ? teamsOfRosters(rosterTeams.get(member.id), teams) : void 0;
    const filling = member;
    filling.teams = detailTeams.get(member.id) ?? fromRosters;
    filling.email = scope.sameEmail?.(member.email) ?? member.email;
  }
  const observedTeams = new Map(teams.map((team) => [team.slug, team]));
  const roles = (predicate) => new Set(
    me.orgRoleList.filter(predicate).map((role) => role.id).filter(isOrgRole)
  );
  return {
    strategy,
    state: {
      organization,
      members,
      teams: observedTeams,
      caller: {
        memberId: me.id,
        email: me.email,
        orgRole: me.orgRole,
        assignable: roles((role) => role.isAllowed),
        retired: roles((role) => role.isRetired)
      },
      teamRoles: hasTeamRoles(me.orgRoleList),
      ...unfit.length > 0 ? { unfit } : {},
      ...invitations && invitations.length > 0 ? { invitations } : {}
    }
  };
}
function hasTeamRoles(roles) {
  return roles.find((role) => role.id === "admin")?.isRetired ?? true;
}
function uniqueById(rows) {
  const seen = /* @__PURE__ */ new Set();
  return rows.filter((row) => !seen.has(row.id) && seen.add(row.id) !== void 0);
}
var ROSTER_READS = 3;
async function readRoster(client, organization, team) {
  let entries = uniqueById(await client.listTeamMembers(organization, team.slug, team.memberCount));
  for (let reads = 1; entries.length !== team.memberCount && reads < ROSTER_READS; reads++) {
    const again = uniqueById(await client.listTeamMembers(organization, team.slug, team.memberCount));
    const same = again.length === entries.length && again.every((entry, index) => sameEntry(entry, entries[index]));
    entries = again;
    if (same) break;
  }
  return entries;
}
function sameEntry(a, b) {
  return b !== void 0 && a.id === b.id && a.teamRole === b.teamRole;
}
var ROSTER_ROLES = [null, "contributor", "admin"];
async function readRosters(client, organization, teams, rosterTeams) {
  await Promise.all(
    teams.map(async (team, index) => {
      for (const entry of await readRoster(client, organization, team)) {
        const place = index * 3 + ROSTER_ROLES.indexOf(entry.teamRole);
        const places = rosterTeams.get(entry.id);
        rosterTeams.set(
          entry.id,
          places === void 0 ? place : typeof places === "number" ? [places, place] : [...places, place]
        );
      }
    })
  );
}
function teamsOfRosters(places, teams) {
  if (places === void 0) return TeamRoles.EMPTY;
  return TeamRoles.fromPairs(
    (typeof places === "number" ? [places] : [...places]).sort((a, b) => a - b).flatMap((place) => [teams[Math.floor(place / 3)]?.slug ?? "", ROSTER_ROLES[place % 3] ?? null])
  );
}

// src/settings/policy.ts
var RefusedValue = class extends Error {
  name = "RefusedValue";
  /** What was given, as it may be shown ('' for a secret). */
  shown;
  /** What is wrong and what is expected, to follow "<setting> is <value>". */
  problem;
  constructor(shown2, problem) {
    super(`${shown2 ? `"${shown2}": ` : ""}${problem}`);
    this.shown = shown2;
    this.problem = problem;
  }
};
function optionalText(value) {
  return value === "" ? void 0 : value;
}
function requiredText(value) {
  if (value === "") throw new RefusedValue("", "must not be empty");
  return value;
}
function oneOf(choices) {
  return (value) => {
    if (choices.includes(value)) return value;
    throw new RefusedValue(value, `expected one of ${choices.join(", ")}`);
  };
}
var MODES = ["auto", "plan", "apply", "check", "validate"];
var parseMode = oneOf(MODES);
var REVIEW_POLICIES = ["warn", "require", "off"];
var parseReviewedPlan = oneOf(REVIEW_POLICIES);
var LAYOUTS = ["members", "teams"];
var parseLayout = oneOf(LAYOUTS);
function parseBoolean(value) {
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new RefusedValue(value, "expected true or false");
}
function parseAutoBoolean(value) {
  if (/^auto$/i.test(value)) return "auto";
  try {
    return parseBoolean(value);
  } catch {
    throw new RefusedValue(value, "expected auto, true or false");
  }
}
function wholeNumber(value) {
  return /^\d+$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : void 0;
}
function parseLimit(value) {
  const number = wholeNumber(value);
  if (number === void 0) throw new RefusedValue(value, "expected a whole number (0 for no limit)");
  return number;
}
function parseRemovalLimit(value) {
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
  if (percent) {
    const share = Number(percent[1]);
    if (share <= 100) return { percent: share };
  }
  const number = wholeNumber(value);
  if (number === void 0)
    throw new RefusedValue(value, "expected a whole number (0 for no limit) or a percentage up to 100% (10%)");
  return number;
}
function parseCount(value) {
  const number = wholeNumber(value);
  if (number === void 0) throw new RefusedValue(value, "expected a whole number");
  return number;
}
function parseSentryUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new RefusedValue(value, "not a URL; expected e.g. https://sentry.io or https://de.sentry.io");
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new RefusedValue(
      url.origin,
      "expected a plain base URL such as https://sentry.example.com, without credentials, query or fragment"
    );
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) {
    throw new RefusedValue(
      url.origin,
      "only https is allowed (plain http only for loopback hosts), so the token never travels in clear text"
    );
  }
  url.pathname = url.pathname.replace(/\/+$/, "").replace(/\/api\/0$/, "");
  return url;
}
function isLoopback(hostname) {
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}
function parseSentryToken(token) {
  if (!token) return void 0;
  if (token.startsWith("sntrys_")) {
    throw new RefusedValue(
      "",
      "an organization auth token (sntrys_...), which Sentry does not let manage members: create a user auth token (sntryu_...) with member:read for plans and member:admin for applies"
    );
  }
  return token;
}

// src/settings/table.ts
var COMMANDS = ["validate", "plan", "check", "apply", "export"];
var SENTRY_COMMANDS = ["plan", "check", "apply"];
var SETTINGS = {
  sentryToken: {
    name: "sentry-token",
    default: "",
    parse: parseSentryToken,
    input: {},
    env: "SENTRY_AUTH_TOKEN",
    secret: true,
    help: "A Sentry user auth token (sntryu_...), with member:read for plan, check and export and member:admin for apply."
  },
  sentryUrl: {
    name: "sentry-url",
    default: "https://sentry.io",
    parse: parseSentryUrl,
    input: {},
    flag: { value: "<url>", commands: [...SENTRY_COMMANDS, "export"] },
    help: "Sentry base URL (https://de.sentry.io, self-hosted); plain http only on loopback."
  },
  organization: {
    name: "organization",
    default: "",
    parse: optionalText,
    input: {},
    flag: { name: "org", value: "<slug>", commands: [...SENTRY_COMMANDS, "export"] },
    help: 'The organization slug: export needs it; for plan, check and apply it overrides "organization" in the config.'
  },
  config: {
    name: "config",
    default: "sentry-members.yml",
    parse: requiredText,
    input: {},
    flag: { value: "<path>", commands: ["validate", ...SENTRY_COMMANDS] },
    help: "The config, as the [config] argument: a file, a directory (every *.yml below it) or a glob."
  },
  mode: {
    name: "mode",
    default: "auto",
    parse: parseMode,
    input: {},
    help: "auto, plan, apply, check or validate."
  },
  githubToken: {
    name: "github-token",
    default: "",
    parse: optionalText,
    // The runner's expression, not a template of ours.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an expression GitHub evaluates
    input: { default: "${{ github.token }}" },
    secret: true,
    help: "Token for the pull-request plan comment and the drift issue."
  },
  comment: {
    name: "comment",
    default: "true",
    parse: parseBoolean,
    input: {},
    help: "Post the plan comment on pull requests and rewrite it on every run, failed runs included; the result of an apply on push goes to the merged pull request's comment."
  },
  driftIssue: {
    name: "drift-issue",
    default: "false",
    parse: parseBoolean,
    input: {},
    help: "Keep one open issue saying what drift scheduled and hand-started apply (or check) runs find and correct."
  },
  maxChanges: {
    name: "max-changes",
    default: "50",
    parse: parseLimit,
    input: {},
    flag: { value: "<n>", commands: SENTRY_COMMANDS },
    help: "apply writes nothing when the plan writes to more members; 0 is no limit."
  },
  maxRemovals: {
    name: "max-removals",
    default: "5",
    parse: parseRemovalLimit,
    input: {},
    flag: { value: "<n|n%>", commands: SENTRY_COMMANDS },
    help: "The same guard for removals: a number, or a percentage of the organization's members and invitations."
  },
  minOwners: {
    name: "min-owners",
    default: "1",
    parse: parseCount,
    input: {},
    flag: { value: "<n>", commands: SENTRY_COMMANDS },
    help: "Block the changes that would leave fewer active owners."
  },
  expiryWarningDays: {
    name: "expiry-warning-days",
    default: "7",
    parse: parseCount,
    input: {},
    flag: { value: "<n>", commands: SENTRY_COMMANDS },
    help: "Warn about grants and entries ending within this many days."
  },
  reviewedPlan: {
    name: "reviewed-plan",
    default: "warn",
    parse: parseReviewedPlan,
    input: {},
    help: "warn, require or off: how an apply on merge treats a plan that differs from the reviewed one (require also holds scheduled applies to what was applied on merge)."
  },
  redact: {
    name: "redact",
    default: "auto",
    parse: parseAutoBoolean,
    input: {},
    help: "auto, true or false: publish nothing from Sentry the config does not say (auto: on public repositories)."
  },
  githubTeamsToken: {
    name: "github-teams-token",
    default: "",
    parse: optionalText,
    input: {},
    secret: true,
    help: "Token that reads the GitHub organization: the GitHub teams that team sections follow (github-team), its SAML identities, and the memberships of approvals.privileged's teams; it needs organization members read access (a GitHub App token with Members: read); empty: github-token."
  },
  inactiveDays: {
    name: "inactive-days",
    default: "0",
    parse: parseCount,
    input: {},
    flag: { value: "<n>", commands: SENTRY_COMMANDS },
    help: "List the members not active in Sentry for this many days, with the line that keeps them; 0 lists none."
  },
  layout: {
    name: "layout",
    default: "members",
    parse: parseLayout,
    flag: { value: "<form>", commands: ["export"] },
    help: "members (an entry per member) or teams (team sections; with --out <directory>/, org.yml and teams/<slug>.yml)."
  },
  out: {
    name: "out",
    default: "",
    parse: optionalText,
    flag: { value: "<path>", commands: ["export"] },
    help: "Where to write, as the [out] argument; standard output when not given."
  },
  githubTeams: {
    name: "github-teams",
    default: "",
    parse: optionalText,
    flag: { value: "<org>", commands: ["export"] },
    help: "Make each team whose GitHub team of the same slug in <org> has the same people follow it (github-team), with a people map for them; GitHub is read with GITHUB_TOKEN."
  },
  force: {
    name: "force",
    default: "false",
    parse: parseBoolean,
    flag: { value: "", switch: true, commands: ["export"] },
    help: "Replace files that are there, and remove stale config files from the --out directory; without it, export refuses to write over anything."
  }
};
var INPUT_KEYS = Object.keys(SETTINGS).filter((key) => "input" in SETTINGS[key]);
var FLAG_KEYS = Object.keys(SETTINGS).filter((key) => "flag" in SETTINGS[key]);
function rowOf(key) {
  return SETTINGS[key];
}
function flagOf(key) {
  const { flag: flag2, name } = rowOf(key);
  return flag2 ? `--${flag2.name ?? name}` : void 0;
}
var SettingError = class extends Error {
  name = "SettingError";
  setting;
  /** What was given, as it may be shown ('' for a secret). */
  value;
  /** What is wrong and what is expected, to follow "<setting> is <value>". */
  problem;
  constructor(setting, value, problem) {
    super(`${setting}${value ? ` is "${value}"` : ""}: ${problem}`);
    this.setting = setting;
    this.value = value;
    this.problem = problem;
  }
};
function readSetting(key, source) {
  const row = rowOf(key);
  const given = source.text(key, row)?.trim() ?? "";
  if (row.secret && given) {
    addSecret(given);
    source.mask?.(given);
  }
  try {
    return row.parse(given === "" ? row.default : given);
  } catch (error) {
    if (error instanceof RefusedValue) throw new SettingError(row.name, error.shown, error.problem);
    throw error;
  }
}
function readSettings(keys, source) {
  const values = {};
  for (const key of keys) values[key] = readSetting(key, source);
  return values;
}

// src/plan/digest.ts
import { createHash } from "node:crypto";
function sha256(text) {
  return createHash("sha256").update(text).digest("base64url");
}
function changeDigest(change2) {
  return sha256(JSON.stringify(fingerprint(change2)));
}
function publishedDigest(change2, named2) {
  return isUnnamed(change2, named2) ? sha256(JSON.stringify(["not named", change2.kind])) : changeDigest(change2);
}
function isUnnamed(change2, named2) {
  return named2 !== void 0 && !named2(change2.email);
}
function fingerprint(change2) {
  const who2 = change2.email.toLowerCase();
  switch (change2.kind) {
    case "update":
      return [
        "update",
        who2,
        change2.orgRole ? [change2.orgRole.from, change2.orgRole.to] : null,
        // What the team change does, not where the config asks for it (`at`): a line that moves is no new change.
        change2.teams.map(({ at: _at, ...team }) => JSON.stringify(team)).sort(),
        change2.reinvite === true
      ];
    case "invite":
      return ["invite", who2, change2.orgRole, change2.teamRoles.map((team) => `${team.teamSlug}:${team.role}`).sort()];
    case "reinvite":
      return ["reinvite", who2];
    case "remove":
      return ["remove", who2, change2.orgRole, change2.pending];
    case "conflict":
      return ["conflict", who2, change2.members.map((member) => member.memberId).sort()];
  }
}
function planDigest(plan, named2 = void 0) {
  return sha256(
    plan.changes.map((change2) => publishedDigest(change2, named2)).sort().join(",")
  );
}
function configDigest(config) {
  const teams = (spec) => spec ? [...spec].sort() : null;
  const members = [...config.members.values()].map((member) => [
    member.email,
    member.role,
    teams(member.teams),
    member.until?.text ?? null,
    member.grants.map((grant) => [grant.role ?? null, teams(grant.teams), grant.until.text])
  ]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const sections = [...config.teams.values()].map((section) => [section.slug, [...section.people].sort()]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return sha256(
    JSON.stringify([config.organization ?? null, config.unlisted, config.missing, [...config.ignore].sort(), members, sections])
  );
}

// src/plan/unknown-teams.ts
function unknownTeams(config, state) {
  const unknown = [];
  for (const spec of config.members.values()) {
    const file = spec.source.file;
    let index = 0;
    for (const team of spec.teams?.keys() ?? []) {
      const at2 = index++;
      if (state.teams.has(team)) continue;
      const position = spec.source.teams[at2] ?? spec.source.entry;
      unknown.push({ team, owner: `for ${spec.email}`, file, ...position });
    }
    for (const grant of spec.grants)
      for (const team of grant.teams?.keys() ?? [])
        if (!state.teams.has(team)) unknown.push({ team, owner: `in a grant of ${spec.email}`, file, ...grant.position });
  }
  for (const section of config.teams.values())
    if (!state.teams.has(section.slug))
      unknown.push({ team: section.slug, owner: "a team section", file: section.file, ...section.position });
  return unknown;
}

// src/engine/plan-organization.ts
async function planOrganization(client, what2) {
  const { config, organization, options, warnings: configWarnings = [], base, github, approval } = what2;
  const scope = base ? bothScopes(scopeOf(config), scopeOf(base)) : scopeOf(config);
  const [observed, read, gate] = await Promise.all([
    observe(client, organization, scope),
    readGitHubTeams(github, config, base),
    approval
  ]);
  const planning = gate ? { ...options, approval: gate } : options;
  const { strategy } = observed;
  const { state } = observed;
  const teamless = unknownTeams(config, state);
  const unknownAs = (hint) => teamless.map(
    ({ owner, team, file, line, column }) => ({
      severity: "error",
      file,
      line,
      column,
      message: `team "${team}" (${owner}) does not exist in the Sentry organization "${organization}".${hint(team)}`
    })
  );
  const unknown = unknownAs(
    (team) => `${didYouMean(team, state.teams.keys())} Its teams: ${teamList(state)}. Check the slug, or create the team in Sentry first`
  );
  const unknownInPublic = unknownAs(
    () => " Check the slug, or create the team in Sentry first (the organization's teams are not listed here, because this repository is public: `sentry-members-sync plan` run locally lists them)"
  );
  if (read.kind === "failed")
    return {
      kind: "config-errors",
      cause: "github-teams",
      problems: [...read.problems, ...unknown],
      publicProblems: [...read.problems, ...unknownInPublic],
      githubTeams: read.problems.length
    };
  if (unknown.length > 0)
    return { kind: "config-errors", cause: "unknown-teams", problems: unknown, publicProblems: unknownInPublic, githubTeams: 0 };
  const followed = followGitHubTeams(config, read.rosters, state);
  const plan = createPlan(followed.config, state, planning);
  const warnings = inFileOrder(
    [
      ...configWarnings.map((problem) => ({
        message: problem.message,
        ...problem.line ? { line: problem.line } : {},
        ...problem.file !== config.file ? { file: problem.file } : {}
      })),
      ...followed.warnings,
      ...plan.warnings
    ],
    config
  );
  const drift = base && driftOf(base, read.rosters, read.unreadable, state, planning);
  return {
    kind: "plan",
    plan: { ...plan, warnings: drift?.kind === "unreadable" ? [...warnings, drift.warning] : warnings },
    strategy,
    state,
    config: followed.config,
    ...drift?.kind === "drift" ? { drift: drift.digests } : {},
    ...gate ? { approval: gate } : {}
  };
}
function driftOf(base, rosters, unreadable, state, options) {
  const unread = [...base.teams.values()].find((section) => section.github && unreadable.has(section.github.key))?.github;
  if (unread)
    return {
      kind: "unreadable",
      warning: {
        message: `the config at the base commit follows the GitHub team ${unread.org}/${unread.team}, which cannot be read: the changes of this pull request and drift are shown together`
      }
    };
  const followed = followGitHubTeams(base, rosters, state).config;
  return { kind: "drift", digests: new Set(createPlan(followed, state, options).changes.map(changeDigest)) };
}
function bothScopes(a, b) {
  return {
    expectedMembers: a.expectedMembers + b.expectedMembers,
    needsTeams: (member) => a.needsTeams(member) || b.needsTeams(member),
    needsInvitations: (members) => (a.needsInvitations?.(members) ?? false) || (b.needsInvitations?.(members) ?? false),
    sameEmail: (email) => a.sameEmail?.(email) ?? b.sameEmail?.(email)
  };
}
function teamList(state) {
  const slugs = [...state.teams.keys()];
  if (slugs.length === 0) return "none";
  return `${slugs.slice(0, 10).join(", ")}${slugs.length > 10 ? ` and ${slugs.length - 10} more` : ""}`;
}
function organizationOf(config, override) {
  const organization = override ?? config.organization;
  if (!organization) {
    throw new SettingError("organization", "", `not given, and ${config.file} has no "organization:": set one of them`);
  }
  return organization;
}

// src/domain/org-state.ts
function headcount(state) {
  return state.members.length + (state.unfit?.length ?? 0);
}

// src/sentry/errors.ts
var PLAIN_WORDS = { url: "sentry-url", newToken: "use it in place of this one" };
var SentryApiError = class extends Error {
  name = "SentryApiError";
  method;
  path;
  /** 0 when no response came (connection error, timeout). */
  status;
  /** Sentry's own message, from any of its body shapes. */
  detail;
  hint;
  constructor(method, path6, status, serverDetail, options) {
    const detail = escapeInvisible(redactSecrets(serverDetail));
    super("", options?.cause ? { cause: options.cause } : {});
    this.method = method;
    this.path = path6;
    this.status = status;
    this.detail = detail;
    this.hint = options?.hint;
    this.message = this.describe(PLAIN_WORDS);
  }
  /** The failure and what to do, naming settings as a front door does. */
  describe(words) {
    const what2 = this.status === 0 ? "no response" : `HTTP ${this.status}`;
    return `${this.method} ${this.path}: ${what2}: ${this.detail}${this.hint ? ` (${this.hint(words)})` : ""}`;
  }
};
var InvitationBudgetError = class extends SentryApiError {
  name = "InvitationBudgetError";
  constructor(method, path6, serverDetail) {
    super(method, path6, 429, serverDetail, {
      hint: () => "Sentry's daily invitation limit is reached (100 a day per user and per organization, 10 per email); it is whole again at 00:00 UTC: the next run sends the invitations left"
    });
  }
};
function describeErrorBody(body, text) {
  if (typeof body === "string") return body;
  if (Array.isArray(body)) return body.map(String).join("; ");
  if (body && typeof body === "object") {
    const record = body;
    const parts = [];
    for (const [key, value] of Object.entries(record)) {
      if (key === "errorId") continue;
      const message = Array.isArray(value) ? value.map(String).join("; ") : typeof value === "string" ? value : JSON.stringify(value);
      parts.push(key === "detail" ? message : `${key}: ${message}`);
    }
    if (typeof record.errorId === "string") parts.push(`Sentry error id ${record.errorId}`);
    if (parts.length > 0) return parts.join("; ");
  }
  const trimmed = text.trim().replace(/\s+/g, " ");
  return trimmed ? `unexpected response: ${trimmed.slice(0, 200)}` : "empty response";
}
function hintFor(status) {
  switch (status) {
    case 401:
      return (words) => `the Sentry token is invalid or expired: create a new user auth token and ${words.newToken}`;
    case 403:
      return () => "the token's user may not do this: plans need member:read, applies need member:admin, and org auth tokens (sntrys_) cannot manage members";
    case 404:
      return (words) => `check the organization slug and ${words.url} (EU organizations use https://de.sentry.io)`;
    case 429:
      return () => "still rate limited after waiting for the limit to reset: run again later";
    default:
      return status >= 500 ? () => "Sentry failed; it was retried: run again later" : void 0;
  }
}

// src/apply/apply.ts
function guardRefusal(plan, guards, members) {
  const writes = plan.changes.length;
  if (guards.maxChanges > 0 && writes > guards.maxChanges)
    return { guard: "max-changes", count: writes, limit: guards.maxChanges };
  const removals = plan.changes.filter((change2) => change2.kind === "remove").length;
  const limit = removalLimit(guards, members);
  if (limit === void 0 || removals <= limit) return void 0;
  const { maxRemovals } = guards;
  return typeof maxRemovals === "number" ? { guard: "max-removals", count: removals, limit } : { guard: "max-removals", count: removals, limit, percent: { percent: maxRemovals.percent, of: members } };
}
function removalLimit(guards, members) {
  const { maxRemovals } = guards;
  if (typeof maxRemovals !== "number") return Math.floor(members * maxRemovals.percent / 100);
  return maxRemovals > 0 ? maxRemovals : void 0;
}
var Removals = class {
  #extra = 0;
  #limit;
  #planned;
  constructor(limit, planned) {
    this.#limit = limit;
    this.#planned = planned;
  }
  /** Counts the write, or says that it would pass max-removals (then it is not sent). */
  take(planned, fresh) {
    const limit = this.#limit;
    if (fresh.kind !== "remove" || planned.kind === "remove" || limit === void 0) return void 0;
    if (this.#planned + this.#extra >= limit)
      return { kind: "guard-at-write", guard: "max-removals", limit, planned: planned.kind, fresh: fresh.kind };
    this.#extra++;
    return void 0;
  }
};
var INVITATIONS_AT_ONCE = 4;
var CHANGED = "changed in Sentry during the run";
async function applyPlan(client, plan, context) {
  const org = plan.organization;
  const owners = ownerRule(context.state, context.options.minOwners);
  const budget = { reached: false };
  const rules = {
    budget,
    removals: new Removals(
      context.guards && removalLimit(context.guards, headcount(context.state)),
      plan.changes.filter((change2) => change2.kind === "remove").length
    ),
    asPlanned: context.asPlanned === true
  };
  const attempt = async (change2) => {
    if (budget.reached && (change2.kind === "invite" || change2.kind === "reinvite")) return { kind: "deferred", change: change2 };
    try {
      return change2.kind === "invite" ? await invite(client, org, change2, context, owners, rules) : await rewrite(client, org, change2, context, owners, rules);
    } catch (error) {
      if (error instanceof InvitationBudgetError) {
        budget.reached = true;
        return { kind: "deferred", change: change2 };
      }
      return { kind: "failed", change: change2, error: messageOf(error), cause: error };
    }
  };
  const order = new Map(plan.changes.map((change2, index) => [change2, index]));
  const placed = async (change2) => ({ at: order.get(change2) ?? 0, outcome: await attempt(change2) });
  const waiting = plan.changes.filter(sendsInvitation);
  const invited = [];
  const inviter = async () => {
    for (let change2 = waiting.shift(); change2 !== void 0; change2 = waiting.shift()) invited.push(await placed(change2));
  };
  const invitations = Promise.all(Array.from({ length: Math.min(INVITATIONS_AT_ONCE, waiting.length) }, inviter));
  const others = Promise.all(plan.changes.filter((change2) => !sendsInvitation(change2)).map(placed));
  const [, rest] = await Promise.all([invitations, others]);
  const outcomes = [...invited, ...rest].sort((a, b) => a.at - b.at).map(({ outcome }) => outcome);
  return {
    applied: outcomes.flatMap(
      (o) => o.kind === "applied" ? [{ change: o.change, ...o.changedDuringRun ? { changedDuringRun: o.changedDuringRun } : {} }] : []
    ),
    failed: outcomes.flatMap((o) => o.kind === "failed" ? [{ change: o.change, error: o.error }] : []),
    deferred: outcomes.flatMap(
      (o) => o.kind === "deferred" ? [{ change: o.change, ...o.updated ? { updated: o.updated } : {} }] : []
    ),
    blocked: [...plan.blocked, ...outcomes.flatMap((o) => o.kind === "blocked" ? [o.blocked] : [])],
    skipped: outcomes.flatMap((o) => o.kind === "skipped" ? [{ change: o.change, reason: o.reason }] : [])
  };
}
async function rewrite(client, org, planned, context, owners, rules) {
  if (planned.kind === "invite") throw new Error("internal: an invitation is not rewritten");
  let fresh;
  try {
    fresh = await client.getMember(org, planned.memberId);
  } catch (error) {
    if (!(error instanceof SentryApiError && error.status === 404)) throw error;
    const reason = planned.kind === "remove" ? "already removed" : `no longer in the organization (${CHANGED}): the next plan shows it as missing`;
    return { kind: "skipped", change: planned, reason };
  }
  if (!isAddress(fresh.email)) {
    return {
      kind: "skipped",
      change: planned,
      reason: `its record in Sentry has no usable email any more (${CHANGED}): not written`
    };
  }
  const decision = replan(fresh, context, owners);
  return carryOut(client, org, planned, decision, rules);
}
function replan(member, context, owners) {
  return replanMember(member, context.config, context.state, owners, context.options);
}
async function carryOut(client, org, planned, decision, rules) {
  const { change: change2 } = decision;
  if (change2 === void 0) return { kind: "skipped", change: planned, reason: `already as the file says (${CHANGED})` };
  const difference = sameWrite(planned, change2) ? void 0 : differenceOf(planned, change2);
  if (decision.reasons.length > 0) {
    const reasons = difference ? [...decision.reasons, { kind: "changed-during-run", difference }] : decision.reasons;
    return { kind: "blocked", blocked: { change: change2, reasons } };
  }
  if (rules.asPlanned && changeDigest(change2) !== changeDigest(planned))
    return {
      kind: "blocked",
      blocked: { change: change2, reasons: [{ kind: "not-as-planned", planned: effectOf(planned), fresh: effectOf(change2) }] }
    };
  const over = rules.removals.take(planned, change2);
  if (over) return { kind: "blocked", blocked: { change: change2, reasons: [over] } };
  if (await write(client, org, change2, rules.budget) === "invitation-deferred")
    return { kind: "deferred", change: change2, updated: true };
  return { kind: "applied", change: change2, ...difference ? { changedDuringRun: { kind: "changed", difference } } : {} };
}
function effectOf(change2) {
  return change2.kind === "update" ? { kind: "update", ...change2.orgRole ? { orgRole: change2.orgRole } : {}, teams: change2.teams } : { kind: change2.kind, teams: [] };
}
async function invite(client, org, change2, context, owners, rules) {
  try {
    await write(client, org, change2, rules.budget);
    return { kind: "applied", change: change2 };
  } catch (error) {
    if (!(error instanceof SentryApiError && error.status === 400 && /already (a member|been invited)/i.test(error.detail)))
      throw error;
  }
  const found = await client.searchMembers(org, `email:${change2.email}`);
  const same = found.filter((member) => !isUnfit(member) && member.email.toLowerCase() === change2.email.toLowerCase());
  if (same.length !== 1) {
    const others = found.map(
      (member) => isUnfit(member) ? `the member with id ${member.id}, whose record has no usable email` : `${member.email} (id ${member.id})`
    ).join(", ");
    return {
      kind: "failed",
      change: change2,
      error: same.length === 0 && found.length > 0 ? `Sentry says ${change2.email} is already a member: it is an email of ${others}. List that member's email in the file instead` : `Sentry says ${change2.email} is already a member or invited, but ${same.length === 0 ? "no member has that email" : `${same.length} members have it`}: check the organization in Sentry`
    };
  }
  const fresh = await client.getMember(org, same[0]?.id ?? "");
  const decision = replan(fresh, context, owners);
  const outcome = await carryOut(client, org, change2, decision, rules);
  if (outcome.kind === "applied") return { ...outcome, changedDuringRun: { kind: "already-in-sentry" } };
  if (outcome.kind === "skipped")
    return { ...outcome, reason: "already in Sentry (invited or joined during the run): nothing left to change" };
  return outcome;
}
function sameWrite(a, b) {
  if (a.kind !== b.kind) return false;
  if (a.kind === "update" && b.kind === "update")
    return JSON.stringify([a.request, a.reinvite]) === JSON.stringify([b.request, b.reinvite]);
  return true;
}
function differenceOf(planned, now) {
  if (planned.kind === "update" && now.kind === "update") {
    const teams = (change2) => change2.request.teamRoles.map((team) => team.teamSlug);
    return {
      kind: "teams",
      planned: teams(planned),
      fresh: teams(now),
      ...planned.request.orgRole !== now.request.orgRole ? { orgRole: now.request.orgRole ?? "unchanged" } : {}
    };
  }
  return { kind: "write", planned: planned.kind, fresh: now.kind };
}
async function write(client, org, change2, budget) {
  switch (change2.kind) {
    case "update":
      await client.updateMember(org, change2.memberId, change2.request);
      if (!change2.reinvite) return "done";
      if (budget.reached) return "invitation-deferred";
      try {
        await client.reinviteMember(org, change2.memberId);
      } catch (error) {
        if (!(error instanceof InvitationBudgetError)) throw error;
        budget.reached = true;
        return "invitation-deferred";
      }
      return "done";
    case "invite": {
      const invited = await client.inviteMember(org, {
        email: change2.email,
        orgRole: change2.orgRole,
        teamRoles: change2.teamRoles.map(({ teamSlug }) => ({ teamSlug, role: null })),
        sendInvite: true
      });
      if (change2.teamRoles.some((team) => team.role !== null)) {
        await client.updateMember(org, invited.id, { teamRoles: change2.teamRoles });
      }
      return "done";
    }
    case "reinvite":
      await client.reinviteMember(org, change2.memberId);
      return "done";
    case "remove":
      try {
        await client.removeMember(org, change2.memberId);
      } catch (error) {
        if (!(error instanceof SentryApiError && error.status === 404)) throw error;
      }
      return "done";
  }
}

// src/engine/approvals.ts
async function readApprovalGate(approvals, source, mode) {
  return approvalGate(approvals, source.run, mode, await readEvidence(approvals, source, mode));
}
async function readEvidence(approvals, { run, reads }, mode) {
  const number = pullToRead(run, mode);
  if (number === void 0) return { kind: "none" };
  if (!reads)
    return {
      kind: "unreadable",
      detail: 'there is no GitHub token or repository to read its reviews with (input "github-token")'
    };
  let pull;
  let reviews;
  try {
    [pull, reviews] = await Promise.all([reads.pull(number), reads.reviews(number)]);
  } catch (error) {
    return { kind: "unreadable", detail: messageOf(error) };
  }
  const memberships = await Promise.all(
    membershipsToRead(approvals, run, pull, reviews).map(async ({ org, team, login }) => {
      try {
        const membership = await reads.teamMembership(org, team, login);
        return { org, team, login, active: membership?.state === "active" };
      } catch (error) {
        return { org, team, login, failed: messageOf(error) };
      }
    })
  );
  return { kind: "read", pull, reviews, memberships };
}

// src/engine/review.ts
function checkReview(planned, review, config) {
  const plan = asReviewed(planned);
  const base = {
    policy: review.policy,
    pull: review.pull,
    ...review.unreadable ? { unreadable: review.unreadable } : {},
    ...review.untrusted ? { untrusted: review.untrusted } : {}
  };
  const { reviewed } = review;
  if (!reviewed) return { ...base, found: false, matches: false, added: plan.changes, dropped: [] };
  const named2 = reviewed.redacted ? (email) => config.members.has(email.toLowerCase()) : void 0;
  const unnamed = plan.changes.filter((change2) => isUnnamed(change2, named2));
  const uncompared = new Set(unnamed.length > 0 && configDigest(config) !== reviewed.config ? unnamed : []);
  const unverified = uncompared.size > 0 ? { unnamedUncompared: uncompared.size } : {};
  if (!reviewed.changes) {
    const matches = planDigest(plan, named2) === reviewed.digest && uncompared.size === 0;
    return { ...base, ...unverified, found: true, matches, added: matches ? [] : [...uncompared], dropped: [] };
  }
  const left = /* @__PURE__ */ new Map();
  for (const [digest, words] of reviewed.changes) {
    const list2 = left.get(digest);
    if (list2) list2.push(words || "a change");
    else left.set(digest, [words || "a change"]);
  }
  const added = [];
  for (const change2 of plan.changes) {
    const reviewedAs = left.get(publishedDigest(change2, named2));
    if (uncompared.has(change2) || !reviewedAs || reviewedAs.length === 0) added.push(change2);
    else reviewedAs.pop();
  }
  return {
    ...base,
    ...unverified,
    found: true,
    matches: added.length === 0,
    added,
    dropped: [...left.values()].flat()
  };
}
function asReviewed(plan) {
  const waiting = plan.blocked.filter((blocked) => awaitsApprovalOnly(blocked.reasons)).map((blocked) => blocked.change);
  const writes = waiting.filter((change2) => change2.kind !== "conflict");
  return writes.length === 0 ? plan : { ...plan, changes: [...plan.changes, ...writes] };
}
function matchesReview(check) {
  return check.found && check.matches;
}

// src/engine/run.ts
var COMMAND_LINE = { run: { kind: "other", run: "command-line" }, reads: void 0 };
async function runSentry(client, run) {
  const { acceptance } = run;
  const accepted = run.mode === "apply" && acceptance?.kind === "earlier" ? acceptance.config : void 0;
  let planned;
  const approval = run.config.approvals ? readApprovalGate(run.config.approvals, run.approvals ?? COMMAND_LINE, run.mode) : void 0;
  try {
    planned = await planOrganization(client, {
      config: run.config,
      organization: run.organization,
      options: run.options,
      warnings: run.warnings,
      base: run.base ?? accepted,
      github: run.github,
      approval
    });
  } catch (error) {
    return { kind: "read-failed", organization: run.organization, error };
  }
  const readAt = (run.clock ?? Date.now)();
  if (planned.kind === "config-errors")
    return planned.cause === "github-teams" ? {
      kind: "github-teams",
      file: run.config.file,
      problems: planned.problems,
      publicProblems: planned.publicProblems,
      teams: planned.githubTeams,
      readAt
    } : {
      kind: "unknown-teams",
      file: run.config.file,
      problems: planned.problems,
      publicProblems: planned.publicProblems,
      readAt
    };
  const { state, drift, config } = planned;
  let { plan } = planned;
  let waiting;
  if (run.mode === "apply" && acceptance && acceptance.kind !== "current") {
    if (acceptance.kind === "unreadable") {
      const review2 = {
        policy: "require",
        pull: void 0,
        found: false,
        matches: false,
        added: plan.changes,
        dropped: [],
        unreadable: acceptance.why,
        scheduled: true
      };
      return { kind: "unreviewed", plan, state, readAt, review: review2 };
    }
    const made = acceptance.kind === "earlier" && drift ? drift : /* @__PURE__ */ new Set();
    const held = [];
    const kept = [];
    for (const change2 of plan.changes) (made.has(changeDigest(change2)) ? kept : held).push(change2);
    if (held.length > 0) {
      waiting = {
        changes: held,
        notApplied: acceptance.notApplied,
        ...acceptance.kind === "earlier" ? { since: acceptance.commit } : { why: acceptance.why }
      };
      plan = { ...plan, changes: kept };
    }
  }
  const options = planned.approval ? { ...run.options, approval: planned.approval } : run.options;
  const refusal = guardRefusal(plan, run.guards, headcount(state));
  if (run.mode !== "apply")
    return {
      kind: "planned",
      mode: run.mode,
      plan,
      state,
      readAt,
      ...drift ? { drift } : {},
      ...refusal ? { wouldRefuse: refusal } : {}
    };
  const review = run.review && checkReview(plan, run.review, run.config);
  if (review && review.policy === "require" && !matchesReview(review)) return { kind: "unreviewed", plan, state, readAt, review };
  if (refusal) return { kind: "guard-refused", plan, state, readAt, refusal };
  const asPlanned = run.review?.policy === "require" || acceptance !== void 0;
  const result = await applyPlan(client, plan, {
    // The config the plan was made from (with the GitHub teams' members): each write is re-planned from it.
    config,
    state,
    options,
    guards: run.guards,
    asPlanned
  });
  return { kind: "applied", plan, state, readAt, result, ...review ? { review } : {}, ...waiting ? { waiting } : {} };
}
function failuresOf(outcome) {
  switch (outcome.kind) {
    case "validated":
      return [];
    case "invalid-config":
      return [
        { kind: "invalid-config", file: outcome.file, errors: outcome.problems.filter((p) => p.severity === "error").length }
      ];
    case "read-failed":
      return [{ kind: "read-failed", organization: outcome.organization, error: outcome.error }];
    case "unknown-teams":
      return [{ kind: "unknown-teams", file: outcome.file, teams: outcome.problems.length }];
    case "github-teams":
      return [{ kind: "github-teams", file: outcome.file, teams: outcome.teams }];
    case "guard-refused":
      return [{ kind: "guard", refusal: outcome.refusal }];
    case "unreviewed": {
      const { pull, found, added, dropped, unreadable, untrusted, unnamedUncompared, scheduled } = outcome.review;
      return [
        {
          kind: "unreviewed",
          pull,
          found,
          added: added.length,
          dropped: dropped.length,
          ...unreadable ? { unreadable } : {},
          ...untrusted ? { untrusted } : {},
          ...unnamedUncompared ? { unnamedUncompared } : {},
          ...scheduled ? { scheduled } : {}
        }
      ];
    }
    case "planned": {
      const { plan } = outcome;
      const failures = [];
      if (plan.blocked.length > 0)
        failures.push({
          kind: "blocked",
          blocked: plan.blocked.length,
          others: plan.changes.length === 0 ? "none" : "to-make",
          ...needApproval(plan.blocked)
        });
      else if (outcome.mode === "check" && plan.changes.length > 0)
        failures.push({ kind: "drift", file: plan.config, members: plan.changes.length });
      return failures;
    }
    case "applied": {
      const { result } = outcome;
      const failures = [];
      if (result.failed.length > 0)
        failures.push({ kind: "writes-failed", failed: result.failed.length, applied: result.applied.length });
      if (result.blocked.length > 0)
        failures.push({
          kind: "blocked",
          blocked: result.blocked.length,
          others: outcome.plan.changes.length === 0 ? "none" : "made",
          ...needApproval(result.blocked)
        });
      return failures;
    }
  }
}
function warningsOf(outcome) {
  if (outcome.kind !== "applied" || outcome.result.deferred.length === 0) return [];
  const { deferred } = outcome.result;
  return [{ kind: "invitations-deferred", deferred: deferred.length, updated: deferred.filter((entry) => entry.updated).length }];
}
function needApproval(blocked) {
  const count = blocked.filter((entry) => entry.reasons.some((reason) => reason.kind === "needs-approval")).length;
  return count > 0 ? { needApproval: count } : {};
}

// src/render/markdown.ts
function escapeMarkdown(text) {
  return escapeInvisible(text).replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`).replace(/[<>&]/g, (char) => char === "<" ? "&lt;" : char === ">" ? "&gt;" : "&amp;").replace(/(^|[^A-Za-z0-9._+\\-])@/g, "$1@<!-- -->").replace(/(:)(\/\/)/g, "$1<!-- -->$2").replace(/\b(www)\./gi, "$1<!-- -->.");
}
function table(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
function codeSpan(text) {
  return `\`${escapeInvisible(text).replace(/`/g, "'")}\``;
}

// src/render/validation.ts
function describeConfig(config) {
  const members = [...config.members.values()];
  const managed = members.filter((member) => member.teams !== void 0).length;
  const org = config.organization ? ` for organization ${config.organization}` : "";
  const files = config.files.length > 1 ? ` (${plural(config.files.length, "file")})` : "";
  const following = [...config.teams.values()].filter((section) => section.github !== void 0).length;
  const sections = config.teams.size > 0 ? `, ${plural(config.teams.size, "team section")}${following > 0 ? ` (${following} following a GitHub team)` : ""}` : "";
  return `${config.file}${files} is valid${org}: ${plural(members.length, "member")} (${managed} with managed teams)${sections}, ${plural(config.ignore.size, "ignored email")}; unlisted: ${config.unlisted}, missing: ${config.missing}.`;
}
function validationMarkdown(file, problems, config) {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  const lines = ["## sentry-members-sync: config check", ""];
  lines.push(
    config ? `:white_check_mark: ${escapeMarkdown(describeConfig(config))}` : `:x: ${codeSpan(file)} has ${plural(errors, "error")}${warnings ? ` and ${plural(warnings, "warning")}` : ""}. Nothing was sent to Sentry.`
  );
  if (problems.length > 0) lines.push("", problemsTable(problems));
  return `${lines.join("\n")}
`;
}
function problemsTable(problems, options = {}) {
  const sorted = [...problems].sort((a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);
  const rows = sorted.map((problem) => {
    const where2 = problem.line === void 0 ? escapeMarkdown(problem.file) : `${escapeMarkdown(problem.file)}:${problem.line}:${problem.column ?? 1}`;
    return [
      problem.severity === "error" ? ":x:" : ":warning:",
      problem.line !== void 0 && options.line ? `[${where2}](${options.line(problem.line, problem.file)})` : where2,
      escapeMarkdown(problem.message)
    ];
  });
  const header = ["", "Where", "Problem"];
  const full = table(header, rows);
  if (options.limit === void 0 || full.length <= options.limit) return full;
  const note = (left) => `

${plural(left, "more problem")} not shown here (too long for one message).`;
  let size = table(header, []).length + note(rows.length).length;
  let kept = 0;
  for (const row of rows) {
    size += `| ${row.join(" | ")} |`.length + 1;
    if (size > options.limit) break;
    kept++;
  }
  return `${table(header, rows.slice(0, kept))}${note(rows.length - kept)}`;
}
function plural(count, noun, nouns = `${noun}s`) {
  return `${count} ${count === 1 ? noun : nouns}`;
}

// src/render/failures.ts
function describeError(error, words) {
  if (error instanceof SettingError) {
    return `${words ? words.setting(error.setting) : error.setting}${error.value ? ` is "${error.value}"` : ""}: ${error.problem}`;
  }
  if (error instanceof SentryApiError && words)
    return error.describe({ url: words.setting("sentry-url"), newToken: words.newToken });
  return messageOf(error);
}
var DELIBERATELY = "To apply the changes, open a new pull request that touches the config, so that its plan (which shows them) is reviewed, and merge it; or run the workflow by hand with mode apply and reviewed-plan warn, which makes them and lists what was not reviewed";
function describeFailure(failure, words) {
  switch (failure.kind) {
    case "invalid-config":
      return `${failure.file} has ${plural(failure.errors, "error")} (${words.listed}): fix them and ${words.again}`;
    case "read-failed":
      return `reading the organization "${failure.organization}" from Sentry failed, so nothing was written: ${describeError(failure.error, words)}`;
    case "unknown-teams":
      return `${failure.file} names ${plural(failure.teams, "team")} that the organization does not have (${words.listed}): nothing was written`;
    case "github-teams":
      return `${failure.file} follows ${plural(failure.teams, "GitHub team")} that cannot be read (${words.listed}): nothing was written. Check each team's name and that the token may read it, then ${words.again}`;
    case "blocked": {
      const others = {
        none: "there are no other changes",
        "to-make": "apply makes the other changes",
        made: "the other changes were made"
      }[failure.others];
      const approve = "merge a pull request that one of the approvers in approvals.privileged, not its author, approves on its final head commit";
      if (failure.needApproval === failure.blocked)
        return `${plural(failure.blocked, "owner or manager grant", "owner and manager grants")} cannot be made without an approval (blocked, ${words.listed}): ${approve}; ${others}`;
      const grants = failure.needApproval ? ` (${failure.needApproval} of them ${failure.needApproval === 1 ? "is an owner or manager grant that needs" : "are owner and manager grants that need"} an approval: ${approve})` : "";
      return `${plural(failure.blocked, "change")} cannot be made (blocked, ${words.listed}): fix the file or the organization${grants}; ${others}`;
    }
    case "drift":
      return `${plural(failure.members, "member")} differ from ${failure.file} (drift): run apply, or update the file`;
    case "guard": {
      const { guard, count, limit, percent } = failure.refusal;
      const what2 = guard === "max-changes" ? `writes to ${plural(count, "member")}` : `removes ${plural(count, "member")}`;
      const value = percent ? `${percent.percent}% of ${plural(percent.of, "member")} and invitations: ${limit}` : String(limit);
      return `the plan ${what2}, more than ${words.setting(guard)} (${value}): nothing was written. Review the plan; if it is intended, raise ${words.setting(guard)} (0 = no limit) for the run that applies it`;
    }
    case "unreviewed": {
      const require2 = `${words.setting("reviewed-plan")} is require`;
      if (failure.scheduled)
        return `nothing was written, because which changes of the config an apply on merge applied could not be read from GitHub (${failure.unreadable ?? "no answer"}) and ${require2}: a scheduled or hand-started apply then makes no change that may not have been reviewed. ${DELIBERATELY}`;
      const where2 = failure.pull === void 0 ? "this commit came from no merged pull request" : `pull request #${failure.pull}`;
      const why = failure.unreadable ? `the reviewed plan could not be read from GitHub (${failure.unreadable})` : failure.untrusted ? `the plan comment on ${where2} cannot be trusted: ${failure.untrusted}` : !failure.found ? `no reviewed plan was found (${where2}${failure.pull === void 0 ? "" : " has no current plan in its comment: was it planned with comment: false, or did its last plan fail?"})` : failure.unnamedUncompared ? `${plural(failure.unnamedUncompared, "change")} to members the file does not list cannot be compared with the plan reviewed on ${where2} (a public repository records them without naming anyone, so only for the config they were planned from, and the config is not that one)` : `the plan differs from the one reviewed on ${where2}: ${plural(failure.added, "change")} added, ${failure.dropped} dropped since the review`;
      return `nothing was written, because ${why} and ${require2}. ${DELIBERATELY}`;
    }
    case "writes-failed":
      return `${plural(failure.failed, "member write")} failed (${words.listed}), ${failure.applied} succeeded: fix the cause and run again; the next run makes only what is still missing`;
  }
}
function describeWarning(warning) {
  switch (warning.kind) {
    case "invitations-deferred": {
      const updated = warning.updated > 0 ? ` (${warning.updated} of them ${warning.updated === 1 ? "an update whose" : "updates whose"} role and teams were set: only the re-sent invitation waits)` : "";
      return `${plural(warning.deferred, "invitation")} not sent${updated}: Sentry's daily invitation limit was reached (${DAILY_INVITATION_LIMIT} a day per user and per organization). Nothing failed: the next run sends them, from 00:00 UTC when the limit is whole again (a nightly schedule carries on by itself)`;
    }
  }
}

// src/domain/events.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review"]);
function isPullRequestEventName(name) {
  return PULL_REQUEST_EVENTS.has(name);
}

// src/render/review.ts
var POWERFUL = /* @__PURE__ */ new Set(["owner", "manager"]);
function riskOf(change2) {
  switch (change2.kind) {
    case "remove":
      return "remove";
    case "invite":
      return POWERFUL.has(change2.orgRole) ? "grant" : "invite";
    case "reinvite":
      return "invite";
    case "update": {
      const { orgRole: orgRole2 } = change2;
      if (orgRole2 && orgRoleRank(orgRole2.to) < orgRoleRank(orgRole2.from)) return "demote";
      if (orgRole2 && POWERFUL.has(orgRole2.to)) return "grant";
      if (!orgRole2 && change2.teams.some((team) => team.kind === "role" && team.to === "contributor")) return "demote";
      return "update";
    }
  }
}
function byEmail(items) {
  return [...items].sort((a, b) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()) || a.email.localeCompare(b.email));
}
function attentionOf(changes, hiddenRemovals = 0) {
  const demoted = [];
  const granted = [];
  for (const change2 of byEmail(changes)) {
    const risk = riskOf(change2);
    if (risk === "demote") demoted.push(change2.email);
    if (risk === "grant") granted.push(`${change2.email} as ${grantedRole(change2)}`);
  }
  const removes = changes.filter((change2) => change2.kind === "remove").length + hiddenRemovals;
  return { removes, demoted, granted };
}
function grantedRole(change2) {
  if (change2.kind === "invite") return change2.orgRole;
  return change2.kind === "update" && change2.orgRole ? change2.orgRole.to : "";
}
function some(names, shown2 = 5) {
  return names.length <= shown2 ? names.join(", ") : `${names.slice(0, shown2).join(", ")} and ${names.length - shown2} more`;
}
function attentionSentence(attention, subject = "This plan") {
  const parts = [];
  if (attention.removes > 0) parts.push(`removes ${plural(attention.removes, "member")} from the organization`);
  if (attention.demoted.length > 0)
    parts.push(`demotes ${plural(attention.demoted.length, "member")} (${some(attention.demoted)})`);
  if (attention.granted.length > 0)
    parts.push(`grants owner or manager to ${plural(attention.granted.length, "member")} (${some(attention.granted)})`);
  if (parts.length === 0) return void 0;
  return `${subject} ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`}.`;
}
var PLANNED = { tense: "plan" };
function describeTeamChange(change2, wording = PLANNED) {
  switch (change2.kind) {
    case "join":
      return `${joins(wording)} ${change2.team} as ${change2.role}`;
    case "leave":
      return `${wording.tense === "done" ? "left" : wording.many ? "leave" : "leaves"} ${change2.team}`;
    case "role":
      return `${change2.team}: ${change2.from} -> ${change2.to}${change2.followsOrgRole ? " (follows the org role)" : ""}`;
  }
}
function joins(wording) {
  return wording.tense === "done" ? "joined" : wording.many ? "join" : "joins";
}
var REINVITED = "expired invitation: re-sent with a new link";
function fromGitHub(change2, team) {
  const github = change2.fromGitHub?.[team];
  return github ? ` (GitHub team ${github})` : "";
}
function changeDetails(change2, wording = PLANNED) {
  switch (change2.kind) {
    case "update":
      return [
        ...change2.orgRole ? [`org role: ${change2.orgRole.from} -> ${change2.orgRole.to}`] : [],
        ...change2.teams.map((team) => `${describeTeamChange(team, wording)}${fromGitHub(change2, team.team)}`),
        ...change2.reinvite ? [REINVITED] : [],
        ...change2.because ?? []
      ];
    case "invite":
      return [
        `invited as ${change2.orgRole}`,
        ...change2.teamRoles.map(
          (team) => `${joins(wording)} ${team.teamSlug}${team.role ? ` as ${team.role}` : ""}${fromGitHub(change2, team.teamSlug)}`
        )
      ];
    case "reinvite":
      return [REINVITED];
    case "remove":
      return [
        change2.expired ? `${wording.tense === "done" ? "removed" : "remove"} (expired ${change2.expired}): the entry ended; was ${change2.orgRole}${change2.pending ? ", pending invitation" : ""}` : `removed (${change2.orgRole}${change2.pending ? ", pending invitation" : ""})`
      ];
    case "conflict":
      return change2.members.map(
        (member) => `id ${member.memberId}: ${member.email}${member.pending ? " (pending invitation)" : ""}`
      );
  }
}
function grantLine(note) {
  return `${note.email}: ${note.what} until ${note.until}, ${note.daysLeft <= 1 ? "within a day" : `in ${note.daysLeft} days`}`;
}
function who(change2) {
  const name = "name" in change2 ? change2.name : "";
  return !name || name === change2.email ? change2.email : `${change2.email} (${name})`;
}
function changePlaces(change2) {
  if (change2.kind !== "update") return [];
  return [...change2.orgRole ? [void 0] : [], ...change2.teams.map((team) => team.at)];
}
function lineOf(change2) {
  return "line" in change2 ? change2.line : void 0;
}
function fileOf(change2) {
  return "file" in change2 ? change2.file : void 0;
}
function planTitle(plan) {
  const writes = plan.changes.length + (plan.withheld?.removals ?? 0) + (plan.withheld?.updates ?? 0);
  const blocked = plan.blocked.length + (plan.withheld?.blocked ?? 0);
  if (writes === 0 && blocked === 0) return `no changes: ${plan.organization} matches ${plan.config}`;
  return `${plural(writes, "change")} to ${plan.organization}${blocked > 0 ? `, ${blocked} blocked` : ""}`;
}

// src/render/reasons.ts
var IDP_OVERWRITES = "the identity provider would overwrite this change at its next sync";
function caller(ref) {
  return `the token's user (${ref.email ? `${ref.email}, ` : ""}${ref.orgRole})`;
}
function describeReason(reason) {
  switch (reason.kind) {
    case "caller-may-not": {
      const what2 = { change: "change members", remove: "remove members", invite: "invite" }[reason.action];
      return `${caller(reason.caller)} may not ${what2}: use an owner's or manager's token`;
    }
    case "above-caller":
      return `the member's org role "${reason.role}" is above ${caller(reason.caller)}`;
    case "role-not-assignable":
      return `${caller(reason.caller)} may not assign the org role "${reason.role}"`;
    case "role-retired":
      return `the org role "${reason.role}" is retired in this organization and can no longer be assigned`;
    case "own-role":
      return "this is the token's own user, and Sentry lets nobody change their own org role: use another owner's token";
    case "own-user":
      return "this is the token's own user: it is never removed";
    case "idp-member":
      return reason.write === "remove" ? "the member is managed by the identity provider (idp:provisioned): remove it there" : `the member is managed by the identity provider (idp:provisioned): ${IDP_OVERWRITES}; change it there`;
    case "idp-role":
      return `the member's org role is managed by the identity provider (idp:role-restricted): ${IDP_OVERWRITES}`;
    case "idp-team":
      return `team "${reason.team}" is managed by the identity provider (idp:provisioned): ${IDP_OVERWRITES}; join and leave it there`;
    case "partnership":
      return "the member is managed by a partnership (partnership:restricted) and cannot be modified";
    case "owner-floor": {
      const left = reason.owners - 1;
      return reason.minOwners <= 1 && reason.owners <= 1 ? "this is the only owner: an organization must keep at least one owner" : `min-owners is ${reason.minOwners}: this change would leave ${left} active owner${left === 1 ? "" : "s"}`;
    }
    case "billing-teams":
      return 'billing members cannot be on teams and this member is on some: add "teams: []" to remove them from their teams';
    case "identity-conflict": {
      const ids = reason.members.map((member) => `${member.memberId}${member.pending ? " (pending invite)" : ""}`).join(", ");
      return `${reason.members.length} Sentry members have this email (ids ${ids}): which one the file means cannot be told; resolve it in Sentry (remove the duplicate account or invitation), then run again`;
    }
    case "needs-approval":
      return `grant of ${reason.role} to ${reason.email} needs an approval from one of: ${reason.approvers.join(", ")} on the merged pull request; ${withoutApproval(reason.status)}`;
    case "changed-during-run":
      return describeRunChange({ kind: "changed", difference: reason.difference });
    case "not-as-planned":
      return `changed in Sentry during the run: the write planned and reviewed (${describeEffect(reason.planned)}) is not what the member's fresh read calls for (${describeEffect(reason.fresh)}); reviewed-plan is require, so neither is made: review the next plan`;
    case "guard-at-write":
      return `not sent: planned as ${article(reason.planned)}, it became ${article(reason.fresh)} when the member was read again, and the run's removals already reach ${reason.guard} (${reason.limit}): review the next plan`;
  }
}
var short = (sha) => sha.slice(0, 7);
function withoutApproval(status) {
  const merge = "merge a pull request that one of them approves (a re-run of that apply counts too)";
  switch (status.kind) {
    case "not-approved":
      return `pull request #${status.pull} has no approval of its final head commit ${short(status.head)} by one of them${notCountedNote(status.notCounted)}: ${merge}`;
    case "unreadable":
      return `its approval could not be read${status.pull === void 0 ? "" : ` on pull request #${status.pull}`} (${status.detail}), so the grant is not made: run again once GitHub can be read`;
    case "no-merged-pull":
      return `${runWithoutPull(status.run, status.commit)}: ${merge}`;
  }
}
function runWithoutPull(run, commit) {
  switch (run) {
    case "push":
      return `commit ${short(commit ?? "")} came from no merged pull request (a direct push)`;
    case "schedule":
      return "a scheduled run carries no approval";
    case "workflow_dispatch":
      return "a run started by hand carries no approval";
    case "command-line":
      return "the command line carries no approval";
    default:
      return isPullRequestEventName(run) ? "the pull request is not merged yet" : `a run on ${run} carries no approval`;
  }
}
function notCountedNote(notCounted2) {
  if (notCounted2.length === 0) return "";
  const words = {
    author: "is its author",
    "earlier-commit": "approved an earlier commit",
    "not-listed": "is not one of them",
    "changes-requested": "requested changes",
    dismissed: "had the review dismissed"
  };
  return ` (not counted: ${notCounted2.map(({ login, why }) => `${login} ${words[why]}`).join("; ")})`;
}
function approvalNote(gate) {
  const who2 = `needs an approval from one of: ${gate.approvers.join(", ")}`;
  const { status } = gate;
  const by = status.kind === "approved" ? `${status.by}${status.team ? ` (a member of ${status.team})` : ""}` : "";
  if (status.kind === "approved")
    return gate.preview ? `${who2}: approved by ${by} on head commit ${short(status.commit)}` : `approved by ${by} on pull request #${status.pull}`;
  if (!gate.preview) return void 0;
  if (status.kind === "not-approved") return `${who2} on head commit ${short(status.head)}: none yet (read again at merge)`;
  return `${who2}: not read now (read again at merge)`;
}
function describeApproval(gate) {
  const who2 = `one of: ${gate.approvers.join(", ")}`;
  const { status } = gate;
  if (status.kind === "approved") {
    const by = `${status.by}${status.team ? ` (a member of ${status.team})` : ""}`;
    return gate.preview ? `Owner and manager grants need an approval from ${who2}. Approved by ${by} on head commit ${short(status.commit)}: merging makes them (a new commit needs a new approval).` : `Owner and manager grants approved by ${by} on pull request #${status.pull} (final head commit ${short(status.commit)}).`;
  }
  if (!gate.preview) return `Owner and manager grants need an approval from ${who2}; ${withoutApproval(status)}.`;
  const later = "An approval given later is read at merge: without one, merging makes every other change and blocks these.";
  if (status.kind === "not-approved")
    return `Owner and manager grants need an approval from ${who2} (not the author) on head commit ${short(status.head)}: none yet${notCountedNote(status.notCounted)}. ${later}`;
  if (status.kind === "unreadable")
    return `Owner and manager grants need an approval from ${who2}; it could not be read now (${status.detail}). ${later}`;
  return `Owner and manager grants need an approval from ${who2}. ${later}`;
}
function article(kind2) {
  return { update: "an update", invite: "an invitation", reinvite: "a new invitation", remove: "a removal" }[kind2];
}
function describeEffect(effect) {
  if (effect.kind !== "update") return article(effect.kind);
  const parts = [
    ...effect.orgRole ? [`org role ${effect.orgRole.from} -> ${effect.orgRole.to}`] : [],
    ...effect.teams.map((team) => describeTeamChange(team))
  ];
  return parts.length > 0 ? parts.join("; ") : "an update that changes nothing the file manages";
}
function describeReasons(reasons) {
  return reasons.map(describeReason);
}
function describeRunChange(change2) {
  return change2.kind === "already-in-sentry" ? "already in Sentry (invited or joined during the run), reconciled with the file" : `changed in Sentry during the run: ${describeDifference(change2.difference)}`;
}
function describeDifference(difference) {
  if (difference.kind === "write")
    return `the plan would have made a ${difference.planned}, the fresh read calls for a ${difference.fresh}`;
  const teams = (slugs) => slugs.join(", ") || "none";
  return `the plan would have sent teams [${teams(difference.planned)}], the fresh read gives teams [${teams(difference.fresh)}]${difference.orgRole ? ` and org role ${difference.orgRole}` : ""}`;
}

// src/render/plan-json.ts
function planJson(plan) {
  return {
    ...plan,
    blocked: plan.blocked.map(blockedJson),
    ...plan.approval ? { approval: { ...plan.approval, message: describeApproval(plan.approval) } } : {}
  };
}
function resultJson(result) {
  return {
    ...result,
    applied: result.applied.map(
      (applied) => applied.changedDuringRun ? { ...applied, changedDuringRun: { ...applied.changedDuringRun, message: describeRunChange(applied.changedDuringRun) } } : applied
    ),
    blocked: result.blocked.map(blockedJson)
  };
}
function blockedJson(blocked) {
  return { ...blocked, reasons: blocked.reasons.map((reason) => ({ ...reason, message: describeReason(reason) })) };
}

// src/render/public-view.ts
function publicPlan(plan, listed) {
  const unnamed = (change2) => !listed(change2.email);
  const hiddenChanges = plan.changes.filter(unnamed);
  const withheld = {
    unlisted: plan.unlisted.length + (plan.withheld?.unlisted ?? 0),
    removals: hiddenChanges.filter((change2) => change2.kind === "remove").length + (plan.withheld?.removals ?? 0),
    updates: hiddenChanges.filter((change2) => change2.kind !== "remove").length + (plan.withheld?.updates ?? 0),
    blocked: plan.blocked.filter((blocked) => unnamed(blocked.change)).length + (plan.withheld?.blocked ?? 0)
  };
  return {
    ...plan,
    changes: plan.changes.filter((change2) => !unnamed(change2)).map(withoutName),
    blocked: plan.blocked.filter((blocked) => !unnamed(blocked.change)).map((blocked) => publicBlocked(blocked, listed)),
    unlisted: [],
    withheld,
    // Records that do not fit keep their ids, not the text Sentry has for an email.
    ...plan.unfit ? {
      unfit: plan.unfit.map(
        (record) => record.problem.kind === "not-an-address" ? { ...record, problem: { kind: "not-an-address" } } : record
      )
    } : {},
    // Invitations of the newer model the file does not list are counted (unlisted), never named.
    ...plan.modelInvitations ? { modelInvitations: plan.modelInvitations.filter((note) => listed(note.email)) } : {}
  };
}
function publicResult(result, listed) {
  const shown2 = (entries) => entries.filter(({ change: change2 }) => listed(change2.email));
  const hiddenWrites = [...result.applied, ...result.failed, ...result.skipped].filter(({ change: change2 }) => !listed(change2.email));
  return {
    applied: shown2(result.applied).map((entry) => ({ ...entry, change: withoutName(entry.change) })),
    failed: shown2(result.failed).map((entry) => ({
      ...entry,
      change: withoutName(entry.change),
      error: withoutEmails(entry.error, listed)
    })),
    skipped: shown2(result.skipped).map((entry) => ({ ...entry, change: withoutName(entry.change) })),
    deferred: result.deferred.map((entry) => ({ ...entry, change: withoutName(entry.change) })),
    blocked: shown2(result.blocked).map((blocked) => publicBlocked(blocked, listed)),
    withheld: {
      unlisted: 0,
      removals: hiddenWrites.filter(({ change: change2 }) => change2.kind === "remove").length,
      updates: hiddenWrites.filter(({ change: change2 }) => change2.kind !== "remove").length,
      blocked: result.blocked.length - shown2(result.blocked).length
    }
  };
}
function publicBlocked(blocked, listed) {
  return {
    change: withoutName(blocked.change),
    reasons: blocked.reasons.map((reason) => publicReason(reason, listed))
  };
}
function publicReason(reason, listed) {
  if (!("caller" in reason) || reason.caller.email === void 0 || listed(reason.caller.email)) return reason;
  return { ...reason, caller: { orgRole: reason.caller.orgRole } };
}
function withoutName(change2) {
  return "name" in change2 ? { ...change2, name: "" } : change2;
}
function withoutEmails(text, listed) {
  return text.replace(
    /[^\s(),;:<>"'[\]]+@[^\s(),;:<>"'[\]]+\.[A-Za-z]{2,}/g,
    (email) => listed(email) ? email : "a member not in the file"
  );
}
function withheldNote(withheld, config) {
  const some2 = (count, one, many) => count > 0 ? `${count} ${count === 1 ? one : many}` : "";
  const parts = [
    some2(withheld.removals, `removal of a member not in ${config}`, `removals of members not in ${config}`),
    some2(withheld.updates, `member not in ${config} taken off a team`, `members not in ${config} taken off teams`),
    some2(withheld.blocked, "blocked change", "blocked changes"),
    some2(withheld.unlisted, `member in Sentry not in ${config}`, `members in Sentry not in ${config}`)
  ].filter((part) => part !== "");
  if (parts.length === 0) return void 0;
  return `Not named here, because this repository is public (redact): ${parts.join(", ")}; display names are left out too. To see everything, run \`sentry-members-sync plan\` locally (the command line shows everything), or set the input \`redact: false\`.`;
}

// src/render/plan-view.ts
var CUTS = [
  { kept: "full", risky: "full", routine: "full", notes: "full" },
  { kept: "full", risky: "full", routine: "grouped", notes: "compact" },
  { kept: "full", risky: "full", routine: "counted", notes: "counted" },
  { kept: "full", risky: "compact", routine: "counted", notes: "counted" },
  { kept: "compact", risky: "compact", routine: "counted", notes: "counted" },
  { kept: "compact", risky: "grouped", routine: "counted", notes: "counted" },
  { kept: "compact", risky: "counted", routine: "counted", notes: "counted" }
];
var FULL = CUTS[0];
var FROM_PULL = "From this pull request";
var DRIFT = "Already different in Sentry (drift): applied too on merge";
var GROUPS = [
  { risk: "remove", title: "Removals", tier: "kept", noun: ["removal", "removals"] },
  { risk: "grant", title: "Owner and manager grants", tier: "risky", noun: ["grant", "grants"] },
  { risk: "demote", title: "Demotions", tier: "risky", noun: ["demotion", "demotions"] },
  { risk: "update", title: "Updates", tier: "routine", noun: ["update", "updates"] },
  { risk: "invite", title: "Invitations", tier: "routine", noun: ["invitation", "invitations"] }
];
var PLANNED2 = { tense: "plan" };
var DONE = { tense: "done" };
function change(change2, wording = PLANNED2, notes = []) {
  return { kind: "change", change: change2, wording, notes };
}
function hidden2(count, config, what2 = "not in", after = "") {
  return count > 0 ? { count, text: `${plural(count, "member")} ${what2} ${config}${after} (not named here: redact)` } : void 0;
}
function approvalNotes(c, approval) {
  const text = approval && privilegedRole(c) ? approvalNote(approval) : void 0;
  return text ? [{ mark: "info", text }] : [];
}
function riskSections(changes, unnamed, config, approval) {
  return GROUPS.map(({ risk, title, tier, noun }) => {
    const entries = byEmail(changes.filter((c) => riskOf(c) === risk)).map((c) => change(c, PLANNED2, approvalNotes(c, approval)));
    const hiddenHere = risk === "remove" ? hidden2(unnamed.removals, config) : risk === "update" ? hidden2(unnamed.updates, config, "not in", ", taken off teams that have a section") : void 0;
    return { title, tier, noun, counted: true, entries, ...hiddenHere ? { hidden: hiddenHere } : {} };
  }).filter((section) => section.entries.length > 0 || section.hidden);
}
function byMember(items, entry) {
  return byEmail(items.map((item) => ({ ...item, email: item.change.email }))).map(entry);
}
function blockedSection(blocked, hiddenCount, config) {
  const hiddenHere = hiddenCount > 0 ? { count: hiddenCount, text: `${plural(hiddenCount, "change")} to members not in ${config} (not named here: redact)` } : void 0;
  return {
    title: "Blocked",
    tier: "kept",
    counted: true,
    noun: ["blocked change", "blocked changes"],
    entries: byMember(
      blocked,
      (b) => change(
        b.change,
        PLANNED2,
        describeReasons(b.reasons).map((text) => ({ mark: "blocked", text }))
      )
    ),
    ...hiddenHere ? { hidden: hiddenHere } : {}
  };
}
function noteSections(plan, withheld) {
  const unlistedHidden = hidden2(withheld?.unlisted ?? 0, plan.config);
  const note = withheld && withheldNote(withheld, plan.config);
  return [
    {
      title: "Temporary access that holds",
      tier: "notes",
      counted: true,
      noun: ["grant", "grants"],
      entries: byEmail(plan.grants ?? []).map((grant) => ({
        kind: "line",
        text: grantLine(grant),
        line: grant.line,
        ...grant.file && grant.file !== plan.config ? { file: grant.file } : {}
      }))
    },
    {
      title: "Unlisted",
      subtitle: `in Sentry but not in ${plan.config}`,
      tier: "notes",
      counted: true,
      noun: ["member", "members"],
      entries: byEmail(plan.unlisted).map((member) => ({
        kind: "line",
        text: `${member.email} (${member.orgRole}${member.pending ? ", pending invitation" : ""})`
      })),
      ...unlistedHidden ? { hidden: unlistedHidden } : {}
    },
    {
      title: "Missing",
      subtitle: `in ${plan.config} but not in Sentry`,
      tier: "notes",
      counted: true,
      noun: ["member", "members"],
      entries: byEmail(plan.missing).map((member) => ({
        kind: "line",
        text: `${member.email} (${member.orgRole})`,
        ...member.line ? { line: member.line } : {}
      }))
    },
    ...edgeSections(plan),
    {
      title: "Warnings",
      tier: "kept",
      counted: true,
      noun: ["warning", "warnings"],
      entries: plan.warnings.map((warning) => ({
        kind: "line",
        text: warning.message,
        ...warning.line ? { line: warning.line } : {},
        ...warning.file ? { file: warning.file } : {}
      }))
    },
    {
      title: "Not shown",
      tier: "kept",
      counted: false,
      noun: ["note", "notes"],
      entries: note ? [{ kind: "line", text: note }] : []
    }
  ];
}
function edgeSections(plan) {
  const at2 = (note) => ({
    ...note.line ? { line: note.line } : {},
    ...note.file && note.file !== plan.config ? { file: note.file } : {}
  });
  return [
    {
      title: "Records that do not fit",
      subtitle: "in Sentry, never compared or written to: fix them in Sentry",
      tier: "kept",
      counted: true,
      noun: ["record", "records"],
      entries: (plan.unfit ?? []).map((record) => ({ kind: "line", text: unfitWords(record) }))
    },
    {
      title: "Invitations of Sentry's newer invitation model",
      subtitle: "not in its member list: read from /invited-members/, never changed by this action",
      tier: "notes",
      counted: true,
      noun: ["invitation", "invitations"],
      entries: byEmail(plan.modelInvitations ?? []).map((note) => ({ kind: "line", text: invitationWords(note), ...at2(note) }))
    },
    ...inactiveSections(plan.inactive, at2)
  ];
}
function unfitWords(record) {
  const what2 = `id ${record.id}${record.orgRole ? ` (${record.orgRole}${record.pending ? ", pending invitation" : ""})` : ""}`;
  const { problem } = record;
  switch (problem.kind) {
    case "no-email":
      return `${what2}: no email (${problem.email === null ? "null" : "empty"}), e.g. an account created without one or one Sentry cannot read`;
    case "not-an-address":
      return `${what2}: its email${problem.email === void 0 ? "" : ` "${problem.email}"`} is not an address, e.g. the text of an identity provider`;
    case "unknown-role":
      return `${what2}: its org role "${problem.role}" is not one this action knows`;
  }
}
function invitationWords(note) {
  const state = [note.orgRole, `pending invitation ${note.invitationId}`, ...note.expired ? ["expired"] : []].join(", ");
  const line = `${note.email} (${state})`;
  if (note.differs) return `${line}: the file asks for ${note.differs.join(", ")}`;
  return note.line === void 0 ? `${line}: not in the file` : `${line}: as the file says`;
}
function inactiveSections(inactive, at2) {
  if (!inactive) return [];
  return [
    {
      title: `Inactive for ${plural(inactive.days, "day")} or more`,
      subtitle: "last activity in Sentry; nothing is removed for it",
      tier: "notes",
      counted: true,
      noun: ["member", "members"],
      entries: inactive.members.map((note) => ({
        kind: "line",
        text: `${note.email}: last active ${note.lastActive.slice(0, 10)} (${plural(note.days, "day")} ago)`,
        ...at2(note)
      }))
    },
    {
      title: "Never active",
      subtitle: "Sentry has no activity of theirs",
      tier: "notes",
      counted: true,
      noun: ["member", "members"],
      entries: inactive.neverActive.map((note) => ({ kind: "line", text: `${note.email}: never active in Sentry`, ...at2(note) }))
    }
  ];
}
function refusalWords(refusal) {
  const { guard, count, limit, percent } = refusal;
  const value = percent ? `${percent.percent}% (${limit} of ${plural(percent.of, "member")} and invitations)` : String(limit);
  const what2 = guard === "max-changes" ? `writes to ${plural(count, "member")}` : `removes ${plural(count, "member")}`;
  return `${guard} is ${value} and this plan ${what2}`;
}
function planView(plan, options = {}) {
  const { drift } = options;
  const withheld = plan.withheld;
  const unnamed = { removals: withheld?.removals ?? 0, updates: withheld?.updates ?? 0 };
  const hiddenDrift = {
    removals: Math.min(options.hiddenDrift?.removals ?? 0, unnamed.removals),
    updates: Math.min(options.hiddenDrift?.updates ?? 0, unnamed.updates)
  };
  const hiddenFromPull = {
    removals: unnamed.removals - hiddenDrift.removals,
    updates: unnamed.updates - hiddenDrift.updates
  };
  const isDrift = (c) => drift?.has(changeDigest(c)) ?? false;
  const fromPull = plan.changes.filter((c) => !isDrift(c));
  const drifted = plan.changes.filter(isDrift);
  const changes = drift ? [
    { title: FROM_PULL, sections: riskSections(fromPull, hiddenFromPull, plan.config, plan.approval) },
    ...drifted.length > 0 || hiddenDrift.removals + hiddenDrift.updates > 0 ? [{ title: DRIFT, sections: riskSections(drifted, hiddenDrift, plan.config, plan.approval) }] : []
  ] : [{ sections: riskSections(plan.changes, unnamed, plan.config, plan.approval) }];
  const attention = drift ? [
    attentionSentence(attentionOf(fromPull, hiddenFromPull.removals), "This pull request"),
    attentionSentence(
      attentionOf(drifted, hiddenDrift.removals),
      "Drift correction (already different in Sentry, applied too on merge)"
    )
  ] : [attentionSentence(attentionOf(plan.changes, unnamed.removals))];
  const blockedCount = plan.blocked.length + (withheld?.blocked ?? 0);
  const { forecast } = options;
  const who2 = forecast?.onPullRequest ? "Merging" : "An apply";
  const { approval } = plan;
  const waiting = awaitingApproval(plan);
  const approvedOrAsked = approval && (approval.preview || approval.status.kind === "approved");
  if (approval && approvedOrAsked && plan.changes.some((c) => privilegedRole(c))) attention.push(describeApproval(approval));
  const caution = [
    approval && !approvedOrAsked ? describeApproval(approval) : void 0,
    blockedCount > 0 ? `${plural(blockedCount, "change")} cannot be made (blocked): listed first below. The run fails until the file or the organization is fixed.` : void 0,
    forecast?.refusal ? `${who2} would be refused, writing nothing: ${refusalWords(forecast.refusal)}. Review the plan; if it is intended, raise ${forecast.refusal.guard} for that run.` : void 0
  ];
  return {
    title: planTitle(plan),
    counts: planCounts(plan),
    config: plan.config,
    notices: [options.notice, modelInvitationNotice(plan)].filter((text) => text !== void 0),
    attention: attention.filter((line) => line !== void 0),
    caution: caution.filter((line) => line !== void 0),
    parts: [
      { sections: [blockedSection(plan.blocked, withheld?.blocked ?? 0, plan.config)] },
      ...changes,
      { sections: noteSections(plan, withheld) }
    ],
    ...forecast ? {
      end: endLine(
        plan,
        forecast,
        drift ? { fromPull: fromPull.length + hiddenFromPull.removals + hiddenFromPull.updates } : void 0,
        waiting
      )
    } : {}
  };
}
function modelInvitationNotice(plan) {
  const count = plan.modelInvitations?.length ?? 0;
  if (count === 0) return void 0;
  return `This organization keeps pending invitations in Sentry's newer invitation model, outside its member list: ${plural(count, "invitation")} ${count === 1 ? "was" : "were"} read from /invited-members/ and matched to the file, so nobody is invited twice. This action does not change, re-send or remove such invitations: do that in Sentry's settings.`;
}
function awaitingApproval(plan) {
  const { approval } = plan;
  if (!approval?.preview || approval.status.kind === "approved") return 0;
  return plan.changes.filter((c) => privilegedRole(c)).length;
}
function endLine(plan, forecast, split, waiting) {
  const who2 = forecast.onPullRequest ? "Merging" : "An apply";
  if (forecast.refusal) return `${who2} would be refused, writing nothing: ${refusalWords(forecast.refusal)}.`;
  const writes = plan.changes.length + (plan.withheld?.removals ?? 0) + (plan.withheld?.updates ?? 0);
  const blocked = plan.blocked.length + (plan.withheld?.blocked ?? 0);
  const making = writes === 0 ? `${who2} changes nothing in Sentry` : `${who2} ${forecast.onPullRequest ? "applies" : "would make"} ${plural(writes, "change")}${split ? ` (${split.fromPull} from this pull request, ${writes - split.fromPull} already different in Sentry)` : ""}`;
  const approvers = plan.approval?.approvers.join(", ");
  const asked = waiting > 0 && forecast.onPullRequest ? `, ${waiting === writes ? waiting === 1 ? "it" : "all of them" : `${waiting} of them`} (owner and manager grants) only if one of ${approvers} approves the final head commit first` : "";
  const left = blocked > 0 ? `; ${plural(blocked, "blocked change")} ${blocked === 1 ? "is" : "are"} not made, and the run fails until ${blocked === 1 ? "it is" : "they are"} resolved` : "";
  const invitations = plan.changes.filter(sendsInvitation).length;
  const daily = invitations > DAILY_INVITATION_LIMIT ? `; Sentry sends at most ${DAILY_INVITATION_LIMIT} invitations a day, so the rest of the ${invitations} follow on the next runs` : "";
  return `${making}${asked}${left}${daily}.`;
}
function planCounts(plan) {
  const count = (kind2) => plan.changes.filter((c) => c.kind === kind2).length;
  const withheld = plan.withheld;
  return [
    `${count("update") + (withheld?.updates ?? 0)} to update`,
    `${count("invite") + count("reinvite")} to invite`,
    `${count("remove") + (withheld?.removals ?? 0)} to remove`,
    `${plan.blocked.length + (withheld?.blocked ?? 0)} blocked`,
    `${plan.unchanged} unchanged`,
    `${plan.unlisted.length + (withheld?.unlisted ?? 0)} unlisted`,
    `${plan.missing.length} missing`
  ].join(", ");
}
function resultCounts(result) {
  return {
    applied: result.applied.length,
    failed: result.failed.length,
    blocked: result.blocked.length + (result.withheld?.blocked ?? 0),
    skipped: result.skipped.length,
    deferred: result.deferred.length
  };
}
function resultTotal(counts) {
  return counts.applied + counts.failed + counts.blocked + counts.skipped + counts.deferred;
}
function resultState(counts) {
  if (counts.failed === 0 && counts.blocked === 0) return counts.deferred > 0 ? "partly applied" : "applied";
  return counts.applied > 0 ? "partly applied" : "failed";
}
function deferredWords(counts) {
  return counts.deferred > 0 ? `${plural(counts.deferred, "invitation")} deferred to the next run by Sentry's daily limit` : void 0;
}
function resultTitle(counts, organization) {
  const total = resultTotal(counts);
  const deferred = deferredWords(counts);
  switch (resultState(counts)) {
    case "applied":
      return total === 0 ? `nothing to apply to ${organization}` : `applied ${plural(counts.applied, "change")} to ${organization}${counts.skipped > 0 ? ` (${counts.skipped} more not needed)` : ""}`;
    case "partly applied":
      return `partly applied: ${counts.applied} of ${plural(total, "change")} to ${organization}${deferred ? `; ${deferred}` : ""}`;
    case "failed":
      return `failed: none of ${plural(total, "change")} applied to ${organization}`;
  }
}
function resultCountsLine(counts) {
  return `${counts.applied} applied, ${counts.failed} failed, ${counts.blocked} blocked, ${counts.skipped} not needed${counts.deferred > 0 ? `, ${counts.deferred} deferred` : ""}`;
}
function resultView(shown2, full, plan, words = {}) {
  const counts = resultCounts(full);
  const hiddenOf = (all, named2) => {
    const removals = (entries) => entries.filter(({ change: c }) => c.kind === "remove").length;
    const total = Math.max(0, all.length - named2.length);
    const removed2 = Math.max(0, removals(all) - removals(named2));
    return { total, removals: removed2, updates: total - removed2 };
  };
  const hiddenApplied = hiddenOf(full.applied, shown2.applied);
  const hiddenFailed = hiddenOf(full.failed, shown2.failed);
  const hiddenSkipped = hiddenOf(full.skipped, shown2.skipped);
  const hiddenBlocked = Math.max(0, full.blocked.length - shown2.blocked.length) + (full.withheld?.blocked ?? 0);
  const removed = hidden2(hiddenApplied.total, plan.config, "not in");
  const notRemoved = hidden2(hiddenFailed.total, plan.config, "not in");
  const notNeeded = hidden2(hiddenSkipped.total, plan.config, "not in");
  const withheld = {
    unlisted: plan.withheld?.unlisted ?? 0,
    removals: hiddenApplied.removals + hiddenFailed.removals + hiddenSkipped.removals,
    updates: hiddenApplied.updates + hiddenFailed.updates + hiddenSkipped.updates,
    blocked: hiddenBlocked
  };
  const anyHidden = withheld.removals + withheld.updates + withheld.blocked > 0;
  const notes = noteSections(plan, plan.withheld || anyHidden ? withheld : void 0);
  return {
    title: resultTitle(counts, plan.organization),
    counts: resultCountsLine(counts),
    config: plan.config,
    notices: [],
    attention: [],
    caution: [],
    parts: [
      {
        sections: [
          {
            title: "Failed",
            tier: "kept",
            counted: true,
            noun: ["failed write", "failed writes"],
            outcome: "FAILED",
            entries: byMember(shown2.failed, (f) => change(f.change, PLANNED2, [{ mark: "failed", text: f.error }])),
            ...notRemoved ? { hidden: notRemoved } : {}
          },
          { ...blockedSection(shown2.blocked, hiddenBlocked, plan.config), outcome: "blocked" },
          deferredSection(shown2.deferred),
          {
            title: words.applied ?? "Applied",
            tier: "routine",
            counted: true,
            noun: ["change", "changes"],
            outcome: "done",
            entries: byMember(
              shown2.applied,
              (a) => change(a.change, DONE, [
                ...approvalNotes(a.change, plan.approval),
                ...a.changedDuringRun ? [{ mark: "changed", text: describeRunChange(a.changedDuringRun) }] : []
              ])
            ),
            ...removed ? { hidden: removed } : {}
          },
          {
            title: "Not needed any more",
            subtitle: "found so when the member was read again",
            tier: "routine",
            counted: true,
            noun: ["change", "changes"],
            outcome: "not needed",
            entries: byMember(shown2.skipped, (s) => change(s.change, PLANNED2, [{ mark: "info", text: s.reason }])),
            ...notNeeded ? { hidden: notNeeded } : {}
          }
        ]
      },
      { sections: notes }
    ]
  };
}
function deferredSection(deferred) {
  return {
    title: "Deferred to the next run",
    subtitle: "Sentry's daily invitation limit was reached",
    tier: "risky",
    counted: true,
    noun: ["invitation", "invitations"],
    outcome: "deferred",
    entries: byMember(
      deferred,
      (d) => change(d.change, PLANNED2, [
        {
          mark: "info",
          text: d.updated ? "its role and teams were set; the re-sent invitation waits for the next run" : "not sent: the next run sends it"
        }
      ])
    )
  };
}
function countOf(section) {
  return section.entries.length + (section.hidden?.count ?? 0);
}
function isEmpty(section) {
  return section.entries.length === 0 && !section.hidden;
}
function entryWords(entry, many) {
  return [...changeDetails(entry.change, { ...entry.wording, many }), ...entry.notes.map((note) => note.text)].join("; ");
}
function groupEntries(entries) {
  const groups = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (entry.kind !== "change") continue;
    const key = `${entry.change.kind}
${entryWords(entry, true)}`;
    const group = groups.get(key);
    if (group) group.who.push(entry.change.email);
    else groups.set(key, { first: entry, who: [entry.change.email] });
  }
  return [...groups.values()].map(({ first, who: who2 }) => ({ text: entryWords(first, who2.length > 1), who: who2 })).sort((a, b) => b.who.length - a.who.length);
}
function named(changes, listed) {
  const shown2 = listed ? changes.filter((c) => listed(c.email)) : [...changes];
  return { shown: shown2.map((c) => "name" in c && listed ? { ...c, name: "" } : c), unnamed: changes.length - shown2.length };
}
function reviewSections(check, config, listed) {
  if (!check.found) return [];
  const added = named(check.added, listed);
  const addedHidden = hidden2(added.unnamed, config, "not in");
  const sections = [
    {
      title: "Added since the review",
      subtitle: "not reviewed",
      tier: "kept",
      counted: true,
      noun: ["change", "changes"],
      entries: byEmail(added.shown).map((c) => change(c)),
      ...addedHidden ? { hidden: addedHidden } : {}
    },
    {
      title: "Dropped since the review",
      subtitle: "reviewed, no longer needed or no longer possible",
      tier: "kept",
      counted: true,
      noun: ["change", "changes"],
      entries: [...check.dropped].sort().map((words) => ({ kind: "line", text: words }))
    }
  ];
  return sections.filter((section) => !isEmpty(section));
}
function waitingSections(waiting, config, listed) {
  const held = named(waiting.changes, listed);
  const heldHidden = hidden2(held.unnamed, config, "not in");
  return [
    {
      title: "Waiting for review",
      subtitle: "not made: no apply on merge applied these changes of the config",
      tier: "kept",
      counted: true,
      noun: ["change", "changes"],
      entries: byEmail(held.shown).map((c) => change(c)),
      ...heldHidden ? { hidden: heldHidden } : {}
    }
  ];
}
function withLead(view, sections) {
  return sections.length === 0 ? view : { ...view, parts: [{ sections }, ...view.parts] };
}

// src/render/plan-text.ts
function logLines(lines) {
  return `${lines.map((line) => escapeInvisible(line).replace(/^(\s*)::/, "$1\\u003a:")).join("\n")}
`;
}
function changeHeading(change2) {
  const mark = { update: "~", reinvite: "+", invite: "+", remove: "-", conflict: "!" }[change2.kind];
  const what2 = change2.kind === "update" && change2.pending ? "update invite" : change2.kind === "reinvite" ? "re-invite" : change2.kind;
  return `${mark} ${what2} ${who(change2)}`;
}
function where(line, file, config) {
  if (!line) return "";
  return `  (${file ?? config}:${line})`;
}
var NOTE_WORDS = { blocked: "because", failed: "FAILED:", changed: "note:", info: "note:" };
function entryLines(entry, indent, config) {
  if (entry.kind === "line") return [`${indent}  ${entry.text}${where(entry.line, entry.file, config)}`];
  const { change: change2 } = entry;
  const places = changePlaces(change2);
  return [
    `${indent}${changeHeading(change2)}${where(lineOf(change2), fileOf(change2), config)}`,
    ...changeDetails(change2, entry.wording).map(
      (detail, index) => `${indent}    ${detail}${places[index] ? where(places[index].line, places[index].file, config) : ""}`
    ),
    ...entry.notes.map((note) => `${indent}    ${NOTE_WORDS[note.mark]} ${note.text}`)
  ];
}
function outcomeLines(section) {
  const lines = section.entries.map((entry) => {
    if (entry.kind === "line") return `    ${section.outcome}: ${entry.text}`;
    const notes = entry.notes.map((note) => note.text).join("; ");
    return `    ${section.outcome}: ${changeHeading(entry.change).slice(2)}${notes ? `: ${notes}` : ""}`;
  });
  if (section.hidden) lines.push(`    ${section.outcome}: ${section.hidden.text}`);
  return lines;
}
function sectionLines(section, indent, config) {
  if (isEmpty(section)) return [];
  if (section.outcome !== void 0) return outcomeLines({ ...section, outcome: section.outcome });
  const count = section.counted ? ` (${countOf(section)})` : "";
  return [
    "",
    `${indent}${section.title}${count}${section.subtitle ? `, ${section.subtitle}` : ""}:`,
    ...section.entries.flatMap((entry) => entryLines(entry, `${indent}  `, config)),
    ...section.hidden ? [`${indent}    ${section.hidden.text}`] : []
  ];
}
function viewText(view, lead, config) {
  const lines = [lead, `  ${view.counts}`];
  const banners = [
    ...view.notices.map((notice) => `NOTE: ${notice}`),
    ...view.attention.map((line) => `WARNING: ${line}`),
    ...view.caution.map((line) => `CAUTION: ${line}`)
  ];
  if (banners.length > 0) lines.push("", ...banners);
  for (const part of view.parts) {
    if (part.title) {
      const count = part.sections.reduce((sum, section) => sum + countOf(section), 0);
      lines.push("", `${part.title} (${count}):`);
      if (part.sections.every(isEmpty)) lines.push("  nothing");
    }
    for (const section of part.sections) lines.push(...sectionLines(section, part.title ? "  " : "", config));
  }
  if (view.end) lines.push("", view.end);
  return logLines(lines);
}
function planText(plan, options = {}) {
  const view = planView(plan, options);
  const from = view.title.endsWith(plan.config) ? "" : ` (from ${plan.config})`;
  return viewText(view, `Sentry plan: ${view.title}${from}`, plan.config);
}
function applyText(result, plan, full = result) {
  const view = resultView(result, full, plan);
  return viewText({ ...view, parts: view.parts.slice(0, 1) }, `Sentry apply: ${view.title}`, plan.config);
}

export {
  pathInside,
  closest,
  minimumTeamRole,
  effectiveTeamRole,
  configFiles,
  LINK_OUT,
  LINK_NOWHERE,
  tooLarge,
  workspaceTree,
  ownFolder,
  loadConfig,
  loadFrom,
  formatProblem,
  isPullRequestEventName,
  changeDigest,
  publishedDigest,
  isUnnamed,
  planDigest,
  configDigest,
  matchesReview,
  planOptions,
  decodeMemberRow,
  decodeListedMember,
  decodeMemberDetail,
  decodeTeam,
  decodeRosterEntry,
  decodeModelInvitation,
  SentryApiError,
  InvitationBudgetError,
  describeErrorBody,
  hintFor,
  readSameSlugTeams,
  EVERYONE,
  observe,
  COMMANDS,
  SETTINGS,
  INPUT_KEYS,
  FLAG_KEYS,
  rowOf,
  flagOf,
  SettingError,
  readSetting,
  readSettings,
  organizationOf,
  runSentry,
  failuresOf,
  warningsOf,
  escapeMarkdown,
  codeSpan,
  describeConfig,
  validationMarkdown,
  problemsTable,
  plural,
  describeError,
  describeFailure,
  describeWarning,
  changeDetails,
  who,
  changePlaces,
  lineOf,
  fileOf,
  planTitle,
  describeReasons,
  planJson,
  resultJson,
  publicPlan,
  publicResult,
  CUTS,
  FULL,
  unfitWords,
  refusalWords,
  planView,
  awaitingApproval,
  resultCounts,
  resultTotal,
  resultState,
  deferredWords,
  resultView,
  countOf,
  isEmpty,
  groupEntries,
  reviewSections,
  waitingSections,
  withLead,
  logLines,
  changeHeading,
  planText,
  applyText
};
