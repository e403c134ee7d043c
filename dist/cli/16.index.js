export const id = 16;
export const ids = [16];
export const modules = {

/***/ 3016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"2.0.0"};
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(241);
;// CONCATENATED MODULE: ./src/domain/paths.ts

/**
 * `target` (absolute, or relative to `root`) as a path relative to `root` with forward slashes,
 * when it is inside `root` ('.' for `root` itself); undefined when it is outside. The one answer
 * to "is the config inside the workspace": a file named `..notes.yml` is inside, `../x.yml` and
 * `/etc/x.yml` are not.
 */
function pathInside(root, target) {
    const relative = external_node_path_default().relative(external_node_path_default().resolve(root), external_node_path_default().resolve(root, target));
    if (relative === '')
        return '.';
    if (relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative))
        return undefined;
    return relative.split((external_node_path_default()).sep).join('/');
}

// EXTERNAL MODULE: ./src/domain/secrets.ts
var secrets = __webpack_require__(7513);
// EXTERNAL MODULE: ./src/github/git-blob.ts
var git_blob = __webpack_require__(3259);
;// CONCATENATED MODULE: ./src/config/approvals.ts
/** An approver as the file writes it: `octocat`, or `acme/sentry-admins`. */
function approverName(approver) {
    return approver.kind === 'person' ? approver.login : `${approver.org}/${approver.team}`;
}
/**
 * `approvals` of one file (the schema has checked each entry's shape): logins and org/team slugs,
 * each once (GitHub compares them without case; one written twice is a warning).
 */
function readApprovals(raw, reader) {
    const { source, report } = reader;
    const privileged = [];
    const seen = new Map();
    for (const [index, text] of raw.privileged.entries()) {
        const position = source.locate(['approvals', 'privileged', String(index)]);
        const key = text.toLowerCase();
        const earlier = seen.get(key);
        if (earlier !== undefined) {
            report('warning', position, `${text} is in approvals.privileged twice (as ${earlier.text} on line ${earlier.line}; GitHub names match without case): once is enough`);
            continue;
        }
        seen.set(key, { text, line: position.line });
        const slash = text.indexOf('/');
        privileged.push(slash < 0 ? { kind: 'person', login: text } : { kind: 'team', org: text.slice(0, slash), team: text.slice(slash + 1) });
    }
    return { privileged, file: reader.file, position: source.locate(['approvals'], 'key') };
}

// EXTERNAL MODULE: ./src/domain/text.ts
var domain_text = __webpack_require__(3373);
;// CONCATENATED MODULE: ./schema/sentry-members.schema.json
const sentry_members_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"sentry-members-sync configuration","description":"The reviewed membership of one Sentry organization: who is in it, with which org role, on which teams with which team role. See the README of sentry-members-sync. A config may be split over several files (a directory or a glob), each holding part of it.","type":"object","additionalProperties":false,"properties":{"organization":{"description":"Slug of the Sentry organization. The action\'s `organization` input overrides it.","type":"string","pattern":"^(?![0-9]+$)[a-z0-9_-]+$","maxLength":50},"unlisted":{"description":"What to do with organization members that are neither in `members` nor in `ignore`: report them in the plan, ignore them, or remove them from the organization.","enum":["report","ignore","remove"],"default":"report"},"missing":{"description":"What to do with listed emails that are not in the organization: report them in the plan, or invite them.","enum":["report","invite"],"default":"report"},"ignore":{"description":"Emails that are never changed, never removed and never reported (bots, break-glass accounts).","type":"array","items":{"$ref":"#/$defs/email"}},"members":{"description":"Organization members by email (matched case-insensitively). The value is an org role (teams not managed) or an object with `role` and, optionally, `teams`, `until` and `grants`.","type":"object","propertyNames":{"$ref":"#/$defs/email"},"additionalProperties":{"$ref":"#/$defs/member"}},"teams":{"description":"Team sections: a team\'s roster, for its leads to own (CODEOWNERS on the team\'s file). A team with a section is managed as a whole: after an apply its roster is exactly the people declared on it, here or in member entries, and the members of the GitHub team it follows (`github-team`). Every email here must be listed under `members` (in any file of the config); people who come from a GitHub team need not be.","type":"object","propertyNames":{"$ref":"#/$defs/teamSlug"},"additionalProperties":{"$ref":"#/$defs/teamSection"}},"people":{"description":"GitHub login -> the email of that person\'s Sentry account, for team sections that follow a GitHub team (`github-team`). Logins are matched case-insensitively. Where the GitHub organization uses SAML single sign-on and `github-teams-token` may read it, a login without an entry here takes its SAML identity\'s email; a login with neither is left out, with a warning.","type":"object","propertyNames":{"$ref":"#/$defs/githubLogin"},"additionalProperties":{"$ref":"#/$defs/email"}},"approvals":{"description":"Who must approve privileged changes. With `privileged` set, a change that makes someone owner or manager (an org-role change up to either, an invitation with either role, a grant of either) is made only by the apply of a merged pull request that one of these people approved on its final head commit (not its author, not dismissed); any other run blocks it.","type":"object","additionalProperties":false,"required":["privileged"],"properties":{"privileged":{"description":"GitHub logins (`octocat`) and GitHub teams (`org/team-slug`, whose members count; read with the `github-teams-token` input) whose approval lets an owner or manager grant be made.","type":"array","minItems":1,"items":{"$ref":"#/$defs/approver"},"examples":[["octocat","acme/sentry-admins"]]}}}},"$defs":{"email":{"description":"An email address: one @, a domain with a dot, no whitespace, control or invisible characters.","type":"string","pattern":"^[^@\\\\s\\\\u0000-\\\\u001f\\\\u007f-\\\\u009f\\\\u00ad\\\\u061c\\\\u180e\\\\u200b-\\\\u200f\\\\u202a-\\\\u202e\\\\u2060-\\\\u206f\\\\ufeff]+@[^@\\\\s\\\\u0000-\\\\u001f\\\\u007f-\\\\u009f\\\\u00ad\\\\u061c\\\\u180e\\\\u200b-\\\\u200f\\\\u202a-\\\\u202e\\\\u2060-\\\\u206f\\\\ufeff]+\\\\.[^@\\\\s\\\\u0000-\\\\u001f\\\\u007f-\\\\u009f\\\\u00ad\\\\u061c\\\\u180e\\\\u200b-\\\\u200f\\\\u202a-\\\\u202e\\\\u2060-\\\\u206f\\\\ufeff]+$","maxLength":254},"orgRole":{"description":"Org role. `admin` is retired on organizations that use team roles.","enum":["member","manager","owner","billing","admin"]},"teamRole":{"description":"Explicit team role.","enum":["contributor","admin"]},"teamSlug":{"description":"Slug of a Sentry team.","type":"string","pattern":"^(?![0-9]+$)[a-z0-9_-]+$","maxLength":50},"githubLogin":{"description":"A GitHub login (as in github.com/<login>), without the @.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"},"githubTeam":{"description":"A GitHub team as `org/team-slug` (github.com/orgs/<org>/teams/<team-slug>).","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"},"member":{"if":{"type":"string"},"then":{"$ref":"#/$defs/orgRole"},"else":{"type":"object","additionalProperties":false,"required":["role"],"properties":{"role":{"$ref":"#/$defs/orgRole"},"teams":{"$ref":"#/$defs/memberTeams"},"until":{"description":"The entry ends: from then on the member is removed from the organization, whatever `unlisted` says.","$ref":"#/$defs/until"},"grants":{"description":"Temporary additions, each with its own end: a higher org role and/or teams (with their team roles).","type":"array","items":{"$ref":"#/$defs/grant"}}}}},"teamSection":{"type":"object","additionalProperties":false,"properties":{"github-team":{"description":"Follow a GitHub team (`org/team-slug`): its members are on this team (maintainers with the team role admin, members with the role implied by the org role), their emails from `people` or the organization\'s SAML identities. Explicit lists beside it still count and win for the people they name. People who are not under `members` count as listed with the org role member.","$ref":"#/$defs/githubTeam"},"admins":{"description":"On the team with the explicit team role admin.","type":"array","items":{"$ref":"#/$defs/email"}},"contributors":{"description":"On the team with the explicit team role contributor.","type":"array","items":{"$ref":"#/$defs/email"}},"members":{"description":"On the team with no explicit team role (the one implied by the org role).","type":"array","items":{"$ref":"#/$defs/email"}}}},"until":{"description":"The end: a date (the access holds through that day, UTC), or an RFC 3339 timestamp.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$"},"memberTeams":{"description":"Absent: team memberships are not managed and are kept as they are. A list of slugs: exactly these teams, with the team role implied by the org role. A map slug -> team role: exactly these teams with explicit team roles. `[]`: no team.","if":{"type":"array"},"then":{"type":"array","items":{"$ref":"#/$defs/teamSlug"}},"else":{"type":"object","propertyNames":{"$ref":"#/$defs/teamSlug"},"additionalProperties":{"$ref":"#/$defs/teamRole"}}},"grant":{"type":"object","additionalProperties":false,"required":["until"],"properties":{"role":{"description":"A higher org role than the entry\'s, while the grant holds.","$ref":"#/$defs/orgRole"},"teams":{"description":"Teams the member is on while the grant holds (list: the role implied by the org role; map: explicit team roles).","$ref":"#/$defs/memberTeams"},"until":{"$ref":"#/$defs/until"}},"description":"A temporary addition: `role` and/or `teams`, until its end."},"approver":{"description":"A GitHub login (`octocat`, without the @) or a GitHub team as `org/team-slug`.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$"}}}');
;// CONCATENATED MODULE: ./src/domain/slugs.ts
/**
 * Sentry's rule for organization and team slugs (docs/behaviour.md, section 1): lowercase
 * letters, digits, `-` and `_`, not only digits, at most 50 characters. The config's schema holds
 * the same pattern (a test keeps them equal); slugs the server sends are held to it too, so a slug
 * is always a safe name for a file (`teams/<slug>.yml`) and a path segment.
 */
const SLUG_PATTERN = '^(?![0-9]+$)[a-z0-9_-]+$';
const SLUG_MAX_LENGTH = 50;
const SLUG = new RegExp(SLUG_PATTERN);
function isSlug(text) {
    return text.length <= SLUG_MAX_LENGTH && SLUG.test(text);
}
/** The rule in words, for messages. */
const SLUG_RULE = 'lowercase letters, digits, "-" and "_", not only digits, at most 50 characters';

;// CONCATENATED MODULE: ./src/domain/suggest.ts
/** The closest of `candidates` to `value` (case-insensitively), when it is near enough to be a typo. */
function closest(value, candidates) {
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
        if (!best || distance < best.distance)
            best = { candidate, distance };
    }
    // Two edits at most, and never more than a third of the word.
    return best && best.distance <= Math.min(2, Math.max(1, Math.floor(value.length / 3))) ? best.candidate : undefined;
}
/** ` Did you mean "x"?`, or '' when nothing is close. */
function didYouMean(value, candidates) {
    const best = closest(value, candidates);
    return best === undefined ? '' : ` Did you mean "${best}"?`;
}
/** Edits from one word to the other: an inserted, deleted or replaced letter, or two letters swapped ("plna"). */
function editDistance(a, b) {
    let before = [];
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                current[j] = Math.min(current[j] ?? 0, (before[j - 2] ?? 0) + 1);
        }
        before = previous;
        previous = current;
    }
    return previous[b.length] ?? 0;
}

;// CONCATENATED MODULE: ./src/config/dates.ts
/**
 * The end of an entry or a grant (`until`, docs/behaviour.md, section 1.3): a date, which holds
 * through that day (UTC), or an RFC 3339 timestamp. Every part is checked against the calendar
 * and the clock: `2027-02-30` and `T25:00` are errors with what is wrong, never a day or an hour
 * that rolls over into the next.
 */
const FORM = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:([Zz])|([+-])(\d{2}):(\d{2})))?$/;
const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
];
/** The expected forms, for messages. */
const UNTIL_FORMS = 'a date (2027-01-31) or an RFC 3339 timestamp (2027-01-31T18:00:00Z)';
function daysIn(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** The instant from which `text` has passed (epoch ms), or what is wrong with it. */
function parseUntil(text) {
    const match = FORM.exec(text);
    if (!match)
        return { problem: `is not ${UNTIL_FORMS}` };
    const [, y, mo, d, h, mi, s, fraction, zulu, sign, oh, om] = match;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12)
        return { problem: `has no month ${mo}: months go from 01 to 12` };
    const days = daysIn(year, month);
    if (day < 1 || day > days)
        return { problem: `is not a day of the calendar: ${MONTHS[month - 1]} ${year} has ${days} days` };
    if (h === undefined)
        return { end: Date.UTC(year, month - 1, day + 1) };
    if (zulu === undefined && sign === undefined)
        return { problem: 'is a time without a time zone: add Z (UTC) or an offset such as +02:00' };
    const hour = Number(h);
    const minute = Number(mi);
    const second = s === undefined ? 0 : Number(s);
    if (hour > 23)
        return { problem: `has the hour ${h}, which does not exist: hours go from 00 to 23` };
    if (minute > 59)
        return { problem: `has the minute ${mi}, which does not exist: minutes go from 00 to 59` };
    if (second > 59)
        return { problem: `has the second ${s}, which is not accepted: seconds go from 00 to 59` };
    let offset = 0;
    if (sign !== undefined) {
        const offsetHours = Number(oh);
        const offsetMinutes = Number(om);
        if (offsetHours > 23 || offsetMinutes > 59)
            return { problem: `has the offset ${sign}${oh}:${om}, which is not a time zone: offsets go up to ±23:59` };
        offset = (sign === '+' ? 1 : -1) * (offsetHours * 60 + offsetMinutes) * 60_000;
    }
    const milliseconds = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
    return { end: Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - offset };
}

;// CONCATENATED MODULE: ./src/config/prune.ts
/**
 * What is left of a file once every part with a schema error is taken out, so the checks the
 * schema cannot express still run on the rest and problems come all at once (an impossible date
 * beside a misspelled key, not one round after it). Each schema error takes out the least that
 * makes the rest well-formed: an unknown key, the value that is wrong, an entry that lacks what it
 * needs (a member without a valid role, a grant without a valid end). A list item is left as a
 * hole (`undefined`), so the positions of the others stay; the model skips holes. The data is
 * changed in place (it is the caller's own copy). `dropped` gets the lower-cased email of every
 * member entry taken out, so the checks that span entries do not report them as missing.
 */
function pruneInvalid(data, errors, dropped) {
    if (!isRecord(data))
        return undefined;
    for (const error of errors) {
        if (error.keyword === 'if')
            continue;
        const path = pointerToPath(error.instancePath);
        const propertyName = error.propertyName;
        if (propertyName !== undefined)
            remove(data, [...path, propertyName], dropped);
        else if (error.keyword === 'additionalProperties')
            remove(data, [...path, String(error.params.additionalProperty)], dropped);
        else if (error.keyword === 'required')
            remove(data, path, dropped);
        else
            remove(data, requiredOwner(path), dropped);
    }
    return data;
}
/**
 * The part to take out for a wrong value at `path`: the value, or the entry it belongs to when
 * the entry cannot stand without it (a member's role, a grant's end).
 */
function requiredOwner(path) {
    const [top, , part, , field] = path;
    if (top === 'members' && path.length === 3 && part === 'role')
        return path.slice(0, 2);
    if (top === 'members' && part === 'grants' && path.length === 5 && field === 'until')
        return path.slice(0, 4);
    return path;
}
function remove(data, path, dropped) {
    if (path.length === 0)
        return;
    if (path[0] === 'members' && path.length >= 2) {
        // A member entry without a usable role is taken out whole; its email is remembered.
        if (path.length === 2)
            dropped.add(String(path[1]).toLowerCase());
    }
    let parent = data;
    for (const segment of path.slice(0, -1)) {
        if (!isContainer(parent))
            return;
        parent = parent[segment];
    }
    const last = path.at(-1) ?? '';
    if (Array.isArray(parent)) {
        const index = Number(last);
        if (Number.isInteger(index) && index >= 0 && index < parent.length)
            parent[index] = undefined;
    }
    else if (isRecord(parent) && Object.hasOwn(parent, last)) {
        delete parent[last];
    }
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function isContainer(value) {
    return value !== null && typeof value === 'object';
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/config/schema-validator.generated.js
// @ts-nocheck
// Generated by scripts/build-schema-validator.ts from schema/sentry-members.schema.json: do not edit.

const validate = validate20;
/* harmony default export */ const schema_validator_generated = ((/* unused pure expression or super */ null && (validate20)));
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"sentry-members-sync configuration","description":"The reviewed membership of one Sentry organization: who is in it, with which org role, on which teams with which team role. See the README of sentry-members-sync. A config may be split over several files (a directory or a glob), each holding part of it.","type":"object","additionalProperties":false,"properties":{"organization":{"description":"Slug of the Sentry organization. The action's `organization` input overrides it.","type":"string","pattern":"^(?![0-9]+$)[a-z0-9_-]+$","maxLength":50},"unlisted":{"description":"What to do with organization members that are neither in `members` nor in `ignore`: report them in the plan, ignore them, or remove them from the organization.","enum":["report","ignore","remove"],"default":"report"},"missing":{"description":"What to do with listed emails that are not in the organization: report them in the plan, or invite them.","enum":["report","invite"],"default":"report"},"ignore":{"description":"Emails that are never changed, never removed and never reported (bots, break-glass accounts).","type":"array","items":{"$ref":"#/$defs/email"}},"members":{"description":"Organization members by email (matched case-insensitively). The value is an org role (teams not managed) or an object with `role` and, optionally, `teams`, `until` and `grants`.","type":"object","propertyNames":{"$ref":"#/$defs/email"},"additionalProperties":{"$ref":"#/$defs/member"}},"teams":{"description":"Team sections: a team's roster, for its leads to own (CODEOWNERS on the team's file). A team with a section is managed as a whole: after an apply its roster is exactly the people declared on it, here or in member entries, and the members of the GitHub team it follows (`github-team`). Every email here must be listed under `members` (in any file of the config); people who come from a GitHub team need not be.","type":"object","propertyNames":{"$ref":"#/$defs/teamSlug"},"additionalProperties":{"$ref":"#/$defs/teamSection"}},"people":{"description":"GitHub login -> the email of that person's Sentry account, for team sections that follow a GitHub team (`github-team`). Logins are matched case-insensitively. Where the GitHub organization uses SAML single sign-on and `github-teams-token` may read it, a login without an entry here takes its SAML identity's email; a login with neither is left out, with a warning.","type":"object","propertyNames":{"$ref":"#/$defs/githubLogin"},"additionalProperties":{"$ref":"#/$defs/email"}},"approvals":{"description":"Who must approve privileged changes. With `privileged` set, a change that makes someone owner or manager (an org-role change up to either, an invitation with either role, a grant of either) is made only by the apply of a merged pull request that one of these people approved on its final head commit (not its author, not dismissed); any other run blocks it.","type":"object","additionalProperties":false,"required":["privileged"],"properties":{"privileged":{"description":"GitHub logins (`octocat`) and GitHub teams (`org/team-slug`, whose members count; read with the `github-teams-token` input) whose approval lets an owner or manager grant be made.","type":"array","minItems":1,"items":{"$ref":"#/$defs/approver"},"examples":[["octocat","acme/sentry-admins"]]}}}},"$defs":{"email":{"description":"An email address: one @, a domain with a dot, no whitespace, control or invisible characters.","type":"string","pattern":"^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$","maxLength":254},"orgRole":{"description":"Org role. `admin` is retired on organizations that use team roles.","enum":["member","manager","owner","billing","admin"]},"teamRole":{"description":"Explicit team role.","enum":["contributor","admin"]},"teamSlug":{"description":"Slug of a Sentry team.","type":"string","pattern":"^(?![0-9]+$)[a-z0-9_-]+$","maxLength":50},"githubLogin":{"description":"A GitHub login (as in github.com/<login>), without the @.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"},"githubTeam":{"description":"A GitHub team as `org/team-slug` (github.com/orgs/<org>/teams/<team-slug>).","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"},"member":{"if":{"type":"string"},"then":{"$ref":"#/$defs/orgRole"},"else":{"type":"object","additionalProperties":false,"required":["role"],"properties":{"role":{"$ref":"#/$defs/orgRole"},"teams":{"$ref":"#/$defs/memberTeams"},"until":{"description":"The entry ends: from then on the member is removed from the organization, whatever `unlisted` says.","$ref":"#/$defs/until"},"grants":{"description":"Temporary additions, each with its own end: a higher org role and/or teams (with their team roles).","type":"array","items":{"$ref":"#/$defs/grant"}}}}},"teamSection":{"type":"object","additionalProperties":false,"properties":{"github-team":{"description":"Follow a GitHub team (`org/team-slug`): its members are on this team (maintainers with the team role admin, members with the role implied by the org role), their emails from `people` or the organization's SAML identities. Explicit lists beside it still count and win for the people they name. People who are not under `members` count as listed with the org role member.","$ref":"#/$defs/githubTeam"},"admins":{"description":"On the team with the explicit team role admin.","type":"array","items":{"$ref":"#/$defs/email"}},"contributors":{"description":"On the team with the explicit team role contributor.","type":"array","items":{"$ref":"#/$defs/email"}},"members":{"description":"On the team with no explicit team role (the one implied by the org role).","type":"array","items":{"$ref":"#/$defs/email"}}}},"until":{"description":"The end: a date (the access holds through that day, UTC), or an RFC 3339 timestamp.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$"},"memberTeams":{"description":"Absent: team memberships are not managed and are kept as they are. A list of slugs: exactly these teams, with the team role implied by the org role. A map slug -> team role: exactly these teams with explicit team roles. `[]`: no team.","if":{"type":"array"},"then":{"type":"array","items":{"$ref":"#/$defs/teamSlug"}},"else":{"type":"object","propertyNames":{"$ref":"#/$defs/teamSlug"},"additionalProperties":{"$ref":"#/$defs/teamRole"}}},"grant":{"type":"object","additionalProperties":false,"required":["until"],"properties":{"role":{"description":"A higher org role than the entry's, while the grant holds.","$ref":"#/$defs/orgRole"},"teams":{"description":"Teams the member is on while the grant holds (list: the role implied by the org role; map: explicit team roles).","$ref":"#/$defs/memberTeams"},"until":{"$ref":"#/$defs/until"}},"description":"A temporary addition: `role` and/or `teams`, until its end."},"approver":{"description":"A GitHub login (`octocat`, without the @) or a GitHub team as `org/team-slug`.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$"}}};
const schema32 = {"description":"An email address: one @, a domain with a dot, no whitespace, control or invisible characters.","type":"string","pattern":"^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$","maxLength":254};
const schema38 = {"description":"Slug of a Sentry team.","type":"string","pattern":"^(?![0-9]+$)[a-z0-9_-]+$","maxLength":50};
const schema51 = {"description":"A GitHub login (as in github.com/<login>), without the @.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"};
const schema53 = {"description":"A GitHub login (`octocat`, without the @) or a GitHub team as `org/team-slug`.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$"};

const func1 = ucs2length["default"] ?? ucs2length;
const pattern4 = new RegExp("^(?![0-9]+$)[a-z0-9_-]+$", "u");
const pattern5 = new RegExp("^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$", "u");
const pattern16 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "u");
const pattern18 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$", "u");
const schema34 = {"if":{"type":"string"},"then":{"$ref":"#/$defs/orgRole"},"else":{"type":"object","additionalProperties":false,"required":["role"],"properties":{"role":{"$ref":"#/$defs/orgRole"},"teams":{"$ref":"#/$defs/memberTeams"},"until":{"description":"The entry ends: from then on the member is removed from the organization, whatever `unlisted` says.","$ref":"#/$defs/until"},"grants":{"description":"Temporary additions, each with its own end: a higher org role and/or teams (with their team roles).","type":"array","items":{"$ref":"#/$defs/grant"}}}}};
const schema35 = {"description":"Org role. `admin` is retired on organizations that use team roles.","enum":["member","manager","owner","billing","admin"]};
const schema41 = {"description":"The end: a date (the access holds through that day, UTC), or an RFC 3339 timestamp.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$"};
const schema37 = {"description":"Absent: team memberships are not managed and are kept as they are. A list of slugs: exactly these teams, with the team role implied by the org role. A map slug -> team role: exactly these teams with explicit team roles. `[]`: no team.","if":{"type":"array"},"then":{"type":"array","items":{"$ref":"#/$defs/teamSlug"}},"else":{"type":"object","propertyNames":{"$ref":"#/$defs/teamSlug"},"additionalProperties":{"$ref":"#/$defs/teamRole"}}};
const schema40 = {"description":"Explicit team role.","enum":["contributor","admin"]};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(!(Array.isArray(data))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func1(data0) > 50){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/teamSlug/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern4.test(data0)){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/teamSlug/pattern",keyword:"pattern",params:{pattern: "^(?![0-9]+$)[a-z0-9_-]+$"},message:"must match pattern \""+"^(?![0-9]+$)[a-z0-9_-]+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/teamSlug/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/then/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var items0 = true;
}
ifClause0 = "then";
}
else {
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs10 = errors;
if(typeof key0 === "string"){
if(func1(key0) > 50){
const err5 = {instancePath,schemaPath:"#/$defs/teamSlug/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",propertyName:key0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern4.test(key0)){
const err6 = {instancePath,schemaPath:"#/$defs/teamSlug/pattern",keyword:"pattern",params:{pattern: "^(?![0-9]+$)[a-z0-9_-]+$"},message:"must match pattern \""+"^(?![0-9]+$)[a-z0-9_-]+$"+"\"",propertyName:key0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath,schemaPath:"#/$defs/teamSlug/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid4 = _errs10 === errors;
if(!valid4){
const err8 = {instancePath,schemaPath:"#/else/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key1 in data){
let data1 = data[key1];
if(!((data1 === "contributor") || (data1 === "admin"))){
const err9 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/teamRole/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid0 = _valid0;
if(valid0){
var props0 = true;
}
ifClause0 = "else";
}
if(!valid0){
const err11 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate22.errors = vErrors;
evaluated0.props = props0;
evaluated0.items = items0;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":true,"dynamicItems":true};

const schema42 = {"type":"object","additionalProperties":false,"required":["until"],"properties":{"role":{"description":"A higher org role than the entry's, while the grant holds.","$ref":"#/$defs/orgRole"},"teams":{"description":"Teams the member is on while the grant holds (list: the role implied by the org role; map: explicit team roles).","$ref":"#/$defs/memberTeams"},"until":{"$ref":"#/$defs/until"}},"description":"A temporary addition: `role` and/or `teams`, until its end."};
const pattern9 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.until === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "until"},message:"must have required property '"+"until"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "role") || (key0 === "teams")) || (key0 === "until"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.role !== undefined){
let data0 = data.role;
if(!(((((data0 === "member") || (data0 === "manager")) || (data0 === "owner")) || (data0 === "billing")) || (data0 === "admin"))){
const err2 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/orgRole/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.teams !== undefined){
if(!(validate22(data.teams, {instancePath:instancePath+"/teams",parentData:data,parentDataProperty:"teams",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.until !== undefined){
let data2 = data.until;
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
const err3 = {instancePath:instancePath+"/until",schemaPath:"#/$defs/until/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/until",schemaPath:"#/$defs/until/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "member") || (data === "manager")) || (data === "owner")) || (data === "billing")) || (data === "admin"))){
const err1 = {instancePath,schemaPath:"#/$defs/orgRole/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.role === undefined){
const err2 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "role") || (key0 === "teams")) || (key0 === "until")) || (key0 === "grants"))){
const err3 = {instancePath,schemaPath:"#/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.role !== undefined){
let data0 = data.role;
if(!(((((data0 === "member") || (data0 === "manager")) || (data0 === "owner")) || (data0 === "billing")) || (data0 === "admin"))){
const err4 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/orgRole/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.teams !== undefined){
if(!(validate22(data.teams, {instancePath:instancePath+"/teams",parentData:data,parentDataProperty:"teams",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.until !== undefined){
let data2 = data.until;
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
const err5 = {instancePath:instancePath+"/until",schemaPath:"#/$defs/until/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/until",schemaPath:"#/$defs/until/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.grants !== undefined){
let data3 = data.grants;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate24(data3[i0], {instancePath:instancePath+"/grants/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/grants",schemaPath:"#/else/properties/grants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
if(valid0){
var props1 = true;
}
ifClause0 = "else";
}
if(!valid0){
const err9 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate21.errors = vErrors;
evaluated0.props = props1;
return errors === 0;
}
validate21.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema46 = {"type":"object","additionalProperties":false,"properties":{"github-team":{"description":"Follow a GitHub team (`org/team-slug`): its members are on this team (maintainers with the team role admin, members with the role implied by the org role), their emails from `people` or the organization's SAML identities. Explicit lists beside it still count and win for the people they name. People who are not under `members` count as listed with the org role member.","$ref":"#/$defs/githubTeam"},"admins":{"description":"On the team with the explicit team role admin.","type":"array","items":{"$ref":"#/$defs/email"}},"contributors":{"description":"On the team with the explicit team role contributor.","type":"array","items":{"$ref":"#/$defs/email"}},"members":{"description":"On the team with no explicit team role (the one implied by the org role).","type":"array","items":{"$ref":"#/$defs/email"}}}};
const schema47 = {"description":"A GitHub team as `org/team-slug` (github.com/orgs/<org>/teams/<team-slug>).","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"};
const pattern12 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "u");

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "github-team") || (key0 === "admins")) || (key0 === "contributors")) || (key0 === "members"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data["github-team"] !== undefined){
let data0 = data["github-team"];
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
const err1 = {instancePath:instancePath+"/github-team",schemaPath:"#/$defs/githubTeam/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/github-team",schemaPath:"#/$defs/githubTeam/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.admins !== undefined){
let data1 = data.admins;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func1(data2) > 254){
const err3 = {instancePath:instancePath+"/admins/" + i0,schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern5.test(data2)){
const err4 = {instancePath:instancePath+"/admins/" + i0,schemaPath:"#/$defs/email/pattern",keyword:"pattern",params:{pattern: "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"},message:"must match pattern \""+"^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/admins/" + i0,schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/admins",schemaPath:"#/properties/admins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.contributors !== undefined){
let data3 = data.contributors;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 === "string"){
if(func1(data4) > 254){
const err7 = {instancePath:instancePath+"/contributors/" + i1,schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern5.test(data4)){
const err8 = {instancePath:instancePath+"/contributors/" + i1,schemaPath:"#/$defs/email/pattern",keyword:"pattern",params:{pattern: "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"},message:"must match pattern \""+"^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/contributors/" + i1,schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/contributors",schemaPath:"#/properties/contributors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.members !== undefined){
let data5 = data.members;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
let data6 = data5[i2];
if(typeof data6 === "string"){
if(func1(data6) > 254){
const err11 = {instancePath:instancePath+"/members/" + i2,schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern5.test(data6)){
const err12 = {instancePath:instancePath+"/members/" + i2,schemaPath:"#/$defs/email/pattern",keyword:"pattern",params:{pattern: "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"},message:"must match pattern \""+"^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/members/" + i2,schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "organization") || (key0 === "unlisted")) || (key0 === "missing")) || (key0 === "ignore")) || (key0 === "members")) || (key0 === "teams")) || (key0 === "people")) || (key0 === "approvals"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.organization !== undefined){
let data0 = data.organization;
if(typeof data0 === "string"){
if(func1(data0) > 50){
const err1 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern4.test(data0)){
const err2 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/pattern",keyword:"pattern",params:{pattern: "^(?![0-9]+$)[a-z0-9_-]+$"},message:"must match pattern \""+"^(?![0-9]+$)[a-z0-9_-]+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.unlisted !== undefined){
let data1 = data.unlisted;
if(!(((data1 === "report") || (data1 === "ignore")) || (data1 === "remove"))){
const err4 = {instancePath:instancePath+"/unlisted",schemaPath:"#/properties/unlisted/enum",keyword:"enum",params:{allowedValues: schema31.properties.unlisted.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.missing !== undefined){
let data2 = data.missing;
if(!((data2 === "report") || (data2 === "invite"))){
const err5 = {instancePath:instancePath+"/missing",schemaPath:"#/properties/missing/enum",keyword:"enum",params:{allowedValues: schema31.properties.missing.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ignore !== undefined){
let data3 = data.ignore;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 254){
const err6 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern5.test(data4)){
const err7 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/$defs/email/pattern",keyword:"pattern",params:{pattern: "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"},message:"must match pattern \""+"^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.members !== undefined){
let data5 = data.members;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
const _errs13 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 254){
const err10 = {instancePath:instancePath+"/members",schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern5.test(key1)){
const err11 = {instancePath:instancePath+"/members",schemaPath:"#/$defs/email/pattern",keyword:"pattern",params:{pattern: "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"},message:"must match pattern \""+"^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/members",schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid4 = _errs13 === errors;
if(!valid4){
const err13 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key2 in data5){
if(!(validate21(data5[key2], {instancePath:instancePath+"/members/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.teams !== undefined){
let data7 = data.teams;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key3 in data7){
const _errs20 = errors;
if(typeof key3 === "string"){
if(func1(key3) > 50){
const err15 = {instancePath:instancePath+"/teams",schemaPath:"#/$defs/teamSlug/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",propertyName:key3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern4.test(key3)){
const err16 = {instancePath:instancePath+"/teams",schemaPath:"#/$defs/teamSlug/pattern",keyword:"pattern",params:{pattern: "^(?![0-9]+$)[a-z0-9_-]+$"},message:"must match pattern \""+"^(?![0-9]+$)[a-z0-9_-]+$"+"\"",propertyName:key3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/teams",schemaPath:"#/$defs/teamSlug/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid7 = _errs20 === errors;
if(!valid7){
const err18 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
for(const key4 in data7){
if(!(validate28(data7[key4], {instancePath:instancePath+"/teams/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.people !== undefined){
let data9 = data.people;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key5 in data9){
const _errs27 = errors;
if(typeof key5 === "string"){
if(!pattern16.test(key5)){
const err20 = {instancePath:instancePath+"/people",schemaPath:"#/$defs/githubLogin/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"+"\"",propertyName:key5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/people",schemaPath:"#/$defs/githubLogin/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid10 = _errs27 === errors;
if(!valid10){
const err22 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
for(const key6 in data9){
let data10 = data9[key6];
if(typeof data10 === "string"){
if(func1(data10) > 254){
const err23 = {instancePath:instancePath+"/people/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern5.test(data10)){
const err24 = {instancePath:instancePath+"/people/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/email/pattern",keyword:"pattern",params:{pattern: "^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"},message:"must match pattern \""+"^[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+@[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+\\.[^@\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]+$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/people/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.approvals !== undefined){
let data11 = data.approvals;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.privileged === undefined){
const err27 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/required",keyword:"required",params:{missingProperty: "privileged"},message:"must have required property '"+"privileged"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key7 in data11){
if(!(key7 === "privileged")){
const err28 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data11.privileged !== undefined){
let data12 = data11.privileged;
if(Array.isArray(data12)){
if(data12.length < 1){
const err29 = {instancePath:instancePath+"/approvals/privileged",schemaPath:"#/properties/approvals/properties/privileged/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(typeof data13 === "string"){
if(!pattern18.test(data13)){
const err30 = {instancePath:instancePath+"/approvals/privileged/" + i1,schemaPath:"#/$defs/approver/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/approvals/privileged/" + i1,schemaPath:"#/$defs/approver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/approvals/privileged",schemaPath:"#/properties/approvals/properties/privileged/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


;// CONCATENATED MODULE: ./src/config/schema.ts







/** The JSON Schema editors and the action share (schema/sentry-members.schema.json). */
const CONFIG_SCHEMA = sentry_members_schema_namespaceObject;
/**
 * Schema errors for `data`, empty when it is valid. The schema is compiled at build time
 * (scripts/build-schema-validator.ts), so nothing is compiled when the action starts.
 */
function schemaErrors(data) {
    return validate(data) ? [] : [...(validate.errors ?? [])];
}
/**
 * Turns ajv's errors into one message each, in the config's own terms, with a hint that fits the
 * field: an email, a slug, a date, a role, a key of that very place. Errors that only restate
 * another (`if`, `propertyNames`) are dropped.
 */
function describeSchemaErrors(errors, data) {
    const issues = [];
    for (const error of errors) {
        if (error.keyword === 'if' || error.keyword === 'propertyNames')
            continue;
        const path = pointerToPath(error.instancePath);
        const propertyName = error.propertyName;
        if (propertyName !== undefined) {
            issues.push({ path: [...path, propertyName], at: 'key', message: describeBadKey(path, propertyName) });
            continue;
        }
        const value = valueAt(data, path);
        const where = describePath(path);
        switch (error.keyword) {
            case 'additionalProperties': {
                const key = String(error.params.additionalProperty);
                issues.push({ path: [...path, key], at: 'key', message: describeUnknownKey(path, key) });
                break;
            }
            case 'required': {
                const missing = String(error.params.missingProperty);
                issues.push({
                    path,
                    at: 'key',
                    message: `${where} is missing the required key "${missing}"${missing === 'until' ? ` (${UNTIL_FORMS})` : missing === 'role' ? ` (an org role: ${ORG_ROLES})` : ''}`,
                });
                break;
            }
            case 'enum':
                issues.push({
                    path,
                    at: 'value',
                    message: `${quote(value)} is not a valid ${describeEnum(path)}${kindAt(path) === 'policy' ? '' : ` (${where})`}; expected one of: ${error.params.allowedValues.join(', ')}.${typeof value === 'string' ? didYouMean(value, error.params.allowedValues) : ''}`,
                });
                break;
            case 'type':
                issues.push({ path, at: 'value', message: describeType(path, where, value, String(error.params.type)) });
                break;
            case 'pattern':
                issues.push({ path, at: 'value', message: describePattern(path, where, value) });
                break;
            case 'maxLength':
                issues.push({
                    path,
                    at: 'value',
                    message: `${where} is longer than ${String(error.params.limit)} characters${kindAt(path) === 'email' ? ' (an email has at most 254)' : kindAt(path) === 'team' || kindAt(path) === 'organization' ? ` (a slug: ${SLUG_RULE})` : ''}`,
                });
                break;
            case 'minItems':
                issues.push({ path, at: 'value', message: describeTooFew(path, where) });
                break;
            default:
                issues.push({ path, at: 'value', message: `${where} ${error.message ?? 'is not valid'}` });
        }
    }
    return issues;
}
const ORG_ROLES = 'member, manager, owner, billing, admin';
/** A key that is not of the form its place needs: an email under members, a slug for a team. */
function describeBadKey(path, key) {
    if (path[0] === 'members' && path.length === 1)
        return `${quote(key)} is not an email address (a key under members)${invisibleIn(key, 'email')}`;
    if (path[0] === 'people' && path.length === 1)
        return `${quote(key)} is not a GitHub login (key under people: the login as in github.com/<login>, without "@")`;
    const place = path.length === 1 && path[0] === 'teams' ? 'a team section' : describePath(path);
    return `${quote(key)} is not a valid team slug (${SLUG_RULE}), in ${place}${invisibleIn(key, 'slug')}`;
}
/**
 * Why a value is refused when it holds whitespace, control or invisible characters (pasted
 * text), in the words of its field: an email is retyped, a slug or a date is written as Sentry
 * or the calendar has it.
 */
function invisibleIn(text, field) {
    const found = (0,domain_text/* firstInvisible */.k7)(text);
    if (found === undefined)
        return '';
    const character = found === 'U+0020' ? 'a space' : `the invisible or control character ${found}`;
    switch (field) {
        case 'email':
            return `: it contains ${character}, which an email never has; retype the address`;
        case 'slug':
            return `: it contains ${character}, which a slug never has; copy the slug from Sentry's settings`;
        case 'date':
            return `: it contains ${character}; write it as ${UNTIL_FORMS}`;
    }
}
/**
 * An unknown key, with the keys allowed at that very place (from the schema) and the closest of
 * them.
 */
function describeUnknownKey(path, key) {
    const allowed = allowedKeys(path);
    const where = path.length === 0 ? 'at the top level' : `in ${describePath(path)}`;
    const hint = key === '<<'
        ? ' YAML merge keys (<<) are not supported: write the entry out in full, or use an alias (*name) for a whole value.'
        : didYouMean(key, allowed);
    return `unknown key ${quote(key)} ${where}${allowed.length > 0 ? `; allowed keys: ${allowed.join(', ')}.` : '.'}${hint}`;
}
/** The keys the schema allows in the mapping at `path`: the file's, a member entry's, a grant's, a team section's. */
function allowedKeys(path) {
    const defs = sentry_members_schema_namespaceObject.$defs;
    switch (kindAt(path)) {
        case 'member':
            return Object.keys(defs.member?.else?.properties ?? {});
        case 'grant':
            return Object.keys(defs.grant?.properties ?? {});
        case 'section':
            return Object.keys(defs.teamSection?.properties ?? {});
        case 'approvals':
            return Object.keys(sentry_members_schema_namespaceObject.properties.approvals.properties);
        default:
            return path.length === 0 ? Object.keys(sentry_members_schema_namespaceObject.properties) : [];
    }
}
/** What kind of value sits at `path`, in the config's terms. */
function kindAt(path) {
    const [top, name, part, index, field] = path;
    if (top === 'people' && path.length === 2)
        return 'email';
    if (top === 'teams' && part === 'github-team')
        return 'github team';
    if (top === 'members') {
        if (path.length === 2)
            return 'member';
        if (part === 'role')
            return 'org role';
        if (part === 'teams')
            return path.length === 3 ? 'teams' : 'team';
        if (part === 'until')
            return 'until';
        if (part === 'grants') {
            if (path.length === 3)
                return 'grants';
            if (path.length === 4)
                return 'grant';
            if (field === 'role')
                return 'org role';
            if (field === 'until')
                return 'until';
            if (field === 'teams')
                return path.length === 5 ? 'teams' : 'team';
        }
    }
    if (top === 'teams' && name !== undefined) {
        if (path.length === 2)
            return 'section';
        if (path.length === 3)
            return 'section list';
        if (index !== undefined)
            return 'email';
    }
    if (top === 'ignore' && name !== undefined)
        return 'email';
    if (top === 'organization')
        return 'organization';
    if (top === 'unlisted' || top === 'missing')
        return 'policy';
    if (top === 'approvals')
        return path.length === 3 ? 'approver' : 'approvals';
    return 'other';
}
function describeEnum(path) {
    switch (kindAt(path)) {
        case 'member':
        case 'org role':
            return 'org role';
        case 'team':
            return 'team role';
        case 'policy':
            return `value for ${path[0]}`;
        default:
            return 'value';
    }
}
/** A value not of the form its field needs, with that field's form and how to fix it. */
function describePattern(path, where, value) {
    const text = typeof value === 'string' ? value : '';
    switch (kindAt(path)) {
        case 'email':
            return `${quote(value)} is not an email address (${where}): an email is one @ with a name before it and a domain with a dot after it${invisibleIn(text, 'email')}`;
        case 'team':
            return `${quote(value)} is not a valid team slug (${where}): a slug has ${SLUG_RULE}${invisibleIn(text, 'slug')}`;
        case 'organization':
            return `${quote(value)} is not a valid organization slug: a slug has ${SLUG_RULE}, as in the address sentry.io/organizations/<slug>/${invisibleIn(text, 'slug')}`;
        case 'until':
            return `${quote(value)} is not ${UNTIL_FORMS} (${where})${invisibleIn(text, 'date')}`;
        case 'github team':
            return `${quote(value)} is not a GitHub team as org/team-slug (acme/backend, as in github.com/orgs/acme/teams/backend) (${where})`;
        case 'approver':
            return `${quote(value)} is not a GitHub login (octocat) or a GitHub team (org/team-slug) (${where})${approverHint(text)}`;
        default:
            return `${quote(value)} is not in the expected form (${where})`;
    }
}
function describeType(path, where, value, expected) {
    // The whole file's content is never quoted: only its kind is said.
    const found = path.length === 0 ? kindOf(value) : typeName(value);
    switch (kindAt(path)) {
        case 'member':
            return `${where} must be an org role (${ORG_ROLES}) or a mapping with "role" and optional "teams", "until" and "grants"; found ${found}`;
        case 'teams':
            return `${where} must be a list of team slugs or a mapping of team slug to team role (contributor, admin); found ${found}`;
        case 'grants':
            return `${where} must be a list of grants, each a mapping with "until" and "role" and/or "teams"; found ${found}`;
        case 'grant':
            return `${where} must be a mapping with "until" and "role" and/or "teams"; found ${found}`;
        case 'section':
            return `${where} must be a mapping with "admins", "contributors" and/or "members" (lists of emails); found ${found}`;
        case 'section list':
            return `${where} must be a list of emails; found ${found}`;
        case 'until':
            return `${where} must be ${UNTIL_FORMS}; found ${found}`;
        default:
            if (path.length === 0)
                return `the file must be a mapping of keys such as organization, members and teams (see members.example.yml); found ${found}`;
            return `${where} must be ${expected === 'object' ? 'a mapping' : expected === 'array' ? 'a list' : `a ${expected}`}; found ${found}`;
    }
}
/** Human words for a path: `member alice@acme.com`, `grant #2 of bob@acme.com`, `admins of team "backend"`. */
function describePath(path) {
    if (path.length === 0)
        return 'the file';
    const [top, name, part, item, field] = path;
    const nth = (index) => (/^\d+$/.test(index) ? `#${Number(index) + 1}` : quote(index));
    if (top === 'members' && name !== undefined) {
        if (part === undefined)
            return `member ${name}`;
        if (part === 'role')
            return `the role of ${name}`;
        if (part === 'teams' && item !== undefined)
            return `team ${nth(item)} of ${name}`;
        if (part === 'teams')
            return `the teams of ${name}`;
        if (part === 'until')
            return `the end (until) of ${name}`;
        if (part === 'grants' && item === undefined)
            return `the grants of ${name}`;
        if (part === 'grants' && item !== undefined) {
            const grant = `grant #${Number(item) + 1} of ${name}`;
            if (field === undefined)
                return grant;
            if (field === 'until')
                return `the end (until) of ${grant}`;
            if (field === 'role')
                return `the role of ${grant}`;
            if (field === 'teams')
                return path[5] === undefined ? `the teams of ${grant}` : `team ${nth(path[5])} of ${grant}`;
        }
    }
    if (top === 'people' && name !== undefined)
        return `the email of GitHub login ${name}`;
    if (top === 'teams' && name !== undefined && part === 'github-team')
        return `the GitHub team of team "${name}"`;
    if (top === 'teams' && name !== undefined) {
        const team = `team ${quote(name)}`;
        if (part === undefined)
            return `the section of ${team}`;
        if (item === undefined)
            return `${part} of ${team}`;
        return `${part} ${nth(item)} of ${team}`;
    }
    if (top === 'ignore' && name !== undefined)
        return `ignore entry #${Number(name) + 1}`;
    if (top === 'approvals' && part !== undefined)
        return `approvals.privileged entry #${Number(part) + 1}`;
    if (path.length === 1 && top !== undefined)
        return `"${top}"`;
    return `"${path.join('.')}"`;
}
const APPROVER = new RegExp(sentry_members_schema_namespaceObject.$defs.approver.pattern, 'u');
/** A mention where a login is expected (`@octocat`): what to write instead. */
function approverHint(value) {
    const bare = value.replace(/^@/, '');
    return bare !== value && APPROVER.test(bare) ? `: write ${quote(bare)}, without the @` : '';
}
/** A list that must not be empty. */
function describeTooFew(path, where) {
    if (kindAt(path) === 'approvals')
        return 'approvals.privileged lists nobody, so no owner or manager grant could ever be made: list the GitHub logins or org/team slugs who may approve them, or remove approvals';
    return `${where} must not be empty`;
}
function valueAt(data, path) {
    let current = data;
    for (const segment of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = Object.hasOwn(current, segment) ? current[segment] : undefined;
    }
    return current;
}
/** What a value is, without quoting it. */
function kindOf(value) {
    if (value === null)
        return 'nothing (null)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}
function typeName(value) {
    if (value === null || typeof value === 'object')
        return kindOf(value);
    return `${typeof value === 'string' ? 'the text' : `the ${typeof value}`} ${quote(value)}`;
}
/** A value quoted for a message, cut to a readable length. */
function quote(value) {
    // JSON escapes control characters; invisible format characters are escaped too, so they show.
    const text = (0,domain_text/* escapeInvisible */.ts)(typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value));
    return text.length > 80 ? `${text.slice(0, 77)}..."` : text;
}

;// CONCATENATED MODULE: ./src/config/emails.ts


/**
 * Whitespace, control and invisible characters in an email are errors (the schema's pattern
 * catches most; this catches every one); other non-ASCII letters may be look-alikes (Cyrillic "а"
 * for Latin "a"): a warning, not an error.
 */
function checkEmailCharacters(email, position, report) {
    const invisible = (0,domain_text/* firstInvisible */.k7)(email);
    if (invisible !== undefined) {
        report('error', position, `${quote(email)} contains the invisible or control character ${invisible}, which an email never has; retype the address`);
        return;
    }
    const letters = (0,domain_text/* nonAscii */.Bt)(email);
    if (letters.length === 0)
        return;
    report('warning', position, `${quote(email)} contains non-ASCII characters (${letters.map((letter) => `${letter} U+${(letter.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}): check that it is the address you mean and not a look-alike`);
}

;// CONCATENATED MODULE: ./src/domain/roles.ts
/**
 * Sentry's org and team roles, and the rule that links them (docs/behaviour.md section 1, docs/sentry-api.md "Roles").
 */
/** Org roles, lowest first. */
const roles_ORG_ROLES = ['billing', 'member', 'admin', 'manager', 'owner'];
/** Team roles, lowest first. */
const TEAM_ROLES = ['contributor', 'admin'];
function isOrgRole(value) {
    return typeof value === 'string' && roles_ORG_ROLES.includes(value);
}
function isTeamRole(value) {
    return typeof value === 'string' && TEAM_ROLES.includes(value);
}
/** Position of an org role in the hierarchy: higher is more powerful. */
function orgRoleRank(role) {
    return roles_ORG_ROLES.indexOf(role);
}
/** The team role every team membership of this org role has at least. */
function minimumTeamRole(orgRole) {
    return orgRole === 'admin' || orgRole === 'manager' || orgRole === 'owner' ? 'admin' : 'contributor';
}
/** The team role Sentry enforces: the higher of the stored role (null = contributor) and the org role's minimum. */
function effectiveTeamRole(orgRole, stored) {
    const minimum = minimumTeamRole(orgRole);
    return stored === 'admin' || minimum === 'admin' ? 'admin' : 'contributor';
}

;// CONCATENATED MODULE: ./src/domain/team-roles.ts
/**
 * A member's teams: slug -> team role, or null for the role implied by the org role. A small
 * read-only map kept in one array, in insertion order: a 50,000-member run holds two per member
 * (the file's and Sentry's), and a Map costs about 190 bytes even for two teams; this costs 80.
 */
class TeamRoles {
    static EMPTY = new TeamRoles([]);
    /** slug, role, slug, role, ... */
    pairs;
    constructor(pairs) {
        this.pairs = pairs;
    }
    /** Like `new Map(entries)`: a slug given twice keeps its first place and its last role. */
    static from(entries) {
        const pairs = [];
        for (const [slug, role] of entries) {
            let at = 0;
            while (at < pairs.length && pairs[at] !== slug)
                at += 2;
            if (at < pairs.length)
                pairs[at + 1] = role;
            else
                pairs.push(slug, role);
        }
        return TeamRoles.fromPairs(pairs);
    }
    /** From slug, role, slug, role, ... with distinct slugs (as one roster per team gives them). */
    static fromPairs(pairs) {
        // A copy: an array grown by push keeps room for 16 more items, three times what it holds here.
        return pairs.length === 0 ? TeamRoles.EMPTY : new TeamRoles(pairs.slice());
    }
    get size() {
        return this.pairs.length / 2;
    }
    get(slug) {
        for (let at = 0; at < this.pairs.length; at += 2)
            if (this.pairs[at] === slug)
                return this.pairs[at + 1];
        return undefined;
    }
    has(slug) {
        return this.get(slug) !== undefined;
    }
    forEach(callback, thisArg) {
        for (const [slug, role] of this.#list())
            callback.call(thisArg, role, slug, this);
    }
    entries() {
        return this.#list().values();
    }
    keys() {
        return this.#list()
            .map(([slug]) => slug)
            .values();
    }
    values() {
        return this.#list()
            .map(([, role]) => role)
            .values();
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    #list() {
        const list = [];
        for (let at = 0; at < this.pairs.length; at += 2)
            list.push([this.pairs[at], this.pairs[at + 1]]);
        return list;
    }
}

;// CONCATENATED MODULE: ./src/config/members.ts





/**
 * The `members` of one file, normalized, with the checks the schema cannot express: one entry
 * per email case-insensitively, `teams` each slug once and billing on none, `until` and grants
 * that are dates and add access.
 */
function readMembers(rawMembers, reader) {
    const { file, source, report } = reader;
    const members = new Map();
    const firstSpelling = new Map();
    // Each raw entry is dropped once it is in the model: the raw data is 20 MB at 50,000 members,
    // and the model is built while it is alive. The keys stay, so positions can still be found.
    let done;
    for (const key of Object.keys(rawMembers)) {
        if (done !== undefined)
            rawMembers[done] = undefined;
        done = key;
        const value = rawMembers[key];
        const email = key.toLowerCase();
        const entry = source.locate(['members', key], 'key');
        const earlier = firstSpelling.get(email);
        if (earlier !== undefined) {
            const line = members.get(email)?.source.entry.line;
            report('error', entry, `${quote(key)} and ${quote(earlier)} (line ${line}) are the same member: emails are compared case-insensitively; keep one entry`);
            continue;
        }
        firstSpelling.set(email, key);
        checkEmailCharacters(key, entry, report);
        const member = typeof value === 'string' ? { role: value } : value;
        const role = reader.intern(member.role);
        const teamsPath = ['members', key, 'teams'];
        const teamPositions = [];
        let teams;
        if (member.teams !== undefined) {
            teams = readTeams(member.teams, teamsPath, role, key, teamPositions, reader);
            if (role === 'billing' && teams.size > 0) {
                report('error', source.locate(teamsPath, 'key'), `${key} has the org role "billing", which cannot be on teams (Sentry refuses it): remove the teams or choose another role`);
            }
        }
        const until = member.until === undefined ? undefined : readUntil(member.until, source.locate(['members', key, 'until']), reader);
        const grants = readGrants(member.grants ?? [], key, role, reader);
        members.set(email, {
            email,
            role,
            teams,
            ...(until ? { until } : {}),
            grants: grants.length === 0 ? NO_GRANTS : grants,
            // A copy: an array grown by push keeps room for 16 more items (megabytes at 50,000 members).
            source: { file, entry, teams: teamPositions.length === 0 ? NO_POSITIONS : teamPositions.slice() },
        });
    }
    return members;
}
const NO_GRANTS = Object.freeze([]);
const NO_POSITIONS = Object.freeze([]);
/** `teams` of an entry or a grant: slug -> explicit role (null in list form), each slug once. */
function readTeams(value, path, role, key, positions, reader) {
    const { source, report, intern } = reader;
    const normalized = new Map();
    // A hole is an item the schema refused (src/config/prune.ts): reported already, skipped here.
    const entries = Array.isArray(value)
        ? value.flatMap((slug, index) => (slug === undefined ? [] : [[slug, null, String(index)]]))
        : Object.entries(value).map(([slug, teamRole]) => [slug, intern(teamRole), slug]);
    for (const [slug, teamRole, segment] of entries) {
        const position = source.locate([...path, segment], Array.isArray(value) ? 'value' : 'key');
        if (normalized.has(slug)) {
            report('error', position, `team "${slug}" is listed twice for ${key}`);
            continue;
        }
        normalized.set(intern(slug), teamRole);
        positions.push(position);
        if (teamRole !== null && teamRole !== 'admin' && effectiveTeamRole(role, teamRole) !== teamRole) {
            report('warning', position, `team role "${teamRole}" on "${slug}" has no effect for ${key}: a ${role} is at least team admin on every team; write the team in list form or as "admin"`);
        }
    }
    return TeamRoles.from(normalized);
}
/** The grants of an entry: each gives a role above the entry's and/or teams, until a date. */
function readGrants(raw, key, role, reader) {
    const { source, report } = reader;
    const grants = [];
    for (const [index, grant] of raw.entries()) {
        if (grant === undefined)
            continue;
        const path = ['members', key, 'grants', String(index)];
        const position = source.locate(path);
        const end = readUntil(grant.until, source.locate([...path, 'until']), reader);
        if (grant.role === undefined && grant.teams === undefined)
            report('error', position, `a grant of ${key} needs "role" or "teams" (or both): what does it give until ${grant.until}?`);
        const grantRole = grant.role === undefined ? undefined : reader.intern(grant.role);
        if (grantRole !== undefined && orgRoleRank(grantRole) <= orgRoleRank(role))
            report('error', source.locate([...path, 'role']), `the grant's role "${grantRole}" is not above the role of ${key} ("${role}"): a grant adds access; raise it, or change the entry's role`);
        const grantTeams = grant.teams === undefined ? undefined : readTeams(grant.teams, [...path, 'teams'], grantRole ?? role, key, [], reader);
        if (grantTeams && grantTeams.size > 0 && (grantRole ?? role) === 'billing')
            report('error', source.locate([...path, 'teams'], 'key'), `${key} is a billing member, who cannot be on teams: a grant cannot add teams`);
        if (end)
            grants.push({
                ...(grantRole ? { role: grantRole } : {}),
                ...(grantTeams ? { teams: grantTeams } : {}),
                until: end,
                position,
            });
    }
    return grants;
}
/** A date (the access holds through that day, UTC) or an RFC 3339 timestamp; an impossible one is an error. */
function readUntil(text, position, reader) {
    const parsed = parseUntil(text);
    if ('problem' in parsed) {
        reader.report('error', position, `${quote(text)} ${parsed.problem} (expected ${UNTIL_FORMS})`);
        return undefined;
    }
    return { text, end: parsed.end };
}

;// CONCATENATED MODULE: ./src/config/people.ts


/**
 * `people`: GitHub login -> the email of that person's Sentry account (for sections that follow
 * a GitHub team). Logins are compared without case, as GitHub does: two keys that differ only in
 * case are an error; emails are checked like every other email of the file.
 */
function readPeople(raw, reader) {
    const { file, source, report } = reader;
    const people = new Map();
    for (const [login, address] of Object.entries(raw)) {
        const position = source.locate(['people', login], 'key');
        const earlier = people.get(login.toLowerCase());
        if (earlier) {
            report('error', position, `${quote(login)} and ${quote(earlier.login)} (line ${earlier.position.line}) are the same GitHub login: logins are compared case-insensitively; keep one entry`);
            continue;
        }
        checkEmailCharacters(address, source.locate(['people', login]), report);
        people.set(login.toLowerCase(), { login, email: address.toLowerCase(), file, position });
    }
    return people;
}

;// CONCATENATED MODULE: ./src/config/sections.ts

/** The lists of a section, with the team role each gives (null: the one the org role implies). */
const LISTS = [
    ['admins', 'admin'],
    ['contributors', 'contributor'],
    ['members', null],
];
/** The team sections of one file: each person once per section, in the section's order, with where they are written. */
function readSections(raw, reader) {
    const { file, source, report } = reader;
    const sections = new Map();
    for (const [slug, section] of Object.entries(raw)) {
        const people = new Map();
        const places = [];
        for (const [list, teamRole] of LISTS) {
            for (const [index, address] of (section[list] ?? []).entries()) {
                if (address === undefined)
                    continue; // refused by the schema (src/config/prune.ts)
                const email = address.toLowerCase();
                const position = source.locate(['teams', slug, list, String(index)]);
                if (people.has(email)) {
                    const before = places[2 * [...people.keys()].indexOf(email)];
                    report('error', position, `${address} is in two lists of team "${slug}" (also line ${before}): keep one`);
                    continue;
                }
                checkEmailCharacters(address, position, report);
                people.set(email, teamRole);
                places.push(position.line, position.column);
            }
        }
        const github = section['github-team'];
        sections.set(slug, {
            slug,
            file,
            position: source.locate(['teams', slug], 'key'),
            ...(github === undefined ? {} : { github: githubTeamRef(github, source.locate(['teams', slug, 'github-team'])) }),
            people,
            places: Uint32Array.from(places),
        });
    }
    return sections;
}
/** `org/team-slug` as the schema accepts it. */
function githubTeamRef(text, position) {
    const [org = '', team = ''] = text.split('/');
    return { org, team, key: text.toLowerCase(), position };
}

;// CONCATENATED MODULE: ./src/config/build.ts





/**
 * The normalized model of one file the schema accepted, and the checks the schema cannot
 * express, reported as they are found: its members, its team sections, its ignore list, its
 * approvers.
 */
function buildModel(raw, reader) {
    const members = readMembers(raw.members ?? {}, reader);
    const teams = readSections(raw.teams ?? {}, reader);
    return {
        file: reader.file,
        files: [reader.file],
        organization: raw.organization,
        unlisted: raw.unlisted ?? 'report',
        missing: raw.missing ?? 'report',
        ignore: readIgnore(raw.ignore ?? [], members, reader),
        members,
        teams,
        ...(raw.people === undefined ? {} : { people: readPeople(raw.people, reader) }),
        ...(raw.approvals ? { approvals: readApprovals(raw.approvals, reader) } : {}),
        declared: ['unlisted', 'missing'].filter((name) => raw[name] !== undefined),
    };
}
/** `ignore`: emails never changed; one that is also a member is an error, one written twice a warning. */
function readIgnore(raw, members, reader) {
    const { source, report } = reader;
    const ignore = new Set();
    for (const [index, address] of raw.entries()) {
        if (address === undefined)
            continue; // refused by the schema (src/config/prune.ts)
        const email = address.toLowerCase();
        const position = source.locate(['ignore', String(index)]);
        const member = members.get(email);
        if (member) {
            report('error', position, `${address} is both ignored and listed under members (line ${member.source.entry.line}): an ignored member is never changed, so keep it in one place only`);
        }
        else if (ignore.has(email)) {
            report('warning', position, `${address} is in ignore twice`);
        }
        else
            checkEmailCharacters(address, position, report);
        ignore.add(email);
    }
    return ignore;
}

;// CONCATENATED MODULE: ./src/config/files.ts

/**
 * Which files a config is, and reading them safely (docs/behaviour.md, section 1.2): the same
 * rules whether the files come from the workspace or from a commit's git tree (a pull request's
 * base), so a config means the same files at both.
 *
 * - A file is read as named; a directory is every `*.yml` and `*.yaml` below it; a glob
 *   (`sentry/**\/*.yml`) every match. Hidden files and folders (a name starting with `.`) below
 *   the directory or the glob's folder are skipped, by both, so a directory and a glob read the
 *   same files.
 * - Every file must be a regular file inside the tree's root (the workspace): a symbolic link is
 *   followed only to a regular file inside it; a link that leads out, a link to a folder below
 *   the config, a FIFO, a socket or a device is an error naming it, never read and never quoted.
 * - No file is read past the size cap, whatever size it claims.
 */
/** Larger files are refused (a 50,000-member file with teams is about 4 MiB). */
const MAX_CONFIG_BYTES = 10 * 1024 * 1024;
const YAML = /\.ya?ml$/i;
const MAGIC = /[*?[\]{}]/;
/** A glob rather than a path: it holds `*`, `?`, `[` or `{`. */
function isGlob(given) {
    return MAGIC.test(given);
}
/** The folders of a glob before its first pattern (`sentry/**\/*.yml` -> `sentry`). */
function globBase(pattern) {
    const segments = pattern.split('/');
    const fixed = [];
    for (const segment of segments.slice(0, -1)) {
        if (MAGIC.test(segment))
            break;
        fixed.push(segment);
    }
    return fixed.join('/');
}
function files_hidden(relative) {
    return relative.split('/').some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..');
}
function normalized(given) {
    const clean = external_node_path_default().posix.normalize(given.replaceAll('\\', '/')).replace(/\/+$/, '');
    return clean === '.' ? '' : clean;
}
/**
 * The files of the config `given` (relative to the tree's root) in path order, with a problem
 * for every file that is there and cannot be read as part of it; 'file' for a single file.
 */
async function configFiles(tree, given) {
    const name = normalized(given);
    if (isGlob(name))
        return inFolder(tree, globBase(name), (relative) => external_node_path_default().posix.matchesGlob(relative, name), true);
    const entry = await tree.entry(name);
    if (entry === undefined)
        return { kind: 'missing' };
    switch (entry.kind) {
        case 'folder':
            return inFolder(tree, name, () => true, false);
        case 'file':
            return { kind: 'file', file: { path: name, source: name } };
        case 'other':
            return { kind: 'files', files: [], problems: [{ file: tree.shown(name), message: notRegular(entry.what) }] };
        case 'link': {
            const followed = await tree.follow(name);
            if (followed.kind === 'file')
                return { kind: 'file', file: { path: name, source: followed.path } };
            if (followed.kind === 'folder')
                return inFolder(tree, followed.path, () => true, false, name);
            return { kind: 'files', files: [], problems: [{ file: tree.shown(name), message: followed.why }] };
        }
    }
}
/**
 * The config files below `folder`: those `matches` takes (every one for a directory), hidden
 * ones skipped. `shownAs` is the folder as the user named it, when that was a link to it.
 */
async function inFolder(tree, folder, matches, glob, shownAs) {
    const files = [];
    const problems = [];
    const named = (entryPath) => shownAs === undefined ? entryPath : external_node_path_default().posix.join(shownAs, external_node_path_default().posix.relative(folder, entryPath));
    const folderEntry = folder === '' ? { kind: 'folder', path: '' } : await tree.entry(folder);
    if (folderEntry?.kind !== 'folder')
        return { kind: 'files', files, problems };
    for (const entry of await tree.below(folder)) {
        const relative = folder === '' ? entry.path : external_node_path_default().posix.relative(folder, entry.path);
        if (files_hidden(relative))
            continue;
        const candidate = YAML.test(entry.path) && matches(named(entry.path));
        if (entry.kind === 'file') {
            if (candidate)
                files.push({ path: named(entry.path), source: entry.path });
            continue;
        }
        if (entry.kind === 'other') {
            if (candidate)
                problems.push({ file: tree.shown(named(entry.path)), message: notRegular(entry.what) });
            continue;
        }
        if (entry.kind !== 'link')
            continue;
        // A link below the config: followed to a file inside the root; a link to a folder would
        // leave its files out silently, so it is an error where such files could belong to the config.
        const followed = await tree.follow(entry.path);
        if (followed.kind === 'file' && candidate)
            files.push({ path: named(entry.path), source: followed.path });
        else if ((followed.kind === 'folder' || (followed.kind === 'refused' && followed.folder === true)) &&
            (!glob || matches(`${named(entry.path)}/x.yml`) || matches(`${named(entry.path)}/x/x.yml`)))
            problems.push({
                file: tree.shown(named(entry.path)),
                message: 'is a symbolic link to a folder: links to folders are not followed, so the files in it would be left out of the config; move the files here, or name that folder in the config',
            });
        else if (followed.kind === 'refused' && candidate)
            problems.push({ file: tree.shown(named(entry.path)), message: followed.why });
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { kind: 'files', files, problems };
}
function notRegular(what) {
    return `is ${what}, not a regular file: a config file is a file committed in the repository; it is not read`;
}
/** Why a link is not followed: it leads out of the root (the workspace), or nowhere. */
const LINK_OUT = 'is a symbolic link that leads out of the workspace: a config file must be in the repository; replace the link with the file itself. It is not read';
const LINK_NOWHERE = 'is a symbolic link to nothing (its target does not exist): replace it with the file itself';
function tooLarge(size) {
    return `the file is ${(size / 1024 / 1024).toFixed(1)} MiB, more than the ${MAX_CONFIG_BYTES / 1024 / 1024} MiB a config file may have: is it the right file?`;
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/config/lean-source.ts

/** Plain scalars that YAML 1.2's core schema (as yaml resolves it) reads as null, booleans or numbers. */
const NOT_A_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)?$/;
/** Keys JavaScript objects do not keep in insertion order (array indexes), or that name the prototype. */
const UNORDERED_KEY = /^(?:0|[1-9][0-9]*)$|^__proto__$/;
/**
 * Text yaml reads differently or warns about: a carriage return that does not end a line (yaml
 * and js-yaml count lines differently), and a flow collection closed at its parent's indentation.
 */
const NEEDS_YAML = /\r(?!\n)|^[ \t]*[\]}]/m;
class NotLean extends Error {
}
/**
 * Offsets ride on the collections themselves under a non-enumerable symbol: invisible to
 * Object.keys, for-in, spreading, JSON and the schema validator, and cheaper than a WeakMap
 * over 100,000 objects.
 */
const OFFSETS = Symbol('offsets');
function setOffsets(collection, offsets) {
    Object.defineProperty(collection, OFFSETS, { value: offsets, enumerable: false });
}
function offsetsOf(node) {
    return typeof node === 'object' && node !== null ? node[OFFSETS] : undefined;
}
function readLean(text, options = {}) {
    if (NEEDS_YAML.test(text))
        return undefined;
    try {
        const block = membersBlock(text);
        const { data, offset } = block ? readChunked(text, block, options.chunkEntries ?? 2_000) : readDocument(text, 0);
        return new Located(text, data, offset);
    }
    catch (error) {
        if (error instanceof NotLean)
            return undefined;
        throw error;
    }
}
/** One YAML document: `source` is the file from offset `base`, or all of it. */
function readDocument(source, base) {
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(source, { maxDepth: 64 });
    }
    catch {
        throw new NotLean();
    }
    return new Reader(source, events, base).read();
}
/**
 * Finds a top-level `members:` whose entries are lines at one indentation, so the mapping can be
 * parsed a few thousand entries at a time: the event stream of a whole 50,000-member file is
 * 500,000 objects. In a block mapping, a line at the mapping's own indentation can only start
 * an entry; where that is not so (a quoted or flow value running over lines), a part does not
 * parse on its own and the caller falls back to yaml.
 */
function membersBlock(text) {
    if (text.includes('\r'))
        return undefined;
    const header = /^members[ \t]*:[ \t]*(?:#.*)?$/m.exec(text);
    if (!header)
        return undefined;
    const entries = [];
    let indent = -1;
    let end = text.length;
    for (let at = header.index + header[0].length + 1; at < text.length;) {
        const newline = text.indexOf('\n', at);
        const lineEnd = newline === -1 ? text.length : newline;
        let first = at;
        while (text.charCodeAt(first) === 0x20)
            first++;
        const width = first - at;
        if (first < lineEnd && text[first] !== '#') {
            if (text[first] === '\t')
                return undefined;
            if (indent === -1)
                indent = width;
            if (width < indent) {
                if (width > 0)
                    return undefined;
                end = at;
                break;
            }
            if (width === indent)
                entries.push(at);
        }
        at = lineEnd + 1;
    }
    return indent > 0 && entries.length > 0 ? { entries, indent, end } : undefined;
}
function readChunked(text, block, chunkEntries) {
    const start = (block.entries[0] ?? 0) + block.indent;
    // The file without the entries: they become `{}` and spaces, so every offset stays where it is.
    const blank = text
        .slice(start + 2, block.end)
        .split('\n')
        .map((line) => ' '.repeat(line.length))
        .join('\n');
    const outside = `${text.slice(0, start)}{}${blank}${text.slice(block.end)}`;
    const root = readDocument(outside, 0);
    const top = root.data;
    const topOffsets = offsetsOf(top);
    const index = typeof top === 'object' && top !== null && !Array.isArray(top) ? Object.keys(top).indexOf('members') : -1;
    // `members:` must be the key this block belongs to (not text inside a quoted value).
    if (index === -1 || topOffsets?.[2 * index + 1] !== start)
        throw new NotLean();
    const members = {};
    const offsets = [];
    for (let first = 0; first < block.entries.length; first += chunkEntries) {
        const from = block.entries[first] ?? 0;
        const to = block.entries[first + chunkEntries] ?? block.end;
        const part = readDocument(text.slice(from, to), from).data;
        const partOffsets = offsetsOf(part);
        if (partOffsets === undefined || Array.isArray(part))
            throw new NotLean();
        for (const [position, key] of Object.keys(part).entries()) {
            if (Object.hasOwn(members, key))
                throw new NotLean();
            members[key] = part[key];
            offsets.push(partOffsets[2 * position] ?? 0, partOffsets[2 * position + 1] ?? 0);
        }
    }
    setOffsets(members, offsets);
    top.members = members;
    return root;
}
class Reader {
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
        if (document.type !== js_yaml/* EVENT_ID */.hy.DOCUMENT || document.directives.length > 0)
            throw new NotLean();
        const data = this.#node(this.#take());
        const offset = this.#offset;
        this.#expect(js_yaml/* EVENT_ID */.hy.POP);
        if (this.#next !== this.#events.length)
            throw new NotLean(); // a second document
        return { data, offset };
    }
    #take() {
        const event = this.#events[this.#next];
        if (event === undefined)
            throw new NotLean();
        this.#events[this.#next++] = undefined;
        return event;
    }
    #expect(type) {
        if (this.#take().type !== type)
            throw new NotLean();
    }
    #node(event) {
        switch (event.type) {
            case js_yaml/* EVENT_ID */.hy.SCALAR:
                this.#offset = this.#base + scalarStart(event);
                return this.#string(event);
            case js_yaml/* EVENT_ID */.hy.SEQUENCE: {
                if (event.anchorStart >= 0 || event.tagStart >= 0)
                    throw new NotLean();
                const items = [];
                const offsets = [];
                for (let item = this.#take(); item.type !== js_yaml/* EVENT_ID */.hy.POP; item = this.#take()) {
                    items.push(this.#node(item));
                    offsets.push(this.#offset);
                }
                setOffsets(items, offsets);
                this.#offset = this.#base + event.start;
                return items;
            }
            case js_yaml/* EVENT_ID */.hy.MAPPING: {
                if (event.anchorStart >= 0 || event.tagStart >= 0)
                    throw new NotLean();
                const entries = {};
                const offsets = [];
                for (let key = this.#take(); key.type !== js_yaml/* EVENT_ID */.hy.POP; key = this.#take()) {
                    if (key.type !== js_yaml/* EVENT_ID */.hy.SCALAR)
                        throw new NotLean();
                    const name = this.#string(key);
                    // Duplicates and odd keys: yaml explains them (or, for valid files, they cannot occur).
                    if (UNORDERED_KEY.test(name) || Object.hasOwn(entries, name))
                        throw new NotLean();
                    entries[name] = this.#node(this.#take());
                    offsets.push(this.#base + scalarStart(key), this.#offset);
                }
                setOffsets(entries, offsets);
                this.#offset = this.#base + event.start;
                return entries;
            }
            default:
                // Aliases, and a POP where a node belongs.
                throw new NotLean();
        }
    }
    /** Every scalar the config accepts is a string: anything else is an error yaml reports. */
    #string(event) {
        if (event.anchorStart >= 0 || event.tagStart >= 0)
            throw new NotLean();
        if (event.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || event.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK)
            throw new NotLean();
        const value = (0,js_yaml/* getScalarValue */.KE)(this.#text, event);
        if (event.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN && NOT_A_STRING.test(value))
            throw new NotLean();
        return value;
    }
}
/** Where a scalar starts, as yaml counts it: at the opening quote of a quoted one. */
function scalarStart(event) {
    const quoted = event.style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED || event.style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED;
    return quoted ? event.valueStart - 1 : event.valueStart;
}
class Located {
    data;
    #rootOffset;
    #lineStarts = [0];
    #keyIndex = new WeakMap();
    constructor(text, data, rootOffset) {
        this.data = data;
        this.#rootOffset = rootOffset;
        for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
            this.#lineStarts.push(at + 1);
    }
    locate(path, at = 'value') {
        let node = this.data;
        let best = this.#rootOffset;
        for (const [depth, segment] of path.entries()) {
            const offsets = offsetsOf(node);
            if (offsets === undefined)
                break;
            let next;
            if (Array.isArray(node)) {
                const index = Number(segment);
                if (!(index in node))
                    break;
                next = node[index];
                best = offsets[index] ?? best;
            }
            else {
                const index = this.#indexOf(node, segment);
                if (index === undefined)
                    break;
                next = node[segment];
                const last = depth === path.length - 1;
                best = (last && at === 'key' ? offsets[2 * index] : offsets[2 * index + 1]) ?? best;
            }
            node = next;
        }
        return this.#position(best);
    }
    /** A key's place in its mapping; indexed once per large mapping so locating stays linear. */
    #indexOf(mapping, key) {
        if (!Object.hasOwn(mapping, key))
            return undefined;
        let index = this.#keyIndex.get(mapping);
        if (!index) {
            const keys = Object.keys(mapping);
            if (keys.length <= 16)
                return keys.indexOf(key);
            index = new Map(keys.map((name, position) => [name, position]));
            this.#keyIndex.set(mapping, index);
        }
        return index.get(key);
    }
    #position(offset) {
        let low = 0;
        let high = this.#lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((this.#lineStarts[middle] ?? 0) <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - (this.#lineStarts[low] ?? 0) + 1 };
    }
}

;// CONCATENATED MODULE: ./src/config/lanes.ts



/**
 * Team files stay in their lane (docs/behaviour.md, section 1.2). In a config of several files,
 * the org-level keys (every top-level key but `teams`: organization, unlisted, missing, ignore,
 * members, and any added later) are in one file, the org file; every other file is a team's file
 * and holds only the section of the team its name says (`teams/backend.yml` holds `backend`).
 * CODEOWNERS on a team's file then lets that team's leads change their roster and nothing else:
 * never an org role, an org policy or another team.
 *
 * The org file is the file that holds org-level keys. When several do, it is the first of them
 * in path order that does not hold the section its own name says (a team's file that took
 * org-level keys keeps its name), and the others' org-level keys are errors.
 */
const ORG_KEYS = Object.keys(CONFIG_SCHEMA.properties).filter((key) => key !== 'teams');
/** The team a file may hold: its name without `.yml` / `.yaml`. */
function teamOfFile(file) {
    return external_node_path_default().posix.basename(file.replaceAll('\\', '/')).replace(/\.ya?ml$/i, '');
}
/** The org file of a config's files, if any holds org-level keys. */
function orgFileOf(parts) {
    const holding = parts.filter((part) => part.holds.some((held) => held.key !== 'teams'));
    return holding.find((part) => !part.config?.teams.has(teamOfFile(part.file))) ?? holding[0];
}
function laneProblems(parts) {
    const problems = [];
    const org = orgFileOf(parts);
    const orgNamed = org ? org.file : 'one file (the org file)';
    for (const part of parts) {
        if (part === org)
            continue;
        const team = teamOfFile(part.file);
        const lane = isSlug(team)
            ? `${part.file} is team "${team}"'s file and holds only that team's section (teams: {${team}: ...})`
            : `${part.file} is a team's file, but its name is no team's slug: name it after the team whose section it holds (teams/<slug>.yml)`;
        for (const held of part.holds) {
            if (held.key === 'teams')
                continue;
            problems.push({
                severity: 'error',
                file: part.file,
                line: held.line,
                column: held.column,
                message: `"${held.key}" is an org-level key, and in a config of several files the org-level keys (${ORG_KEYS.join(', ')}) are all in ${orgNamed}: ${lane}. Move "${held.key}" to ${orgNamed}, whose owners decide org roles and policies`,
            });
        }
        for (const section of part.config?.teams.values() ?? []) {
            if (section.slug === team)
                continue;
            problems.push({
                severity: 'error',
                file: part.file,
                line: section.position.line,
                column: section.position.column,
                message: `team "${section.slug}" has its section in ${part.file}, which may hold only the section of the team its name says${isSlug(team) ? ` ("${team}")` : ''}: a team's section is in a file named after the team, so that its owners are that team's leads. Move it to ${external_node_path_default().posix.join(external_node_path_default().posix.dirname(part.file), `${section.slug}.yml`)}${org ? ` or to ${org.file}` : ''}`,
            });
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/config/merge.ts


/** Where something is written, as messages name it: `file:line`. */
function at(file, line) {
    return line === undefined ? file : `${file}:${line}`;
}
/**
 * Several files read as one config (docs/behaviour.md, section 1.2): the team files stay in
 * their lane (src/config/lanes.ts); `ignore` lists are joined; a member (case-insensitive email)
 * or a team section defined in two files is an error naming both places. Then the checks that span
 * the files run (crossCheck). Every problem of every file comes at once, in file order then line
 * order: what is readable of a file with errors is still merged and checked. `given` is the config
 * as the user named it (file, directory or glob); `several`: it is a directory or a glob.
 */
function merge_mergeParts(parts, given, several, found = []) {
    const problems = [...found, ...parts.flatMap((part) => part.problems)];
    const error = (file, line, message) => problems.push({ severity: 'error', file, ...(line === undefined ? {} : { line }), message });
    if (several)
        problems.push(...laneProblems(parts));
    const readable = parts.flatMap((part) => (part.config ? [part.config] : []));
    const members = new Map();
    const teams = new Map();
    const people = new Map();
    const ignore = new Set();
    const ignoredIn = new Map();
    const dropped = new Set(parts.flatMap((part) => [...part.dropped]));
    const lineOf = (config, key) => parts.find((part) => part.config === config)?.holds.find((h) => h.key === key)?.line;
    let organization;
    let approvals;
    const policy = {};
    for (const config of readable) {
        const file = config.file;
        if (config.organization !== undefined) {
            if (organization && organization.value !== config.organization && !several)
                error(file, lineOf(config, 'organization'), `organization is "${config.organization}" here and "${organization.value}" in ${organization.file}: they must agree`);
            organization ??= { value: config.organization, file };
        }
        for (const name of config.declared ?? []) {
            const earlier = policy[name];
            // In a config of several files, a policy set twice is in two files: the lanes say so.
            if (earlier && !several)
                error(file, lineOf(config, name), `${name} is set here and in ${earlier.file}: set it in one file only`);
            else if (earlier)
                continue;
            else if (name === 'unlisted')
                policy.unlisted = { value: config.unlisted, file };
            else
                policy.missing = { value: config.missing, file };
        }
        if (config.approvals) {
            // In a config of several files, approvals set twice is in two files: the lanes say so.
            if (approvals && !several)
                error(file, config.approvals.position.line, `approvals is set here and at ${at(approvals.file, approvals.position.line)}: set it in one file only`);
            else
                approvals ??= config.approvals;
        }
        for (const email of config.ignore) {
            ignore.add(email);
            ignoredIn.set(email, file);
        }
        for (const [email, spec] of config.members) {
            const earlier = members.get(email);
            if (earlier) {
                error(file, spec.source.entry.line, `${email} is defined here and at ${at(earlier.source.file, earlier.source.entry.line)}: a member is defined once, in one file`);
                continue;
            }
            members.set(email, spec);
        }
        for (const [slug, section] of config.teams) {
            const earlier = teams.get(slug);
            if (earlier) {
                error(file, section.position.line, `team "${slug}" has a section here and at ${at(earlier.file, earlier.position.line)}: a team's section is in one file`);
                continue;
            }
            teams.set(slug, section);
        }
        for (const [login, person] of config.people ?? []) {
            const earlier = people.get(login);
            if (earlier) {
                error(file, person.position.line, `the GitHub login ${person.login} is under people here and at ${at(earlier.file, earlier.position.line)}: map a login once, in one file`);
                continue;
            }
            people.set(login, person);
        }
    }
    for (const email of ignore) {
        const member = members.get(email);
        if (member && member.source.file !== ignoredIn.get(email))
            error(ignoredIn.get(email) ?? given, lineOf(readable.find((config) => config.file === ignoredIn.get(email)) ?? readable[0] ?? {}, 'ignore'), `${email} is ignored here and listed under members at ${at(member.source.file, member.source.entry.line)}: keep it in one place only`);
    }
    const merged = {
        file: given,
        files: parts.map((part) => part.file),
        organization: organization?.value,
        unlisted: policy.unlisted?.value ?? 'report',
        missing: policy.missing?.value ?? 'report',
        ignore,
        members,
        teams,
        ...(people.size > 0 ? { people } : {}),
        ...(approvals ? { approvals } : {}),
        ...(several ? { orgFile: orgFileOf(parts)?.file ?? '' } : {}),
    };
    // The checks that span entries need every file read: a file not read at all (a syntax error)
    // could hold the entry a section names.
    const complete = readable.length === parts.length && found.length === 0;
    problems.push(...crossCheck(merged, complete ? dropped : undefined));
    const errors = problems.some((problem) => problem.severity === 'error');
    if (!errors && several && readable.every((config) => config.members.size === 0))
        error(given, undefined, `none of the files of ${given} lists "members" (who is in the organization)`);
    const sorted = sortProblems(problems, parts);
    if (sorted.some((problem) => problem.severity === 'error'))
        return { ok: false, problems: sorted };
    return { ok: true, config: merged, warnings: sorted, parts };
}
/**
 * Problems in file order (the config's files, then any other), each file's by line and column,
 * every message with tokens redacted: a message quotes values of the file, and the file may be
 * anything that was committed.
 */
function sortProblems(problems, parts) {
    const order = new Map(parts.map((part, index) => [part.file, index]));
    const rank = (file) => order.get(file) ?? -1;
    return problems
        .map((problem) => ({ ...problem, message: (0,secrets/* redactSecrets */.fp)(problem.message) }))
        .sort((a, b) => rank(a.file) - rank(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
/**
 * The rules that span a config's entries and team sections: every email in a team section is a
 * listed member (its org role comes from there), and not a billing one; a pair declared both in
 * a member entry and in a team section must agree (the same role twice is a warning). `dropped`:
 * entries that could not be read, not reported as missing; undefined when a whole file could not
 * be read (no email is then reported as missing).
 */
function crossCheck(config, dropped) {
    const problems = [];
    for (const section of config.teams.values()) {
        let index = 0;
        for (const [email, role] of section.people) {
            const slot = 2 * index++;
            const where = {
                file: section.file,
                line: section.places[slot] ?? section.position.line,
                column: section.places[slot + 1] ?? section.position.column,
            };
            const member = config.members.get(email);
            if (!member) {
                // An entry refused by the schema, or a file not read: its own error says enough.
                if (dropped === undefined || dropped.has(email))
                    continue;
                problems.push({
                    severity: 'error',
                    ...where,
                    message: `${email} is on team "${section.slug}" but not listed under members (where its org role comes from): add it to members`,
                });
                continue;
            }
            if (member.role === 'billing') {
                problems.push({
                    severity: 'error',
                    ...where,
                    message: `${email} has the org role "billing" (${at(member.source.file, member.source.entry.line)}), which cannot be on teams (Sentry refuses it): take it off team "${section.slug}"`,
                });
                continue;
            }
            const declared = member.teams?.has(section.slug) ? (member.teams.get(section.slug) ?? null) : undefined;
            if (declared === undefined)
                continue;
            const words = (value) => (value === null ? 'no explicit role' : value);
            const entry = at(member.source.file, member.source.entry.line);
            if (declared !== role)
                problems.push({
                    severity: 'error',
                    ...where,
                    message: `${email} is on team "${section.slug}" with ${words(role)} here and ${words(declared)} in its entry at ${entry}: declare the team in one place`,
                });
            else
                problems.push({
                    severity: 'warning',
                    ...where,
                    message: `${email} is on team "${section.slug}" here and in its entry at ${entry}, with the same role: one place is enough`,
                });
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/config/reader.ts
function createReader(file, source, report) {
    const interned = new Map();
    return {
        file,
        source,
        report,
        intern: (text) => {
            const known = interned.get(text);
            if (known !== undefined)
                return known;
            interned.set(text, text);
            return text;
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/config/workspace-tree.ts





/** Not blocking on a FIFO, not following a link at the last step: the file is checked once open. */
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
function what(info) {
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    return 'not a file';
}
/**
 * The workspace (or, on the command line, the folder the config is in) as a tree of files:
 * nothing is read from outside `root`, whatever links point at. `cwd` is where messages name
 * paths from.
 */
function workspaceTree(root, cwd = root) {
    const absolute = (relative) => external_node_path_default().resolve(root, relative);
    let realRoot;
    const rootReal = () => {
        realRoot ??= (0,promises_.realpath)(root).catch(() => external_node_path_default().resolve(root));
        return realRoot;
    };
    /** The real path of `relative`, relative to the real root; undefined when it leaves it. */
    const inside = async (real) => pathInside(await rootReal(), real);
    return {
        async entry(relative) {
            const info = await (0,promises_.lstat)(absolute(relative)).catch(() => undefined);
            if (!info)
                return undefined;
            if (info.isSymbolicLink())
                return { kind: 'link', path: relative };
            if (info.isDirectory())
                return { kind: 'folder', path: relative };
            if (info.isFile())
                return { kind: 'file', path: relative, size: info.size };
            return { kind: 'other', path: relative, what: what(info) };
        },
        async below(folder) {
            const entries = [];
            const walk = async (relative) => {
                const items = await (0,promises_.readdir)(absolute(relative), { withFileTypes: true }).catch(() => []);
                for (const item of items) {
                    if (item.name.startsWith('.'))
                        continue;
                    const child = relative === '' ? item.name : `${relative}/${item.name}`;
                    if (item.isSymbolicLink())
                        entries.push({ kind: 'link', path: child });
                    else if (item.isDirectory()) {
                        entries.push({ kind: 'folder', path: child });
                        await walk(child);
                    }
                    else if (item.isFile())
                        entries.push({ kind: 'file', path: child });
                    else
                        entries.push({ kind: 'other', path: child, what: what(item) });
                }
            };
            await walk(folder);
            return entries;
        },
        async follow(relative) {
            let real;
            try {
                real = await (0,promises_.realpath)(absolute(relative));
            }
            catch {
                return { kind: 'refused', why: LINK_NOWHERE };
            }
            const target = await inside(real);
            const info = await (0,promises_.stat)(real).catch(() => undefined);
            if (target === undefined)
                return { kind: 'refused', why: LINK_OUT, ...(info?.isDirectory() ? { folder: true } : {}) };
            if (info?.isFile())
                return { kind: 'file', path: target === '.' ? '' : target };
            if (info?.isDirectory())
                return { kind: 'folder', path: target === '.' ? '' : target };
            return {
                kind: 'refused',
                why: `is a symbolic link to ${info ? what(info) : 'nothing'}, not to a regular file: a config file is a file committed in the repository; it is not read`,
            };
        },
        async read(relative, cap) {
            let real;
            try {
                real = await (0,promises_.realpath)(absolute(relative));
            }
            catch {
                return { refused: 'cannot be read: it does not exist' };
            }
            // A folder on the way may be a link: what is read must be inside the root all the same.
            if ((await inside(real)) === undefined)
                return { refused: LINK_OUT };
            const handle = await (0,promises_.open)(real, OPEN_FLAGS).catch((error) => error);
            if (handle instanceof Error)
                return { refused: `cannot be read (${handle.code ?? handle.message})` };
            try {
                const info = await handle.stat();
                if (!info.isFile())
                    return {
                        refused: `is ${what(info)}, not a regular file: a config file is a file committed in the repository; it is not read`,
                    };
                if (info.size > cap)
                    return { refused: tooLarge(info.size) };
                // Read to the cap whatever size the file claims (a /proc file says 0 and never ends).
                const buffer = Buffer.allocUnsafe(Math.min(cap + 1, Math.max(info.size + 1, 64 * 1024)));
                let chunks = [];
                let total = 0;
                let current = buffer;
                for (;;) {
                    const { bytesRead } = await handle.read(current, 0, Math.min(current.length, cap + 1 - total), null);
                    if (bytesRead === 0)
                        break;
                    chunks.push(Buffer.from(current.subarray(0, bytesRead)));
                    total += bytesRead;
                    if (total > cap)
                        return { refused: tooLarge(total) };
                    current = buffer;
                }
                const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
                chunks = [];
                return { bytes };
            }
            finally {
                await handle.close();
            }
        },
        shown(relative) {
            const full = absolute(relative);
            return pathInside(cwd, full) ?? full;
        },
    };
}

;// CONCATENATED MODULE: ./src/config/load.ts














/** What the action says about a missing file: each front door says where a config file is named. */
const ACTION_FILE_HINT = 'commit it, or point the "config" input at it (the path is relative to the workspace)';
/**
 * The folder a config named outside the current directory may not leave (the command line):
 * its directory, its glob's folder, or the folder of its file.
 */
function ownFolder(given, cwd) {
    const absolute = external_node_path_default().resolve(cwd, given);
    if (pathInside(cwd, absolute) !== undefined)
        return cwd;
    return isGlob(given) ? external_node_path_default().resolve(cwd, globBase(given.replaceAll('\\', '/'))) : external_node_path_default().dirname(absolute);
}
/**
 * A config as the user names it: a file, a directory (every *.yml and *.yaml below it, in path
 * order, hidden ones skipped) or a glob (`sentry/**\/*.yml`), read as one config (docs/behaviour.md,
 * section 1.2). Paths are relative to `cwd` (the workspace in the action), and messages name
 * each file relative to it.
 */
async function loadConfig(given, cwd, options = {}) {
    const { fileHint = ACTION_FILE_HINT, root } = options;
    const absolute = external_node_path_default().resolve(cwd, given);
    const top = root ?? cwd;
    const relative = pathInside(top, absolute);
    if (relative === undefined)
        return {
            ok: false,
            problems: [
                {
                    severity: 'error',
                    file: given,
                    message: `${given} is outside the workspace (${top}): the config must be in the repository that is checked out; ${fileHint}`,
                },
            ],
        };
    const tree = workspaceTree(top, cwd);
    return loadFrom(tree, relative === '.' ? '' : relative, { given, fileHint, where: absolute });
}
/**
 * The config `name` of a tree of files (the workspace, or a commit), as `given` names it. With
 * `known`, a file whose git blob sha is the one known is not read or parsed again.
 */
async function loadFrom(tree, name, options) {
    const { given, fileHint = ACTION_FILE_HINT, known, where = given } = options;
    const set = await configFiles(tree, name);
    const failed = (message) => ({ ok: false, problems: [{ severity: 'error', file: given, message }] });
    if (set.kind === 'missing')
        return failed(`config file not found at ${where}: ${fileHint}`);
    const read = async (file, whole) => {
        const shown = tree.shown(file.path);
        const sha = await tree.sha?.(file.source);
        const before = known?.get(shown);
        if (sha !== undefined && before?.sha === sha && before.part.whole === whole)
            return before.part;
        let content;
        try {
            content = await tree.read(file.source, MAX_CONFIG_BYTES);
        }
        catch (error) {
            return refusedPart(shown, `cannot be read: ${(0,errors/* messageOf */.b)(error)}`, whole);
        }
        if ('refused' in content)
            return refusedPart(shown, content.refused, whole);
        const part = await parseConfigPart(content.bytes, shown, whole);
        return { ...part, sha: content.sha ?? (0,git_blob/* gitBlobSha */.A)(content.bytes) };
    };
    if (set.kind === 'file')
        return merge_mergeParts([await read(set.file, true)], given, false);
    const problems = set.problems.map(({ file, message }) => ({
        severity: 'error',
        file,
        message: `the file ${message}`,
    }));
    if (set.files.length === 0 && problems.length === 0)
        return failed(`no *.yml or *.yaml file ${isGlob(name) ? 'matches' : 'is in'} ${given}: ${fileHint}`);
    return merge_mergeParts(await inTurn(set.files, (file) => read(file, false)), given, true, problems);
}
/** Files read a few at a time, in order: a thousand team files never hold a thousand open at once. */
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
/** A file that is not read: one problem naming it, never its content. */
function refusedPart(file, why, whole) {
    return { file, whole, problems: [{ severity: 'error', file, message: `the file ${why}` }], dropped: new Set(), holds: [] };
}
/**
 * Validates config text (or raw bytes, which must be UTF-8) and builds the normalized model.
 * Asynchronous because yaml's document model, which explains problems, is loaded only when a
 * file needs it (it is a tenth of the action's start-up).
 */
async function parseConfig(input, file) {
    return mergeParts([await parseConfigPart(input, file, true)], file, false);
}
/**
 * One file of a config, checked alone (the checks that span files run on the whole config):
 * every problem of the file at once, the schema's and the model's, and the model of what is
 * readable. `whole`: the file is the whole config, so it must list members.
 */
async function parseConfigPart(input, file, whole = false) {
    const problems = [];
    const at = (severity, position, message) => problems.push({ severity, file, ...(position ?? {}), message: (0,secrets/* redactSecrets */.fp)(message) });
    const failed = () => ({ file, whole, problems, dropped: new Set(), holds: [] });
    const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
    if (size > MAX_CONFIG_BYTES) {
        at('error', undefined, tooLarge(size));
        return failed();
    }
    const text = typeof input === 'string' ? input : decodeUtf8(input);
    if (typeof text !== 'string') {
        at('error', text.position, text.message);
        return failed();
    }
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    // The lean reader takes valid files of the common shape; yaml explains everything else.
    const lean = readLean(body);
    if (lean !== undefined) {
        const quick = fromData(lean.data, file, lean, whole, false);
        if (quick && quick.problems.length === 0)
            return quick;
    }
    const { MAX_ALIAS_COUNT, YamlSource } = await __webpack_require__.e(/* import() */ 865).then(__webpack_require__.bind(__webpack_require__, 2865));
    const source = new YamlSource(body);
    for (const problem of source.problems())
        at(problem.severity, problem.position, problem.message);
    if (problems.some((p) => p.severity === 'error'))
        return failed();
    let data;
    try {
        data = source.toData();
    }
    catch (error) {
        const message = (0,errors/* messageOf */.b)(error);
        const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(message);
        at('error', source.aliasPosition(unresolved?.[1]), unresolved
            ? `the alias *${unresolved[1]} refers to no anchor: define &${unresolved[1]} before using it`
            : /excessive alias count/i.test(message)
                ? `too many YAML alias expansions (the limit is ${MAX_ALIAS_COUNT}): the file looks like an alias bomb; write the entries out instead of nesting aliases`
                : `cannot read the YAML: ${message}`);
        return failed();
    }
    const result = fromData(data, file, source, whole, true);
    return { ...result, problems: [...problems, ...result.problems] };
}
/**
 * Schema and semantic checks of parsed data, and the model of what is readable. With `explain`,
 * a file with schema errors is checked further on what is left once they are taken out
 * (src/config/prune.ts); without it (the lean reader's quick path), undefined is returned at the
 * first problem, for yaml to explain.
 */
function fromData(data, file, source, whole, explain) {
    const problems = [];
    const at = (severity, position, message) => problems.push({ severity, file, ...(position ?? {}), message: (0,secrets/* redactSecrets */.fp)(message) });
    const dropped = new Set();
    const failed = () => ({ file, whole, problems, dropped, holds: [] });
    if (data === null || data === undefined) {
        if (!explain)
            return undefined;
        at('error', { line: 1, column: 1 }, whole
            ? 'the file is empty: it needs at least a "members" mapping (see members.example.yml)'
            : "the file is empty: a file of the config holds members or a team's section (teams: {<slug>: {admins: [...], members: [...]}}); delete it or fill it");
        return failed();
    }
    const errors = schemaErrors(data);
    let raw = data;
    if (errors.length > 0) {
        if (!explain)
            return undefined;
        for (const issue of describeSchemaErrors(errors, data))
            at('error', source.locate(issue.path, issue.at), issue.message);
        const rest = pruneInvalid(data, errors, dropped);
        if (rest === undefined)
            return failed();
        raw = rest;
    }
    const config = raw;
    const holds = Object.keys(config).map((key) => ({ key, ...source.locate([key], 'key') }));
    if (whole && errors.length === 0 && config.members === undefined && config.teams === undefined) {
        at('error', source.locate([], 'value'), 'the file is missing the required key "members" (who is in the organization)');
        return failed();
    }
    try {
        const model = buildModel(config, createReader(file, source, at));
        if (!explain && problems.length > 0)
            return undefined;
        return { file, whole, config: model, problems, dropped, holds };
    }
    catch (error) {
        // What is left of a file with schema errors may still hold a shape the model does not
        // expect: its schema errors are reported, and nothing more is built from it.
        if (errors.length > 0)
            return failed();
        throw error;
    }
}
function decodeUtf8(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        // Lossy decoding re-encodes to the same bytes up to the first invalid sequence: that is where it is.
        const lossy = new TextEncoder().encode(new TextDecoder('utf-8').decode(bytes));
        let offset = 0;
        while (offset < bytes.length && bytes[offset] === lossy[offset])
            offset++;
        const before = bytes.subarray(0, offset);
        const lineStart = before.lastIndexOf(0x0a) + 1;
        const line = before.filter((byte) => byte === 0x0a).length + 1;
        const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
        return {
            message: 'the file is not valid UTF-8: save it as UTF-8 (names with accents are fine in UTF-8)',
            position: { line, column },
        };
    }
}

;// CONCATENATED MODULE: ./src/config/model.ts
/** `file:line:column: message`, the form editors and terminals link. */
function formatProblem(problem) {
    const where = problem.line === undefined
        ? problem.file
        : `${problem.file}:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
    return `${where}: ${problem.message}`;
}

;// CONCATENATED MODULE: ./src/domain/github-teams.ts

const NO_ROSTERS = { teams: new Map(), saml: new Map() };
/**
 * A SAML `nameId` as an email, lower-cased, or undefined when it is not one: identity providers
 * may use an employee number or a login there, and the text comes from a server (an address with
 * invisible characters is never taken).
 */
function samlEmail(nameId) {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(nameId) || (0,domain_text/* firstInvisible */.k7)(nameId) !== undefined)
        return undefined;
    return nameId.toLowerCase();
}

// EXTERNAL MODULE: ./src/github/read-errors.ts
var read_errors = __webpack_require__(8735);
;// CONCATENATED MODULE: ./src/observe/github-teams.ts


/**
 * Reads every GitHub team `config` (and `base`, the pull request's base commit) follows, once
 * each, all at once (the client keeps within GitHub's limits), then the SAML identities of each
 * GitHub organization where some member has no entry under `people` (and only there: people
 * alone need no more). Without a section that follows a GitHub team it sends nothing. A team
 * only the base follows that cannot be read is not a problem of the file: it is in `unreadable`,
 * and the base is not planned.
 */
async function readGitHubTeams(github, config, base) {
    const refs = new Map();
    for (const { github: ref } of [...config.teams.values(), ...(base?.teams.values() ?? [])])
        if (ref && !refs.has(ref.key))
            refs.set(ref.key, ref);
    if (refs.size === 0)
        return { kind: 'read', rosters: NO_ROSTERS, unreadable: new Set() };
    const failures = new Map();
    const teams = new Map();
    const saml = new Map();
    if (github)
        await readInto(github, refs, config, base, { failures, teams, saml });
    else
        for (const key of refs.keys())
            failures.set(key, 'no GitHub token to read it with: give one with organization members read access (input github-teams-token in the action, GITHUB_TOKEN on the command line)');
    const problems = problemsAt(config, (ref) => failures.get(ref.key));
    if (problems.length > 0)
        return { kind: 'failed', problems };
    return { kind: 'read', rosters: { teams, saml }, unreadable: new Set(failures.keys()) };
}
/** The teams, then the SAML identities where `people` leaves someone without an email; what fails, by team. */
async function readInto(github, refs, config, base, into) {
    const { failures, teams, saml } = into;
    await Promise.all([...refs].map(async ([key, ref]) => {
        try {
            const members = await github.teamMembers(ref.org, ref.team);
            teams.set(key, members.map(({ login, role }) => ({ login, maintainer: role === 'maintainer' })));
        }
        catch (error) {
            failures.set(key, describeReadFailure(error));
        }
    }));
    // Teams with a member that `people` does not map (in either file), by GitHub organization.
    const mapped = (login) => config.people?.has(login.toLowerCase()) || base?.people?.has(login.toLowerCase());
    const needing = new Map();
    for (const [key, members] of teams) {
        if (members.every((member) => mapped(member.login)))
            continue;
        const org = refs.get(key).org;
        const entry = needing.get(org.toLowerCase()) ?? { org, keys: [] };
        entry.keys.push(key);
        needing.set(org.toLowerCase(), entry);
    }
    await Promise.all([...needing].map(async ([lower, { org, keys }]) => {
        try {
            saml.set(lower, samlEmails(await github.samlIdentities(org)));
        }
        catch (error) {
            // Without them, people who have an identity would be left out, and taken off their teams.
            for (const key of keys)
                failures.set(key, `the SAML identities of ${org} cannot be read: ${describeReadFailure(error)}`);
        }
    }));
}
function samlEmails(identities) {
    if (identities.kind !== 'identities')
        return { kind: 'none', detail: identities.detail, permitted: identities.kind === 'no-saml' };
    const emails = new Map();
    for (const { login, nameId } of identities.identities) {
        const email = samlEmail(nameId);
        if (email !== undefined)
            emails.set(login.toLowerCase(), email);
    }
    return { kind: 'read', emails };
}
/** A problem at each `github-team` line of `config` for which `why` says something. */
function problemsAt(config, why) {
    const problems = [];
    for (const section of config.teams.values()) {
        const ref = section.github;
        const reason = ref && why(ref);
        if (!ref || reason === undefined)
            continue;
        problems.push({
            severity: 'error',
            file: section.file,
            ...ref.position,
            message: `team "${section.slug}" follows the GitHub team ${ref.org}/${ref.team}, which cannot be read, so nothing was planned or written: ${reason}`,
        });
    }
    return problems;
}
/** A GitHub read's failure in words (GitHubReadError says the request, GitHub's words and what to do). */
function describeReadFailure(error) {
    if (error instanceof read_errors/* GitHubReadError */.K)
        return error.message;
    throw error;
}
/**
 * For `export --github-teams <org>`: the GitHub team of each of `slugs` in `org`, where there is
 * one (a team GitHub does not show is left out), and the emails of the organization's SAML
 * identities. Any other failure throws: an export is not written from half a read.
 */
async function readSameSlugTeams(github, org, slugs) {
    const teams = new Map();
    const [saml] = await Promise.all([
        github.samlIdentities(org).then(samlEmails),
        ...slugs.map(async (slug) => {
            try {
                const members = await github.teamMembers(org, slug);
                teams.set(slug, members.map(({ login, role }) => ({ login, maintainer: role === 'maintainer' })));
            }
            catch (error) {
                if (!(error instanceof read_errors/* GitHubReadError */.K && error.failure === 'not-found'))
                    throw error;
            }
        }),
    ]);
    return { teams, emails: saml.kind === 'read' ? saml.emails : new Map(), saml };
}

;// CONCATENATED MODULE: ./src/domain/email.ts

/**
 * Whether a text is an email address as the config file's schema defines one (docs/behaviour.md,
 * section 1): one `@` after a non-empty local part, a domain with a dot, and no whitespace,
 * control or invisible character. An account whose email is not one can never be named by an
 * entry of the file.
 */
function isAddress(text) {
    return /^[^@\s]+@[^@\s]+\.[^@\s]+$/u.test(text) && (0,domain_text/* firstInvisible */.k7)(text) === undefined;
}

// EXTERNAL MODULE: ./src/domain/json.ts
var json = __webpack_require__(7504);
;// CONCATENATED MODULE: ./src/sentry/decode.ts







function flag(record, key) {
    return record?.[key] === true;
}
/**
 * A team slug, held to Sentry's own rule: a slug from the server names files (`export`) and
 * paths, so `../../.github/workflows/ci` must never pass for one.
 */
function slug(value, where) {
    if (typeof value !== 'string' || !isSlug(value))
        throw new json/* DecodeError */.Xc(`${where}: expected a team slug (${SLUG_RULE}), got ${(0,json/* kind */.fM)(value)}`);
    return value;
}
/** `orgRole` since Sentry 23; older servers send only the deprecated `role`. A text: the whole answer is not Sentry's otherwise. */
function roleText(record, where) {
    const value = record.orgRole ?? record.role;
    if (typeof value !== 'string')
        throw new json/* DecodeError */.Xc(`${where}.orgRole: expected an org role, got ${(0,json/* kind */.fM)(value)}`);
    return value;
}
function orgRole(record, where) {
    const value = roleText(record, where);
    if (!isOrgRole(value))
        throw new json/* DecodeError */.Xc(`${where}.orgRole: expected one of billing, member, admin, manager, owner, got ${(0,json/* kind */.fM)(value)}`);
    return value;
}
/** A member's `email`: a text, or null (older Sentry, for an account without one). Anything else: not Sentry's answer. */
function emailOf(record, where) {
    const value = record.email;
    if (value !== null && typeof value !== 'string')
        throw new json/* DecodeError */.Xc(`${where}.email: expected a string or null, got ${(0,json/* kind */.fM)(value)}`);
    return value;
}
/** Text from Sentry kept to show: no token in it, and not all of a long one. */
function shownText(text) {
    const clean = (0,secrets/* redactSecrets */.fp)(text);
    return clean.length > 100 ? `${clean.slice(0, 100)}...` : clean;
}
function isUnfit(row) {
    return 'problem' in row;
}
/** Why a member's record cannot be matched to an entry of the file, if it cannot. */
function unfitProblem(email, role) {
    if (!isOrgRole(role))
        return { kind: 'unknown-role', role: shownText(role) };
    if (email === null || email === '')
        return { kind: 'no-email', email };
    if (!isAddress(email))
        return { kind: 'not-an-address', email: shownText(email) };
    return undefined;
}
/**
 * An item of the members list. A record whose shape is not a member's (no id, an email or role
 * of the wrong type) is not Sentry's answer: the read fails. A member's record whose values do
 * not fit (no email, an email that is not an address, an unknown org role) is one odd record:
 * it is returned as such, with its id, and the rest of the list is read as usual.
 */
function decodeMemberRow(value, where) {
    const record = (0,json/* object */.Ik)(value, where);
    const id = (0,json/* string */.Yj)(record, 'id', where);
    const email = emailOf(record, where);
    const role = roleText(record, where);
    const problem = unfitProblem(email, role);
    if (problem === undefined)
        return memberFields(record, where, email ?? '');
    return { id, problem, ...(isOrgRole(role) ? { orgRole: role } : {}), pending: record.pending === true };
}
/** An item of the members list that must fit (the answer to an invitation, which names the email it was sent). */
function decodeListedMember(value, where) {
    const row = decodeMemberRow(value, where);
    if (isUnfit(row))
        throw new json/* DecodeError */.Xc(`${where}: ${describeUnfit(row.problem)}`);
    return row;
}
/** A problem of a record in plain words, for a message about a response (the plan words them in render/). */
function describeUnfit(problem) {
    switch (problem.kind) {
        case 'no-email':
            return `no email (${problem.email === null ? 'null' : '""'})`;
        case 'not-an-address':
            return `the email ${JSON.stringify(problem.email)} is not an address`;
        case 'unknown-role':
            return `the org role ${JSON.stringify(problem.role)} is not one of billing, member, admin, manager, owner`;
    }
}
/**
 * `user.lastActive` (epoch ms): null when Sentry never recorded it, undefined for an invitation
 * (no user) or a time that cannot be read (it only ever informs a list, never a write).
 */
function lastActiveOf(record) {
    const user = record.user;
    if (user === null || typeof user !== 'object' || Array.isArray(user))
        return undefined;
    const value = user.lastActive;
    if (value === null)
        return null;
    if (typeof value !== 'string')
        return undefined;
    const time = Date.parse(value);
    return Number.isFinite(time) ? time : undefined;
}
/** The fields of a member as the plan uses them; `email` as Sentry spells it. */
function memberFields(record, where, email) {
    const flags = record.flags && typeof record.flags === 'object' ? record.flags : undefined;
    const lastActive = lastActiveOf(record);
    return {
        id: (0,json/* string */.Yj)(record, 'id', where),
        email,
        // A display name is anyone's to set: it may not carry a token into a log.
        name: typeof record.name === 'string' ? (0,secrets/* redactSecrets */.fp)(record.name) : email,
        orgRole: orgRole(record, where),
        pending: record.pending === true,
        expired: record.expired === true,
        flags: memberFlags(flag(flags, 'idp:provisioned'), flag(flags, 'idp:role-restricted'), flag(flags, 'partnership:restricted')),
        ...(lastActive === undefined ? {} : { lastActive }),
    };
}
/** The usual case, shared: one object instead of one per member of a 50,000-member organization. */
const NO_FLAGS = Object.freeze({
    idpProvisioned: false,
    idpRoleRestricted: false,
    partnershipRestricted: false,
});
function memberFlags(idpProvisioned, idpRoleRestricted, partnershipRestricted) {
    if (!idpProvisioned && !idpRoleRestricted && !partnershipRestricted)
        return NO_FLAGS;
    return { idpProvisioned, idpRoleRestricted, partnershipRestricted };
}
/**
 * A member read on its own (`members/{id}/`, `members/me/`): its email as it is, `""` when it has
 * none (the caller checks whether it is an address before writing from it: apply.ts).
 */
function decodeMemberDetail(value, where) {
    const record = (0,json/* object */.Ik)(value, where);
    const base = memberFields(record, where, emailOf(record, where) ?? '');
    const teams = new Map();
    if (record.teamRoles !== undefined) {
        for (const [index, item] of (0,json/* list */.p_)(record.teamRoles, `${where}.teamRoles`).entries()) {
            const entry = (0,json/* object */.Ik)(item, `${where}.teamRoles[${index}]`);
            const team = slug(entry.teamSlug, `${where}.teamRoles[${index}].teamSlug`);
            const role = entry.role ?? null;
            if (role !== null && !isTeamRole(role))
                throw new json/* DecodeError */.Xc(`${where}.teamRoles[${index}].role: expected contributor, admin or null, got ${(0,json/* kind */.fM)(role)}`);
            teams.set(team, role);
        }
    }
    else if (record.teams !== undefined) {
        // Servers without team roles list slugs only.
        for (const [index, item] of (0,json/* list */.p_)(record.teams, `${where}.teams`).entries())
            teams.set(slug(item, `${where}.teams[${index}]`), null);
    }
    const roles = record.orgRoleList === undefined ? [] : (0,json/* list */.p_)(record.orgRoleList, `${where}.orgRoleList`);
    return {
        ...base,
        teams: TeamRoles.from(teams),
        orgRoleList: roles.map((item, index) => {
            const role = (0,json/* object */.Ik)(item, `${where}.orgRoleList[${index}]`);
            return {
                id: (0,json/* string */.Yj)(role, 'id', `${where}.orgRoleList[${index}]`),
                isAllowed: role.isAllowed === true,
                isRetired: role.isRetired === true,
            };
        }),
    };
}
function decodeTeam(value, where) {
    const record = (0,json/* object */.Ik)(value, where);
    const team = slug(record.slug, `${where}.slug`);
    const flags = record.flags && typeof record.flags === 'object' ? record.flags : undefined;
    const count = record.memberCount;
    return {
        slug: team,
        name: typeof record.name === 'string' ? record.name : team,
        memberCount: typeof count === 'number' && Number.isFinite(count) && count >= 0 ? count : 0,
        idpProvisioned: flag(flags, 'idp:provisioned'),
    };
}
function decodeRosterEntry(value, where) {
    const record = (0,json/* object */.Ik)(value, where);
    const role = record.teamRole ?? null;
    if (role !== null && !isTeamRole(role))
        throw new json/* DecodeError */.Xc(`${where}.teamRole: expected contributor, admin or null, got ${(0,json/* kind */.fM)(role)}`);
    return { id: (0,json/* string */.Yj)(record, 'id', where), teamRole: role };
}
/**
 * An item of GET .../invited-members/ (Sentry's newer invitation model): an approved invitation,
 * or undefined for an invite or join request (not an invitation, as the member list leaves
 * them out too) and for one whose email or role does not fit (no entry of the file can name it).
 */
function decodeModelInvitation(value, where) {
    const record = (0,json/* object */.Ik)(value, where);
    const id = record.id;
    if (typeof id !== 'string' && typeof id !== 'number')
        throw new json/* DecodeError */.Xc(`${where}.id: expected an id, got ${(0,json/* kind */.fM)(id)}`);
    const email = emailOf(record, where);
    const role = roleText(record, where);
    if ((record.inviteStatus ?? 'approved') !== 'approved' || unfitProblem(email, role) !== undefined)
        return undefined;
    const teams = new Map();
    for (const [index, item] of (0,json/* list */.p_)(record.teams ?? [], `${where}.teams`).entries()) {
        const team = (0,json/* object */.Ik)(item, `${where}.teams[${index}]`);
        const teamRole = team.role ?? null;
        if (teamRole !== null && !isTeamRole(teamRole))
            throw new json/* DecodeError */.Xc(`${where}.teams[${index}].role: expected contributor, admin or null, got ${(0,json/* kind */.fM)(teamRole)}`);
        teams.set((0,json/* string */.Yj)(team, 'slug', `${where}.teams[${index}]`), teamRole);
    }
    return {
        id: String(id),
        email: email ?? '',
        orgRole: orgRole(record, where),
        expired: record.expired === true,
        teams: TeamRoles.from(teams),
    };
}

;// CONCATENATED MODULE: ./src/observe/observe.ts



/**
 * The members of the file: their teams are needed for every write (a PUT carries the whole team
 * list). With team sections, everyone's teams are needed (a member the file does not list may be
 * on a team that has a section), so the rosters are read.
 */
function scopeOf(config) {
    if (config.teams.size > 0)
        return { ...EVERYONE, needsInvitations: (members) => listsSomeoneMissing(config, members) };
    return {
        expectedMembers: config.members.size,
        needsTeams(member) {
            const spec = config.members.get(member.email.toLowerCase());
            // A member whose teams are not managed, whose role stays and who has no grant or end needs no write, so no teams.
            return (spec !== undefined &&
                (spec.teams !== undefined || spec.role !== member.orgRole || spec.grants.length > 0 || spec.until !== undefined));
        },
        needsInvitations: (members) => listsSomeoneMissing(config, members),
    };
}
/**
 * Whether the file lists an email that no member of the list has (one request more: observe). A
 * file that follows GitHub teams may: who is on them is read at the same time as Sentry.
 */
function listsSomeoneMissing(config, members) {
    for (const section of config.teams.values())
        if (section.github)
            return true;
    if (config.members.size > members.length)
        return true;
    const emails = new Set(members.map((member) => member.email.toLowerCase()));
    for (const email of config.members.keys())
        if (!emails.has(email))
            return true;
    return false;
}
/** Every member and invite, with teams (export). */
const EVERYONE = { expectedMembers: Number.POSITIVE_INFINITY, needsTeams: () => true };
const PAGE = 100;
/**
 * Reads the whole current state in the fewest requests: members list, teams list, `members/me/`,
 * then team memberships from rosters or per-member GETs (whichever costs fewer requests, known
 * in advance from `memberCount`). Rosters include pending invitations, so they need no read of
 * their own. Independent reads run concurrently. Any failure rejects: nothing may be written
 * after it. Sentry pages with offsets, so a change during the read can shift a page: rows seen
 * twice are kept once, and a roster whose length disagrees with its team's `memberCount` is read
 * again (every write starts from a fresh read of its member anyway: docs/behaviour.md). A member
 * record that does not fit (no email, ...) is kept apart, with its id: it needs no teams.
 */
async function observe(client, organization, scope) {
    const teamsRead = client.listTeams(organization);
    const meRead = client.getMember(organization, 'me');
    const strategyRead = teamsRead.then((teams) => {
        const rosterCost = teams.reduce((sum, team) => sum + Math.max(1, Math.ceil(team.memberCount / PAGE)), 0);
        // Per-member GETs cost one request per member whose teams are needed.
        return scope.expectedMembers < rosterCost ? 'member-gets' : 'rosters';
    });
    let chosen;
    strategyRead.then((strategy) => (chosen = strategy)).catch(() => { });
    // Member GETs start as each page of the members list arrives, not after the last one.
    const detailReads = [];
    const membersRead = client.listMembers(organization, (page) => {
        // Once rosters are chosen, no member needs a read of its own (and no promise).
        if (chosen === 'rosters')
            return;
        for (const member of page) {
            if (isUnfit(member) || !scope.needsTeams(member))
                continue;
            const read = strategyRead.then((strategy) => strategy === 'member-gets' ? client.getMember(organization, member.id) : undefined);
            read.catch(() => { });
            detailReads.push(read);
        }
    });
    // Keep the other reads' failures from going unhandled while one of them is awaited.
    for (const read of [membersRead, teamsRead, meRead, strategyRead])
        read.catch(() => { });
    const [teams, strategy] = await Promise.all([teamsRead, strategyRead]);
    const rosterTeams = new Map();
    const rostersRead = strategy === 'rosters' ? readRosters(client, organization, teams, rosterTeams) : undefined;
    rostersRead?.catch(() => { });
    const rows = uniqueById(await membersRead);
    const listed = rows.filter((row) => !isUnfit(row));
    const unfit = rows.filter(isUnfit);
    const invitationsRead = scope.needsInvitations?.(listed) ? client.listModelInvitations(organization) : undefined;
    invitationsRead?.catch(() => { });
    const [me, , fetched, invitations] = await Promise.all([meRead, rostersRead, Promise.all(detailReads), invitationsRead]);
    const details = fetched.filter((detail) => detail !== undefined);
    const detailTeams = new Map(details.map((detail) => [detail.id, detail.teams]));
    const members = listed.map((member) => {
        const fromRosters = rostersRead ? teamsOfRosters(rosterTeams.get(member.id), teams) : undefined;
        const memberTeams = detailTeams.get(member.id) ?? fromRosters;
        return { ...member, teams: memberTeams };
    });
    const observedTeams = new Map(teams.map((team) => [team.slug, team]));
    const roles = (predicate) => new Set(me.orgRoleList
        .filter(predicate)
        .map((role) => role.id)
        .filter(isOrgRole));
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
                retired: roles((role) => role.isRetired),
            },
            teamRoles: hasTeamRoles(me.orgRoleList),
            ...(unfit.length > 0 ? { unfit } : {}),
            ...(invitations && invitations.length > 0 ? { invitations } : {}),
        },
    };
}
/**
 * Sentry retires the org role `admin` exactly on organizations with the team-roles feature, and
 * says so in every member read's role list. Without an `admin` entry (an unusual server), team
 * roles are assumed, so explicit roles are compared as stored.
 */
function hasTeamRoles(roles) {
    return roles.find((role) => role.id === 'admin')?.isRetired ?? true;
}
/** Rows in first-seen order, each id once (an offset page shifted by a concurrent change repeats a row). */
function uniqueById(rows) {
    const seen = new Set();
    return rows.filter((row) => !seen.has(row.id) && seen.add(row.id) !== undefined);
}
/** Reads of one roster at most, while its length keeps disagreeing with the team's memberCount. */
const ROSTER_READS = 3;
/**
 * A team's roster, read again while its length disagrees with the team's `memberCount` and the
 * last two reads differ: a read torn by a concurrent change shows as a wrong length, and two
 * reads that agree with each other are taken as they are (the team changed since it was counted).
 */
async function readRoster(client, organization, team) {
    let entries = uniqueById(await client.listTeamMembers(organization, team.slug, team.memberCount));
    for (let reads = 1; entries.length !== team.memberCount && reads < ROSTER_READS; reads++) {
        const again = uniqueById(await client.listTeamMembers(organization, team.slug, team.memberCount));
        const same = again.length === entries.length && again.every((entry, index) => sameEntry(entry, entries[index]));
        entries = again;
        if (same)
            break;
    }
    return entries;
}
function sameEntry(a, b) {
    return b !== undefined && a.id === b.id && a.teamRole === b.teamRole;
}
/** A team role as a number, and back: a member's place on a roster is one number. */
const ROSTER_ROLES = [null, 'contributor', 'admin'];
/**
 * Every team's roster, into each member's teams: a member's place on the team at `index` of the
 * teams list is the number `index * 3 + role`, so that one small array of numbers per member
 * holds its teams, whatever order the rosters arrive in (`teamsOfRosters` puts them back into
 * the order of the teams list, as the plan shows them). Each roster is folded in as it arrives:
 * nothing of it is held until the others are in.
 */
async function readRosters(client, organization, teams, rosterTeams) {
    await Promise.all(teams.map(async (team, index) => {
        for (const entry of await readRoster(client, organization, team)) {
            const place = index * 3 + ROSTER_ROLES.indexOf(entry.teamRole);
            const places = rosterTeams.get(entry.id);
            // A new array of the exact size: a member is on a few teams, and an array grown by push keeps room for 16 more.
            rosterTeams.set(entry.id, places ? [...places, place] : [place]);
        }
    }));
}
/** A member's teams from its places on the rosters, in the order of the teams list. */
function teamsOfRosters(places, teams) {
    // A member on no team is in no roster.
    if (places === undefined)
        return TeamRoles.EMPTY;
    return TeamRoles.fromPairs([...places]
        .sort((a, b) => a - b)
        .flatMap((place) => [teams[Math.floor(place / 3)]?.slug ?? '', ROSTER_ROLES[place % 3] ?? null]));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/plan/digest.ts

/**
 * Digests of changes, of plans and of a config: full SHA-256 (32 bytes, written in base64url, 43
 * characters), never shortened, so that two different changes cannot be given one digest by
 * searching for a collision (docs/behaviour.md, section 10). A change's digest is a fingerprint
 * of what it does to a member: who, which kind, the org role before and after, each team change,
 * a re-sent invitation. Two plans that make the same change give it the same digest, whatever
 * else they hold; any difference in the change changes it. It tells a pull request's plan from
 * drift, holds an apply on merge against the plan that was reviewed, and holds each write to the
 * change planned for it.
 */
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('base64url');
}
function changeDigest(change) {
    return sha256(JSON.stringify(fingerprint(change)));
}
/**
 * The digest of a change as a published record holds it. A change to a member the file does not
 * list is, under redact, only its kind: anyone can compute an unkeyed digest, so a digest of who
 * it is would confirm a guessed email.
 */
function publishedDigest(change, named) {
    return named && !named(change.email) ? sha256(JSON.stringify(['not named', change.kind])) : changeDigest(change);
}
/** The change is about a member a published record does not name. */
function isUnnamed(change, named) {
    return named !== undefined && !named(change.email);
}
function fingerprint(change) {
    const who = change.email.toLowerCase();
    switch (change.kind) {
        case 'update':
            return [
                'update',
                who,
                change.orgRole ? [change.orgRole.from, change.orgRole.to] : null,
                // What the team change does, not where the config asks for it (`at`): a line that moves is no new change.
                change.teams.map(({ at: _at, ...team }) => JSON.stringify(team)).sort(),
                change.reinvite === true,
            ];
        case 'invite':
            return ['invite', who, change.orgRole, change.teamRoles.map((team) => `${team.teamSlug}:${team.role}`).sort()];
        case 'reinvite':
            return ['reinvite', who];
        case 'remove':
            return ['remove', who, change.orgRole, change.pending];
        case 'conflict':
            return ['conflict', who, change.members.map((member) => member.memberId).sort()];
    }
}
/** The digest of a plan's writes as a published record holds them: the same changes (as many of each), the same digest. */
function planDigest(plan, named = undefined) {
    return sha256(plan.changes
        .map((change) => publishedDigest(change, named))
        .sort()
        .join(','));
}
/**
 * The digest of what a config says (its policies, members, ignore list and team sections), not
 * of how it is written: a comment or a moved line does not change it. The config is in the
 * repository, so this confirms nothing that is not public.
 */
function configDigest(config) {
    const teams = (spec) => (spec ? [...spec].sort() : null);
    const members = [...config.members.values()]
        .map((member) => [
        member.email,
        member.role,
        teams(member.teams),
        member.until?.text ?? null,
        member.grants.map((grant) => [grant.role ?? null, teams(grant.teams), grant.until.text]),
    ])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    const sections = [...config.teams.values()]
        .map((section) => [section.slug, [...section.people].sort()])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    return sha256(JSON.stringify([config.organization ?? null, config.unlisted, config.missing, [...config.ignore].sort(), members, sections]));
}

;// CONCATENATED MODULE: ./src/plan/github-teams.ts
/**
 * Sections that follow a GitHub team, with the team's members as the run read them
 * (docs/behaviour.md, section 1.5): pure, so the plan stays a function of the file, the observed
 * organization and the rosters. Each member's login becomes an email through `people` (without
 * case), else through the organization's SAML identities; a login with neither is left out and
 * named in a warning, never guessed. Maintainers get the team role admin (where the organization
 * has team roles), members none; an explicit entry (in the section, or in the member's `teams`)
 * wins for the person it names. People who are not under `members` are listed with the org role
 * member, at the section's `github-team` line; but a section in a team's file (a config of
 * several files) gives no one an org role: its people who are not under `members` keep the org
 * role they have in Sentry, and those not in the organization are left out with a warning (only
 * the org file invites). Ignored emails are left out (never touched), and so are billing members
 * (Sentry keeps them off teams), with a warning.
 */
function followGitHubTeams(config, rosters, state) {
    if (![...config.teams.values()].some((section) => section.github))
        return { config, warnings: [] };
    const warnings = [];
    let inSentry;
    const observed = (email) => {
        inSentry ??= new Map(state.members.map((member) => [member.email.toLowerCase(), member]));
        return inSentry.get(email);
    };
    const teams = new Map();
    const added = new Map();
    for (const [slug, section] of config.teams) {
        const github = section.github;
        if (!github) {
            teams.set(slug, section);
            continue;
        }
        const members = rosters.teams.get(github.key);
        if (!members)
            throw new Error(`internal: the GitHub team ${github.key} was not read`);
        const people = new Map(section.people);
        const places = [...section.places];
        const fromGitHub = new Set();
        const unmapped = [];
        const outside = [];
        // In a team's file, a section stays in its lane: its GitHub team changes who is on the team,
        // never who is in the organization or with which org role.
        const teamFile = config.orgFile !== undefined && section.file !== config.orgFile;
        for (const { login, maintainer } of members) {
            const email = github_teams_emailOf(login, github, config, rosters);
            if (email === undefined) {
                unmapped.push(login);
                continue;
            }
            const entry = config.members.get(email);
            // Explicit entries win for the people they name; ignored emails are never touched.
            if (config.ignore.has(email) || section.people.has(email) || entry?.teams?.has(slug))
                continue;
            // Someone a team's file would list: only with the org role Sentry already gives them.
            const keepsRole = !entry && teamFile;
            const present = keepsRole ? observed(email) : undefined;
            if (keepsRole && !present) {
                outside.push(email);
                continue;
            }
            if ((entry?.role ?? present?.orgRole) === 'billing') {
                warnings.push({
                    message: `${email} (GitHub ${login}, on ${shown(github)}) is a billing member (${entry ? `${entry.source.file === section.file ? 'line ' : `${entry.source.file}:`}${entry.source.entry.line}` : 'in Sentry'}), who cannot be on teams: left off team "${slug}"`,
                    line: github.position.line,
                    file: section.file,
                });
                continue;
            }
            const role = maintainer && state.teamRoles ? 'admin' : null;
            const earlier = people.get(email);
            if (earlier === undefined && !people.has(email)) {
                places.push(github.position.line, github.position.column);
                fromGitHub.add(email);
            }
            // Two logins of one person: the higher role.
            people.set(email, earlier === 'admin' ? 'admin' : role);
            if (!entry && !added.has(email))
                added.set(email, {
                    email,
                    role: present?.orgRole ?? 'member',
                    teams: undefined,
                    grants: [],
                    source: { file: section.file, entry: github.position, teams: [] },
                    fromGitHub: shown(github),
                });
        }
        if (unmapped.length > 0)
            warnings.push(unmappedWarning(unmapped, github, section.file, rosters));
        if (outside.length > 0)
            warnings.push(outsideWarning(outside, github, section.file, config.orgFile ?? ''));
        teams.set(slug, { ...section, people, places: Uint32Array.from(places), fromGitHub });
    }
    const members = added.size === 0 ? config.members : new Map([...config.members, ...added]);
    return { config: { ...config, members, teams }, warnings };
}
/** `acme/backend`, as the file writes it. */
function shown(github) {
    return `${github.org}/${github.team}`;
}
/** A login's email: `people` first (what the file says), then the SAML identity. */
function github_teams_emailOf(login, github, config, rosters) {
    const person = config.people?.get(login.toLowerCase());
    if (person)
        return person.email;
    const saml = rosters.saml.get(github.org.toLowerCase());
    return saml?.kind === 'read' ? saml.emails.get(login.toLowerCase()) : undefined;
}
/** At most this many logins are named in a warning; the rest are counted. */
const NAMED = 10;
function unmappedWarning(logins, github, file, rosters) {
    const sorted = [...logins].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    const named = sorted.length > NAMED ? `${sorted.slice(0, NAMED).join(', ')} and ${sorted.length - NAMED} more` : sorted.join(', ');
    const saml = rosters.saml.get(github.org.toLowerCase());
    const how = saml?.kind === 'none' && !saml.permitted
        ? `add them under people (login: email), or let github-teams-token read the SAML identities of ${github.org} (${saml.detail})`
        : 'add them under people (login: email)';
    const count = logins.length === 1 ? '1 member' : `${logins.length} members`;
    return {
        message: `${count} of ${shown(github)} ${logins.length === 1 ? 'has' : 'have'} no email: ${named}; ${how}. Until then they are left out: never invited, nor put on the team`,
        line: github.position.line,
        file,
    };
}
/** People of a GitHub team followed in a team's file who are not in the organization: only the org file invites. */
function outsideWarning(emails, github, file, orgFile) {
    const sorted = [...emails].sort();
    const named = sorted.length > NAMED ? `${sorted.slice(0, NAMED).join(', ')} and ${sorted.length - NAMED} more` : sorted.join(', ');
    const count = emails.length === 1 ? '1 member' : `${emails.length} members`;
    return {
        message: `${count} of ${shown(github)} ${emails.length === 1 ? 'is' : 'are'} not in the Sentry organization: ${named}. A team's file adds nobody to the organization; list them under members in ${orgFile || 'the org file'} to invite them. Until then they are left off the team`,
        line: github.position.line,
        file,
    };
}
/**
 * Where the team changes of one member come from on GitHub: a join or role change on a team
 * whose section follows a GitHub team, when that team puts the person there (the file does not
 * name them on it); a leave of such a team (the person is not on the GitHub team, nor named).
 * Undefined when none does.
 */
function githubOrigins(email, changes, config) {
    let origins;
    for (const { kind, team } of changes) {
        const section = config.teams.get(team);
        if (!section?.github)
            continue;
        if (kind !== 'leave' && !section.fromGitHub?.has(email.toLowerCase()))
            continue;
        origins ??= {};
        origins[team] = shown(section.github);
    }
    return origins;
}

;// CONCATENATED MODULE: ./src/plan/approvals.ts


/**
 * Privileged changes need a second person (docs/behaviour.md, section 12): with
 * `approvals.privileged` set, a change that makes someone owner or manager is made only by the
 * apply of a merged pull request that a listed person (or a member of a listed team), other than
 * its author, approved on its final head commit in a review that was not dismissed. Everything
 * here is pure: the engine reads the evidence (engine/approvals.ts) and the planner blocks with
 * the gate it gives.
 */
/** The org roles whose grant needs an approval. */
const PRIVILEGED = new Set(['manager', 'owner']);
/**
 * The owner or manager role a change gives, if it gives one: an org-role change up to either
 * (a grant's included), or an invitation with either. Demotions, removals, team changes and a
 * re-sent invitation (its role was given when it was made) give none.
 */
function privilegedRole(change) {
    if (change.kind === 'invite')
        return PRIVILEGED.has(change.orgRole) ? change.orgRole : undefined;
    if (change.kind !== 'update' || !change.orgRole)
        return undefined;
    const { from, to } = change.orgRole;
    return PRIVILEGED.has(to) && orgRoleRank(to) > orgRoleRank(from) ? to : undefined;
}
/** The pull request whose reviews the run reads, or undefined when none can carry an approval. */
function pullToRead(run, mode) {
    if (run.kind === 'pull-request')
        return mode === 'apply' ? undefined : run.pull;
    if (run.kind === 'push' && run.unreadable === undefined)
        return run.pull;
    return undefined;
}
/** The commit whose approval counts: a merge's final head, or the commit a pull request's plan is for. */
function headOf(run, pull) {
    return run.kind === 'pull-request' ? (run.head ?? pull.headSha) : pull.headSha;
}
/** Each reviewer's standing review: the last that approved, requested changes or was dismissed (comments change nothing). */
function standing(reviews) {
    const latest = new Map();
    for (const review of reviews) {
        if (!review.reviewer || review.state === 'COMMENTED' || review.state === 'PENDING')
            continue;
        latest.set(review.reviewer.toLowerCase(), { login: review.reviewer, review });
    }
    return latest;
}
/** Reviewers whose standing review approves `head`, the pull request's author aside, in the order they reviewed. */
function approvingReviewers(pull, reviews, head) {
    const author = pull.author?.toLowerCase();
    return [...standing(reviews).values()]
        .filter(({ login, review }) => review.state === 'APPROVED' && review.commitId === head && login.toLowerCase() !== author)
        .map(({ login }) => login);
}
const listedLogins = (approvers) => new Set(approvers.flatMap((approver) => (approver.kind === 'person' ? [approver.login.toLowerCase()] : [])));
const listedTeams = (approvers) => approvers.flatMap((approver) => (approver.kind === 'team' ? [approver] : []));
/**
 * The team memberships to read: for each reviewer who approved the head and is not listed by
 * login, each listed team, unless a listed login approved already (then none is needed).
 */
function membershipsToRead(approvals, run, pull, reviews) {
    const logins = listedLogins(approvals.privileged);
    const approving = approvingReviewers(pull, reviews, headOf(run, pull));
    if (approving.some((login) => logins.has(login.toLowerCase())))
        return [];
    return approving.flatMap((login) => listedTeams(approvals.privileged).map(({ org, team }) => ({ org, team, login })));
}
/** What the evidence says of the run's approval. */
function approvalStatus(approvals, run, evidence) {
    if (run.kind === 'other')
        return { kind: 'no-merged-pull', run: run.run };
    if (run.kind === 'push' && run.unreadable !== undefined)
        return { kind: 'unreadable', detail: run.unreadable };
    const pullNumber = run.pull;
    if (pullNumber === undefined)
        return { kind: 'no-merged-pull', run: 'push', commit: run.kind === 'push' ? run.commit : '' };
    if (evidence.kind === 'none')
        return { kind: 'unreadable', detail: 'its reviews were not read', pull: pullNumber };
    if (evidence.kind === 'unreadable')
        return { kind: 'unreadable', detail: evidence.detail, pull: pullNumber };
    const { pull, reviews, memberships } = evidence;
    const head = headOf(run, pull);
    const logins = listedLogins(approvals.privileged);
    const approving = approvingReviewers(pull, reviews, head);
    const memberOf = (login) => memberships.find((fact) => 'active' in fact && fact.active && fact.login.toLowerCase() === login.toLowerCase());
    for (const login of approving) {
        if (logins.has(login.toLowerCase()))
            return { kind: 'approved', pull: pull.number, by: login, commit: head };
    }
    for (const login of approving) {
        const membership = memberOf(login);
        if (membership)
            return {
                kind: 'approved',
                pull: pull.number,
                by: login,
                team: `${membership.org}/${membership.team}`,
                commit: head,
            };
    }
    const failed = memberships.find((fact) => 'failed' in fact);
    if (failed && 'failed' in failed)
        return {
            kind: 'unreadable',
            detail: `the membership of ${failed.login} in ${failed.org}/${failed.team}: ${failed.failed}`,
            pull: pull.number,
        };
    return { kind: 'not-approved', pull: pull.number, head, notCounted: notCounted(pull, reviews, head, approving) };
}
/** Why each reviewer's standing review does not count (none does when this is asked). */
function notCounted(pull, reviews, head, approving) {
    const author = pull.author?.toLowerCase();
    const found = [];
    for (const { login, review } of standing(reviews).values()) {
        if (review.state === 'CHANGES_REQUESTED')
            found.push({ login, why: 'changes-requested' });
        else if (review.state === 'DISMISSED')
            found.push({ login, why: 'dismissed' });
        else if (login.toLowerCase() === author)
            found.push({ login, why: 'author' });
        else if (review.commitId !== head)
            found.push({ login, why: 'earlier-commit' });
        else if (approving.includes(login))
            found.push({ login, why: 'not-listed' });
    }
    return found;
}
/** The gate a plan is made with: who may approve, what the run knows, and whether it only shows. */
function approvalGate(approvals, run, mode, evidence) {
    const approvers = approvals.privileged.map(approverName);
    if (run.kind === 'pull-request' && mode === 'apply')
        return { approvers, status: { kind: 'no-merged-pull', run: 'pull_request' }, preview: false };
    return { approvers, status: approvalStatus(approvals, run, evidence), preview: run.kind === 'pull-request' };
}
/** Why a privileged change is blocked, if it is: the run carries no approval (and is not a pull request's plan). */
function approvalBlocks(change, gate) {
    if (!gate || gate.preview || gate.status.kind === 'approved')
        return [];
    const role = privilegedRole(change);
    if (!role)
        return [];
    return [{ kind: 'needs-approval', role, email: change.email, approvers: gate.approvers, status: gate.status }];
}
/** A blocked change that waits only for an approval: the file asks for it, and a merge with one makes it. */
function awaitsApprovalOnly(reasons) {
    return reasons.length > 0 && reasons.every((reason) => reason.kind === 'needs-approval');
}

;// CONCATENATED MODULE: ./src/plan/owners.ts
function ownerRule(state, minOwners) {
    // An owner whose record does not fit (an SSO account without an email) is an owner all the same.
    const active = (records) => records.filter((record) => record.orgRole === 'owner' && !record.pending).length;
    return { owners: active(state.members) + active(state.unfit ?? []), minOwners };
}
/** A change that takes an active owner away: a demotion or a removal of one. */
function losesOwner(change) {
    if (change.kind === 'update')
        return !change.pending && change.orgRole?.from === 'owner' && change.orgRole.to !== 'owner';
    return change.kind === 'remove' && !change.pending && change.orgRole === 'owner';
}
/** The reason a change that loses an owner is blocked, when the owners left would be below the floor. */
function ownerFloor(rule) {
    return rule.owners - 1 < rule.minOwners ? { kind: 'owner-floor', minOwners: rule.minOwners, owners: rule.owners } : undefined;
}
/**
 * min-owners across the plan: changes that take an active owner away are allowed, in email
 * order, while the active owners left stay at least min-owners; the rest are blocked with that
 * reason.
 */
function keepOwners(changes, blocked, rule) {
    let owners = rule.owners;
    const allowed = new Set();
    for (const change of changes.filter(losesOwner).sort((a, b) => a.email.localeCompare(b.email))) {
        if (ownerFloor({ owners, minOwners: rule.minOwners }) === undefined) {
            allowed.add(change);
            owners--;
        }
    }
    const kept = [];
    const stopped = [...blocked];
    for (const change of changes) {
        if (!losesOwner(change) || allowed.has(change))
            kept.push(change);
        else
            stopped.push({ change, reasons: [{ kind: 'owner-floor', minOwners: rule.minOwners, owners }] });
    }
    return { changes: kept, blocked: stopped };
}

;// CONCATENATED MODULE: ./src/plan/blocks.ts


/**
 * The block rules (docs/behaviour.md, section 3): what Sentry would refuse, or what the file must
 * not cause, for each kind of write, as reasons (data). A change with a reason is never sent.
 */
function callerOf(state) {
    return { email: state.caller.email, orgRole: state.caller.orgRole };
}
/** The token's user may assign no role: a member token may not write members at all. */
function mayNotWrite(state, action) {
    return state.caller.assignable.size === 0 ? [{ kind: 'caller-may-not', action, caller: callerOf(state) }] : [];
}
/** What stops any write to this member, whatever it changes. */
function memberBlocks(member, state, write) {
    const reasons = [];
    if (write === 'remove' && member.id === state.caller.memberId)
        reasons.push({ kind: 'own-user' });
    reasons.push(...mayNotWrite(state, write === 'remove' ? 'remove' : 'change'));
    if (member.flags.idpProvisioned)
        reasons.push({ kind: 'idp-member', write });
    if (member.flags.partnershipRestricted)
        reasons.push({ kind: 'partnership' });
    if (orgRoleRank(member.orgRole) > orgRoleRank(state.caller.orgRole))
        reasons.push({ kind: 'above-caller', role: member.orgRole, caller: callerOf(state) });
    return reasons;
}
/** An org role the token's user cannot give: retired in this organization, or not theirs to assign. */
function roleBlocks(role, state) {
    const { caller } = state;
    if (caller.retired.has(role))
        return [{ kind: 'role-retired', role }];
    if (!caller.assignable.has(role))
        return [{ kind: 'role-not-assignable', role, caller: callerOf(state) }];
    return [];
}
/** Joining or leaving teams the identity provider provisions. */
function teamBlocks(teams, state) {
    return teams.filter((team) => state.teams.get(team)?.idpProvisioned).map((team) => ({ kind: 'idp-team', team }));
}
/** An update (and re-invitation) of a member Sentry has. */
function updateBlocks(update, member, spec, state, rule) {
    const reasons = memberBlocks(member, state, 'update');
    if (update.orgRole) {
        if (member.id === state.caller.memberId)
            reasons.push({ kind: 'own-role' });
        reasons.push(...roleBlocks(update.orgRole.to, state));
        if (member.flags.idpRoleRestricted)
            reasons.push({ kind: 'idp-role' });
    }
    if (losesOwner(update))
        reasons.push(...floor(rule));
    reasons.push(...teamBlocks(update.teams.filter((change) => change.kind !== 'role').map((change) => change.team), state));
    if (spec.role === 'billing' && spec.teams === undefined && update.request.teamRoles.length > 0)
        reasons.push({ kind: 'billing-teams' });
    return reasons;
}
/** A removal of a member Sentry has. */
function removalBlocks(removal, member, state, rule) {
    const reasons = memberBlocks(member, state, 'remove');
    if (losesOwner(removal))
        reasons.push(...floor(rule));
    return reasons;
}
/** An invitation of a listed email. */
function inviteBlocks(invite, state) {
    return [
        ...roleBlocks(invite.orgRole, state),
        ...teamBlocks(invite.teamRoles.map((team) => team.teamSlug), state),
    ];
}
/** A re-sent invitation. */
function reinviteBlocks(state) {
    return mayNotWrite(state, 'invite');
}
/** Several Sentry members with one email: nothing may be written to any of them. */
function conflictBlocks(members) {
    return [{ kind: 'identity-conflict', members: members.map((member) => ({ memberId: member.id, pending: member.pending })) }];
}
function floor(rule) {
    const reason = ownerFloor(rule);
    return reason ? [reason] : [];
}

;// CONCATENATED MODULE: ./src/plan/causes.ts
/**
 * Where in the config a change comes from (docs/behaviour.md, section 1.2): every change, blocked
 * change and annotation names the file and line that cause it. A team change that a team section
 * causes points at the member's line in that section (in the team's file), a team left because
 * a section manages the team as a whole at the section, an org role at the member's entry (or at
 * the grant that raises it). A change's own place is where its first cause is: the org role's
 * when it changes, else its first team change's; a team change caused in another file carries its
 * own place too.
 */
/** Where each email is written in a section: built once per section, when a change needs it. */
const sectionIndex = new WeakMap();
function sectionPlace(section, email) {
    let index = sectionIndex.get(section);
    if (!index) {
        index = new Map();
        let at = 0;
        for (const person of section.people.keys())
            index.set(person, at++);
        sectionIndex.set(section, index);
    }
    const slot = index.get(email);
    if (slot === undefined)
        return undefined;
    return { file: section.file, line: section.places[2 * slot] ?? section.position.line };
}
function entryPlace(spec) {
    return { file: spec.source.file, line: spec.source.entry.line };
}
/** The entry, when it names `team` in its own `teams`: its changes point at the entry, as every change of its own. */
function entryTeamPlace(spec, team) {
    return spec.teams?.has(team) ? entryPlace(spec) : undefined;
}
/**
 * Where the file asks for one team change of a member: `listed` is its entry (undefined for a
 * member the file does not list), `desired` what the file asks of it now.
 */
function teamChangePlace(change, email, listed, desired, config) {
    const section = config.teams.get(change.team);
    if (!listed)
        return section && { file: section.file, line: section.position.line };
    if (change.kind === 'role' && change.followsOrgRole)
        return orgRolePlace(listed, desired);
    if (change.kind === 'leave') {
        // Left because the entry manages the member's teams, because a section manages the team as a
        // whole, or because the grant that gave it ended.
        if (listed.teams !== undefined)
            return entryPlace(listed);
        if (section)
            return { file: section.file, line: section.position.line };
        const ended = desired?.past.find((grant) => grant.teams?.has(change.team));
        return ended ? { file: listed.source.file, line: ended.position.line } : entryPlace(listed);
    }
    // A join or a role: where the role that wins is declared (the entry, a section, a grant that holds).
    return (entryTeamPlace(listed, change.team) ??
        (section && sectionPlace(section, email)) ??
        grantPlace(listed, desired, change.team) ??
        entryPlace(listed));
}
function grantPlace(listed, desired, team) {
    const grant = desired?.active.find((active) => active.teams?.has(team));
    return grant && { file: listed.source.file, line: grant.position.line };
}
/** Where the org role comes from: the grant that raises it while it holds, else the entry. */
function orgRolePlace(listed, desired) {
    const role = desired?.spec.role;
    const grant = role !== undefined && role !== listed.role ? desired?.active.find((active) => active.role === role) : undefined;
    return grant ? { file: listed.source.file, line: grant.position.line } : entryPlace(listed);
}
/**
 * An update placed where its causes are: its own `line` and `file` (file only when it is not
 * `config.file`, as every change), and a team change caused in another file than the update's
 * own place carries `at`.
 */
function placeUpdate(update, listed, desired, config) {
    const email = update.email.toLowerCase();
    const places = update.teams.map((team) => teamChangePlace(team, email, listed, desired, config));
    const own = update.orgRole && listed ? orgRolePlace(listed, desired) : (places.find((place) => place !== undefined) ?? undefined);
    if (!own)
        return update;
    const teams = update.teams.map((team, index) => {
        const place = places[index];
        return place && place.file !== own.file ? { ...team, at: place } : team;
    });
    const { file: _file, ...rest } = update;
    return {
        ...rest,
        teams,
        line: own.line,
        ...(own.file === config.file ? {} : { file: own.file }),
    };
}

;// CONCATENATED MODULE: ./src/plan/desired.ts


/** The higher of two team roles (none < contributor < admin). */
function higher(a, b) {
    const rank = (role) => (role === 'admin' ? 2 : role === 'contributor' ? 1 : 0);
    return rank(b) > rank(a) ? b : (a ?? null);
}
const indexed = new WeakMap();
/** For each email, the sections that list it: slug -> role. Built once per config (an apply re-plans member by member). */
function sectionsByEmail(config) {
    const known = indexed.get(config);
    if (known)
        return known;
    // slug, role, slug, role, ...: one array per email while building, then a compact TeamRoles.
    const pairs = new Map();
    for (const section of config.teams.values()) {
        for (const [email, role] of section.people) {
            const list = pairs.get(email);
            if (list)
                list.push(section.slug, role);
            else
                pairs.set(email, [section.slug, role]);
        }
    }
    const byEmail = new Map();
    for (const [email, list] of pairs)
        byEmail.set(email, TeamRoles.fromPairs(list));
    indexed.set(config, byEmail);
    return byEmail;
}
function desiredMember(spec, config, sections, now) {
    const active = spec.grants.filter((grant) => now < grant.until.end);
    const past = spec.grants.filter((grant) => now >= grant.until.end);
    let role = spec.role;
    for (const grant of active)
        if (grant.role && orgRoleRank(grant.role) > orgRoleRank(role))
            role = grant.role;
    const onSections = sections.get(spec.email);
    const ended = spec.until && now >= spec.until.end ? spec.until.text : undefined;
    // The teams the member is on (explicit role, or null), from the entry, its sections and the grants that hold.
    const declared = new Map(spec.teams ?? []);
    for (const [team, teamRole] of onSections ?? [])
        declared.set(team, higher(declared.get(team), teamRole));
    for (const grant of active)
        for (const [team, teamRole] of grant.teams ?? [])
            declared.set(team, higher(declared.get(team), teamRole));
    const base = { active, past, ...(ended ? { ended } : {}) };
    if (spec.teams !== undefined) {
        // The entry manages the member's teams: exactly the declared ones.
        const teams = declared.size === spec.teams.size && !onSections && active.length === 0 ? spec.teams : TeamRoles.from(declared);
        return { ...base, spec: role === spec.role && teams === spec.teams ? spec : { ...spec, role, teams } };
    }
    // The entry does not manage them: only the pairs of sections and grants are managed.
    const endedTeams = past.length === 0 ? undefined : new Set(past.flatMap((grant) => [...(grant.teams?.keys() ?? [])]));
    if (declared.size === 0 && !endedTeams?.size && config.teams.size === 0)
        return { ...base, spec: role === spec.role ? spec : { ...spec, role } };
    const pairs = {
        on: declared,
        off: endedTeams?.size ? (team) => config.teams.has(team) || endedTeams.has(team) : (team) => config.teams.has(team),
    };
    return { ...base, spec: role === spec.role ? spec : { ...spec, role }, pairs };
}
/** The pairs of a member the file does not list: off every team that has a section. */
function unlistedPairs(config) {
    if (config.teams.size === 0)
        return undefined;
    return { on: new Map(), off: (team) => config.teams.has(team) };
}
/** A member's teams with the managed pairs applied to what Sentry has: what a write should leave. */
function withPairs(current, pairs) {
    const teams = new Map();
    for (const [team, stored] of current) {
        const want = pairs.on.get(team);
        if (want !== undefined || pairs.on.has(team))
            teams.set(team, want ?? null);
        else if (!pairs.off(team))
            teams.set(team, stored);
    }
    for (const [team, want] of pairs.on)
        if (!teams.has(team))
            teams.set(team, want);
    return TeamRoles.from(teams);
}

;// CONCATENATED MODULE: ./src/plan/expiry.ts
/**
 * Temporary access as the plan notes it (docs/behaviour.md, section 1.3): the grants that hold,
 * with their ends; a warning for what ends soon; and, on a change that carries out an ended
 * grant, why.
 */
const DAY = 86_400_000;
/** Grants that hold (listed with their end), and what ends within the window (a warning on its line). */
function expiryNotes(spec, desired, window, notes, warnings) {
    const { now } = window;
    const soon = now + window.warningDays * DAY;
    const file = spec.source.file;
    for (const grant of desired.active) {
        const what = grantWords(grant);
        notes.push({
            email: spec.email,
            what,
            until: grant.until.text,
            daysLeft: Math.ceil((grant.until.end - now) / DAY),
            line: grant.position.line,
            ...(file ? { file } : {}),
        });
        if (grant.until.end <= soon)
            warnings.push({
                message: `the grant of ${what} to ${spec.email} ends ${grant.until.text} (${daysFrom(now, grant.until.end)})`,
                line: grant.position.line,
                file,
            });
    }
    if (spec.until && !desired.ended && spec.until.end <= soon)
        warnings.push({
            message: `the entry of ${spec.email} ends ${spec.until.text} (${daysFrom(now, spec.until.end)}): the member is removed then`,
            line: spec.source.entry.line,
            file,
        });
}
function daysFrom(now, end) {
    const days = Math.ceil((end - now) / DAY);
    return days <= 1 ? 'within a day' : `in ${days} days`;
}
/** What a grant gives, in words: "org role manager and team incident (admin)". */
function grantWords(grant) {
    const parts = [
        ...(grant.role ? [`org role ${grant.role}`] : []),
        ...[...(grant.teams ?? [])].map(([team, role]) => `team ${team}${role ? ` (${role})` : ''}`),
    ];
    return parts.join(' and ');
}
/** The grants that ended, in words, for a change that carries them out. */
function endedGrants(desired, spec) {
    return desired.past.map((grant) => `grant ended ${grant.until.text}: ${grantWords(grant)}${grant.role ? ` -> ${spec.role}` : ''}`);
}

;// CONCATENATED MODULE: ./src/plan/inactive.ts
/**
 * Inactive members (docs/behaviour.md, section 5): of the members the file keeps, those whose
 * account Sentry last saw active `days` days or more before the plan's instant, with that date
 * and the line that keeps them, and apart those Sentry never saw active. From the member list
 * the plan reads anyway (`user.lastActive`): no request of its own. Pending invitations have no
 * account and are not members: never listed. Nothing is removed for it.
 */
const inactive_DAY = 86_400_000;
/** Collects, member by member, what the plan lists; `days` 0 lists nothing. */
class InactiveList {
    #days;
    #since;
    #now;
    #members = [];
    #never = [];
    constructor(days, now) {
        this.#days = days;
        this.#now = now;
        this.#since = now - days * inactive_DAY;
    }
    /** A member of the organization the file keeps with `spec` (its entry: the line that keeps it). */
    add(member, spec, file) {
        if (this.#days <= 0 || member.pending || member.lastActive === undefined)
            return;
        const where = { memberId: member.id, email: member.email, line: spec.source.entry.line, ...file };
        if (member.lastActive === null)
            this.#never.push(where);
        else if (member.lastActive <= this.#since)
            this.#members.push({
                ...where,
                lastActive: new Date(member.lastActive).toISOString(),
                days: Math.floor((this.#now - member.lastActive) / inactive_DAY),
            });
    }
    /** The list, oldest activity first (then by email), never-active accounts by email; undefined when off. */
    result() {
        if (this.#days <= 0)
            return undefined;
        const byEmail = (a, b) => a.email.localeCompare(b.email);
        return {
            days: this.#days,
            members: this.#members.sort((a, b) => a.lastActive.localeCompare(b.lastActive) || byEmail(a, b)),
            neverActive: this.#never.sort(byEmail),
        };
    }
}

;// CONCATENATED MODULE: ./src/plan/invitations.ts
/**
 * Invitations at Sentry's edges (docs/behaviour.md, section 6): its daily invitation budget, and
 * invitations of its newer invitation model, which the member list leaves out.
 */
/** Sentry's documented daily invitation limit, per user (or token) and per organization. */
const DAILY_INVITATION_LIMIT = 100;
/** A change that spends Sentry's invitation budget: an invitation, or a re-sent one. */
function sendsInvitation(change) {
    return change.kind === 'invite' || change.kind === 'reinvite' || (change.kind === 'update' && change.reinvite === true);
}
/** The plan's warning when it sends more invitations than Sentry sends in a day. */
function invitationBudgetWarning(changes) {
    const count = changes.filter(sendsInvitation).length;
    if (count <= DAILY_INVITATION_LIMIT)
        return undefined;
    const days = Math.ceil(count / DAILY_INVITATION_LIMIT);
    return {
        message: `this plan sends ${count} invitations, more than Sentry sends in a day (${DAILY_INVITATION_LIMIT} per user and per organization, fewer when some were sent today): an apply sends them until Sentry's daily limit answers and leaves the rest to the next runs, without failing (at least ${days} days of runs, e.g. the nightly schedule)`,
    };
}
/** The pending invitations of the newer model by email (lower-cased), when they were read. */
function invitationsByEmail(invitations) {
    const byEmail = new Map();
    for (const invitation of invitations ?? []) {
        const email = invitation.email.toLowerCase();
        if (!byEmail.has(email))
            byEmail.set(email, invitation);
    }
    return byEmail;
}
/** An invitation of the newer model as the planner's rules see a pending member. */
function asPendingMember(invitation) {
    return {
        id: invitation.id,
        email: invitation.email,
        name: invitation.email,
        orgRole: invitation.orgRole,
        pending: true,
        expired: invitation.expired,
        flags: { idpProvisioned: false, idpRoleRestricted: false, partnershipRestricted: false },
        teams: invitation.teams,
    };
}
/** What a change the file asks of an invitation would do, in words (it is never made). */
function wanted(change) {
    if (change === undefined)
        return [];
    if (change.kind === 'remove')
        return ['removal (the file does not list it)'];
    if (change.kind !== 'update')
        return [];
    return [
        ...(change.orgRole ? [`org role ${change.orgRole.from} -> ${change.orgRole.to}`] : []),
        // A team role that only follows the org role is not a change of its own.
        ...change.teams
            .flatMap((team) => (team.kind === 'role' && team.followsOrgRole ? [] : [team]))
            .map((team) => team.kind === 'join'
            ? `joins ${team.team}`
            : team.kind === 'leave'
                ? `leaves ${team.team}`
                : `${team.team}: ${team.from} -> ${team.to}`),
    ];
}
/**
 * The note (and warnings) for a pending invitation of the newer model: matched to the file, so
 * that nobody is invited twice; what the file asks of it that it does not have is said, never
 * sent (this action writes only to members of the member list).
 */
function modelInvitationNote(invitation, decision, config, entry, warnings) {
    const differs = wanted(decision.change);
    const where = entry ? { line: entry.line, ...(entry.file ? { file: entry.file } : {}) } : {};
    const what = `${invitation.email} has a pending invitation of Sentry's newer invitation model (invitation ${invitation.id}), which this action reads but does not change`;
    // One the file does not list is counted in a warning of its own, naming nobody (a public view shows the warnings).
    if (entry && differs.length > 0)
        warnings.push({
            message: `${what}: the file asks for ${differs.join(', ')}. Change the invitation in Sentry's settings, or wait until it is accepted: the next run then makes the change`,
            ...where,
        });
    if (entry && invitation.expired)
        warnings.push({
            message: `${what}: it has expired, so it can no longer be accepted. Re-send it in Sentry's settings${config.missing === 'invite' ? ' (missing: invite re-sends only invitations of the member list)' : ''}`,
            ...where,
        });
    return {
        invitationId: invitation.id,
        email: invitation.email,
        orgRole: invitation.orgRole,
        expired: invitation.expired,
        ...where,
        ...(differs.length > 0 ? { differs } : {}),
    };
}
/** The warning for invitations of the newer model the file does not list but would change (remove, or take off a team). */
function unlistedInvitationsWarning(count) {
    if (count === 0)
        return undefined;
    return {
        message: `${count === 1 ? '1 pending invitation' : `${count} pending invitations`} of Sentry's newer invitation model ${count === 1 ? 'is' : 'are'} not as the file says (not listed, or on a team whose section does not name ${count === 1 ? 'it' : 'them'}): this action reads such invitations but does not change or remove them. Delete or change ${count === 1 ? 'it' : 'them'} in Sentry's settings, or wait until accepted: the next run then treats the members as usual`,
    };
}
/** The warning for a member that also has a pending invitation of the newer model (one email, two records). */
function doubleInvitationWarning(invitation, entry) {
    return {
        message: `${entry ? invitation.email : 'a member'} is in the organization and also has a pending invitation of Sentry's newer invitation model (invitation ${invitation.id}): delete that invitation in Sentry's settings`,
        ...(entry ? { line: entry.line, ...(entry.file ? { file: entry.file } : {}) } : {}),
    };
}

;// CONCATENATED MODULE: ./src/plan/member-diff.ts


/**
 * The member diff: what one PUT must send for a Sentry member to equal its entry, compared in
 * effective roles (what Sentry enforces), and both sides as this organization can store them.
 */
/** The update that makes `member` equal `spec`, or undefined when it already is (in effective roles). */
function diffMember(spec, member) {
    const from = member.orgRole;
    const to = spec.role;
    if (spec.teams === undefined && from === to)
        return undefined;
    const current = member.teams;
    if (current === undefined)
        throw new Error(`internal: the teams of ${member.email} were not read`);
    const teamChanges = [];
    const teamRoles = [];
    /** A team the member stays on: a role change when the effective role moves, by the file or by the org role. */
    const stay = (team, stored, next) => {
        teamRoles.push({ teamSlug: team, role: next });
        const before = effectiveTeamRole(from, stored);
        const after = effectiveTeamRole(to, next);
        if (before !== after)
            teamChanges.push({
                kind: 'role',
                team,
                from: before,
                to: after,
                ...(next === stored ? { followsOrgRole: true } : {}),
            });
    };
    if (spec.teams === undefined) {
        // Teams not managed: send them back exactly as they are (their effective roles may follow the org role).
        for (const [team, stored] of current)
            stay(team, stored, stored);
    }
    else {
        for (const [team, wanted] of spec.teams) {
            if (!current.has(team)) {
                teamChanges.push({ kind: 'join', team, role: effectiveTeamRole(to, wanted) });
                teamRoles.push({ teamSlug: team, role: wanted });
                continue;
            }
            const stored = current.get(team) ?? null;
            // What matters is the result under the new org role: does the stored role give what the file wants?
            stay(team, stored, effectiveTeamRole(to, stored) === effectiveTeamRole(to, wanted) ? stored : wanted);
        }
        for (const [team, stored] of current) {
            if (!spec.teams.has(team))
                teamChanges.push({ kind: 'leave', team, role: effectiveTeamRole(from, stored) });
        }
    }
    if (from === to && teamChanges.length === 0)
        return undefined;
    return {
        kind: 'update',
        memberId: member.id,
        email: member.email,
        name: member.name,
        pending: member.pending,
        ...(from === to ? {} : { orgRole: { from, to } }),
        teams: teamChanges,
        request: { ...(from === to ? {} : { orgRole: to }), teamRoles },
        line: spec.source.entry.line,
    };
}
/**
 * The member entry as this organization can store it: without Sentry's team-roles feature every
 * team role is stored as null, so an explicit role cannot be kept; it is compared as null (and
 * warned about once, where the file writes it: teamRoleWarnings), so the file never causes a
 * change that does not converge. The same holds for the pairs a team section or a grant manages.
 */
function specFor(spec, state) {
    if (state.teamRoles || spec.teams === undefined || [...spec.teams.values()].every((role) => role === null))
        return spec;
    const teams = TeamRoles.from([...spec.teams.keys()].map((team) => [team, null]));
    return { ...spec, teams };
}
/** Managed pairs as this organization can store them (see specFor). */
function pairsFor(pairs, state) {
    if (state.teamRoles || !pairs || [...pairs.on.values()].every((role) => role === null))
        return pairs;
    return { on: TeamRoles.from([...pairs.on.keys()].map((team) => [team, null])), off: pairs.off };
}
const NO_TEAM_ROLES = 'Sentry stores team roles only on its Business and Enterprise plans';
/**
 * Every explicit team role the file writes, on an organization without team roles: a warning
 * where it is written (an entry's team, a grant, a section's admins or contributors), in file
 * order. It has no effect, and never causes a change.
 */
function teamRoleWarnings(config, state) {
    if (state.teamRoles)
        return [];
    const warnings = [];
    for (const spec of config.members.values()) {
        let index = 0;
        for (const [team, role] of spec.teams ?? []) {
            const position = spec.source.teams[index++] ?? spec.source.entry;
            if (role !== null)
                warnings.push({
                    message: `this organization has no team roles: ${role} has no effect (team "${team}" of ${spec.email}; ${NO_TEAM_ROLES})`,
                    line: position.line,
                    file: spec.source.file,
                });
        }
        for (const grant of spec.grants)
            for (const [team, role] of grant.teams ?? [])
                if (role !== null)
                    warnings.push({
                        message: `this organization has no team roles: ${role} has no effect (team "${team}" in a grant of ${spec.email}; ${NO_TEAM_ROLES})`,
                        line: grant.position.line,
                        file: spec.source.file,
                    });
    }
    for (const section of config.teams.values()) {
        const explicit = new Map();
        let index = 0;
        for (const role of section.people.values()) {
            const line = section.places[2 * index++] ?? section.position.line;
            if (role !== null && !explicit.has(role))
                explicit.set(role, String(line));
        }
        for (const [role, line] of explicit)
            warnings.push({
                message: `this organization has no team roles: ${role === 'admin' ? 'admins' : 'contributors'} of team "${section.slug}" are on it as members, with no explicit role (${NO_TEAM_ROLES})`,
                line: Number(line),
                file: section.file,
            });
    }
    return warnings;
}
/**
 * The member as a write would leave its teams: without team roles Sentry stores null for every
 * team role it is sent, so a role stored earlier (before a downgrade) is compared as null too and
 * never causes a change of its own.
 */
function storedAs(member, state) {
    if (state.teamRoles || member.teams === undefined || [...member.teams.values()].every((role) => role === null))
        return member;
    return { ...member, teams: TeamRoles.from([...member.teams.keys()].map((team) => [team, null])) };
}

;// CONCATENATED MODULE: ./src/plan/plan.ts










/** The options of a plan made at `now` with these settings. */
function planOptions(settings, now) {
    return {
        now,
        minOwners: settings.minOwners,
        expiryWarningDays: settings.expiryWarningDays,
        inactiveDays: settings.inactiveDays,
    };
}
/**
 * The plan: a pure function of the config, the observed state and the options (no I/O, no
 * clock: `now` is given). Compares on effective roles, so equivalent states never produce a
 * change; pre-flights every change against what Sentry would refuse or what the file must not
 * cause (docs/behaviour.md, "Blocked changes") and blocks it, with its reasons, instead. Records
 * that do not fit are reported, never planned; pending invitations of Sentry's newer invitation
 * model (when read) are matched to the file and never invited again; with inactive-days, the
 * members the file keeps that have not been active for that long are listed.
 */
function createPlan(config, state, options) {
    const { now } = options;
    const rule = ownerRule(state, options.minOwners);
    const byEmail = new Map();
    for (const member of state.members) {
        const email = member.email.toLowerCase();
        const same = byEmail.get(email);
        if (same)
            same.push(member);
        else
            byEmail.set(email, [member]);
    }
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
        if (!decision.change)
            return;
        if (decision.reasons.length > 0)
            blocked.push({ change: decision.change, reasons: decision.reasons });
        else
            changes.push(decision.change);
    };
    const sections = sectionsByEmail(config);
    for (const listed of config.members.values()) {
        const found = byEmail.get(listed.email) ?? [];
        if (found.length > 1) {
            blocked.push(identityConflict(listed, found, config));
            continue;
        }
        const desired = desiredMember(listed, config, sections, now);
        expiryNotes(listed, desired, { now, warningDays: options.expiryWarningDays }, grants, warnings);
        const spec = specFor(desired.spec, state);
        const member = found[0];
        const invitation = member ? undefined : invited.get(listed.email);
        if (invitation) {
            // Invited already, where the member list does not show it: never invited a second time.
            const decision = replanMember(asPendingMember(invitation), config, state, rule, options, sections);
            const entry = { line: spec.source.entry.line, ...inFile(spec.source.file, config) };
            const note = modelInvitationNote(invitation, decision, config, entry, warnings);
            modelInvitations.push(note);
            if (!note.differs)
                unchanged++;
            continue;
        }
        if (!member) {
            if (desired.ended)
                continue;
            if (config.missing === 'invite')
                add(planInvite(spec, config, state, options.approval, pairsFor(desired.pairs, state)));
            else
                missing.push({ email: spec.email, orgRole: spec.role, line: spec.source.entry.line });
            continue;
        }
        if (member.expired && config.missing !== 'invite' && !desired.ended) {
            warnings.push({
                message: `the invitation of ${spec.email} has expired: it must be re-sent before it can be accepted (missing: invite re-sends it)`,
                line: spec.source.entry.line,
                file: spec.source.file,
            });
        }
        if (!desired.ended)
            inactive.add(member, listed, inFile(listed.source.file, config));
        const decision = replanMember(member, config, state, rule, options, sections);
        if (decision.change)
            add(decision);
        else
            unchanged++;
    }
    const unlisted = [];
    for (const member of state.members) {
        const email = member.email.toLowerCase();
        if (config.members.has(email) || config.ignore.has(email))
            continue;
        if (config.unlisted === 'report')
            unlisted.push({ email: member.email, name: member.name, orgRole: member.orgRole, pending: member.pending });
        // Removed under unlisted: remove; else taken off the teams that have a section (they are managed as a whole).
        add(replanMember(member, config, state, rule, options, sections));
    }
    let unlistedInvitations = 0;
    for (const [email, invitation] of invited) {
        const listed = config.members.get(email);
        if (byEmail.has(email)) {
            const entry = listed && { line: listed.source.entry.line, ...inFile(listed.source.file, config) };
            if (!config.ignore.has(email))
                warnings.push(doubleInvitationWarning(invitation, entry));
            continue;
        }
        if (listed || config.ignore.has(email))
            continue;
        if (config.unlisted === 'report')
            unlisted.push({ email: invitation.email, name: invitation.email, orgRole: invitation.orgRole, pending: true });
        const decision = replanMember(asPendingMember(invitation), config, state, rule, options, sections);
        const note = modelInvitationNote(invitation, decision, config, undefined, warnings);
        if (note.differs)
            unlistedInvitations++;
        modelInvitations.push(note);
    }
    const unlistedWarning = unlistedInvitationsWarning(unlistedInvitations);
    if (unlistedWarning)
        warnings.push(unlistedWarning);
    const kept = keepOwners(changes, blocked, rule);
    const budget = invitationBudgetWarning(kept.changes);
    if (budget)
        warnings.push(budget);
    const inactiveMembers = inactive.result();
    const { approval } = options;
    const privileged = approval !== undefined &&
        [...kept.changes, ...kept.blocked.map((entry) => entry.change)].some((change) => privilegedRole(change) !== undefined);
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
        ...(grants.length > 0 ? { grants } : {}),
        ...(state.unfit && state.unfit.length > 0 ? { unfit: state.unfit } : {}),
        ...(inactiveMembers ? { inactive: inactiveMembers } : {}),
        ...(state.invitations ? { modelInvitations } : {}),
        ...(privileged ? { approval } : {}),
    };
}
/**
 * The decision for one member Sentry has, from the file at `now`: the same rules as createPlan
 * (an apply re-plans each member from a fresh read with it). A listed member: its entry ended
 * (a removal) or its update; a member the file does not list: removed under `unlisted: remove`,
 * else taken off the teams that have a section. Ignored members: nothing.
 */
function replanMember(member, config, state, rule, options, sections = sectionsByEmail(config)) {
    const email = member.email.toLowerCase();
    const listed = config.members.get(email);
    if (listed) {
        const desired = desiredMember(listed, config, sections, options.now);
        if (desired.ended)
            return planRemoval(member, state, rule, {
                expired: desired.ended,
                line: listed.source.entry.line,
                ...inFile(listed.source.file, config),
            });
        return planListedMember(specFor(desired.spec, state), member, config, state, rule, pairsFor(desired.pairs, state), endedGrants(desired, listed), options.approval, { listed, desired });
    }
    if (config.ignore.has(email))
        return { reasons: [] };
    if (config.unlisted === 'remove')
        return planRemoval(member, state, rule);
    const offSections = unlistedPairs(config);
    if (offSections && [...(member.teams?.keys() ?? [])].some((team) => offSections.off(team)))
        return planTeamsOnly(member, offSections, config, state, rule);
    return { reasons: [] };
}
function identityConflict(listed, members, config) {
    return {
        change: {
            kind: 'conflict',
            email: listed.email,
            members: members.map((member) => ({ memberId: member.id, email: member.email, pending: member.pending })),
            line: listed.source.entry.line,
            ...inFile(listed.source.file, config),
        },
        reasons: conflictBlocks(members),
    };
}
/** Warnings in the config's file order, each file's by line (those without a line first). */
function inFileOrder(warnings, config) {
    const order = new Map(config.files.map((file, index) => [file, index]));
    const rank = (warning) => order.get(warning.file ?? config.file) ?? -1;
    return [...warnings].sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
}
/** A change's `file`: set only when its entry is in another file than the one `config` names. */
function inFile(file, config) {
    return file === config.file ? {} : { file };
}
/** A listed member that is in Sentry: the update (and re-invitation) the file asks for, with its blocks. */
function planListedMember(spec, member, config, state, rule, pairs, because, approval, cause) {
    const reinvite = member.expired && config.missing === 'invite';
    const current = storedAs(member, state);
    const resolved = pairs && current.teams ? { ...spec, teams: withPairs(current.teams, pairs) } : spec;
    const update = diffMember(resolved, current);
    if (update) {
        const origins = githubOrigins(update.email, update.teams, config);
        const change = placeUpdate({
            ...update,
            ...(reinvite ? { reinvite: true } : {}),
            ...(because.length > 0 ? { because } : {}),
            ...(origins ? { fromGitHub: origins } : {}),
            ...inFile(spec.source.file, config),
        }, cause.listed, cause.desired, config);
        return { change, reasons: [...updateBlocks(change, member, spec, state, rule), ...approvalBlocks(change, approval)] };
    }
    if (!reinvite)
        return { reasons: [] };
    return {
        change: {
            kind: 'reinvite',
            memberId: member.id,
            email: member.email,
            name: member.name,
            line: spec.source.entry.line,
            ...inFile(spec.source.file, config),
        },
        reasons: reinviteBlocks(state),
    };
}
/** An org member neither listed nor ignored under `unlisted: remove`, or one whose entry ended. */
function planRemoval(member, state, rule, expired) {
    const change = {
        kind: 'remove',
        memberId: member.id,
        email: member.email,
        name: member.name,
        orgRole: member.orgRole,
        pending: member.pending,
        ...(expired ?? {}),
    };
    return { change, reasons: removalBlocks(change, member, state, rule) };
}
/** A member the file does not list, on teams that have a section: taken off them, nothing else. */
function planTeamsOnly(member, pairs, config, state, rule) {
    const section = [...(member.teams?.keys() ?? [])].map((team) => config.teams.get(team)).find((found) => found !== undefined);
    const spec = {
        email: member.email.toLowerCase(),
        role: member.orgRole,
        teams: withPairs(member.teams ?? new Map(), pairs),
        grants: [],
        source: { file: section?.file ?? config.file, entry: section?.position ?? { line: 1, column: 1 }, teams: [] },
    };
    const update = diffMember(spec, member);
    if (!update)
        return { reasons: [] };
    const origins = githubOrigins(update.email, update.teams, config);
    const change = placeUpdate({ ...update, ...(origins ? { fromGitHub: origins } : {}), ...inFile(spec.source.file, config) }, undefined, undefined, config);
    return { change, reasons: updateBlocks(change, member, spec, state, rule) };
}
/** A listed email not in the organization, under `missing: invite`. */
function planInvite(spec, config, state, approval, pairs) {
    const teams = spec.teams ?? (pairs ? withPairs(new Map(), pairs) : undefined);
    const origins = githubOrigins(spec.email, [...(teams?.keys() ?? [])].map((team) => ({ kind: 'join', team })), config);
    const change = {
        kind: 'invite',
        email: spec.email,
        orgRole: spec.role,
        teamRoles: teams ? [...teams].map(([teamSlug, role]) => ({ teamSlug, role })) : [],
        ...(origins ? { fromGitHub: origins } : {}),
        line: spec.source.entry.line,
        ...inFile(spec.source.file, config),
    };
    return { change, reasons: [...inviteBlocks(change, state), ...approvalBlocks(change, approval)] };
}

;// CONCATENATED MODULE: ./src/plan/unknown-teams.ts
/** Team slugs the file names that the organization does not have: config errors, with their file and line. */
function unknownTeams(config, state) {
    const unknown = [];
    for (const spec of config.members.values()) {
        const file = spec.source.file;
        let index = 0;
        for (const team of spec.teams?.keys() ?? []) {
            // Team positions are in the order of the teams.
            const position = spec.source.teams[index++] ?? spec.source.entry;
            if (!state.teams.has(team))
                unknown.push({ team, owner: `for ${spec.email}`, file, ...position });
        }
        for (const grant of spec.grants)
            for (const team of grant.teams?.keys() ?? [])
                if (!state.teams.has(team))
                    unknown.push({ team, owner: `in a grant of ${spec.email}`, file, ...grant.position });
    }
    for (const section of config.teams.values())
        if (!state.teams.has(section.slug))
            unknown.push({ team: section.slug, owner: 'a team section', file: section.file, ...section.position });
    return unknown;
}

;// CONCATENATED MODULE: ./src/settings/policy.ts
/**
 * What each setting's text may be: one parser per kind of value (URL, loopback, token kind,
 * limits, booleans), used by every front door through the table of settings (table.ts). A
 * refused text throws a RefusedValue saying what is wrong and what is expected; the table names
 * the setting, and each front door names it in its own words when it shows the error.
 */
class RefusedValue extends Error {
    name = 'RefusedValue';
    /** What was given, as it may be shown ('' for a secret). */
    shown;
    /** What is wrong and what is expected, to follow "<setting> is <value>". */
    problem;
    constructor(shown, problem) {
        super(`${shown ? `"${shown}": ` : ''}${problem}`);
        this.shown = shown;
        this.problem = problem;
    }
}
/** Text as given, or undefined when empty. */
function optionalText(value) {
    return value === '' ? undefined : value;
}
/** Text that must be given (its default is not empty). */
function requiredText(value) {
    if (value === '')
        throw new RefusedValue('', 'must not be empty');
    return value;
}
/** One of `choices`, exactly. */
function oneOf(choices) {
    return (value) => {
        if (choices.includes(value))
            return value;
        throw new RefusedValue(value, `expected one of ${choices.join(', ')}`);
    };
}
const MODES = ['auto', 'plan', 'apply', 'check', 'validate'];
const parseMode = oneOf(MODES);
const REVIEW_POLICIES = ['warn', 'require', 'off'];
const parseReviewedPlan = oneOf(REVIEW_POLICIES);
const LAYOUTS = ['members', 'teams'];
const parseLayout = oneOf(LAYOUTS);
function parseBoolean(value) {
    if (/^(true|yes|on)$/i.test(value))
        return true;
    if (/^(false|no|off)$/i.test(value))
        return false;
    throw new RefusedValue(value, 'expected true or false');
}
/** `auto`, or a boolean. */
function parseAutoBoolean(value) {
    if (/^auto$/i.test(value))
        return 'auto';
    try {
        return parseBoolean(value);
    }
    catch {
        throw new RefusedValue(value, 'expected auto, true or false');
    }
}
function wholeNumber(value) {
    return /^\d+$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : undefined;
}
/** A guard's limit: a whole number, 0 for no limit. */
function parseLimit(value) {
    const number = wholeNumber(value);
    if (number === undefined)
        throw new RefusedValue(value, 'expected a whole number (0 for no limit)');
    return number;
}
/** max-removals: a whole number (0 for no limit), or a percentage of the organization's members and invitations (`10%`). */
function parseRemovalLimit(value) {
    const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
    if (percent) {
        const share = Number(percent[1]);
        if (share <= 100)
            return { percent: share };
    }
    const number = wholeNumber(value);
    if (number === undefined)
        throw new RefusedValue(value, 'expected a whole number (0 for no limit) or a percentage up to 100% (10%)');
    return number;
}
/** A count of at least 0 (min-owners, expiry-warning-days). */
function parseCount(value) {
    const number = wholeNumber(value);
    if (number === undefined)
        throw new RefusedValue(value, 'expected a whole number');
    return number;
}
/**
 * The Sentry base URL. Plain http would send the token in clear text, so it is refused except on
 * loopback hosts (a local or simulated Sentry). The API's own path (`/api/0`), which people copy
 * from Sentry's documentation, is taken off: requests add it themselves.
 */
function parseSentryUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new RefusedValue(value, 'not a URL; expected e.g. https://sentry.io or https://de.sentry.io');
    }
    if (url.username || url.password || url.search || url.hash) {
        throw new RefusedValue(url.origin, 'expected a plain base URL such as https://sentry.example.com, without credentials, query or fragment');
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
        throw new RefusedValue(url.origin, 'only https is allowed (plain http only for loopback hosts), so the token never travels in clear text');
    }
    url.pathname = url.pathname.replace(/\/+$/, '').replace(/\/api\/0$/, '');
    return url;
}
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
/** The token as given, or undefined; an org auth token is refused: Sentry does not let it manage members. */
function parseSentryToken(token) {
    if (!token)
        return undefined;
    if (token.startsWith('sntrys_')) {
        throw new RefusedValue('', 'an organization auth token (sntrys_...), which Sentry does not let manage members: create a user auth token (sntryu_...) with member:read for plans and member:admin for applies');
    }
    return token;
}

;// CONCATENATED MODULE: ./src/settings/table.ts


/** The commands of the command line (`help` aside). */
const COMMANDS = ['validate', 'plan', 'check', 'apply', 'export'];
const SENTRY_COMMANDS = ['plan', 'check', 'apply'];
/**
 * Every setting of the action and the command line: the one place a default is written. The
 * action's inputs, the command line's flags and its help come from here, and a test holds
 * action.yml and the README's input table to it. A new setting is one row, plus its use.
 */
const SETTINGS = {
    sentryToken: {
        name: 'sentry-token',
        default: '',
        parse: parseSentryToken,
        input: {},
        env: 'SENTRY_AUTH_TOKEN',
        secret: true,
        help: 'A Sentry user auth token (sntryu_...), with member:read for plan, check and export and member:admin for apply.',
    },
    sentryUrl: {
        name: 'sentry-url',
        default: 'https://sentry.io',
        parse: parseSentryUrl,
        input: {},
        flag: { value: '<url>', commands: [...SENTRY_COMMANDS, 'export'] },
        help: 'Sentry base URL (https://de.sentry.io, self-hosted); plain http only on loopback.',
    },
    organization: {
        name: 'organization',
        default: '',
        parse: optionalText,
        input: {},
        flag: { name: 'org', value: '<slug>', commands: [...SENTRY_COMMANDS, 'export'] },
        help: 'The organization slug: export needs it; for plan, check and apply it overrides "organization" in the config.',
    },
    config: {
        name: 'config',
        default: 'sentry-members.yml',
        parse: requiredText,
        input: {},
        flag: { value: '<path>', commands: ['validate', ...SENTRY_COMMANDS] },
        help: 'The config, as the [config] argument: a file, a directory (every *.yml below it) or a glob.',
    },
    mode: {
        name: 'mode',
        default: 'auto',
        parse: parseMode,
        input: {},
        help: 'auto, plan, apply, check or validate.',
    },
    githubToken: {
        name: 'github-token',
        default: '',
        parse: optionalText,
        // The runner's expression, not a template of ours.
        // biome-ignore lint/suspicious/noTemplateCurlyInString: an expression GitHub evaluates
        input: { default: '${{ github.token }}' },
        secret: true,
        help: 'Token for the pull-request plan comment and the drift issue.',
    },
    comment: {
        name: 'comment',
        default: 'true',
        parse: parseBoolean,
        input: {},
        help: "Post the plan comment on pull requests and rewrite it on every run, failed runs included; the result of an apply on push goes to the merged pull request's comment.",
    },
    driftIssue: {
        name: 'drift-issue',
        default: 'false',
        parse: parseBoolean,
        input: {},
        help: 'Keep one open issue saying what drift scheduled and hand-started apply (or check) runs find and correct.',
    },
    maxChanges: {
        name: 'max-changes',
        default: '50',
        parse: parseLimit,
        input: {},
        flag: { value: '<n>', commands: SENTRY_COMMANDS },
        help: 'apply writes nothing when the plan writes to more members; 0 is no limit.',
    },
    maxRemovals: {
        name: 'max-removals',
        default: '5',
        parse: parseRemovalLimit,
        input: {},
        flag: { value: '<n|n%>', commands: SENTRY_COMMANDS },
        help: "The same guard for removals: a number, or a percentage of the organization's members and invitations.",
    },
    minOwners: {
        name: 'min-owners',
        default: '1',
        parse: parseCount,
        input: {},
        flag: { value: '<n>', commands: SENTRY_COMMANDS },
        help: 'Block the changes that would leave fewer active owners.',
    },
    expiryWarningDays: {
        name: 'expiry-warning-days',
        default: '7',
        parse: parseCount,
        input: {},
        flag: { value: '<n>', commands: SENTRY_COMMANDS },
        help: 'Warn about grants and entries ending within this many days.',
    },
    reviewedPlan: {
        name: 'reviewed-plan',
        default: 'warn',
        parse: parseReviewedPlan,
        input: {},
        help: 'warn, require or off: how an apply on merge treats a plan that differs from the reviewed one (require also holds scheduled applies to what was applied on merge).',
    },
    redact: {
        name: 'redact',
        default: 'auto',
        parse: parseAutoBoolean,
        input: {},
        help: 'auto, true or false: publish nothing from Sentry the config does not say (auto: on public repositories).',
    },
    githubTeamsToken: {
        name: 'github-teams-token',
        default: '',
        parse: optionalText,
        input: {},
        secret: true,
        help: "Token that reads the GitHub organization: the GitHub teams that team sections follow (github-team), its SAML identities, and the memberships of approvals.privileged's teams; it needs organization members read access (a GitHub App token with Members: read); empty: github-token.",
    },
    inactiveDays: {
        name: 'inactive-days',
        default: '0',
        parse: parseCount,
        input: {},
        flag: { value: '<n>', commands: SENTRY_COMMANDS },
        help: 'List the members not active in Sentry for this many days, with the line that keeps them; 0 lists none.',
    },
    layout: {
        name: 'layout',
        default: 'members',
        parse: parseLayout,
        flag: { value: '<form>', commands: ['export'] },
        help: 'members (an entry per member) or teams (team sections; with --out <directory>/, org.yml and teams/<slug>.yml).',
    },
    out: {
        name: 'out',
        default: '',
        parse: optionalText,
        flag: { value: '<path>', commands: ['export'] },
        help: 'Where to write, as the [out] argument; standard output when not given.',
    },
    githubTeams: {
        name: 'github-teams',
        default: '',
        parse: optionalText,
        flag: { value: '<org>', commands: ['export'] },
        help: 'Make each team whose GitHub team of the same slug in <org> has the same people follow it (github-team), with a people map for them; GitHub is read with GITHUB_TOKEN.',
    },
    force: {
        name: 'force',
        default: 'false',
        parse: parseBoolean,
        flag: { value: '', switch: true, commands: ['export'] },
        help: 'Replace files that are there, and remove stale config files from the --out directory; without it, export refuses to write over anything.',
    },
};
const INPUT_KEYS = Object.keys(SETTINGS).filter((key) => 'input' in SETTINGS[key]);
const FLAG_KEYS = Object.keys(SETTINGS).filter((key) => 'flag' in SETTINGS[key]);
/** A row, whatever its value's type (for the code that lists them). */
function rowOf(key) {
    return SETTINGS[key];
}
/** The flag of a row (`--org` for organization), or undefined when it has none. */
function flagOf(key) {
    const { flag, name } = rowOf(key);
    return flag ? `--${flag.name ?? name}` : undefined;
}
/** A refused setting: which one, what was given (as it may be shown) and what is expected. */
class SettingError extends Error {
    name = 'SettingError';
    setting;
    /** What was given, as it may be shown ('' for a secret). */
    value;
    /** What is wrong and what is expected, to follow "<setting> is <value>". */
    problem;
    constructor(setting, value, problem) {
        super(`${setting}${value ? ` is "${value}"` : ''}: ${problem}`);
        this.setting = setting;
        this.value = value;
        this.problem = problem;
    }
}
/** One setting: its text (trimmed; the default when not given), registered when secret, parsed. */
function readSetting(key, source) {
    const row = rowOf(key);
    const given = source.text(key, row)?.trim() ?? '';
    if (row.secret && given) {
        // Before it is parsed: even a refused token is never shown.
        (0,secrets/* addSecret */.Ck)(given);
        source.mask?.(given);
    }
    try {
        return row.parse(given === '' ? row.default : given);
    }
    catch (error) {
        if (error instanceof RefusedValue)
            throw new SettingError(row.name, error.shown, error.problem);
        throw error;
    }
}
/** Several settings, read once each, as one typed object. */
function readSettings(keys, source) {
    const values = {};
    for (const key of keys)
        values[key] = readSetting(key, source);
    return values;
}
/** Every setting at its default: what a run is told when nobody says otherwise (tests, the benchmark). */
function defaultSettings() {
    const keys = Object.keys(SETTINGS).filter((key) => !rowOf(key).secret);
    return readSettings(keys, { text: () => undefined });
}

;// CONCATENATED MODULE: ./src/engine/plan-organization.ts








/**
 * Observe Sentry and, at the same time, the GitHub teams the file follows; check the file against
 * both (unknown team slugs and GitHub teams that cannot be read are config errors); plan. The one
 * sequence the action and the command line share. Throws when a Sentry read fails. With a `base`
 * config (the pull request's base commit), the same observation (read for both files: no extra
 * request) also plans the base, and the changes it would make too are drift: a GitHub team that
 * changed after the base commit changes both plans alike, so its changes are drift. `approval`,
 * read from GitHub while Sentry is read, is the gate of owner and manager grants.
 */
async function planOrganization(client, config, organization, options, configWarnings = [], base, github, approval) {
    const scope = base ? bothScopes(scopeOf(config), scopeOf(base)) : scopeOf(config);
    const [observed, read, gate] = await Promise.all([
        observe(client, organization, scope),
        readGitHubTeams(github, config, base),
        approval,
    ]);
    const planning = gate ? { ...options, approval: gate } : options;
    const { strategy } = observed;
    const { state } = observed;
    const teamless = unknownTeams(config, state);
    const unknownAs = (hint) => teamless.map(({ owner, team, file, line, column }) => ({
        severity: 'error',
        file,
        line,
        column,
        message: `team "${team}" (${owner}) does not exist in the Sentry organization "${organization}".${hint(team)}`,
    }));
    const unknown = unknownAs((team) => `${didYouMean(team, state.teams.keys())} Its teams: ${teamList(state)}. Check the slug, or create the team in Sentry first`);
    // A public repository is not shown the organization's teams (redact).
    const unknownInPublic = unknownAs(() => " Check the slug, or create the team in Sentry first (the organization's teams are not listed here, because this repository is public: `sentry-members-sync plan` run locally lists them)");
    if (read.kind === 'failed')
        return {
            kind: 'config-errors',
            cause: 'github-teams',
            problems: [...read.problems, ...unknown],
            publicProblems: [...read.problems, ...unknownInPublic],
            githubTeams: read.problems.length,
        };
    if (unknown.length > 0)
        return { kind: 'config-errors', cause: 'unknown-teams', problems: unknown, publicProblems: unknownInPublic, githubTeams: 0 };
    const followed = followGitHubTeams(config, read.rosters, state);
    const plan = createPlan(followed.config, state, planning);
    // The file's warnings and the plan's, in one order: by file, then line.
    const warnings = inFileOrder([
        ...configWarnings.map((problem) => ({
            message: problem.message,
            ...(problem.line ? { line: problem.line } : {}),
            ...(problem.file !== config.file ? { file: problem.file } : {}),
        })),
        ...followed.warnings,
        ...plan.warnings,
    ], config);
    const drift = base && driftOf(base, read.rosters, read.unreadable, state, planning);
    return {
        kind: 'plan',
        plan: { ...plan, warnings: drift?.kind === 'unreadable' ? [...warnings, drift.warning] : warnings },
        strategy,
        state,
        config: followed.config,
        ...(drift?.kind === 'drift' ? { drift: drift.digests } : {}),
        ...(gate ? { approval: gate } : {}),
    };
}
/**
 * The digests of the changes the base config makes too, with the GitHub teams as they are now;
 * when a GitHub team only the base follows cannot be read, why the changes are shown together.
 */
function driftOf(base, rosters, unreadable, state, options) {
    const unread = [...base.teams.values()].find((section) => section.github && unreadable.has(section.github.key))?.github;
    if (unread)
        return {
            kind: 'unreadable',
            warning: {
                message: `the config at the base commit follows the GitHub team ${unread.org}/${unread.team}, which cannot be read: the changes of this pull request and drift are shown together`,
            },
        };
    const followed = followGitHubTeams(base, rosters, state).config;
    return { kind: 'drift', digests: new Set(createPlan(followed, state, options).changes.map(changeDigest)) };
}
/** Whose teams either file needs. */
function bothScopes(a, b) {
    return {
        expectedMembers: a.expectedMembers + b.expectedMembers,
        needsTeams: (member) => a.needsTeams(member) || b.needsTeams(member),
        needsInvitations: (members) => (a.needsInvitations?.(members) ?? false) || (b.needsInvitations?.(members) ?? false),
    };
}
/** The organization's team slugs, in order, the first ten and how many more. */
function teamList(state) {
    const slugs = [...state.teams.keys()];
    if (slugs.length === 0)
        return 'none';
    return `${slugs.slice(0, 10).join(', ')}${slugs.length > 10 ? ` and ${slugs.length - 10} more` : ''}`;
}
/** The organization to act on: the input (or flag) wins over the file. */
function organizationOf(config, override) {
    const organization = override ?? config.organization;
    if (!organization) {
        throw new SettingError('organization', '', `not given, and ${config.file} has no "organization:": set one of them`);
    }
    return organization;
}

;// CONCATENATED MODULE: ./src/domain/org-state.ts
/** The organization's members and invitations, records that do not fit included (what a percentage of max-removals is of). */
function headcount(state) {
    return state.members.length + (state.unfit?.length ?? 0);
}

;// CONCATENATED MODULE: ./src/sentry/errors.ts


/** The words of a hint when no front door says them (debug logs, failed writes). */
const PLAIN_WORDS = { url: 'sentry-url', newToken: 'use it in place of this one' };
/** A Sentry API call that failed, described for people: method, path, status, Sentry's words, what to do. */
class SentryApiError extends Error {
    name = 'SentryApiError';
    method;
    path;
    /** 0 when no response came (connection error, timeout). */
    status;
    /** Sentry's own message, from any of its body shapes. */
    detail;
    hint;
    constructor(method, path, status, serverDetail, options) {
        // Sentry's words (or a proxy's) may echo the token: redacted before anything else sees them,
        // and invisible or control characters shown escaped (one line, read as written).
        const detail = (0,domain_text/* escapeInvisible */.ts)((0,secrets/* redactSecrets */.fp)(serverDetail));
        super('', options?.cause ? { cause: options.cause } : {});
        this.method = method;
        this.path = path;
        this.status = status;
        this.detail = detail;
        this.hint = options?.hint;
        this.message = this.describe(PLAIN_WORDS);
    }
    /** The failure and what to do, naming settings as a front door does. */
    describe(words) {
        const what = this.status === 0 ? 'no response' : `HTTP ${this.status}`;
        return `${this.method} ${this.path}: ${what}: ${this.detail}${this.hint ? ` (${this.hint(words)})` : ''}`;
    }
}
/**
 * Sentry's daily invitation budget answered (429, "too many invitations": docs/sentry-api.md): not
 * a failure of the write, and not retried. Waiting for the per-second window does not lift it,
 * and every attempt spends the day's budget again, so the run sends no more invitations and
 * leaves them to the next run.
 */
class InvitationBudgetError extends SentryApiError {
    name = 'InvitationBudgetError';
    constructor(method, path, serverDetail) {
        super(method, path, 429, serverDetail, {
            hint: () => "Sentry's daily invitation limit is reached (100 a day per user and per organization, 10 per email); it is whole again at 00:00 UTC: the next run sends the invitations left",
        });
    }
}
/**
 * Sentry's error bodies in words: `{"detail": "msg"}`, `{"field": ["msg"]}`, `{"role": "msg"}`,
 * a bare list, a bare string (429), or text that is not JSON.
 */
function describeErrorBody(body, text) {
    if (typeof body === 'string')
        return body;
    if (Array.isArray(body))
        return body.map(String).join('; ');
    if (body && typeof body === 'object') {
        const record = body;
        const parts = [];
        for (const [key, value] of Object.entries(record)) {
            if (key === 'errorId')
                continue;
            const message = Array.isArray(value)
                ? value.map(String).join('; ')
                : typeof value === 'string'
                    ? value
                    : JSON.stringify(value);
            parts.push(key === 'detail' ? message : `${key}: ${message}`);
        }
        if (typeof record.errorId === 'string')
            parts.push(`Sentry error id ${record.errorId}`);
        if (parts.length > 0)
            return parts.join('; ');
    }
    const trimmed = text.trim().replace(/\s+/g, ' ');
    return trimmed ? `unexpected response: ${trimmed.slice(0, 200)}` : 'empty response';
}
/** What to do about a status, said once here rather than at every caller. */
function hintFor(status) {
    switch (status) {
        case 401:
            return (words) => `the Sentry token is invalid or expired: create a new user auth token and ${words.newToken}`;
        case 403:
            return () => "the token's user may not do this: plans need member:read, applies need member:admin, and org auth tokens (sntrys_) cannot manage members";
        case 404:
            return (words) => `check the organization slug and ${words.url} (EU organizations use https://de.sentry.io)`;
        case 429:
            return () => 'still rate limited after waiting for the limit to reset: run again later';
        default:
            return status >= 500 ? () => 'Sentry failed; it was retried: run again later' : undefined;
    }
}

;// CONCATENATED MODULE: ./src/apply/apply.ts









/**
 * The guard a plan exceeds, if any (max-changes first); a limit of 0 is no limit. A percentage
 * of max-removals is of `members`, the organization's current members and invitations.
 */
function guardRefusal(plan, guards, members) {
    const writes = plan.changes.length;
    if (guards.maxChanges > 0 && writes > guards.maxChanges)
        return { guard: 'max-changes', count: writes, limit: guards.maxChanges };
    const removals = plan.changes.filter((change) => change.kind === 'remove').length;
    const { maxRemovals } = guards;
    if (typeof maxRemovals === 'number') {
        return maxRemovals > 0 && removals > maxRemovals ? { guard: 'max-removals', count: removals, limit: maxRemovals } : undefined;
    }
    const limit = Math.floor((members * maxRemovals.percent) / 100);
    if (removals <= limit)
        return undefined;
    return { guard: 'max-removals', count: removals, limit, percent: { percent: maxRemovals.percent, of: members } };
}
/** The most removals a run may send, from its guards (undefined: no limit). */
function removalLimit(guards, members) {
    const { maxRemovals } = guards;
    if (typeof maxRemovals !== 'number')
        return Math.floor((members * maxRemovals.percent) / 100);
    return maxRemovals > 0 ? maxRemovals : undefined;
}
/**
 * The removals the run sends, held to max-removals: the plan's removals were counted before the
 * first write, and a write that becomes a removal when its member is read again (an update whose
 * member's email changed during the run) is counted when it is about to be sent, so that writes
 * running at the same time never pass the limit together.
 */
class Removals {
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
        if (fresh.kind !== 'remove' || planned.kind === 'remove' || limit === undefined)
            return undefined;
        if (this.#planned + this.#extra >= limit)
            return { kind: 'guard-at-write', guard: 'max-removals', limit, planned: planned.kind, fresh: fresh.kind };
        this.#extra++;
        return undefined;
    }
}
/** Invitations sent at once: once the budget answers, at most this many more were already on their way. */
const INVITATIONS_AT_ONCE = 4;
const CHANGED = 'changed in Sentry during the run';
/**
 * Makes the plan's changes (the caller has checked the guards on the whole plan before: see
 * engine/run.ts): one member at a time per change (the client paces them), each independent of
 * the others, so a failed write never stops the rest. Blocked changes are not sent. Every PUT
 * and DELETE starts from a fresh read of its member: Sentry pages with offsets, so what the plan
 * saw may have been torn by a concurrent change; the write is rebuilt from the fresh state with
 * the planner's own rules (its blocks and the owner floor, not the guards, which counted the
 * plan), and a difference is reported.
 */
async function applyPlan(client, plan, context) {
    const org = plan.organization;
    const owners = ownerRule(context.state, context.options.minOwners);
    const budget = { reached: false };
    const rules = {
        budget,
        removals: new Removals(context.guards && removalLimit(context.guards, headcount(context.state)), plan.changes.filter((change) => change.kind === 'remove').length),
        asPlanned: context.asPlanned === true,
    };
    const attempt = async (change) => {
        // Once the day's budget is spent, an invitation is not even tried: every try spends it again.
        if (budget.reached && (change.kind === 'invite' || change.kind === 'reinvite'))
            return { kind: 'deferred', change };
        try {
            return change.kind === 'invite'
                ? await invite(client, org, change, context, owners, rules)
                : await rewrite(client, org, change, context, owners, rules);
        }
        catch (error) {
            if (error instanceof InvitationBudgetError) {
                budget.reached = true;
                return { kind: 'deferred', change };
            }
            return { kind: 'failed', change, error: (0,errors/* messageOf */.b)(error), cause: error };
        }
    };
    // Each outcome with its place in the plan: a rewritten change is a new object.
    const order = new Map(plan.changes.map((change, index) => [change, index]));
    const placed = async (change) => ({ at: order.get(change) ?? 0, outcome: await attempt(change) });
    // Invitations go a few at a time: once Sentry's daily invitation budget answers 429, the rest
    // are left for a later run instead of spending it again. Everything else runs concurrently
    // (the client paces it).
    const waiting = plan.changes.filter(sendsInvitation);
    const invited = [];
    const inviter = async () => {
        for (let change = waiting.shift(); change !== undefined; change = waiting.shift())
            invited.push(await placed(change));
    };
    const invitations = Promise.all(Array.from({ length: Math.min(INVITATIONS_AT_ONCE, waiting.length) }, inviter));
    const others = Promise.all(plan.changes.filter((change) => !sendsInvitation(change)).map(placed));
    const [, rest] = await Promise.all([invitations, others]);
    const outcomes = [...invited, ...rest].sort((a, b) => a.at - b.at).map(({ outcome }) => outcome);
    return {
        applied: outcomes.flatMap((o) => o.kind === 'applied' ? [{ change: o.change, ...(o.changedDuringRun ? { changedDuringRun: o.changedDuringRun } : {}) }] : []),
        failed: outcomes.flatMap((o) => (o.kind === 'failed' ? [{ change: o.change, error: o.error }] : [])),
        deferred: outcomes.flatMap((o) => o.kind === 'deferred' ? [{ change: o.change, ...(o.updated ? { updated: o.updated } : {}) }] : []),
        blocked: [...plan.blocked, ...outcomes.flatMap((o) => (o.kind === 'blocked' ? [o.blocked] : []))],
        skipped: outcomes.flatMap((o) => (o.kind === 'skipped' ? [{ change: o.change, reason: o.reason }] : [])),
    };
}
/** A PUT or DELETE: read the member again, re-plan it from that read, write what is still needed. */
async function rewrite(client, org, planned, context, owners, rules) {
    if (planned.kind === 'invite')
        throw new Error('internal: an invitation is not rewritten');
    let fresh;
    try {
        fresh = await client.getMember(org, planned.memberId);
    }
    catch (error) {
        if (!(error instanceof SentryApiError && error.status === 404))
            throw error;
        const reason = planned.kind === 'remove'
            ? 'already removed'
            : `no longer in the organization (${CHANGED}): the next plan shows it as missing`;
        return { kind: 'skipped', change: planned, reason };
    }
    if (!isAddress(fresh.email)) {
        // Its record no longer fits (docs/behaviour.md, section 5): never written to.
        return {
            kind: 'skipped',
            change: planned,
            reason: `its record in Sentry has no usable email any more (${CHANGED}): not written`,
        };
    }
    const decision = replan(fresh, context, owners);
    return carryOut(client, org, planned, decision, rules);
}
/** The plan's decision for one member, from its fresh state: the planner's own rules. */
function replan(member, context, owners) {
    return replanMember(member, context.config, context.state, owners, context.options);
}
async function carryOut(client, org, planned, decision, rules) {
    const { change } = decision;
    if (change === undefined)
        return { kind: 'skipped', change: planned, reason: `already as the file says (${CHANGED})` };
    const difference = sameWrite(planned, change) ? undefined : differenceOf(planned, change);
    if (decision.reasons.length > 0) {
        const reasons = difference ? [...decision.reasons, { kind: 'changed-during-run', difference }] : decision.reasons;
        return { kind: 'blocked', blocked: { change, reasons } };
    }
    // What the write does, not the request it sends: unmanaged teams may differ in the body.
    if (rules.asPlanned && changeDigest(change) !== changeDigest(planned))
        return {
            kind: 'blocked',
            blocked: { change, reasons: [{ kind: 'not-as-planned', planned: effectOf(planned), fresh: effectOf(change) }] },
        };
    const over = rules.removals.take(planned, change);
    if (over)
        return { kind: 'blocked', blocked: { change, reasons: [over] } };
    if ((await write(client, org, change, rules.budget)) === 'invitation-deferred')
        return { kind: 'deferred', change, updated: true };
    return { kind: 'applied', change, ...(difference ? { changedDuringRun: { kind: 'changed', difference } } : {}) };
}
function effectOf(change) {
    return change.kind === 'update'
        ? { kind: 'update', ...(change.orgRole ? { orgRole: change.orgRole } : {}), teams: change.teams }
        : { kind: change.kind, teams: [] };
}
/** An invitation; when Sentry answers that the email is already a member or invited, that member is read and reconciled. */
async function invite(client, org, change, context, owners, rules) {
    try {
        await write(client, org, change, rules.budget);
        return { kind: 'applied', change };
    }
    catch (error) {
        if (!(error instanceof SentryApiError && error.status === 400 && /already (a member|been invited)/i.test(error.detail)))
            throw error;
    }
    const found = await client.searchMembers(org, `email:${change.email}`);
    const same = found.filter((member) => !isUnfit(member) && member.email.toLowerCase() === change.email.toLowerCase());
    if (same.length !== 1) {
        // A record that does not fit (its account's email is not shown) is never written to: named by its id.
        const others = found
            .map((member) => isUnfit(member)
            ? `the member with id ${member.id}, whose record has no usable email`
            : `${member.email} (id ${member.id})`)
            .join(', ');
        return {
            kind: 'failed',
            change,
            error: same.length === 0 && found.length > 0
                ? `Sentry says ${change.email} is already a member: it is an email of ${others}. List that member's email in the file instead`
                : `Sentry says ${change.email} is already a member or invited, but ${same.length === 0 ? 'no member has that email' : `${same.length} members have it`}: check the organization in Sentry`,
        };
    }
    const fresh = await client.getMember(org, same[0]?.id ?? '');
    const decision = replan(fresh, context, owners);
    const outcome = await carryOut(client, org, change, decision, rules);
    if (outcome.kind === 'applied')
        return { ...outcome, changedDuringRun: { kind: 'already-in-sentry' } };
    if (outcome.kind === 'skipped')
        return { ...outcome, reason: 'already in Sentry (invited or joined during the run): nothing left to change' };
    return outcome;
}
/** The same write: same kind, member and request. */
function sameWrite(a, b) {
    if (a.kind !== b.kind)
        return false;
    if (a.kind === 'update' && b.kind === 'update')
        return JSON.stringify([a.request, a.reinvite]) === JSON.stringify([b.request, b.reinvite]);
    return true;
}
/** How the write the fresh read calls for differs from the planned one. */
function differenceOf(planned, now) {
    if (planned.kind === 'update' && now.kind === 'update') {
        const teams = (change) => change.request.teamRoles.map((team) => team.teamSlug);
        return {
            kind: 'teams',
            planned: teams(planned),
            fresh: teams(now),
            ...(planned.request.orgRole !== now.request.orgRole ? { orgRole: now.request.orgRole ?? 'unchanged' } : {}),
        };
    }
    return { kind: 'write', planned: planned.kind, fresh: now.kind };
}
/**
 * One member's requests. 'invitation-deferred': an update was made, but its re-sent invitation
 * was not, Sentry's daily invitation budget being spent (a request that finds it spent throws
 * InvitationBudgetError).
 */
async function write(client, org, change, budget) {
    switch (change.kind) {
        case 'update':
            await client.updateMember(org, change.memberId, change.request);
            // Sentry re-sends an invitation only in a request of its own.
            if (!change.reinvite)
                return 'done';
            if (budget.reached)
                return 'invitation-deferred';
            try {
                await client.reinviteMember(org, change.memberId);
            }
            catch (error) {
                if (!(error instanceof InvitationBudgetError))
                    throw error;
                budget.reached = true;
                return 'invitation-deferred';
            }
            return 'done';
        case 'invite': {
            const invited = await client.inviteMember(org, {
                email: change.email,
                orgRole: change.orgRole,
                teamRoles: change.teamRoles.map(({ teamSlug }) => ({ teamSlug, role: null })),
                sendInvite: true,
            });
            // Sentry ignores team roles on invite: set the explicit ones with a PUT.
            if (change.teamRoles.some((team) => team.role !== null)) {
                await client.updateMember(org, invited.id, { teamRoles: change.teamRoles });
            }
            return 'done';
        }
        case 'reinvite':
            await client.reinviteMember(org, change.memberId);
            return 'done';
        case 'remove':
            try {
                await client.removeMember(org, change.memberId);
            }
            catch (error) {
                // Already gone (e.g. a retried DELETE whose first attempt did remove it): that is the goal.
                if (!(error instanceof SentryApiError && error.status === 404))
                    throw error;
            }
            return 'done';
    }
}

;// CONCATENATED MODULE: ./src/engine/approvals.ts


/**
 * The gate of this run's owner and manager grants (docs/behaviour.md, section 12): reads the
 * pull request that can carry an approval (its author, head and merge; its reviews; the team
 * memberships of reviewers not listed by login), then decides with the pure rules. Never
 * throws: a read that fails is evidence that could not be read, which blocks the grants only.
 */
async function readApprovalGate(approvals, source, mode) {
    return approvalGate(approvals, source.run, mode, await readEvidence(approvals, source, mode));
}
async function readEvidence(approvals, { run, reads }, mode) {
    const number = pullToRead(run, mode);
    if (number === undefined)
        return { kind: 'none' };
    if (!reads)
        return {
            kind: 'unreadable',
            detail: 'there is no GitHub token or repository to read its reviews with (input "github-token")',
        };
    let pull;
    let reviews;
    try {
        [pull, reviews] = await Promise.all([reads.pull(number), reads.reviews(number)]);
    }
    catch (error) {
        return { kind: 'unreadable', detail: (0,errors/* messageOf */.b)(error) };
    }
    const memberships = await Promise.all(membershipsToRead(approvals, run, pull, reviews).map(async ({ org, team, login }) => {
        try {
            const membership = await reads.teamMembership(org, team, login);
            return { org, team, login, active: membership?.state === 'active' };
        }
        catch (error) {
            return { org, team, login, failed: (0,errors/* messageOf */.b)(error) };
        }
    }));
    return { kind: 'read', pull, reviews, memberships };
}

;// CONCATENATED MODULE: ./src/engine/review.ts


/**
 * The fresh plan held against the reviewed one: every change it makes must have been reviewed
 * (each change as many times as it was reviewed; a reviewed change no longer needed is only
 * reported). A plan recorded as a whole (too large for each change) must be the same plan. On a
 * public repository changes to members the file does not list were recorded by kind, so they
 * are compared only when the config is the one the reviewed plan was made from.
 */
function checkReview(planned, review, config) {
    const plan = asReviewed(planned);
    const base = {
        policy: review.policy,
        pull: review.pull,
        ...(review.unreadable ? { unreadable: review.unreadable } : {}),
        ...(review.untrusted ? { untrusted: review.untrusted } : {}),
    };
    const { reviewed } = review;
    if (!reviewed)
        return { ...base, found: false, matches: false, added: plan.changes, dropped: [] };
    const named = reviewed.redacted ? (email) => config.members.has(email.toLowerCase()) : undefined;
    const unnamed = plan.changes.filter((change) => isUnnamed(change, named));
    const uncompared = new Set(unnamed.length > 0 && configDigest(config) !== reviewed.config ? unnamed : []);
    const unverified = uncompared.size > 0 ? { unnamedUncompared: uncompared.size } : {};
    if (!reviewed.changes) {
        const matches = planDigest(plan, named) === reviewed.digest && uncompared.size === 0;
        return { ...base, ...unverified, found: true, matches, added: matches ? [] : [...uncompared], dropped: [] };
    }
    // As many of each reviewed change as were reviewed.
    const left = new Map();
    for (const [digest, words] of reviewed.changes)
        left.set(digest, [...(left.get(digest) ?? []), words || 'a change']);
    const added = [];
    for (const change of plan.changes) {
        const reviewedAs = left.get(publishedDigest(change, named));
        if (uncompared.has(change) || !reviewedAs || reviewedAs.length === 0)
            added.push(change);
        else
            reviewedAs.pop();
    }
    return {
        ...base,
        ...unverified,
        found: true,
        matches: added.length === 0,
        added,
        dropped: [...left.values()].flat(),
    };
}
/**
 * The plan as a reviewer saw it on the pull request: a grant blocked only for want of an approval
 * is still a change the file asks for (the pull request's plan showed it waiting for one), so
 * blocking it at merge neither adds nor drops a change; the others are compared and made as usual.
 */
function asReviewed(plan) {
    const waiting = plan.blocked.filter((blocked) => awaitsApprovalOnly(blocked.reasons)).map((blocked) => blocked.change);
    const writes = waiting.filter((change) => change.kind !== 'conflict');
    return writes.length === 0 ? plan : { ...plan, changes: [...plan.changes, ...writes] };
}
/** The apply does only what was reviewed. */
function matchesReview(check) {
    return check.found && check.matches;
}

;// CONCATENATED MODULE: ./src/engine/run.ts






/** A run no pull request stands behind. */
const COMMAND_LINE = { run: { kind: 'other', run: 'command-line' }, reads: undefined };
/**
 * plan, check and apply: read Sentry, plan; apply checks the guards, then writes. Never throws for
 * Sentry's failures. Records when the read ended (the plan is as Sentry was then), and for a plan,
 * the guard its apply would be refused by.
 */
async function runSentry(client, run) {
    const { acceptance } = run;
    const accepted = run.mode === 'apply' && acceptance?.kind === 'earlier' ? acceptance.config : undefined;
    let planned;
    // Read from GitHub while Sentry is read; never fails (an unreadable approval blocks the grants only).
    const approval = run.config.approvals
        ? readApprovalGate(run.config.approvals, run.approvals ?? COMMAND_LINE, run.mode)
        : undefined;
    try {
        planned = await planOrganization(client, run.config, run.organization, run.options, run.warnings, run.base ?? accepted, run.github, approval);
    }
    catch (error) {
        return { kind: 'read-failed', organization: run.organization, error };
    }
    const readAt = (run.clock ?? Date.now)();
    if (planned.kind === 'config-errors')
        return planned.cause === 'github-teams'
            ? {
                kind: 'github-teams',
                file: run.config.file,
                problems: planned.problems,
                publicProblems: planned.publicProblems,
                teams: planned.githubTeams,
                readAt,
            }
            : {
                kind: 'unknown-teams',
                file: run.config.file,
                problems: planned.problems,
                publicProblems: planned.publicProblems,
                readAt,
            };
    const { state, drift, config } = planned;
    let { plan } = planned;
    let waiting;
    if (run.mode === 'apply' && acceptance && acceptance.kind !== 'current') {
        if (acceptance.kind === 'unreadable') {
            const review = {
                policy: 'require',
                pull: undefined,
                found: false,
                matches: false,
                added: plan.changes,
                dropped: [],
                unreadable: acceptance.why,
                scheduled: true,
            };
            return { kind: 'unreviewed', plan, state, readAt, review };
        }
        // Only drift, as the last config applied on merge would correct it, is made; the rest waits for review.
        const made = acceptance.kind === 'earlier' && drift ? drift : new Set();
        const held = plan.changes.filter((change) => !made.has(changeDigest(change)));
        if (held.length > 0) {
            waiting = {
                changes: held,
                notApplied: acceptance.notApplied,
                ...(acceptance.kind === 'earlier' ? { since: acceptance.commit } : { why: acceptance.why }),
            };
            plan = { ...plan, changes: plan.changes.filter((change) => made.has(changeDigest(change))) };
        }
    }
    const options = planned.approval ? { ...run.options, approval: planned.approval } : run.options;
    const refusal = guardRefusal(plan, run.guards, headcount(state));
    if (run.mode !== 'apply')
        return {
            kind: 'planned',
            mode: run.mode,
            plan,
            state,
            readAt,
            ...(drift ? { drift } : {}),
            ...(refusal ? { wouldRefuse: refusal } : {}),
        };
    const review = run.review && checkReview(plan, run.review, run.config);
    if (review && review.policy === 'require' && !matchesReview(review))
        return { kind: 'unreviewed', plan, state, readAt, review };
    if (refusal)
        return { kind: 'guard-refused', plan, state, readAt, refusal };
    // Under require each write is made only as planned (and reviewed); the guards count what is sent.
    const asPlanned = run.review?.policy === 'require' || acceptance !== undefined;
    const result = await applyPlan(client, plan, {
        // The config the plan was made from (with the GitHub teams' members): each write is re-planned from it.
        config,
        state,
        options,
        guards: run.guards,
        asPlanned,
    });
    return { kind: 'applied', plan, state, readAt, result, ...(review ? { review } : {}), ...(waiting ? { waiting } : {}) };
}
/**
 * The one place that decides whether a run failed, and why (docs/behaviour.md, section 2): an
 * invalid config, a failed read, unknown teams, a refused guard, an apply on merge that is not
 * the reviewed plan under reviewed-plan: require, failed writes, blocked changes, and drift found
 * by `check`. Unlisted and missing members under `report` never fail a run; under
 * reviewed-plan: warn an unreviewed change is a warning, not a failure.
 */
function failuresOf(outcome) {
    switch (outcome.kind) {
        case 'validated':
            return [];
        case 'invalid-config':
            return [
                { kind: 'invalid-config', file: outcome.file, errors: outcome.problems.filter((p) => p.severity === 'error').length },
            ];
        case 'read-failed':
            return [{ kind: 'read-failed', organization: outcome.organization, error: outcome.error }];
        case 'unknown-teams':
            return [{ kind: 'unknown-teams', file: outcome.file, teams: outcome.problems.length }];
        case 'github-teams':
            return [{ kind: 'github-teams', file: outcome.file, teams: outcome.teams }];
        case 'guard-refused':
            return [{ kind: 'guard', refusal: outcome.refusal }];
        case 'unreviewed': {
            const { pull, found, added, dropped, unreadable, untrusted, unnamedUncompared, scheduled } = outcome.review;
            return [
                {
                    kind: 'unreviewed',
                    pull,
                    found,
                    added: added.length,
                    dropped: dropped.length,
                    ...(unreadable ? { unreadable } : {}),
                    ...(untrusted ? { untrusted } : {}),
                    ...(unnamedUncompared ? { unnamedUncompared } : {}),
                    ...(scheduled ? { scheduled } : {}),
                },
            ];
        }
        case 'planned': {
            const { plan } = outcome;
            const failures = [];
            if (plan.blocked.length > 0)
                failures.push({
                    kind: 'blocked',
                    blocked: plan.blocked.length,
                    others: plan.changes.length === 0 ? 'none' : 'to-make',
                    ...needApproval(plan.blocked),
                });
            else if (outcome.mode === 'check' && plan.changes.length > 0)
                failures.push({ kind: 'drift', file: plan.config, members: plan.changes.length });
            return failures;
        }
        case 'applied': {
            const { result } = outcome;
            const failures = [];
            if (result.failed.length > 0)
                failures.push({ kind: 'writes-failed', failed: result.failed.length, applied: result.applied.length });
            if (result.blocked.length > 0)
                failures.push({
                    kind: 'blocked',
                    blocked: result.blocked.length,
                    others: outcome.plan.changes.length === 0 ? 'none' : 'made',
                    ...needApproval(result.blocked),
                });
            return failures;
        }
    }
}
/** The one place that decides what a run warns about without failing: each front door shows them as warnings. */
function warningsOf(outcome) {
    if (outcome.kind !== 'applied' || outcome.result.deferred.length === 0)
        return [];
    const { deferred } = outcome.result;
    return [{ kind: 'invitations-deferred', deferred: deferred.length, updated: deferred.filter((entry) => entry.updated).length }];
}
/** How many blocked changes need an approval, when some do. */
function needApproval(blocked) {
    const count = blocked.filter((entry) => entry.reasons.some((reason) => reason.kind === 'needs-approval')).length;
    return count > 0 ? { needApproval: count } : {};
}

;// CONCATENATED MODULE: ./src/engine/validate.ts

/**
 * `validate`, and the first step of every mode: the config (a file, a directory or a glob)
 * alone, nothing sent to Sentry. Entries and grants that have already ended are warnings: the
 * next apply carries them out.
 */
async function validateConfig(given, cwd, options = {}, now = Date.now()) {
    const result = await loadConfig(given, cwd, options);
    if (!result.ok)
        return { kind: 'invalid-config', file: given, problems: result.problems };
    return {
        kind: 'validated',
        config: result.config,
        warnings: [...result.warnings, ...endedWarnings(result.config, now)],
        ...(result.parts ? { parts: result.parts } : {}),
    };
}
/** What has already ended at `now`: entries (the member is removed) and grants (taken back). */
function endedWarnings(config, now) {
    const problems = [];
    for (const spec of config.members.values()) {
        const file = spec.source.file;
        if (spec.until && now >= spec.until.end)
            problems.push({
                severity: 'warning',
                file,
                ...spec.source.entry,
                message: `the entry of ${spec.email} ended ${spec.until.text}: the next apply removes the member (or remove the entry)`,
            });
        for (const grant of spec.grants)
            if (now >= grant.until.end)
                problems.push({
                    severity: 'warning',
                    file,
                    ...grant.position,
                    message: `a grant of ${spec.email} ended ${grant.until.text}: the next apply takes it back (or remove the grant)`,
                });
    }
    return problems;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/render/public-view.ts
/**
 * What a public repository may show of a plan: nothing from Sentry that the config does not
 * already say. Changes to members the file does not list (removals of unlisted members, and
 * unlisted members taken off a team that has a section), and those members themselves, are
 * counted, never named or shown by email; display names from Sentry are left out for everyone;
 * a reason that names the token's user by an email the file does not list names its role only
 * (the reason is data: its caller loses the email). The plan itself (plan.json) keeps
 * everything: this is a view for the log, the summary, annotations, the comment, the drift issue
 * and the hidden reviewed-plan record.
 */
function publicPlan(plan, listed) {
    const unnamed = (change) => !listed(change.email);
    const hiddenChanges = plan.changes.filter(unnamed);
    const withheld = {
        unlisted: plan.unlisted.length + (plan.withheld?.unlisted ?? 0),
        removals: hiddenChanges.filter((change) => change.kind === 'remove').length + (plan.withheld?.removals ?? 0),
        updates: hiddenChanges.filter((change) => change.kind !== 'remove').length + (plan.withheld?.updates ?? 0),
        blocked: plan.blocked.filter((blocked) => unnamed(blocked.change)).length + (plan.withheld?.blocked ?? 0),
    };
    return {
        ...plan,
        changes: plan.changes.filter((change) => !unnamed(change)).map(withoutName),
        blocked: plan.blocked.filter((blocked) => !unnamed(blocked.change)).map((blocked) => publicBlocked(blocked, listed)),
        unlisted: [],
        withheld,
        // Records that do not fit keep their ids, not the text Sentry has for an email.
        ...(plan.unfit
            ? {
                unfit: plan.unfit.map((record) => record.problem.kind === 'not-an-address' ? { ...record, problem: { kind: 'not-an-address' } } : record),
            }
            : {}),
        // Invitations of the newer model the file does not list are counted (unlisted), never named.
        ...(plan.modelInvitations ? { modelInvitations: plan.modelInvitations.filter((note) => listed(note.email)) } : {}),
    };
}
/** The public view of an apply's result (see publicPlan). */
function publicResult(result, listed) {
    const shown = (entries) => entries.filter(({ change }) => listed(change.email));
    const hiddenWrites = [...result.applied, ...result.failed, ...result.skipped].filter(({ change }) => !listed(change.email));
    return {
        applied: shown(result.applied).map((entry) => ({ ...entry, change: withoutName(entry.change) })),
        failed: shown(result.failed).map((entry) => ({
            ...entry,
            change: withoutName(entry.change),
            error: withoutEmails(entry.error, listed),
        })),
        skipped: shown(result.skipped).map((entry) => ({ ...entry, change: withoutName(entry.change) })),
        deferred: result.deferred.map((entry) => ({ ...entry, change: withoutName(entry.change) })),
        blocked: shown(result.blocked).map((blocked) => publicBlocked(blocked, listed)),
        withheld: {
            unlisted: 0,
            removals: hiddenWrites.filter(({ change }) => change.kind === 'remove').length,
            updates: hiddenWrites.filter(({ change }) => change.kind !== 'remove').length,
            blocked: result.blocked.length - shown(result.blocked).length,
        },
    };
}
function publicBlocked(blocked, listed) {
    return {
        change: withoutName(blocked.change),
        reasons: blocked.reasons.map((reason) => publicReason(reason, listed)),
    };
}
/** A reason that names the token's user by an email the file does not list names its role only. */
function publicReason(reason, listed) {
    if (!('caller' in reason) || reason.caller.email === undefined || listed(reason.caller.email))
        return reason;
    return { ...reason, caller: { orgRole: reason.caller.orgRole } };
}
function withoutName(change) {
    return 'name' in change ? { ...change, name: '' } : change;
}
/**
 * A failed write's error (Sentry's words, or the apply's about another member): its emails that
 * the file does not list, replaced. Free text from a server has no structure to redact from.
 */
function withoutEmails(text, listed) {
    return text.replace(/[^\s(),;:<>"'[\]]+@[^\s(),;:<>"'[\]]+\.[A-Za-z]{2,}/g, (email) => listed(email) ? email : 'a member not in the file');
}
/** How a reader of a public repository sees what was left out. */
function withheldNote(withheld, config) {
    const some = (count, one, many) => (count > 0 ? `${count} ${count === 1 ? one : many}` : '');
    const parts = [
        some(withheld.removals, `removal of a member not in ${config}`, `removals of members not in ${config}`),
        some(withheld.updates, `member not in ${config} taken off a team`, `members not in ${config} taken off teams`),
        some(withheld.blocked, 'blocked change', 'blocked changes'),
        some(withheld.unlisted, `member in Sentry not in ${config}`, `members in Sentry not in ${config}`),
    ].filter((part) => part !== '');
    if (parts.length === 0)
        return undefined;
    return `Not named here, because this repository is public (redact): ${parts.join(', ')}; display names are left out too. To see everything, run \`sentry-members-sync plan\` locally (the command line shows everything), or set the input \`redact: false\`.`;
}

;// CONCATENATED MODULE: ./src/render/validation.ts

/** One line saying what a valid config holds. */
function describeConfig(config) {
    const members = [...config.members.values()];
    const managed = members.filter((member) => member.teams !== undefined).length;
    const org = config.organization ? ` for organization ${config.organization}` : '';
    const files = config.files.length > 1 ? ` (${plural(config.files.length, 'file')})` : '';
    const following = [...config.teams.values()].filter((section) => section.github !== undefined).length;
    const sections = config.teams.size > 0
        ? `, ${plural(config.teams.size, 'team section')}${following > 0 ? ` (${following} following a GitHub team)` : ''}`
        : '';
    return `${config.file}${files} is valid${org}: ${plural(members.length, 'member')} (${managed} with managed teams)${sections}, ${plural(config.ignore.size, 'ignored email')}; unlisted: ${config.unlisted}, missing: ${config.missing}.`;
}
/** The job-summary section for a config check. */
function validationMarkdown(file, problems, config) {
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    const warnings = problems.length - errors;
    const lines = ['## sentry-members-sync: config check', ''];
    lines.push(config
        ? `:white_check_mark: ${escapeMarkdown(describeConfig(config))}`
        : `:x: ${codeSpan(file)} has ${plural(errors, 'error')}${warnings ? ` and ${plural(warnings, 'warning')}` : ''}. Nothing was sent to Sentry.`);
    if (problems.length > 0)
        lines.push('', problemsTable(problems));
    return `${lines.join('\n')}\n`;
}
/**
 * Config problems as a table, errors first, each at its `file:line:column` (a link to that line
 * when `line` gives one), within `limit` characters: past it, as many rows as fit and how many
 * more there are.
 */
function problemsTable(problems, options = {}) {
    const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    const rows = sorted.map((problem) => {
        const where = problem.line === undefined
            ? escapeMarkdown(problem.file)
            : `${escapeMarkdown(problem.file)}:${problem.line}:${problem.column ?? 1}`;
        return [
            problem.severity === 'error' ? ':x:' : ':warning:',
            problem.line !== undefined && options.line ? `[${where}](${options.line(problem.line, problem.file)})` : where,
            escapeMarkdown(problem.message),
        ];
    });
    const header = ['', 'Where', 'Problem'];
    const full = table(header, rows);
    if (options.limit === undefined || full.length <= options.limit)
        return full;
    const note = (left) => `\n\n${plural(left, 'more problem')} not shown here (too long for one message).`;
    let size = table(header, []).length + note(rows.length).length;
    let kept = 0;
    for (const row of rows) {
        size += `| ${row.join(' | ')} |`.length + 1;
        if (size > options.limit)
            break;
        kept++;
    }
    return `${table(header, rows.slice(0, kept))}${note(rows.length - kept)}`;
}
function plural(count, noun, nouns = `${noun}s`) {
    return `${count} ${count === 1 ? noun : nouns}`;
}

;// CONCATENATED MODULE: ./src/render/review.ts


const POWERFUL = new Set(['owner', 'manager']);
function riskOf(change) {
    switch (change.kind) {
        case 'remove':
            return 'remove';
        case 'invite':
            return POWERFUL.has(change.orgRole) ? 'grant' : 'invite';
        case 'reinvite':
            return 'invite';
        case 'update': {
            const { orgRole } = change;
            if (orgRole && orgRoleRank(orgRole.to) < orgRoleRank(orgRole.from))
                return 'demote';
            if (orgRole && POWERFUL.has(orgRole.to))
                return 'grant';
            if (!orgRole && change.teams.some((team) => team.kind === 'role' && team.to === 'contributor'))
                return 'demote';
            return 'update';
        }
    }
}
function review_byEmail(items) {
    return [...items].sort((a, b) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()) || a.email.localeCompare(b.email));
}
/** The attention some changes need; `hiddenRemovals`: removals counted but not shown (redact). */
function attentionOf(changes, hiddenRemovals = 0) {
    const demoted = [];
    const granted = [];
    for (const change of review_byEmail(changes)) {
        const risk = riskOf(change);
        if (risk === 'demote')
            demoted.push(change.email);
        if (risk === 'grant')
            granted.push(`${change.email} as ${grantedRole(change)}`);
    }
    const removes = changes.filter((change) => change.kind === 'remove').length + hiddenRemovals;
    return { removes, demoted, granted };
}
function grantedRole(change) {
    if (change.kind === 'invite')
        return change.orgRole;
    return change.kind === 'update' && change.orgRole ? change.orgRole.to : '';
}
/** The first few names of a list, and how many more: a banner stays a sentence. */
function some(names, shown = 5) {
    return names.length <= shown ? names.join(', ') : `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
/** The banner's sentence (`This plan removes ...`), or undefined when nothing needs one. */
function attentionSentence(attention, subject = 'This plan') {
    const parts = [];
    if (attention.removes > 0)
        parts.push(`removes ${plural(attention.removes, 'member')} from the organization`);
    if (attention.demoted.length > 0)
        parts.push(`demotes ${plural(attention.demoted.length, 'member')} (${some(attention.demoted)})`);
    if (attention.granted.length > 0)
        parts.push(`grants owner or manager to ${plural(attention.granted.length, 'member')} (${some(attention.granted)})`);
    if (parts.length === 0)
        return undefined;
    return `${subject} ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}.`;
}
const PLANNED = { tense: 'plan' };
/** A team change in words: `joins web as admin`, `leaves mobile`, `web: admin -> contributor (follows the org role)`. */
function describeTeamChange(change, wording = PLANNED) {
    switch (change.kind) {
        case 'join':
            return `${joins(wording)} ${change.team} as ${change.role}`;
        case 'leave':
            return `${wording.tense === 'done' ? 'left' : wording.many ? 'leave' : 'leaves'} ${change.team}`;
        case 'role':
            return `${change.team}: ${change.from} -> ${change.to}${change.followsOrgRole ? ' (follows the org role)' : ''}`;
    }
}
function joins(wording) {
    return wording.tense === 'done' ? 'joined' : wording.many ? 'join' : 'joins';
}
const REINVITED = 'expired invitation: re-sent with a new link';
/** ` (GitHub team acme/backend)` when the team's change comes from the GitHub team its section follows. */
function fromGitHub(change, team) {
    const github = change.fromGitHub?.[team];
    return github ? ` (GitHub team ${github})` : '';
}
/** The lines under a change's heading. */
function review_changeDetails(change, wording = PLANNED) {
    switch (change.kind) {
        case 'update':
            return [
                ...(change.orgRole ? [`org role: ${change.orgRole.from} -> ${change.orgRole.to}`] : []),
                ...change.teams.map((team) => `${describeTeamChange(team, wording)}${fromGitHub(change, team.team)}`),
                ...(change.reinvite ? [REINVITED] : []),
                ...(change.because ?? []),
            ];
        case 'invite':
            return [
                `invited as ${change.orgRole}`,
                ...change.teamRoles.map((team) => `${joins(wording)} ${team.teamSlug}${team.role ? ` as ${team.role}` : ''}${fromGitHub(change, team.teamSlug)}`),
            ];
        case 'reinvite':
            return [REINVITED];
        case 'remove':
            return [
                change.expired
                    ? `${wording.tense === 'done' ? 'removed' : 'remove'} (expired ${change.expired}): the entry ended; was ${change.orgRole}${change.pending ? ', pending invitation' : ''}`
                    : `removed (${change.orgRole}${change.pending ? ', pending invitation' : ''})`,
            ];
        case 'conflict':
            return change.members.map((member) => `id ${member.memberId}: ${member.email}${member.pending ? ' (pending invitation)' : ''}`);
    }
}
/** A grant that holds, in words: `bob@acme.com: org role manager until 2026-12-24, in 3 days`. */
function grantLine(note) {
    return `${note.email}: ${note.what} until ${note.until}, ${note.daysLeft <= 1 ? 'within a day' : `in ${note.daysLeft} days`}`;
}
/** Who a change is about: the email, and the Sentry display name when there is one. */
function who(change) {
    const name = 'name' in change ? change.name : '';
    return !name || name === change.email ? change.email : `${change.email} (${name})`;
}
/**
 * Where each line of changeDetails comes from, when it is another file than the change's own (a
 * team change a team section causes): in the same order, undefined for the others.
 */
function changePlaces(change) {
    if (change.kind !== 'update')
        return [];
    return [...(change.orgRole ? [undefined] : []), ...change.teams.map((team) => team.at)];
}
/** The line of the config a change comes from (removals of unlisted members have none). */
function lineOf(change) {
    return 'line' in change ? change.line : undefined;
}
/** The file of that line, when the config has several. */
function fileOf(change) {
    return 'file' in change ? change.file : undefined;
}
/** The title of a plan with its outcome. */
function planTitle(plan) {
    const writes = plan.changes.length + (plan.withheld?.removals ?? 0) + (plan.withheld?.updates ?? 0);
    const blocked = plan.blocked.length + (plan.withheld?.blocked ?? 0);
    if (writes === 0 && blocked === 0)
        return `no changes: ${plan.organization} matches ${plan.config}`;
    return `${plural(writes, 'change')} to ${plan.organization}${blocked > 0 ? `, ${blocked} blocked` : ''}`;
}

;// CONCATENATED MODULE: ./src/render/reasons.ts

/**
 * Blocked reasons, and what an apply found changed during the run, in words: the one place they
 * are worded, for every rendering (text, markdown, annotations, JSON).
 */
/** Why the identity provider, not this file, decides (Sentry accepts the write; the IdP overwrites it at its next sync). */
const IDP_OVERWRITES = 'the identity provider would overwrite this change at its next sync';
/** The token's user: its email and org role, or its role alone when the email is withheld. */
function caller(ref) {
    return `the token's user (${ref.email ? `${ref.email}, ` : ''}${ref.orgRole})`;
}
function describeReason(reason) {
    switch (reason.kind) {
        case 'caller-may-not': {
            const what = { change: 'change members', remove: 'remove members', invite: 'invite' }[reason.action];
            return `${caller(reason.caller)} may not ${what}: use an owner's or manager's token`;
        }
        case 'above-caller':
            return `the member's org role "${reason.role}" is above ${caller(reason.caller)}`;
        case 'role-not-assignable':
            return `${caller(reason.caller)} may not assign the org role "${reason.role}"`;
        case 'role-retired':
            return `the org role "${reason.role}" is retired in this organization and can no longer be assigned`;
        case 'own-role':
            return "this is the token's own user, and Sentry lets nobody change their own org role: use another owner's token";
        case 'own-user':
            return "this is the token's own user: it is never removed";
        case 'idp-member':
            return reason.write === 'remove'
                ? 'the member is managed by the identity provider (idp:provisioned): remove it there'
                : `the member is managed by the identity provider (idp:provisioned): ${IDP_OVERWRITES}; change it there`;
        case 'idp-role':
            return `the member's org role is managed by the identity provider (idp:role-restricted): ${IDP_OVERWRITES}`;
        case 'idp-team':
            return `team "${reason.team}" is managed by the identity provider (idp:provisioned): ${IDP_OVERWRITES}; join and leave it there`;
        case 'partnership':
            return 'the member is managed by a partnership (partnership:restricted) and cannot be modified';
        case 'owner-floor': {
            const left = reason.owners - 1;
            return reason.minOwners <= 1 && reason.owners <= 1
                ? 'this is the only owner: an organization must keep at least one owner'
                : `min-owners is ${reason.minOwners}: this change would leave ${left} active owner${left === 1 ? '' : 's'}`;
        }
        case 'billing-teams':
            return 'billing members cannot be on teams and this member is on some: add "teams: []" to remove them from their teams';
        case 'identity-conflict': {
            const ids = reason.members.map((member) => `${member.memberId}${member.pending ? ' (pending invite)' : ''}`).join(', ');
            return `${reason.members.length} Sentry members have this email (ids ${ids}): which one the file means cannot be told; resolve it in Sentry (remove the duplicate account or invitation), then run again`;
        }
        case 'needs-approval':
            return `grant of ${reason.role} to ${reason.email} needs an approval from one of: ${reason.approvers.join(', ')} on the merged pull request; ${withoutApproval(reason.status)}`;
        case 'changed-during-run':
            return describeRunChange({ kind: 'changed', difference: reason.difference });
        case 'not-as-planned':
            return `changed in Sentry during the run: the write planned and reviewed (${describeEffect(reason.planned)}) is not what the member's fresh read calls for (${describeEffect(reason.fresh)}); reviewed-plan is require, so neither is made: review the next plan`;
        case 'guard-at-write':
            return `not sent: planned as ${article(reason.planned)}, it became ${article(reason.fresh)} when the member was read again, and the run's removals already reach ${reason.guard} (${reason.limit}): review the next plan`;
    }
}
const reasons_short = (sha) => sha.slice(0, 7);
/** Why a run carries no approval, and what makes the change. */
function withoutApproval(status) {
    const merge = 'merge a pull request that one of them approves (a re-run of that apply counts too)';
    switch (status.kind) {
        case 'not-approved':
            return `pull request #${status.pull} has no approval of its final head commit ${reasons_short(status.head)} by one of them${notCountedNote(status.notCounted)}: ${merge}`;
        case 'unreadable':
            return `its approval could not be read${status.pull === undefined ? '' : ` on pull request #${status.pull}`} (${status.detail}), so the grant is not made: run again once GitHub can be read`;
        case 'no-merged-pull':
            return `${runWithoutPull(status.run, status.commit)}: ${merge}`;
    }
}
/** A run no merged pull request stands behind. */
function runWithoutPull(run, commit) {
    switch (run) {
        case 'push':
            return `commit ${reasons_short(commit ?? '')} came from no merged pull request (a direct push)`;
        case 'schedule':
            return 'a scheduled run carries no approval';
        case 'workflow_dispatch':
            return 'a run started by hand carries no approval';
        case 'pull_request':
        case 'pull_request_target':
            return 'the pull request is not merged yet';
        case 'command-line':
            return 'the command line carries no approval';
        default:
            return `a run on ${run} carries no approval`;
    }
}
/** Reviews that did not count, when there are some. */
function notCountedNote(notCounted) {
    if (notCounted.length === 0)
        return '';
    const words = {
        author: 'is its author',
        'earlier-commit': 'approved an earlier commit',
        'not-listed': 'is not one of them',
        'changes-requested': 'requested changes',
        dismissed: 'had the review dismissed',
    };
    return ` (not counted: ${notCounted.map(({ login, why }) => `${login} ${words[why]}`).join('; ')})`;
}
/**
 * What a grant's entry says of its approval, where it is not blocked for want of one: on a pull
 * request, who may approve and whether the head is approved yet; on an apply, who approved.
 */
function approvalNote(gate) {
    const who = `needs an approval from one of: ${gate.approvers.join(', ')}`;
    const { status } = gate;
    const by = status.kind === 'approved' ? `${status.by}${status.team ? ` (a member of ${status.team})` : ''}` : '';
    if (status.kind === 'approved')
        return gate.preview
            ? `${who}: approved by ${by} on head commit ${reasons_short(status.commit)}`
            : `approved by ${by} on pull request #${status.pull}`;
    if (!gate.preview)
        return undefined;
    if (status.kind === 'not-approved')
        return `${who} on head commit ${reasons_short(status.head)}: none yet (read again at merge)`;
    return `${who}: not read now (read again at merge)`;
}
/**
 * Where the approval of a plan's owner and manager grants stands, in one sentence: on a pull
 * request, who may approve and whether an approval of its head is there (one given later is
 * read at merge); on an apply, who approved, or why the grants are blocked.
 */
function describeApproval(gate) {
    const who = `one of: ${gate.approvers.join(', ')}`;
    const { status } = gate;
    if (status.kind === 'approved') {
        const by = `${status.by}${status.team ? ` (a member of ${status.team})` : ''}`;
        return gate.preview
            ? `Owner and manager grants need an approval from ${who}. Approved by ${by} on head commit ${reasons_short(status.commit)}: merging makes them (a new commit needs a new approval).`
            : `Owner and manager grants approved by ${by} on pull request #${status.pull} (final head commit ${reasons_short(status.commit)}).`;
    }
    if (!gate.preview)
        return `Owner and manager grants need an approval from ${who}; ${withoutApproval(status)}.`;
    const later = 'An approval given later is read at merge: without one, merging makes every other change and blocks these.';
    if (status.kind === 'not-approved')
        return `Owner and manager grants need an approval from ${who} (not the author) on head commit ${reasons_short(status.head)}: none yet${notCountedNote(status.notCounted)}. ${later}`;
    if (status.kind === 'unreadable')
        return `Owner and manager grants need an approval from ${who}; it could not be read now (${status.detail}). ${later}`;
    return `Owner and manager grants need an approval from ${who}. ${later}`;
}
function article(kind) {
    return { update: 'an update', invite: 'an invitation', reinvite: 'a new invitation', remove: 'a removal' }[kind];
}
/** A write's effect in words: `a removal`, `org role member -> owner; leaves web`. */
function describeEffect(effect) {
    if (effect.kind !== 'update')
        return article(effect.kind);
    const parts = [
        ...(effect.orgRole ? [`org role ${effect.orgRole.from} -> ${effect.orgRole.to}`] : []),
        ...effect.teams.map((team) => describeTeamChange(team)),
    ];
    return parts.length > 0 ? parts.join('; ') : 'an update that changes nothing the file manages';
}
/** A blocked change's reasons, in words. */
function describeReasons(reasons) {
    return reasons.map(describeReason);
}
/** What an apply found changed in Sentry for a member it wrote. */
function describeRunChange(change) {
    return change.kind === 'already-in-sentry'
        ? 'already in Sentry (invited or joined during the run), reconciled with the file'
        : `changed in Sentry during the run: ${describeDifference(change.difference)}`;
}
function describeDifference(difference) {
    if (difference.kind === 'write')
        return `the plan would have made a ${difference.planned}, the fresh read calls for a ${difference.fresh}`;
    const teams = (slugs) => slugs.join(', ') || 'none';
    return `the plan would have sent teams [${teams(difference.planned)}], the fresh read gives teams [${teams(difference.fresh)}]${difference.orgRole ? ` and org role ${difference.orgRole}` : ''}`;
}

;// CONCATENATED MODULE: ./src/render/plan-view.ts







/**
 * The steps of the size limit, in order: a rendering takes the first that fits. Routine entries
 * and notes go first (grouped, then counted), then grants and demotions; blocked changes,
 * removals, failed writes, warnings and the redaction note lose their details last.
 */
const CUTS = [
    { kept: 'full', risky: 'full', routine: 'full', notes: 'full' },
    { kept: 'full', risky: 'full', routine: 'grouped', notes: 'compact' },
    { kept: 'full', risky: 'full', routine: 'counted', notes: 'counted' },
    { kept: 'full', risky: 'compact', routine: 'counted', notes: 'counted' },
    { kept: 'compact', risky: 'compact', routine: 'counted', notes: 'counted' },
    { kept: 'compact', risky: 'grouped', routine: 'counted', notes: 'counted' },
    { kept: 'compact', risky: 'counted', routine: 'counted', notes: 'counted' },
];
const FULL = CUTS[0];
const FROM_PULL = 'From this pull request';
const DRIFT = 'Already different in Sentry (drift): applied too on merge';
const GROUPS = [
    { risk: 'remove', title: 'Removals', tier: 'kept', noun: ['removal', 'removals'] },
    { risk: 'grant', title: 'Owner and manager grants', tier: 'risky', noun: ['grant', 'grants'] },
    { risk: 'demote', title: 'Demotions', tier: 'risky', noun: ['demotion', 'demotions'] },
    { risk: 'update', title: 'Updates', tier: 'routine', noun: ['update', 'updates'] },
    { risk: 'invite', title: 'Invitations', tier: 'routine', noun: ['invitation', 'invitations'] },
];
const plan_view_PLANNED = { tense: 'plan' };
const DONE = { tense: 'done' };
function change(change, wording = plan_view_PLANNED, notes = []) {
    return { kind: 'change', change, wording, notes };
}
/** Members of a section counted, not named, because the repository is public (redact). */
function plan_view_hidden(count, config, what = 'not in', after = '') {
    return count > 0 ? { count, text: `${plural(count, 'member')} ${what} ${config}${after} (not named here: redact)` } : undefined;
}
/** A grant of owner or manager (approvals.privileged): who may approve it and whether it is approved, as its note. */
function approvalNotes(c, approval) {
    const text = approval && privilegedRole(c) ? approvalNote(approval) : undefined;
    return text ? [{ mark: 'info', text }] : [];
}
/** Some changes in their risk groups, most risky first, each sorted by email. */
function riskSections(changes, unnamed, config, approval) {
    return GROUPS.map(({ risk, title, tier, noun }) => {
        const entries = review_byEmail(changes.filter((c) => riskOf(c) === risk)).map((c) => change(c, plan_view_PLANNED, approvalNotes(c, approval)));
        const hiddenHere = risk === 'remove'
            ? plan_view_hidden(unnamed.removals, config)
            : risk === 'update'
                ? plan_view_hidden(unnamed.updates, config, 'not in', ', taken off teams that have a section')
                : undefined;
        return { title, tier, noun, counted: true, entries, ...(hiddenHere ? { hidden: hiddenHere } : {}) };
    }).filter((section) => section.entries.length > 0 || section.hidden);
}
/** Outcomes about members, as entries sorted by email. */
function byMember(items, entry) {
    return review_byEmail(items.map((item) => ({ ...item, email: item.change.email }))).map(entry);
}
function blockedSection(blocked, hiddenCount, config) {
    const hiddenHere = hiddenCount > 0
        ? { count: hiddenCount, text: `${plural(hiddenCount, 'change')} to members not in ${config} (not named here: redact)` }
        : undefined;
    return {
        title: 'Blocked',
        tier: 'kept',
        counted: true,
        noun: ['blocked change', 'blocked changes'],
        entries: byMember(blocked, (b) => change(b.change, plan_view_PLANNED, describeReasons(b.reasons).map((text) => ({ mark: 'blocked', text })))),
        ...(hiddenHere ? { hidden: hiddenHere } : {}),
    };
}
/** The plan's remarks: temporary access that holds, unlisted and missing members, warnings, what a public repository leaves out. */
function noteSections(plan, withheld) {
    const unlistedHidden = plan_view_hidden(withheld?.unlisted ?? 0, plan.config);
    const note = withheld && withheldNote(withheld, plan.config);
    return [
        {
            title: 'Temporary access that holds',
            tier: 'notes',
            counted: true,
            noun: ['grant', 'grants'],
            entries: review_byEmail(plan.grants ?? []).map((grant) => ({
                kind: 'line',
                text: grantLine(grant),
                line: grant.line,
                ...(grant.file && grant.file !== plan.config ? { file: grant.file } : {}),
            })),
        },
        {
            title: 'Unlisted',
            subtitle: `in Sentry but not in ${plan.config}`,
            tier: 'notes',
            counted: true,
            noun: ['member', 'members'],
            entries: review_byEmail(plan.unlisted).map((member) => ({
                kind: 'line',
                text: `${member.email} (${member.orgRole}${member.pending ? ', pending invitation' : ''})`,
            })),
            ...(unlistedHidden ? { hidden: unlistedHidden } : {}),
        },
        {
            title: 'Missing',
            subtitle: `in ${plan.config} but not in Sentry`,
            tier: 'notes',
            counted: true,
            noun: ['member', 'members'],
            entries: review_byEmail(plan.missing).map((member) => ({
                kind: 'line',
                text: `${member.email} (${member.orgRole})`,
                ...(member.line ? { line: member.line } : {}),
            })),
        },
        ...edgeSections(plan),
        {
            title: 'Warnings',
            tier: 'kept',
            counted: true,
            noun: ['warning', 'warnings'],
            entries: plan.warnings.map((warning) => ({
                kind: 'line',
                text: warning.message,
                ...(warning.line ? { line: warning.line } : {}),
                ...(warning.file ? { file: warning.file } : {}),
            })),
        },
        {
            title: 'Not shown',
            tier: 'kept',
            counted: false,
            noun: ['note', 'notes'],
            entries: note ? [{ kind: 'line', text: note }] : [],
        },
    ];
}
/**
 * What the plan says of Sentry at its edges (docs/behaviour.md, section 5): records that do not
 * fit, invitations of Sentry's newer invitation model, and (with inactive-days) inactive members.
 */
function edgeSections(plan) {
    const at = (note) => ({
        ...(note.line ? { line: note.line } : {}),
        ...(note.file && note.file !== plan.config ? { file: note.file } : {}),
    });
    return [
        {
            title: 'Records that do not fit',
            subtitle: 'in Sentry, never compared or written to: fix them in Sentry',
            tier: 'kept',
            counted: true,
            noun: ['record', 'records'],
            entries: (plan.unfit ?? []).map((record) => ({ kind: 'line', text: unfitWords(record) })),
        },
        {
            title: "Invitations of Sentry's newer invitation model",
            subtitle: 'not in its member list: read from /invited-members/, never changed by this action',
            tier: 'notes',
            counted: true,
            noun: ['invitation', 'invitations'],
            entries: review_byEmail(plan.modelInvitations ?? []).map((note) => ({ kind: 'line', text: invitationWords(note), ...at(note) })),
        },
        ...inactiveSections(plan.inactive, at),
    ];
}
/** A record that does not fit, in words: its id, what it is, and what is wrong. */
function unfitWords(record) {
    const what = `id ${record.id}${record.orgRole ? ` (${record.orgRole}${record.pending ? ', pending invitation' : ''})` : ''}`;
    const { problem } = record;
    switch (problem.kind) {
        case 'no-email':
            return `${what}: no email (${problem.email === null ? 'null' : 'empty'}), e.g. an account created without one or one Sentry cannot read`;
        case 'not-an-address':
            return `${what}: its email${problem.email === undefined ? '' : ` "${problem.email}"`} is not an address, e.g. the text of an identity provider`;
        case 'unknown-role':
            return `${what}: its org role "${problem.role}" is not one this action knows`;
    }
}
function invitationWords(note) {
    const state = [note.orgRole, `pending invitation ${note.invitationId}`, ...(note.expired ? ['expired'] : [])].join(', ');
    const line = `${note.email} (${state})`;
    if (note.differs)
        return `${line}: the file asks for ${note.differs.join(', ')}`;
    return note.line === undefined ? `${line}: not in the file` : `${line}: as the file says`;
}
/** Inactive members, oldest activity first, and never-active accounts apart. */
function inactiveSections(inactive, at) {
    if (!inactive)
        return [];
    return [
        {
            title: `Inactive for ${plural(inactive.days, 'day')} or more`,
            subtitle: 'last activity in Sentry; nothing is removed for it',
            tier: 'notes',
            counted: true,
            noun: ['member', 'members'],
            entries: inactive.members.map((note) => ({
                kind: 'line',
                text: `${note.email}: last active ${note.lastActive.slice(0, 10)} (${plural(note.days, 'day')} ago)`,
                ...at(note),
            })),
        },
        {
            title: 'Never active',
            subtitle: 'Sentry has no activity of theirs',
            tier: 'notes',
            counted: true,
            noun: ['member', 'members'],
            entries: inactive.neverActive.map((note) => ({ kind: 'line', text: `${note.email}: never active in Sentry`, ...at(note) })),
        },
    ];
}
/** A refused guard in words: `max-removals is 5 and this plan removes 8 members`. */
function refusalWords(refusal) {
    const { guard, count, limit, percent } = refusal;
    const value = percent ? `${percent.percent}% (${limit} of ${plural(percent.of, 'member')} and invitations)` : String(limit);
    const what = guard === 'max-changes' ? `writes to ${plural(count, 'member')}` : `removes ${plural(count, 'member')}`;
    return `${guard} is ${value} and this plan ${what}`;
}
/** The plan as a reviewer reads it: blocked first, then the changes by risk (this pull request apart from drift), then the remarks. */
function planView(plan, options = {}) {
    const { drift } = options;
    const withheld = plan.withheld;
    const unnamed = { removals: withheld?.removals ?? 0, updates: withheld?.updates ?? 0 };
    const hiddenDrift = {
        removals: Math.min(options.hiddenDrift?.removals ?? 0, unnamed.removals),
        updates: Math.min(options.hiddenDrift?.updates ?? 0, unnamed.updates),
    };
    const hiddenFromPull = {
        removals: unnamed.removals - hiddenDrift.removals,
        updates: unnamed.updates - hiddenDrift.updates,
    };
    const isDrift = (c) => drift?.has(changeDigest(c)) ?? false;
    const fromPull = plan.changes.filter((c) => !isDrift(c));
    const drifted = plan.changes.filter(isDrift);
    const changes = drift
        ? [
            { title: FROM_PULL, sections: riskSections(fromPull, hiddenFromPull, plan.config, plan.approval) },
            ...(drifted.length > 0 || hiddenDrift.removals + hiddenDrift.updates > 0
                ? [{ title: DRIFT, sections: riskSections(drifted, hiddenDrift, plan.config, plan.approval) }]
                : []),
        ]
        : [{ sections: riskSections(plan.changes, unnamed, plan.config, plan.approval) }];
    const attention = drift
        ? [
            attentionSentence(attentionOf(fromPull, hiddenFromPull.removals), 'This pull request'),
            attentionSentence(attentionOf(drifted, hiddenDrift.removals), 'Drift correction (already different in Sentry, applied too on merge)'),
        ]
        : [attentionSentence(attentionOf(plan.changes, unnamed.removals))];
    const blockedCount = plan.blocked.length + (withheld?.blocked ?? 0);
    const { forecast } = options;
    const who = forecast?.onPullRequest ? 'Merging' : 'An apply';
    const { approval } = plan;
    const waiting = awaitingApproval(plan);
    const approvedOrAsked = approval && (approval.preview || approval.status.kind === 'approved');
    if (approval && approvedOrAsked && plan.changes.some((c) => privilegedRole(c)))
        attention.push(describeApproval(approval));
    const caution = [
        approval && !approvedOrAsked ? describeApproval(approval) : undefined,
        blockedCount > 0
            ? `${plural(blockedCount, 'change')} cannot be made (blocked): listed first below. The run fails until the file or the organization is fixed.`
            : undefined,
        forecast?.refusal
            ? `${who} would be refused, writing nothing: ${refusalWords(forecast.refusal)}. Review the plan; if it is intended, raise ${forecast.refusal.guard} for that run.`
            : undefined,
    ];
    return {
        title: planTitle(plan),
        counts: planCounts(plan),
        config: plan.config,
        notices: [options.notice, modelInvitationNotice(plan)].filter((text) => text !== undefined),
        attention: attention.filter((line) => line !== undefined),
        caution: caution.filter((line) => line !== undefined),
        parts: [
            { sections: [blockedSection(plan.blocked, withheld?.blocked ?? 0, plan.config)] },
            ...changes,
            { sections: noteSections(plan, withheld) },
        ],
        ...(forecast
            ? {
                end: endLine(plan, forecast, drift ? { fromPull: fromPull.length + hiddenFromPull.removals + hiddenFromPull.updates } : undefined, waiting),
            }
            : {}),
    };
}
/** Said first when the organization keeps invitations in Sentry's newer invitation model, where the member list does not show them. */
function modelInvitationNotice(plan) {
    const count = plan.modelInvitations?.length ?? 0;
    if (count === 0)
        return undefined;
    return `This organization keeps pending invitations in Sentry's newer invitation model, outside its member list: ${plural(count, 'invitation')} ${count === 1 ? 'was' : 'were'} read from /invited-members/ and matched to the file, so nobody is invited twice. This action does not change, re-send or remove such invitations: do that in Sentry's settings.`;
}
/** On a pull request, the grants of owner or manager that merging makes only with an approval not given yet. */
function awaitingApproval(plan) {
    const { approval } = plan;
    if (!approval?.preview || approval.status.kind === 'approved')
        return 0;
    return plan.changes.filter((c) => privilegedRole(c)).length;
}
/** What merging (or an apply) does with a plan: the plan's last line. */
function endLine(plan, forecast, split, waiting) {
    const who = forecast.onPullRequest ? 'Merging' : 'An apply';
    if (forecast.refusal)
        return `${who} would be refused, writing nothing: ${refusalWords(forecast.refusal)}.`;
    const writes = plan.changes.length + (plan.withheld?.removals ?? 0) + (plan.withheld?.updates ?? 0);
    const blocked = plan.blocked.length + (plan.withheld?.blocked ?? 0);
    const making = writes === 0
        ? `${who} changes nothing in Sentry`
        : `${who} ${forecast.onPullRequest ? 'applies' : 'would make'} ${plural(writes, 'change')}${split ? ` (${split.fromPull} from this pull request, ${writes - split.fromPull} already different in Sentry)` : ''}`;
    const approvers = plan.approval?.approvers.join(', ');
    const asked = waiting > 0 && forecast.onPullRequest
        ? `, ${waiting === writes ? (waiting === 1 ? 'it' : 'all of them') : `${waiting} of them`} (owner and manager grants) only if one of ${approvers} approves the final head commit first`
        : '';
    const left = blocked > 0
        ? `; ${plural(blocked, 'blocked change')} ${blocked === 1 ? 'is' : 'are'} not made, and the run fails until ${blocked === 1 ? 'it is' : 'they are'} resolved`
        : '';
    const invitations = plan.changes.filter(sendsInvitation).length;
    const daily = invitations > DAILY_INVITATION_LIMIT
        ? `; Sentry sends at most ${DAILY_INVITATION_LIMIT} invitations a day, so the rest of the ${invitations} follow on the next runs`
        : '';
    return `${making}${asked}${left}${daily}.`;
}
/** The counts line every plan rendering starts with. */
function planCounts(plan) {
    const count = (kind) => plan.changes.filter((c) => c.kind === kind).length;
    const withheld = plan.withheld;
    return [
        `${count('update') + (withheld?.updates ?? 0)} to update`,
        `${count('invite') + count('reinvite')} to invite`,
        `${count('remove') + (withheld?.removals ?? 0)} to remove`,
        `${plan.blocked.length + (withheld?.blocked ?? 0)} blocked`,
        `${plan.unchanged} unchanged`,
        `${plan.unlisted.length + (withheld?.unlisted ?? 0)} unlisted`,
        `${plan.missing.length} missing`,
    ].join(', ');
}
function resultCounts(result) {
    return {
        applied: result.applied.length,
        failed: result.failed.length,
        blocked: result.blocked.length + (result.withheld?.blocked ?? 0),
        skipped: result.skipped.length,
        deferred: result.deferred.length,
    };
}
/** Every change of an apply, whatever became of it. */
function resultTotal(counts) {
    return counts.applied + counts.failed + counts.blocked + counts.skipped + counts.deferred;
}
/**
 * How an apply ended: every change made (or not needed), some of them, or none. Invitations
 * deferred to the next run make it partly applied, never failed: nothing went wrong.
 */
function resultState(counts) {
    if (counts.failed === 0 && counts.blocked === 0)
        return counts.deferred > 0 ? 'partly applied' : 'applied';
    return counts.applied > 0 ? 'partly applied' : 'failed';
}
/** Deferred invitations, for a title or a status: `150 invitations deferred to the next run by Sentry's daily limit`. */
function deferredWords(counts) {
    return counts.deferred > 0
        ? `${plural(counts.deferred, 'invitation')} deferred to the next run by Sentry's daily limit`
        : undefined;
}
/** The title of an apply's result: `applied 5 changes to acme`, `partly applied: 3 of 4 changes to acme`. */
function resultTitle(counts, organization) {
    const total = resultTotal(counts);
    const deferred = deferredWords(counts);
    switch (resultState(counts)) {
        case 'applied':
            return total === 0
                ? `nothing to apply to ${organization}`
                : `applied ${plural(counts.applied, 'change')} to ${organization}${counts.skipped > 0 ? ` (${counts.skipped} more not needed)` : ''}`;
        case 'partly applied':
            return `partly applied: ${counts.applied} of ${plural(total, 'change')} to ${organization}${deferred ? `; ${deferred}` : ''}`;
        case 'failed':
            return `failed: none of ${plural(total, 'change')} applied to ${organization}`;
    }
}
function resultCountsLine(counts) {
    return `${counts.applied} applied, ${counts.failed} failed, ${counts.blocked} blocked, ${counts.skipped} not needed${counts.deferred > 0 ? `, ${counts.deferred} deferred` : ''}`;
}
/**
 * An apply's result as a reviewer reads it: the outcome per member, failed first, then blocked,
 * made and not needed; then the plan's remarks. `shown` is what may be named (redact); the
 * counts come from `full`, so writes a public repository does not name are counted too.
 */
function resultView(shown, full, plan, words = {}) {
    const counts = resultCounts(full);
    // Entries the public view leaves out (changes to members the file does not list), by kind.
    const hiddenOf = (all, named) => {
        const removals = (entries) => entries.filter(({ change: c }) => c.kind === 'remove').length;
        const total = Math.max(0, all.length - named.length);
        const removed = Math.max(0, removals(all) - removals(named));
        return { total, removals: removed, updates: total - removed };
    };
    const hiddenApplied = hiddenOf(full.applied, shown.applied);
    const hiddenFailed = hiddenOf(full.failed, shown.failed);
    const hiddenSkipped = hiddenOf(full.skipped, shown.skipped);
    const hiddenBlocked = Math.max(0, full.blocked.length - shown.blocked.length) + (full.withheld?.blocked ?? 0);
    const removed = plan_view_hidden(hiddenApplied.total, plan.config, 'not in');
    const notRemoved = plan_view_hidden(hiddenFailed.total, plan.config, 'not in');
    const notNeeded = plan_view_hidden(hiddenSkipped.total, plan.config, 'not in');
    const withheld = {
        unlisted: plan.withheld?.unlisted ?? 0,
        removals: hiddenApplied.removals + hiddenFailed.removals + hiddenSkipped.removals,
        updates: hiddenApplied.updates + hiddenFailed.updates + hiddenSkipped.updates,
        blocked: hiddenBlocked,
    };
    const anyHidden = withheld.removals + withheld.updates + withheld.blocked > 0;
    const notes = noteSections(plan, plan.withheld || anyHidden ? withheld : undefined);
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
                        title: 'Failed',
                        tier: 'kept',
                        counted: true,
                        noun: ['failed write', 'failed writes'],
                        outcome: 'FAILED',
                        entries: byMember(shown.failed, (f) => change(f.change, plan_view_PLANNED, [{ mark: 'failed', text: f.error }])),
                        ...(notRemoved ? { hidden: notRemoved } : {}),
                    },
                    { ...blockedSection(shown.blocked, hiddenBlocked, plan.config), outcome: 'blocked' },
                    deferredSection(shown.deferred),
                    {
                        title: words.applied ?? 'Applied',
                        tier: 'routine',
                        counted: true,
                        noun: ['change', 'changes'],
                        outcome: 'done',
                        entries: byMember(shown.applied, (a) => change(a.change, DONE, [
                            ...approvalNotes(a.change, plan.approval),
                            ...(a.changedDuringRun ? [{ mark: 'changed', text: describeRunChange(a.changedDuringRun) }] : []),
                        ])),
                        ...(removed ? { hidden: removed } : {}),
                    },
                    {
                        title: 'Not needed any more',
                        subtitle: 'found so when the member was read again',
                        tier: 'routine',
                        counted: true,
                        noun: ['change', 'changes'],
                        outcome: 'not needed',
                        entries: byMember(shown.skipped, (s) => change(s.change, plan_view_PLANNED, [{ mark: 'info', text: s.reason }])),
                        ...(notNeeded ? { hidden: notNeeded } : {}),
                    },
                ],
            },
            { sections: notes },
        ],
    };
}
/** Invitations Sentry's daily budget left for the next run: not failures, said as such. */
function deferredSection(deferred) {
    return {
        title: 'Deferred to the next run',
        subtitle: "Sentry's daily invitation limit was reached",
        tier: 'risky',
        counted: true,
        noun: ['invitation', 'invitations'],
        outcome: 'deferred',
        entries: byMember(deferred, (d) => change(d.change, plan_view_PLANNED, [
            {
                mark: 'info',
                text: d.updated
                    ? 'its role and teams were set; the re-sent invitation waits for the next run'
                    : 'not sent: the next run sends it',
            },
        ])),
    };
}
/** How many entries (and hidden members) a section counts. */
function countOf(section) {
    return section.entries.length + (section.hidden?.count ?? 0);
}
/** A section with nothing to say is left out. */
function isEmpty(section) {
    return section.entries.length === 0 && !section.hidden;
}
/** What a change entry says in one line: its details, then its notes. */
function entryWords(entry, many) {
    return [...changeDetails(entry.change, { ...entry.wording, many }), ...entry.notes.map((note) => note.text)].join('; ');
}
/** The change entries of a section in groups of identical changes (plain lines are not grouped). */
function groupEntries(entries) {
    const groups = new Map();
    for (const entry of entries) {
        if (entry.kind !== 'change')
            continue;
        const key = `${entry.change.kind}\n${entryWords(entry, true)}`;
        const group = groups.get(key);
        if (group)
            group.who.push(entry.change.email);
        else
            groups.set(key, { first: entry, who: [entry.change.email] });
    }
    return [...groups.values()]
        .map(({ first, who }) => ({ text: entryWords(first, who.length > 1), who }))
        .sort((a, b) => b.who.length - a.who.length);
}
function named(changes, listed) {
    const shown = listed ? changes.filter((c) => listed(c.email)) : [...changes];
    return { shown: shown.map((c) => ('name' in c && listed ? { ...c, name: '' } : c)), unnamed: changes.length - shown.length };
}
/**
 * How an apply compared with the reviewed plan, as sections a view starts with: the changes
 * added since the review (not reviewed), then the reviewed changes no longer made. They are
 * `kept` sections, so the size limit cuts them last and only as far as needed, like removals.
 */
function reviewSections(check, config, listed) {
    if (!check.found)
        return [];
    const added = named(check.added, listed);
    const addedHidden = plan_view_hidden(added.unnamed, config, 'not in');
    const sections = [
        {
            title: 'Added since the review',
            subtitle: 'not reviewed',
            tier: 'kept',
            counted: true,
            noun: ['change', 'changes'],
            entries: byEmail(added.shown).map((c) => change(c)),
            ...(addedHidden ? { hidden: addedHidden } : {}),
        },
        {
            title: 'Dropped since the review',
            subtitle: 'reviewed, no longer needed or no longer possible',
            tier: 'kept',
            counted: true,
            noun: ['change', 'changes'],
            entries: [...check.dropped].sort().map((words) => ({ kind: 'line', text: words })),
        },
    ];
    return sections.filter((section) => !isEmpty(section));
}
/** Changes a scheduled or hand-started apply did not make under require, as the section a view starts with. */
function waitingSections(waiting, config, listed) {
    const held = named(waiting.changes, listed);
    const heldHidden = plan_view_hidden(held.unnamed, config, 'not in');
    return [
        {
            title: 'Waiting for review',
            subtitle: 'not made: no apply on merge applied these changes of the config',
            tier: 'kept',
            counted: true,
            noun: ['change', 'changes'],
            entries: byEmail(held.shown).map((c) => change(c)),
            ...(heldHidden ? { hidden: heldHidden } : {}),
        },
    ];
}
/** A view with some sections first (how it compared with the review, what waits for review). */
function withLead(view, sections) {
    return sections.length === 0 ? view : { ...view, parts: [{ sections }, ...view.parts] };
}

;// CONCATENATED MODULE: ./src/export/export.ts





/**
 * Where editors find the schema of an exported file: the copy of this very version, which every
 * release tag publishes (the release workflow checks that the tag is package.json's version).
 */
const SCHEMA_URL = `https://raw.githubusercontent.com/sentry-members-sync/sentry-members-sync/v${package_namespaceObject.rE}/schema/sentry-members.schema.json`;
/**
 * The organization as a config file: every member and invite with role and teams, sorted, so a
 * plan on the file is empty. Teams are in list form unless an explicit role matters (a member or
 * billing member who is team admin somewhere): for admins, managers and owners every team is
 * admin anyway.
 */
function exportConfig(state, options = {}) {
    const following = options.following;
    const byTeams = options.layout === 'teams';
    // With the team layout written as a directory, the sections go to files of their own.
    const inline = byTeams && options.sections !== false;
    const members = {};
    const sorted = [...state.members].sort((a, b) => (a.email.toLowerCase() < b.email.toLowerCase() ? -1 : 1));
    const counts = new Map();
    for (const member of sorted)
        counts.set(member.email.toLowerCase(), (counts.get(member.email.toLowerCase()) ?? 0) + 1);
    // Members sharing one email (case-insensitively) cannot both be keys: both are written as comments.
    const shared = [];
    for (const member of sorted) {
        const teams = teamsOf(member, state.teamRoles, following);
        if ((counts.get(member.email.toLowerCase()) ?? 0) > 1) {
            const shown = Array.isArray(teams)
                ? `[${teams.join(', ')}]`
                : `{${Object.entries(teams)
                    .map(([team, role]) => `${team}: ${role}`)
                    .join(', ')}}`;
            shared.push(` ${member.email}: {role: ${member.orgRole}, teams: ${shown}}  # id ${member.id}${member.pending ? ', pending invite' : ''}`);
            continue;
        }
        members[member.email.toLowerCase()] = byTeams ? member.orgRole : { role: member.orgRole, teams };
    }
    const followed = following ? Object.fromEntries([...following.sections].sort(([a], [b]) => (a < b ? -1 : 1))) : {};
    const doc = new dist/* Document */.yo({
        organization: state.organization,
        unlisted: 'report',
        missing: 'report',
        ...(following && following.people.size > 0 ? { people: Object.fromEntries(following.people) } : {}),
        members,
        ...(inline
            ? { teams: sectionsOf(state, new Set(Object.keys(members)), following) }
            : !byTeams && Object.keys(followed).length > 0
                ? { teams: followed }
                : {}),
    });
    // Lists of team slugs (and of a section's people) read best on one line.
    const membersNode = doc.get('members', true);
    if ((0,dist/* isMap */.jh)(membersNode)) {
        for (const pair of membersNode.items) {
            const teams = (0,dist/* isMap */.jh)(pair.value) ? pair.value.get('teams', true) : undefined;
            if ((0,dist/* isSeq */.oP)(teams))
                teams.flow = true;
        }
    }
    flowSections(doc);
    const pending = state.members.filter((member) => member.pending).length;
    doc.commentBefore = [
        ` yaml-language-server: $schema=${options.schema ?? SCHEMA_URL}`,
        '',
        ` Exported from the Sentry organization "${state.organization}" by sentry-members-sync${options.now ? ` on ${options.now}` : ''}:`,
        ...(byTeams && !inline
            ? [
                ` ${state.members.length} members, ${pending} of them pending invitations; each team's roster is in`,
                ' teams/<slug>.yml beside this file. Commit the directory and name it in `config`: read as',
                ' one config, a plan on it is empty until the files or the organization change.',
            ]
            : [
                ` ${state.members.length} members, ${pending} of them pending invitations. Review it and commit it as`,
                ' sentry-members.yml: a plan on it is empty until the file or the organization changes.',
            ]),
        ...(following && following.sections.size > 0
            ? [
                ` ${following.sections.size === 1 ? '1 team follows its GitHub team' : `${following.sections.size} teams follow their GitHub team`} of the same slug (github-team): a change`,
                ' of that GitHub team changes the Sentry team. people maps their GitHub logins to emails.',
            ]
            : []),
    ].join('\n');
    const comments = [
        ...(shared.length > 0
            ? [
                ' These Sentry members share an email with another member (compared case-insensitively), so',
                ' the file cannot tell them apart: resolve it in Sentry (remove the duplicate account or',
                ' invitation), then export again or move the one that stays into members.',
                ...shared,
            ]
            : []),
        ...unfitComment(state),
    ];
    if (comments.length > 0)
        doc.comment = comments.join('\n');
    return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
/** Members whose record no entry can name (no email, ...): listed by id, so the export says it left them out. */
function unfitComment(state) {
    const unfit = state.unfit ?? [];
    if (unfit.length === 0)
        return [];
    return [
        ' These Sentry members have no email this file can name, so they are not written above; a',
        ' plan reports them by id and never writes to them (fix their email in Sentry, then export again):',
        ...unfit.map((record) => ` ${(0,domain_text/* escapeInvisible */.ts)(unfitWords(record))}`),
    ];
}
/**
 * The organization as a directory (`export --layout teams --out <directory>/`): `org.yml` with
 * the members and their org roles, and `teams/<slug>.yml` with one team's section each, so each
 * team's file can have its own owners (CODEOWNERS). Read as one config, the files plan empty.
 * Paths are relative to the directory.
 */
function exportFiles(state, options = {}) {
    const files = new Map();
    files.set('org.yml', exportConfig(state, { ...options, layout: 'teams', sections: false }));
    for (const [slug, section] of Object.entries(sectionsOf(state, listedEmails(state), options.following))) {
        const doc = new dist/* Document */.yo({ teams: { [slug]: section } });
        flowSections(doc);
        doc.commentBefore = [
            ` yaml-language-server: $schema=${options.schema ?? SCHEMA_URL}`,
            '',
            ` The roster of team "${slug}" of "${state.organization}": managed as a whole (anyone else on the team`,
            ' leaves it). Org roles come from org.yml; give this file to the team leads in CODEOWNERS.',
        ].join('\n');
        files.set(`teams/${slug}.yml`, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
    }
    return files;
}
/** A section's lists of people read best on one line. */
function flowSections(doc) {
    const teamsNode = doc.get('teams', true);
    if (!(0,dist/* isMap */.jh)(teamsNode))
        return;
    for (const pair of teamsNode.items) {
        if (!(0,dist/* isMap */.jh)(pair.value))
            continue;
        for (const list of pair.value.items)
            if ((0,dist/* isSeq */.oP)(list.value))
                list.value.flow = true;
    }
}
/** The emails an export lists as members: those of one Sentry member only (members sharing one are comments). */
function listedEmails(state) {
    const counts = new Map();
    for (const member of state.members)
        counts.set(member.email.toLowerCase(), (counts.get(member.email.toLowerCase()) ?? 0) + 1);
    return new Set([...counts].filter(([, count]) => count === 1).map(([email]) => email));
}
/**
 * Every team of the organization as a section (an empty one too: a team with a section is
 * managed as a whole), its people by stored role: admins, contributors, members (no explicit
 * role); a team that follows its GitHub team (`following`) as that section.
 */
function sectionsOf(state, listed, following) {
    const sections = {};
    for (const slug of [...state.teams.keys()].sort())
        sections[slug] = { ...following?.sections.get(slug) };
    for (const member of [...state.members].sort((a, b) => (a.email.toLowerCase() < b.email.toLowerCase() ? -1 : 1))) {
        const email = member.email.toLowerCase();
        if (!listed.has(email))
            continue;
        for (const [slug, stored] of member.teams ?? []) {
            if (following?.sections.has(slug))
                continue;
            const role = state.teamRoles ? stored : null;
            const list = role === 'admin' ? 'admins' : role === 'contributor' ? 'contributors' : 'members';
            const section = sections[slug] ?? {};
            section[list] = [...(section[list] ?? []), email];
            sections[slug] = section;
        }
    }
    return sections;
}
/**
 * List form, unless an explicit role matters; an organization without team roles stores none, so
 * never there. Teams that follow their GitHub team are left to their section.
 */
function teamsOf(member, teamRoles, following) {
    const teams = [...(member.teams ?? [])].filter(([slug]) => !following?.sections.has(slug)).sort(([a], [b]) => (a < b ? -1 : 1));
    const explicit = teamRoles && minimumTeamRole(member.orgRole) === 'contributor' && teams.some(([, role]) => role === 'admin');
    if (!explicit)
        return teams.map(([slug]) => slug);
    return Object.fromEntries(teams.map(([slug, role]) => [slug, role === 'admin' ? 'admin' : 'contributor']));
}

;// CONCATENATED MODULE: ./src/export/github-teams.ts

/**
 * The teams an export can make follow their GitHub team of the same slug (pure): only where every
 * member of the GitHub team has an email (from its SAML identity) and those emails are exactly the
 * Sentry team's roster, each of them a member the file lists (`listed`), so a plan on the export
 * is still empty. Where the team role a GitHub team gives (maintainers admin, members none) is not
 * the one Sentry has, an explicit entry beside `github-team` says Sentry's: the export changes
 * nobody's role.
 */
function followableTeams(state, read, listed) {
    const sections = new Map();
    const people = new Map();
    const differ = [];
    const rosters = new Map();
    for (const member of state.members)
        for (const [slug, stored] of member.teams ?? []) {
            const roster = rosters.get(slug) ?? new Map();
            roster.set(member.email.toLowerCase(), { role: state.teamRoles ? stored : null, orgRole: member.orgRole });
            rosters.set(slug, roster);
        }
    for (const slug of [...state.teams.keys()].sort()) {
        const members = read.teams.get(slug);
        if (!members)
            continue;
        const github = `${read.org}/${slug}`;
        const unmapped = members.filter((member) => !read.emails.has(member.login.toLowerCase())).map((member) => member.login);
        if (unmapped.length > 0) {
            differ.push({ team: slug, why: `${unmapped.length} of ${github} have no email: ${unmapped.slice(0, 5).join(', ')}` });
            continue;
        }
        const roster = rosters.get(slug) ?? new Map();
        const fromGitHub = new Map();
        for (const member of members) {
            const email = read.emails.get(member.login.toLowerCase());
            const earlier = fromGitHub.get(email);
            fromGitHub.set(email, { login: member.login, maintainer: member.maintainer || (earlier?.maintainer ?? false) });
        }
        const missing = [...roster.keys()].filter((email) => !fromGitHub.has(email));
        const extra = [...fromGitHub.keys()].filter((email) => !roster.has(email));
        const unlisted = [...roster.keys()].filter((email) => !listed.has(email));
        if (missing.length > 0 || extra.length > 0 || unlisted.length > 0) {
            const parts = [
                ...(missing.length > 0 ? [`${missing.length} on the Sentry team only`] : []),
                ...(extra.length > 0 ? [`${extra.length} on ${github} only`] : []),
                ...(unlisted.length > 0 ? [`${unlisted.length} sharing an email with another Sentry member`] : []),
            ];
            differ.push({ team: slug, why: parts.join(', ') });
            continue;
        }
        const admins = [];
        const contributors = [];
        for (const [email, { maintainer }] of [...fromGitHub].sort(([a], [b]) => (a < b ? -1 : 1))) {
            const sentry = roster.get(email);
            if (!sentry)
                continue;
            const implied = maintainer && state.teamRoles ? 'admin' : null;
            const has = effectiveTeamRole(sentry.orgRole, sentry.role);
            if (effectiveTeamRole(sentry.orgRole, implied) === has)
                continue;
            (has === 'admin' ? admins : contributors).push(email);
        }
        sections.set(slug, {
            'github-team': github,
            ...(admins.length > 0 ? { admins } : {}),
            ...(contributors.length > 0 ? { contributors } : {}),
        });
        for (const member of members)
            people.set(member.login, read.emails.get(member.login.toLowerCase()));
    }
    return { sections, people: new Map([...people].sort(([a], [b]) => a.toLowerCase().localeCompare(b.toLowerCase()))), differ };
}

;// CONCATENATED MODULE: ./src/export/write.ts





/**
 * Writing an export (docs/behaviour.md, section 1.2): never outside `--out`, never through a
 * symbolic link, and never over anything it did not write without `--force`. Into a directory
 * (the team layout), the config files already there that the export does not write (a team
 * Sentry no longer has) are stale: the next plan would read them; they are named, and removed
 * only with `--force`.
 */
/** The export refused to write: what is in the way, and how to go on. Nothing was written. */
class ExportRefused extends Error {
    name = 'ExportRefused';
}
/** The decision, from the names to write and what is there: pure, so the rule has its own tests. */
function exportWrites(names, existing) {
    const wanted = new Set(names);
    return {
        write: names,
        replace: existing.filter((name) => wanted.has(name)),
        stale: existing.filter((name) => !wanted.has(name)),
    };
}
/** Every path a file is written to stays inside `out`, through no link, with the parents made. */
async function safeTarget(out, name) {
    const target = external_node_path_default().resolve(out, name);
    if (pathInside(out, target) === undefined || external_node_path_default().isAbsolute(name) || name.split(/[\\/]/).includes('..'))
        throw new ExportRefused(`"${name}" would be written outside ${out}: nothing was written`);
    const info = await (0,promises_.lstat)(target).catch(() => undefined);
    if (info?.isSymbolicLink())
        throw new ExportRefused(`${target} is a symbolic link: export does not write through links; remove it first. Nothing was written`);
    if (info && !info.isFile())
        throw new ExportRefused(`${target} is not a file: nothing was written`);
    return target;
}
/** Folders on the way inside `out` (made when missing), none of them a link out of it. */
async function makeParents(out, target) {
    const folder = external_node_path_default().dirname(target);
    await (0,promises_.mkdir)(folder, { recursive: true });
    const [realOut, realFolder] = await Promise.all([(0,promises_.realpath)(out), (0,promises_.realpath)(folder)]);
    if (pathInside(realOut, realFolder) === undefined)
        throw new ExportRefused(`${folder} leads out of ${out} (a symbolic link): export writes only inside it`);
}
/** One file (`export --out file.yml`): refused when it is there, unless `force`. */
async function writeExportFile(file, text, force) {
    const target = await safeTarget(external_node_path_default().dirname(file), external_node_path_default().basename(file));
    const there = await (0,promises_.lstat)(target).catch(() => undefined);
    if (there && !force)
        throw new ExportRefused(`${file} exists: the export would replace it, and whatever was written in it (notes, comments) would be lost. Nothing was written: export to another file and compare, or pass --force to replace it`);
    await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
    await (0,promises_.writeFile)(target, text);
    return { written: [file], removed: [] };
}
/**
 * A directory (`export --layout teams --out dir/`): `files` by path relative to `dir`. Without
 * `force`, refused when any file is there (to be replaced, or stale); with it, the files are
 * replaced and the stale config files removed.
 */
async function writeExportDirectory(dir, files, force) {
    const targets = new Map();
    for (const name of files.keys())
        targets.set(name, await safeTarget(dir, name));
    const existing = await existingConfigFiles(dir);
    const plan = exportWrites([...files.keys()], existing);
    if (!force && (plan.replace.length > 0 || plan.stale.length > 0)) {
        const parts = [
            plan.replace.length > 0 ? `it would replace ${list(plan.replace)} (whatever was written in them would be lost)` : '',
            plan.stale.length > 0
                ? `${list(plan.stale)} ${plan.stale.length === 1 ? 'is a config file' : 'are config files'} the export does not write (a team Sentry no longer has, or a file of your own), which the next plan would read`
                : '',
        ].filter(Boolean);
        throw new ExportRefused(`${dir} already holds config files: ${parts.join('; and ')}. Nothing was written: export to an empty directory and compare, or pass --force to replace these files and remove the stale ones`);
    }
    // A stale link is removed as a link: what it points at is not touched.
    const stale = plan.stale.map((name) => {
        const target = external_node_path_default().resolve(dir, name);
        if (pathInside(dir, target) === undefined)
            throw new ExportRefused(`"${name}" is outside ${dir}: nothing was written`);
        return target;
    });
    for (const [name, text] of files) {
        const target = targets.get(name) ?? external_node_path_default().resolve(dir, name);
        await makeParents(dir, target);
        await (0,promises_.writeFile)(target, text);
    }
    for (const target of stale)
        await (0,promises_.rm)(target);
    return { written: [...files.keys()], removed: plan.stale };
}
/** The config files a directory holds, by the rules a plan reads it with; links and odd files included, so they are named. */
async function existingConfigFiles(dir) {
    const info = await (0,promises_.lstat)(dir).catch(() => undefined);
    if (!info)
        return [];
    if (!info.isDirectory())
        throw new ExportRefused(`${dir} is not a directory: nothing was written`);
    const set = await configFiles(workspaceTree(dir), '');
    if (set.kind !== 'files')
        return [];
    return [...set.files.map((file) => file.path), ...set.problems.map((problem) => problem.file)].sort();
}
function list(names) {
    const shown = names.slice(0, 10).join(', ');
    return names.length > 10 ? `${shown} and ${names.length - 10} more` : shown;
}

;// CONCATENATED MODULE: ./src/render/failures.ts





/** The message of anything thrown, Error or not; a refused setting in this front door's words. */
function describeError(error, words) {
    if (error instanceof SettingError) {
        return `${words ? words.setting(error.setting) : error.setting}${error.value ? ` is "${error.value}"` : ''}: ${error.problem}`;
    }
    if (error instanceof SentryApiError && words)
        return error.describe({ url: words.setting('sentry-url'), newToken: words.newToken });
    return (0,errors/* messageOf */.b)(error);
}
/** How changes that were not reviewed get applied deliberately under reviewed-plan: require (docs/behaviour.md, section 10). */
const DELIBERATELY = 'To apply the changes, open a new pull request that touches the config, so that its plan (which shows them) is reviewed, and merge it; or run the workflow by hand with mode apply and reviewed-plan warn, which makes them and lists what was not reviewed';
/** A failure in words: what went wrong and what to do (docs/behaviour.md, section 2). */
function describeFailure(failure, words) {
    switch (failure.kind) {
        case 'invalid-config':
            return `${failure.file} has ${plural(failure.errors, 'error')} (${words.listed}): fix them and ${words.again}`;
        case 'read-failed':
            return `reading the organization "${failure.organization}" from Sentry failed, so nothing was written: ${describeError(failure.error, words)}`;
        case 'unknown-teams':
            return `${failure.file} names ${plural(failure.teams, 'team')} that the organization does not have (${words.listed}): nothing was written`;
        case 'github-teams':
            return `${failure.file} follows ${plural(failure.teams, 'GitHub team')} that cannot be read (${words.listed}): nothing was written. Check each team's name and that the token may read it, then ${words.again}`;
        case 'blocked': {
            const others = {
                none: 'there are no other changes',
                'to-make': 'apply makes the other changes',
                made: 'the other changes were made',
            }[failure.others];
            const approve = 'merge a pull request that one of the approvers in approvals.privileged, not its author, approves on its final head commit';
            if (failure.needApproval === failure.blocked)
                return `${plural(failure.blocked, 'owner or manager grant', 'owner and manager grants')} cannot be made without an approval (blocked, ${words.listed}): ${approve}; ${others}`;
            const grants = failure.needApproval
                ? ` (${failure.needApproval} of them ${failure.needApproval === 1 ? 'is an owner or manager grant that needs' : 'are owner and manager grants that need'} an approval: ${approve})`
                : '';
            return `${plural(failure.blocked, 'change')} cannot be made (blocked, ${words.listed}): fix the file or the organization${grants}; ${others}`;
        }
        case 'drift':
            return `${plural(failure.members, 'member')} differ from ${failure.file} (drift): run apply, or update the file`;
        case 'guard': {
            const { guard, count, limit, percent } = failure.refusal;
            const what = guard === 'max-changes' ? `writes to ${plural(count, 'member')}` : `removes ${plural(count, 'member')}`;
            const value = percent ? `${percent.percent}% of ${plural(percent.of, 'member')} and invitations: ${limit}` : String(limit);
            return `the plan ${what}, more than ${words.setting(guard)} (${value}): nothing was written. Review the plan; if it is intended, raise ${words.setting(guard)} (0 = no limit) for the run that applies it`;
        }
        case 'unreviewed': {
            const require = `${words.setting('reviewed-plan')} is require`;
            if (failure.scheduled)
                return `nothing was written, because which changes of the config an apply on merge applied could not be read from GitHub (${failure.unreadable ?? 'no answer'}) and ${require}: a scheduled or hand-started apply then makes no change that may not have been reviewed. ${DELIBERATELY}`;
            const where = failure.pull === undefined ? 'this commit came from no merged pull request' : `pull request #${failure.pull}`;
            const why = failure.unreadable
                ? `the reviewed plan could not be read from GitHub (${failure.unreadable})`
                : failure.untrusted
                    ? `the plan comment on ${where} cannot be trusted: ${failure.untrusted}`
                    : !failure.found
                        ? `no reviewed plan was found (${where}${failure.pull === undefined ? '' : ' has no current plan in its comment: was it planned with comment: false, or did its last plan fail?'})`
                        : failure.unnamedUncompared
                            ? `${plural(failure.unnamedUncompared, 'change')} to members the file does not list cannot be compared with the plan reviewed on ${where} (a public repository records them without naming anyone, so only for the config they were planned from, and the config is not that one)`
                            : `the plan differs from the one reviewed on ${where}: ${plural(failure.added, 'change')} added, ${failure.dropped} dropped since the review`;
            return `nothing was written, because ${why} and ${require}. ${DELIBERATELY}`;
        }
        case 'writes-failed':
            return `${plural(failure.failed, 'member write')} failed (${words.listed}), ${failure.applied} succeeded: fix the cause and run again; the next run makes only what is still missing`;
    }
}
/** A warning of a run in words: what happened and what comes next (docs/behaviour.md, section 2). */
function describeWarning(warning) {
    switch (warning.kind) {
        case 'invitations-deferred': {
            const updated = warning.updated > 0
                ? ` (${warning.updated} of them ${warning.updated === 1 ? 'an update whose' : 'updates whose'} role and teams were set: only the re-sent invitation waits)`
                : '';
            return `${plural(warning.deferred, 'invitation')} not sent${updated}: Sentry's daily invitation limit was reached (${DAILY_INVITATION_LIMIT} a day per user and per organization). Nothing failed: the next run sends them, from 00:00 UTC when the limit is whole again (a nightly schedule carries on by itself)`;
        }
    }
}

;// CONCATENATED MODULE: ./src/render/plan-json.ts

/**
 * The plan as data for scripts (plan.json, `--json`): the plan itself, each blocked reason (and
 * where the approval of owner and manager grants stands) with its words beside its data.
 */
function planJson(plan) {
    return {
        ...plan,
        blocked: plan.blocked.map(blockedJson),
        ...(plan.approval ? { approval: { ...plan.approval, message: describeApproval(plan.approval) } } : {}),
    };
}
/** An apply's result as data, worded likewise. */
function resultJson(result) {
    return {
        ...result,
        applied: result.applied.map((applied) => applied.changedDuringRun
            ? { ...applied, changedDuringRun: { ...applied.changedDuringRun, message: describeRunChange(applied.changedDuringRun) } }
            : applied),
        blocked: result.blocked.map(blockedJson),
    };
}
function blockedJson(blocked) {
    return { ...blocked, reasons: blocked.reasons.map((reason) => ({ ...reason, message: describeReason(reason) })) };
}

;// CONCATENATED MODULE: ./src/render/plan-text.ts



/**
 * Lines for a terminal or the Actions log, with text from Sentry in them made harmless: newlines,
 * control, bidirectional and zero-width characters shown escaped (`\u202e`), so a name cannot
 * start a line of its own; and no line can start a workflow command (`::`), however it begins.
 */
function logLines(lines) {
    return `${lines.map((line) => (0,domain_text/* escapeInvisible */.ts)(line).replace(/^(\s*)::/, '$1\\u003a:')).join('\n')}\n`;
}
/** A change's heading: its mark, kind and who (`~ update bob@acme.com (Bob)`). */
function changeHeading(change) {
    const mark = { update: '~', reinvite: '+', invite: '+', remove: '-', conflict: '!' }[change.kind];
    const what = change.kind === 'update' && change.pending ? 'update invite' : change.kind === 'reinvite' ? 're-invite' : change.kind;
    return `${mark} ${what} ${who(change)}`;
}
/**
 * Where an entry is, as editors and terminals link it: `file:line` (the file the config names,
 * when the entry does not name another).
 */
function where(line, file, config) {
    if (!line)
        return '';
    return `  (${file ?? config}:${line})`;
}
const NOTE_WORDS = { blocked: 'because', failed: 'FAILED:', changed: 'note:', info: 'note:' };
function entryLines(entry, indent, config) {
    if (entry.kind === 'line')
        return [`${indent}  ${entry.text}${where(entry.line, entry.file, config)}`];
    const { change } = entry;
    const places = changePlaces(change);
    return [
        `${indent}${changeHeading(change)}${where(lineOf(change), fileOf(change), config)}`,
        ...review_changeDetails(change, entry.wording).map((detail, index) => `${indent}    ${detail}${places[index] ? where(places[index].line, places[index].file, config) : ''}`),
        ...entry.notes.map((note) => `${indent}    ${NOTE_WORDS[note.mark]} ${note.text}`),
    ];
}
/** An apply's outcome: one line per member, its outcome first (`FAILED: update bob@acme.com: why`). */
function outcomeLines(section) {
    const lines = section.entries.map((entry) => {
        if (entry.kind === 'line')
            return `    ${section.outcome}: ${entry.text}`;
        const notes = entry.notes.map((note) => note.text).join('; ');
        return `    ${section.outcome}: ${changeHeading(entry.change).slice(2)}${notes ? `: ${notes}` : ''}`;
    });
    if (section.hidden)
        lines.push(`    ${section.outcome}: ${section.hidden.text}`);
    return lines;
}
function sectionLines(section, indent, config) {
    if (isEmpty(section))
        return [];
    if (section.outcome !== undefined)
        return outcomeLines({ ...section, outcome: section.outcome });
    const count = section.counted ? ` (${countOf(section)})` : '';
    return [
        '',
        `${indent}${section.title}${count}${section.subtitle ? `, ${section.subtitle}` : ''}:`,
        ...section.entries.flatMap((entry) => entryLines(entry, `${indent}  `, config)),
        ...(section.hidden ? [`${indent}    ${section.hidden.text}`] : []),
    ];
}
/**
 * A view for a terminal or the Actions log: `lead`, the counts, the banners, then every section
 * in full; `config` is the config as named, the file of the lines that name no other.
 */
function viewText(view, lead, config) {
    const lines = [lead, `  ${view.counts}`];
    const banners = [
        ...view.notices.map((notice) => `NOTE: ${notice}`),
        ...view.attention.map((line) => `WARNING: ${line}`),
        ...view.caution.map((line) => `CAUTION: ${line}`),
    ];
    if (banners.length > 0)
        lines.push('', ...banners);
    for (const part of view.parts) {
        if (part.title) {
            const count = part.sections.reduce((sum, section) => sum + countOf(section), 0);
            lines.push('', `${part.title} (${count}):`);
            if (part.sections.every(isEmpty))
                lines.push('  nothing');
        }
        for (const section of part.sections)
            lines.push(...sectionLines(section, part.title ? '  ' : '', config));
    }
    if (view.end)
        lines.push('', view.end);
    return logLines(lines);
}
/** The plan for a terminal or the Actions log: title, counts, banner, then the changes, risk first. */
function planText(plan, options = {}) {
    const view = planView(plan, options);
    // An empty plan's title already names the file ("no changes: acme matches sentry-members.yml").
    const from = view.title.endsWith(plan.config) ? '' : ` (from ${plan.config})`;
    return viewText(view, `Sentry plan: ${view.title}${from}`, plan.config);
}
/**
 * What an apply did, for a terminal or the log, after the plan: the outcome per member, failed
 * first (the plan's remarks were said with the plan); `full` (the result before redact) gives the counts.
 */
function applyText(result, plan, full = result) {
    const view = resultView(result, full, plan);
    return viewText({ ...view, parts: view.parts.slice(0, 1) }, `Sentry apply: ${view.title}`, plan.config);
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
;// CONCATENATED MODULE: ./src/sentry/pacer.ts
/** The X-Sentry-Rate-Limit-* headers, when all are present and numeric. */
function readRateLimit(headers) {
    const number = (name) => {
        const value = headers[`x-sentry-rate-limit-${name}`];
        const parsed = Number(Array.isArray(value) ? value[0] : value);
        return value === undefined || !Number.isFinite(parsed) ? undefined : parsed;
    };
    const limit = number('limit');
    const remaining = number('remaining');
    const reset = number('reset');
    const concurrentLimit = number('concurrentlimit');
    if (limit === undefined || remaining === undefined || reset === undefined)
        return undefined;
    return { limit, remaining, resetAt: reset * 1000, concurrentLimit: concurrentLimit ?? Number.POSITIVE_INFINITY };
}
class Pacer {
    #endpoints = new Map();
    #unlimited;
    #margin;
    #maxWait;
    #now;
    #sequence = 0;
    constructor(options = {}) {
        this.#unlimited = options.unlimitedConcurrency ?? 8;
        this.#margin = options.resetMarginMs ?? 25;
        this.#maxWait = options.maxWaitMs ?? 60_000;
        this.#now = options.now ?? Date.now;
    }
    /**
     * Waits until a request to `endpoint` may start. Waiting requests start in the order they
     * came, each as soon as the endpoint has room for it: a response or a window's end wakes only
     * as many as may start (with a thousand rosters queued, waking every one on every response
     * cost more CPU time than reading them).
     */
    acquire(endpoint) {
        const state = this.#state(endpoint);
        // Those already waiting go first, should a window have ended since anything woke them.
        this.#grant(state);
        if (state.waiters.length === 0 && this.#ready(state))
            return Promise.resolve(this.#start(state));
        return new Promise((resolve) => {
            state.waiters.push(resolve);
            this.#arm(state);
        });
    }
    #state(endpoint) {
        let state = this.#endpoints.get(endpoint);
        if (!state) {
            state = {
                inFlight: new Set(),
                heard: false,
                // Until the first answer only one request runs (see acquire); then the answer tells.
                concurrency: this.#unlimited,
                remaining: undefined,
                resetAt: undefined,
                limit: undefined,
                waiters: [],
                timer: undefined,
            };
            this.#endpoints.set(endpoint, state);
        }
        return state;
    }
    #done(state, sequence, headers) {
        if (!state.inFlight.delete(sequence))
            return;
        if (headers)
            this.#learn(state, sequence, headers);
        this.#grant(state);
    }
    #learn(state, sequence, headers) {
        state.heard = true;
        const limits = readRateLimit(headers);
        if (!limits) {
            if (state.limit === undefined)
                state.concurrency = this.#unlimited;
            return;
        }
        state.limit = limits.limit;
        state.concurrency = Math.max(1, Math.min(limits.concurrentLimit, 1000));
        // Requests started after this one may not have been counted yet: keep room for them.
        let startedLater = 0;
        for (const other of state.inFlight)
            if (other > sequence)
                startedLater++;
        const remaining = limits.remaining - startedLater;
        // A Reset far away (an hour, a year) would hold the run that long: no window is waited for longer than maxWait.
        const resetAt = Math.min(limits.resetAt, this.#now() + this.#maxWait);
        if (state.resetAt === undefined || resetAt > state.resetAt) {
            if (resetAt > this.#now()) {
                state.resetAt = resetAt;
                state.remaining = remaining;
            }
        }
        else if (resetAt === state.resetAt) {
            state.remaining = Math.min(state.remaining ?? remaining, remaining);
        }
    }
    /** Whether a request may start now (a window that has ended gives its whole limit back). */
    #ready(state) {
        const now = this.#now();
        if (state.remaining !== undefined && state.resetAt !== undefined && now >= state.resetAt) {
            // A new window: the whole limit, until a response says otherwise.
            state.remaining = state.limit;
            state.resetAt = undefined;
        }
        if (state.remaining !== undefined && state.remaining <= 0 && state.resetAt === undefined && state.inFlight.size === 0) {
            // Out of budget with no reset known and no response to come (they failed without headers):
            // nothing would ever wake us, so assume a fresh window; a 429 would tell otherwise.
            state.remaining = state.limit ?? 1;
        }
        // An endpoint not heard from yet gets one request: its answer says how much of the window
        // is left (an earlier run may have used it), so the next ones do not run into 429s.
        const room = state.heard ? state.concurrency : 1;
        return state.inFlight.size < room && this.#rateOk(state);
    }
    #rateOk(state) {
        return state.remaining === undefined || state.remaining > 0;
    }
    #start(state) {
        const sequence = ++this.#sequence;
        state.inFlight.add(sequence);
        if (state.remaining !== undefined)
            state.remaining--;
        return { done: (headers) => this.#done(state, sequence, headers) };
    }
    /** Starts waiting requests, first come first, while the endpoint has room. */
    #grant(state) {
        while (state.waiters.length > 0 && this.#ready(state))
            state.waiters.shift()?.(this.#start(state));
        this.#arm(state);
    }
    /** Waiting on the rate limit: wakes at the window's end (one timer per endpoint). */
    #arm(state) {
        if (state.waiters.length === 0 || this.#rateOk(state) || state.resetAt === undefined || state.timer)
            return;
        state.timer = setTimeout(() => {
            state.timer = undefined;
            this.#grant(state);
        }, state.resetAt - this.#now() + this.#margin);
    }
}

;// CONCATENATED MODULE: ./src/sentry/rate-limited.ts

/** The longest wait for a rate-limit window. */
const MAX_RATE_LIMIT_WAIT_MS = 60_000;
/** Whether a 429's body is Sentry's invitation budget (`{"detail": "..."}` or a bare string, as other 429s come). */
function isInvitationBudget(body) {
    const detail = typeof body === 'string'
        ? body
        : body !== null && typeof body === 'object' && !Array.isArray(body)
            ? body.detail
            : undefined;
    return typeof detail === 'string' && /too many invitations/i.test(detail);
}
/** The answer to one 429: a pure function of the response and how many came before. */
function afterRateLimit(response, rules) {
    if (isInvitationBudget(response.body))
        return { kind: 'invitation-budget' };
    if (response.attempt > rules.maxRetries)
        return { kind: 'give-up' };
    const limits = readRateLimit(response.headers);
    const concurrent = Number(first(response.headers['x-sentry-rate-limit-concurrentremaining']));
    const concurrencyFull = Number.isFinite(concurrent) && concurrent <= 0;
    if (limits !== undefined && limits.remaining > 0 && !concurrencyFull)
        return { kind: 'give-up' };
    const ms = limits === undefined ? rules.minBackoffMs * 2 ** (response.attempt - 1) : Math.max(0, limits.resetAt - response.now) + 50;
    return { kind: 'wait', ms: Math.min(ms, MAX_RATE_LIMIT_WAIT_MS) };
}
function first(value) {
    return Array.isArray(value) ? value[0] : value;
}

;// CONCATENATED MODULE: ./src/sentry/http.ts






const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE', 'HEAD']);
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
const RETRYABLE_ERRORS = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
]);
/** The endpoint a path belongs to, as Sentry keys its rate limits: ids and slugs replaced. */
function endpointOf(method, pathname) {
    const template = pathname
        .replace(/^.*\/api\/0\//, '/')
        .replace(/^\/organizations\/[^/]+\//, '/organizations/{org}/')
        .replace(/^\/teams\/[^/]+\/[^/]+\//, '/teams/{org}/{team}/')
        .replace(/\/members\/[^/]+\/teams\/[^/]+\/$/, '/members/{id}/teams/{team}/')
        .replace(/\/members\/(?!$)[^/]+\/$/, '/members/{id}/');
    return `${method} ${template}`;
}
/**
 * HTTP to Sentry on undici: a keep-alive agent, undici's retry interceptor for 5xx and connection
 * errors of idempotent methods, 429s answered here once their body is read (rate-limited.ts: a
 * per-second window is waited for, until X-Sentry-Rate-Limit-Reset since Sentry sends no
 * Retry-After; the daily invitation budget is not), and pacing. Redirects are not followed, so
 * the token never leaves the origin of sentry-url.
 */
function createHttp(options) {
    const apiRoot = `${options.baseUrl.origin}${options.baseUrl.pathname.replace(/\/+$/, '')}/api/0`;
    const debug = options.debug ?? (() => { });
    const pacer = new Pacer(options.pacing);
    const timeout = options.timeoutMs ?? 30_000;
    const maxRetries = options.maxRetries ?? 4;
    const rateLimitRules = { maxRetries: options.maxRateLimitRetries ?? 8, minBackoffMs: options.minBackoffMs ?? 250 };
    const minBackoff = rateLimitRules.minBackoffMs;
    const maxBytes = options.maxResponseBytes ?? 16 * 1024 * 1024;
    const agent = new undici.Agent({ headersTimeout: timeout, bodyTimeout: timeout, connections: 64, keepAliveTimeout: 10_000 });
    const dispatcher = agent.compose(undici.interceptors.retry({
        throwOnError: false,
        maxRetries,
        methods: [...IDEMPOTENT],
        statusCodes: [...RETRYABLE_STATUS],
        errorCodes: [...RETRYABLE_ERRORS],
        retry(error, { state, opts }, callback) {
            const err = error;
            const method = String(opts.method).toUpperCase();
            const status = err.statusCode;
            const retryable = status !== undefined ? RETRYABLE_STATUS.has(status) : RETRYABLE_ERRORS.has(err.code ?? '');
            if (!IDEMPOTENT.has(method) || state.counter > maxRetries || !retryable) {
                callback(err);
                return undefined;
            }
            const delay = Math.min(minBackoff * 2 ** (state.counter - 1), 10_000);
            debug(`${method} ${String(opts.path)}: ${status ? `HTTP ${status}` : (err.code ?? err.message)}; retry ${state.counter} in ${Math.round(delay)} ms`);
            return setTimeout(() => callback(null), delay);
        },
    }));
    /** One request through the pacer: the status, headers and body (parsed when JSON), whatever the status. */
    async function exchange(method, url, display, body) {
        const ticket = await pacer.acquire(endpointOf(method, url.pathname));
        let responseHeaders;
        try {
            const started = Date.now();
            const response = await (0,undici.request)(url, {
                dispatcher,
                method: method,
                headers: {
                    authorization: `Bearer ${options.token}`,
                    accept: 'application/json',
                    'user-agent': 'sentry-members-sync',
                    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                },
                ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            });
            responseHeaders = response.headers;
            const text = await readText(response.body, { limit: maxBytes, deadlineMs: timeout }, method, display);
            debug(`${method} ${display}: HTTP ${response.statusCode} in ${Date.now() - started} ms`);
            options.onResponse?.(method, display, response.statusCode);
            let parsed;
            if (text.length > 0) {
                try {
                    parsed = JSON.parse(text);
                }
                catch {
                    if (response.statusCode < 300)
                        throw new SentryApiError(method, display, response.statusCode, `the response is not valid JSON: ${text.slice(0, 120)}`);
                    parsed = undefined;
                }
            }
            return { status: response.statusCode, headers: response.headers, body: parsed, text };
        }
        catch (error) {
            if (error instanceof SentryApiError)
                throw error;
            const code = error.code;
            throw new SentryApiError(method, display, 0, `${code ? `${code}: ` : ''}${(0,errors/* messageOf */.b)(error)}`, {
                cause: error,
                hint: (words) => `no answer from Sentry after retries: check ${words.url} and the network, then run again`,
            });
        }
        finally {
            ticket.done(responseHeaders);
        }
    }
    async function send(method, target, body) {
        const url = resolveUrl(target);
        const display = url.pathname + url.search;
        for (let attempt = 1;; attempt++) {
            const response = await exchange(method, url, display, body);
            const { status, headers } = response;
            if (status < 300)
                return { status, headers, body: response.body };
            if (status === 429) {
                const decision = afterRateLimit({ body: response.body, headers, attempt, now: Date.now() }, rateLimitRules);
                if (decision.kind === 'wait') {
                    debug(`${method} ${display}: HTTP 429; retry ${attempt} in ${Math.round(decision.ms)} ms`);
                    await (0,external_node_timers_promises_.setTimeout)(decision.ms);
                    continue;
                }
                if (decision.kind === 'invitation-budget')
                    throw new InvitationBudgetError(method, display, describeErrorBody(response.body, response.text));
            }
            const detail = status < 400
                ? `Sentry answered with a redirect to ${String(headers.location ?? '(no location)')}, which is not followed: the token is sent only to ${options.baseUrl.origin}; check sentry-url`
                : describeErrorBody(response.body, response.text);
            const hint = hintFor(status);
            throw new SentryApiError(method, display, status, detail, hint ? { hint } : {});
        }
    }
    function resolveUrl(target) {
        if (/^https?:\/\//i.test(target)) {
            const url = new URL(target);
            if (url.origin !== options.baseUrl.origin) {
                throw new SentryApiError('GET', url.pathname, 0, `Sentry pointed to ${url.origin}, which is not the origin of sentry-url (${options.baseUrl.origin}): not followed, so the token goes nowhere else. If that is your organization's region (e.g. https://de.sentry.io), set sentry-url to it`);
            }
            return url;
        }
        return new URL(`${apiRoot}${target}`);
    }
    return {
        request: send,
        apiRoot,
        close: () => agent.close(),
    };
}
/**
 * The body as text, within a size limit and a total deadline. undici's body timeout restarts at
 * every chunk, so a body sent a byte a second would never end: the deadline destroys it.
 */
async function readText(body, bounds, method, path) {
    const chunks = [];
    let size = 0;
    let late = false;
    const timer = setTimeout(() => {
        late = true;
        body.destroy();
    }, bounds.deadlineMs);
    try {
        for await (const chunk of body) {
            size += chunk.byteLength;
            if (size > bounds.limit) {
                throw new SentryApiError(method, path, 0, `the response is larger than ${Math.round(bounds.limit / 1024 / 1024)} MiB; refusing to read more`);
            }
            chunks.push(chunk);
        }
    }
    catch (error) {
        if (!late)
            throw error;
    }
    finally {
        clearTimeout(timer);
    }
    if (late) {
        throw new SentryApiError(method, path, 0, `the response did not arrive within ${Math.round(bounds.deadlineMs / 100) / 10} s (it came too slowly); nothing was read from it`, { hint: () => 'Sentry or a proxy in between is too slow: run again later' });
    }
    return Buffer.concat(chunks).toString('utf8');
}

;// CONCATENATED MODULE: ./src/sentry/client.ts



function createSentryClient(options) {
    return sentryClientOver(createHttp(options));
}
const segment = encodeURIComponent;
/** Pages of a list without a count (members, teams): a million entries. */
const MAX_PAGES = 10_000;
function sentryClientOver(http) {
    /**
     * Follows rel="next" while results="true" (Sentry's Link header), decoding every item. The
     * next page is requested before this one is decoded and handed to `onPage`: the pages are a
     * chain, so the work on each page overlaps the wait for the next. A server that never ends the
     * chain is stopped: a next-page link seen before, or more pages than `maxPages`, fails the read.
     */
    async function paginate(path, decode, onPage, maxPages = MAX_PAGES, query) {
        const items = [];
        const url = `${path}?per_page=100${query === undefined ? '' : `&query=${encodeURIComponent(query)}`}`;
        const seen = new Set([new URL(url, 'http://x').search]);
        await readPage({ path, decode, maxPages, seen, items, onPage }, url, 0);
        return items;
    }
    /**
     * A page of a chain and, once it is in, the rest: each page is decoded and handed over as
     * soon as it arrives, with the read of the next one already started. Only the decoded items
     * outlive this: a response held while the next page waits its turn (behind a thousand
     * rosters) would hold every item Sentry sent in full.
     */
    function readPage(chain, url, page) {
        return http.request('GET', url).then((response) => {
            const nextUrl = nextPage(response.headers.link);
            if (nextUrl !== undefined) {
                const where = `/api/0${chain.path}`;
                const query = new URL(nextUrl, 'http://x').search;
                if (chain.seen.has(query))
                    throw new SentryApiError('GET', where, response.status, `Sentry's pages do not end: the next page (${query}) was read before`, {
                        hint: (words) => `a Sentry server does not page like this: check ${words.url}, then run again`,
                    });
                if (page + 1 >= chain.maxPages)
                    throw new SentryApiError('GET', where, response.status, `more than ${chain.maxPages} pages, more than the counts Sentry gave allow`, {
                        hint: () => 'the list grew while it was read, or the server pages wrongly: run again',
                    });
                chain.seen.add(query);
            }
            const next = nextUrl === undefined ? undefined : readPage(chain, nextUrl, page + 1);
            // Should this page fail to decode, the next one's outcome no longer matters.
            next?.catch(ignore);
            const items = decodePage(response.body, page * 100, chain.decode, url, chain.path);
            chain.items.push(...items);
            chain.onPage?.(items);
            return next;
        });
    }
    return {
        listMembers: (org, onPage) => paginate(`/organizations/${segment(org)}/members/`, decodeMemberRow, onPage),
        listTeams: (org, onPage) => paginate(`/organizations/${segment(org)}/teams/`, decodeTeam, onPage),
        listTeamMembers: (org, team, memberCount) => paginate(`/teams/${segment(org)}/${segment(team)}/members/`, decodeRosterEntry, undefined, 
        // Room for the team to double while it is read, and a page more.
        memberCount === undefined ? MAX_PAGES : Math.ceil((2 * memberCount + 100) / 100) + 1),
        async listModelInvitations(org) {
            try {
                const items = await paginate(`/organizations/${segment(org)}/invited-members/`, decodeModelInvitation);
                return items.filter((item) => item !== undefined);
            }
            catch (error) {
                if (error instanceof SentryApiError && (error.status === 403 || error.status === 404))
                    return undefined;
                throw error;
            }
        },
        searchMembers: (org, query) => paginate(`/organizations/${segment(org)}/members/`, decodeMemberRow, undefined, MAX_PAGES, query),
        async getMember(org, id) {
            const path = `/organizations/${segment(org)}/members/${segment(id)}/`;
            const response = await http.request('GET', path);
            return decoded(() => decodeMemberDetail(response.body, 'member'), 'GET', path);
        },
        async updateMember(org, id, body) {
            const path = `/organizations/${segment(org)}/members/${segment(id)}/`;
            const response = await http.request('PUT', path, body);
            return decoded(() => decodeMemberDetail(response.body, 'member'), 'PUT', path);
        },
        async inviteMember(org, body) {
            const path = `/organizations/${segment(org)}/members/`;
            const response = await http.request('POST', path, body);
            return decoded(() => decodeListedMember(response.body, 'member'), 'POST', path);
        },
        async reinviteMember(org, id) {
            await http.request('PUT', `/organizations/${segment(org)}/members/${segment(id)}/`, { reinvite: true, regenerate: true });
        },
        async removeMember(org, id) {
            await http.request('DELETE', `/organizations/${segment(org)}/members/${segment(id)}/`);
        },
        close: () => http.close(),
    };
}
const ignore = () => { };
/** The items of a page of a list, each decoded; `first` is the index of its first item in the list. */
function decodePage(body, first, decode, url, path) {
    const items = decoded(() => (0,json/* list */.p_)(body, 'response'), 'GET', url);
    return decoded(() => items.map((item, index) => decode(item, `item ${first + index}`)), 'GET', path);
}
function decoded(decode, method, path) {
    try {
        return decode();
    }
    catch (error) {
        if (error instanceof json/* DecodeError */.Xc) {
            // As the other errors name it: the path on the server, without the query.
            const shown = /^https?:/.test(path) ? new URL(path).pathname : `/api/0${path.split('?')[0] ?? path}`;
            throw new SentryApiError(method, shown, 200, `unexpected response from Sentry: ${error.message}`, {
                cause: error,
                hint: (words) => `is ${words.url} a Sentry server?`,
            });
        }
        throw error;
    }
}
/** The `rel="next"` URL of a Link header when its `results` is "true". */
function nextPage(header) {
    const text = Array.isArray(header) ? header.join(', ') : (header ?? '');
    for (const part of text.split(/,\s*(?=<)/)) {
        const match = /^\s*<([^>]*)>(.*)$/.exec(part);
        if (!match)
            continue;
        const params = match[2] ?? '';
        if (/;\s*rel="?next"?/.test(params) && /;\s*results="?true"?/.test(params))
            return match[1];
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/arguments.ts




/**
 * The command line's grammar: commands, flags (from the table of settings), the switches of the
 * command line itself, and the help of each command, generated from the same rows.
 */
const PROGRAM = 'sentry-members-sync';
/** Bad usage: said in one line that points at the help (of the command, when there is one). */
class UsageError extends Error {
    name = 'UsageError';
    command;
    constructor(message, command) {
        super(message);
        this.command = command;
    }
}
/** The line bad usage prints on standard error. */
function usageOf(error) {
    return `error: ${error.message}; see "${PROGRAM}${error.command ? ` ${error.command}` : ''} --help"`;
}
const COMMAND_TEXT = {
    validate: {
        argument: '[config]',
        does: 'Check the config alone; sends nothing to Sentry. A config is a file, a directory (every *.yml below it) or a glob ("sentry/**/*.yml").',
        fails: 'invalid config',
    },
    plan: {
        argument: '[config]',
        does: 'Read the organization and print what would change. Never writes.',
        fails: 'invalid config, failed read or blocked change',
    },
    check: {
        argument: '[config]',
        does: 'Like plan; exits 1 when anything would change (drift).',
        fails: 'invalid config, failed read, blocked change or drift',
    },
    apply: {
        argument: '[config]',
        does: 'Plan from the live state, then make the changes.',
        fails: 'invalid config, failed read, blocked change, guard exceeded or failed write',
    },
    export: {
        argument: '[out]',
        does: 'Write the live organization as a config file (to start from), to standard output or to the file named.',
        fails: 'failed read or write',
    },
};
/** The setting a command's argument gives (`plan file.yml` is `plan --config file.yml`). */
const ARGUMENT = {
    validate: 'config',
    plan: 'config',
    check: 'config',
    apply: 'config',
    export: 'out',
};
/** Where the command line finds the token that reads GitHub teams (the action's github-teams-token). */
const GITHUB_TOKEN = 'GITHUB_TOKEN';
/** Commands that read Sentry, and so the token. */
const TALKS_TO_SENTRY = ['plan', 'check', 'apply', 'export'];
/** The command line's own switches: not settings of a run. */
const SWITCHES = [
    {
        flag: '--json',
        help: 'Print the outcome as one JSON object on standard output: ok, the plan or result, problems ({file, line, column, severity, message}) and failures; {"ok": false, "error": ...} on every failure.',
    },
    { flag: '-V, --version', help: 'Print the version.' },
    { flag: '-h, --help', help: 'Show this help.' },
];
/** How the command line names a setting: its flag, or its environment variable. */
function nameOf(name) {
    const key = Object.keys(SETTINGS).find((candidate) => rowOf(candidate).name === name);
    if (key === undefined)
        return name;
    return flagOf(key) ?? rowOf(key).env ?? `"${name}"`;
}
/** How the command line speaks in its failures: its flags, its environment variable. */
const CLI_WORDS = {
    setting: nameOf,
    listed: 'listed above',
    again: 'run again',
    newToken: `export it in ${SETTINGS.sentryToken.env}`,
};
/** Reads the arguments; bad usage throws a UsageError. */
function parseCommandLine(argv, env) {
    const end = argv.indexOf('--');
    // -V is --version too (as -v is): many tools spell it so.
    const args = argv.map((arg, index) => (arg === '-V' && (end < 0 || index < end) ? '--version' : arg));
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            strict: true,
            options: {
                ...Object.fromEntries(FLAG_KEYS.map((key) => [
                    flagOf(key)?.slice(2) ?? key,
                    { type: rowOf(key).flag?.switch ? 'boolean' : 'string' },
                ])),
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        }));
    }
    catch (error) {
        throw new UsageError(parseProblem(error, commandIn(argv)), commandIn(argv));
    }
    const json = values.json === true;
    const [first, second, third] = positionals;
    if (values.version)
        return { kind: 'version', json };
    if (first === 'help') {
        if (second !== undefined && !isCommand(second))
            throw unknownCommand(second);
        if (third !== undefined)
            throw new UsageError(`unexpected argument "${third}"`);
        return { kind: 'help', text: helpText(second), json };
    }
    if (first !== undefined && !isCommand(first))
        throw unknownCommand(first);
    if (values.help)
        return { kind: 'help', text: helpText(first), json };
    if (first === undefined)
        throw new UsageError(`a command is needed: ${COMMANDS.join(', ')}`);
    const command = first;
    if (third !== undefined)
        throw new UsageError(`unexpected argument "${third}"`, command);
    const flagText = (key) => {
        const value = values[flagOf(key)?.slice(2) ?? key];
        return value === true ? 'true' : value;
    };
    for (const key of FLAG_KEYS) {
        const commands = SETTINGS[key].flag.commands;
        if (flagText(key) !== undefined && !commands.includes(command))
            throw new UsageError(`${flagOf(key)} is not an option of ${command} (it is for ${commands.join(', ')})`, command);
    }
    const argument = ARGUMENT[command];
    if (second !== undefined && flagText(argument) !== undefined)
        throw new UsageError(`the ${argument === 'config' ? 'config' : 'output'} is given twice ("${second}" and ${flagOf(argument)} ${flagText(argument)}): give it once`, command);
    let settings;
    try {
        settings = readSettings(FLAG_KEYS, {
            text: (key) => (key === argument ? (flagText(argument) ?? second) : flagText(key)),
        });
    }
    catch (error) {
        if (error instanceof SettingError)
            throw new UsageError(describeError(error, CLI_WORDS), command);
        throw error;
    }
    let token;
    let githubToken;
    return {
        kind: 'run',
        line: {
            command,
            json,
            settings,
            token: () => {
                token ??= { value: readSetting('sentryToken', { text: (_key, row) => (row.env ? env[row.env] : undefined) }) };
                return token.value;
            },
            githubToken: () => {
                githubToken ??= { value: readSetting('githubTeamsToken', { text: () => env[GITHUB_TOKEN] }) };
                return githubToken.value;
            },
        },
    };
}
function isCommand(word) {
    return COMMANDS.includes(word);
}
function commandIn(argv) {
    return argv.find(isCommand);
}
function unknownCommand(word) {
    const near = closest(word, [...COMMANDS, 'help']);
    return new UsageError(`unknown command "${word}"${near ? ` (did you mean "${near}"?)` : ''}: the commands are ${COMMANDS.join(', ')}`);
}
/** node:util's parse errors, in this command line's words. */
function parseProblem(error, command) {
    const { code, message } = error;
    const option = /'(-[^' ]*)/.exec(message ?? '')?.[1] ?? '';
    const known = [...FLAG_KEYS.map((key) => flagOf(key) ?? ''), '--json', '--help', '--version'];
    const offered = command ? known.filter((flag) => takes(command, flag)) : known;
    switch (code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
            const near = option.startsWith('--') ? closest(option, offered) : undefined;
            return `unknown option "${option}"${near ? ` (did you mean "${near}"?)` : ''}`;
        }
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
            return /does not take an argument/.test(message ?? '') ? `${option} takes no value` : `${option} needs a value`;
        default:
            return message ?? String(error);
    }
}
/** A flag the command takes (the switches are everyone's). */
function takes(command, flag) {
    const key = FLAG_KEYS.find((candidate) => flagOf(candidate) === flag);
    return key === undefined || SETTINGS[key].flag.commands.includes(command);
}
/** The help of the command line, or of one command: usage, what it does, its options, from the table. */
function helpText(command) {
    // A command's own argument first.
    const keys = command
        ? FLAG_KEYS.filter((key) => takes(command, flagOf(key) ?? '')).sort((a, b) => Number(b === ARGUMENT[command]) - Number(a === ARGUMENT[command]))
        : FLAG_KEYS;
    const options = [
        ...keys.map((key) => {
            const row = rowOf(key);
            const help = row.help.replace(/\.$/, '');
            const value = row.flag?.switch ? '' : ` ${row.flag?.value ?? ''}`;
            return [`${flagOf(key)}${value}`, `${help}${row.default && !row.flag?.switch ? ` (default: ${row.default})` : ''}.`];
        }),
        ...SWITCHES.filter(({ flag }) => !command || flag !== '-V, --version').map(({ flag, help }) => [
            flag,
            help,
        ]),
    ];
    const token = SETTINGS.sentryToken;
    const lines = command
        ? [`Usage: ${PROGRAM} ${command} ${COMMAND_TEXT[command].argument} [options]`, '', ...wrap(COMMAND_TEXT[command].does, 0)]
        : [
            `Usage: ${PROGRAM} <command> [config] [options]`,
            '',
            "Keeps a Sentry organization's membership equal to a reviewed YAML file.",
            '',
            'Commands:',
            ...columns([
                ...COMMANDS.map((name) => [`${name} ${COMMAND_TEXT[name].argument}`, COMMAND_TEXT[name].does]),
                ['help [command]', `Show the help of a command (as "${PROGRAM} <command> --help").`],
            ]),
        ];
    lines.push('', 'Options:', ...columns(options), '');
    const sentry = !command || TALKS_TO_SENTRY.includes(command);
    if (sentry)
        lines.push(...wrap(`The Sentry token is read from ${token.env}: ${lowerFirst(token.help)}`, 0));
    if (sentry)
        lines.push(...wrap(`Team sections that follow a GitHub team (github-team), and export --github-teams, read GitHub with the token in ${GITHUB_TOKEN} (organization members read access: a GitHub App token with Members: read, or a personal access token with read:org), at GITHUB_API_URL (default https://api.github.com).`, 0));
    const fails = command
        ? COMMAND_TEXT[command].fails
        : 'invalid config, failed read, blocked change, guard exceeded, failed write or (check) drift';
    lines.push(...wrap(`Paths are relative to the directory you run the command in (also through "npm run cli").`, 0), '', ...wrap(`Exit status: 0 done; 1 ${fails}; 2 bad usage (an unknown command or option, a refused option value${sentry ? `, ${token.env} missing or refused` : ''}).`, 0));
    return lines.join('\n');
}
function lowerFirst(text) {
    return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
const WIDTH = 100;
const LEFT = 28;
/** Two columns: the left padded, the right wrapped below the width (on its own lines when the left is long). */
function columns(rows) {
    const lines = [];
    for (const [left, right] of rows) {
        const head = `  ${left}`;
        const body = wrap(right, LEFT);
        if (head.length + 2 > LEFT)
            lines.push(head, ...body);
        else
            lines.push(`${head.padEnd(LEFT)}${(body[0] ?? '').trimStart()}`, ...body.slice(1));
    }
    return lines;
}
/** Words wrapped to the width, each line indented. */
function wrap(text, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line && indent + line.length + 1 + word.length > WIDTH) {
            lines.push(`${' '.repeat(indent)}${line}`);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(`${' '.repeat(indent)}${line}`);
    return lines;
}

;// CONCATENATED MODULE: ./src/cli/main.ts






















const VERSION = package_namespaceObject.rE;
const processIo = {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    // npm runs scripts in the package's folder and says where it was called from in INIT_CWD.
    cwd: process.env.INIT_CWD || process.cwd(),
    progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r\x1b[2K${text}`) : undefined,
};
const FILE_HINT = 'pass the config file as the first argument (sentry-members-sync plan path/to/file.yml) or with --config; paths are relative to the directory you run the command in';
/**
 * Runs the command line and returns the exit status: 0 done; 1 the run failed (invalid config,
 * failed read, blocked change, refused guard, failed write, drift under check); 2 bad usage (an
 * unknown command or flag, a refused flag value or environment variable), said in one line.
 */
async function main(argv, io = processIo) {
    let parsed;
    try {
        parsed = parseCommandLine(argv, io.env);
    }
    catch (error) {
        if (error instanceof UsageError)
            return usage(error, argv.includes('--json'), io);
        throw error;
    }
    if (parsed.kind === 'version') {
        io.stdout(parsed.json ? JSON.stringify({ ok: true, version: VERSION }) : VERSION);
        return 0;
    }
    if (parsed.kind === 'help') {
        io.stdout(parsed.json ? JSON.stringify({ ok: true, help: parsed.text }, null, 2) : parsed.text);
        return 0;
    }
    const line = parsed.line;
    const cwd = io.cwd ?? process.cwd();
    try {
        switch (line.command) {
            case 'validate':
                return report(await validateConfig(line.settings.config, cwd, configFrom(line.settings.config, cwd)), line, io);
            case 'plan':
            case 'check':
            case 'apply':
                return await sentryCommand(line.command, line, io, cwd);
            case 'export':
                return await exportCommand(line, io, cwd);
        }
    }
    catch (error) {
        // A refused setting (SENTRY_AUTH_TOKEN, an organization given nowhere) is bad usage too.
        if (error instanceof UsageError)
            return usage(error, line.json, io);
        if (error instanceof SettingError)
            return usage(new UsageError(describeError(error, CLI_WORDS), line.command), line.json, io);
        const message = describeError(error, CLI_WORDS);
        if (line.json)
            io.stdout(JSON.stringify({ ok: false, error: { kind: 'error', message } }, null, 2));
        io.stderr(`error: ${message}`);
        return 1;
    }
}
/** Bad usage: one line on standard error that says where the help is (and the JSON object asked for). */
function usage(error, json, io) {
    if (json)
        io.stdout(JSON.stringify({ ok: false, error: { kind: 'usage', message: error.message } }, null, 2));
    io.stderr(usageOf(error));
    return 2;
}
/**
 * How the command line reads a config: paths from the directory it runs in, and no file read
 * from outside that directory (or, for a config named outside it, outside the config's own folder).
 */
function configFrom(given, cwd) {
    return { fileHint: FILE_HINT, root: ownFolder(given, cwd) };
}
/** A path as messages name it: relative to where the user is, when it is below it; else absolute. */
function main_shown(cwd, name) {
    return pathInside(cwd, name) ?? external_node_path_default().resolve(cwd, name);
}
/**
 * Delivers an outcome: the plan or result on standard output (or as JSON), problems and failures
 * on standard error in the command line's words, and the exit status the engine's failures give.
 */
function report(outcome, line, io) {
    const failures = failuresOf(outcome);
    const messages = failures.map((failure) => describeFailure(failure, CLI_WORDS));
    const warnings = warningsOf(outcome).map((warning) => ({ kind: warning.kind, message: describeWarning(warning) }));
    const problems = outcome.kind === 'invalid-config' || outcome.kind === 'unknown-teams' || outcome.kind === 'github-teams'
        ? outcome.problems
        : outcome.kind === 'validated'
            ? outcome.warnings
            : [];
    if (line.json) {
        io.stdout(JSON.stringify(jsonOf(outcome, { failures, messages, warnings }, problems), null, 2));
    }
    else {
        if (outcome.kind === 'validated')
            io.stdout(describeConfig(outcome.config));
        if (outcome.kind === 'planned')
            io.stdout(planText(outcome.plan, {
                forecast: { onPullRequest: false, ...(outcome.wouldRefuse ? { refusal: outcome.wouldRefuse } : {}) },
            }).trimEnd());
        else if ('plan' in outcome)
            io.stdout(planText(outcome.plan).trimEnd());
        if (outcome.kind === 'applied')
            io.stdout(applyText(outcome.result, outcome.plan).trimEnd());
    }
    for (const problem of problems)
        io.stderr(`${problem.severity}: ${formatProblem(problem)}`);
    for (const warning of warnings)
        io.stderr(`warning: ${warning.message}`);
    for (const message of messages)
        io.stderr(`error: ${message}`);
    return failures.length > 0 ? 1 : 0;
}
/** A problem as a script reads it: every field always there (null when not known). */
function problemJson(problem) {
    return {
        file: problem.file,
        line: problem.line ?? null,
        column: problem.column ?? null,
        severity: problem.severity,
        message: problem.message,
    };
}
function configJson(config) {
    return {
        file: config.file,
        files: config.files,
        organization: config.organization ?? null,
        members: config.members.size,
        teamSections: config.teams.size,
        ignored: config.ignore.size,
        unlisted: config.unlisted,
        missing: config.missing,
    };
}
function jsonOf(outcome, said, problems) {
    const { failures, messages } = said;
    return {
        ok: failures.length === 0,
        ...(failures[0] ? { error: { kind: failures[0].kind, message: messages[0] } } : {}),
        failures: failures.map((failure, index) => ({ kind: failure.kind, message: messages[index] })),
        // What the run warns about without failing (invitations Sentry's daily limit deferred).
        warnings: said.warnings,
        problems: problems.map(problemJson),
        ...(outcome.kind === 'validated' ? { config: configJson(outcome.config) } : {}),
        ...('plan' in outcome ? { plan: planJson(outcome.plan) } : {}),
        ...(outcome.kind === 'applied' ? { result: resultJson(outcome.result) } : {}),
    };
}
/** A client for the organization's Sentry, with the token of SENTRY_AUTH_TOKEN (read once, here). */
function connect(line, io) {
    const token = line.token();
    if (!token)
        throw new UsageError('SENTRY_AUTH_TOKEN is not set: export a Sentry user auth token in it (member:read for plan, check and export; member:admin for apply)', line.command);
    let requests = 0;
    let shownAt = 0;
    return createSentryClient({
        baseUrl: line.settings.sentryUrl,
        token,
        ...(io.progress
            ? {
                onResponse: () => {
                    requests++;
                    if (Date.now() - shownAt > 100) {
                        shownAt = Date.now();
                        io.progress?.(`talking to Sentry: ${plural(requests, 'request')}`);
                    }
                },
            }
            : {}),
    });
}
/** Whether a team section of the config follows a GitHub team. */
function followsGitHub(config) {
    return [...config.teams.values()].some((section) => section.github !== undefined);
}
/**
 * The GitHub teams client, with GITHUB_TOKEN (at GITHUB_API_URL), when the run needs one and it
 * is set. GitHub's client is loaded only then: most runs of the command line never read GitHub.
 */
async function githubOf(line, env, needed) {
    const token = needed ? line.githubToken() : undefined;
    if (!token)
        return {};
    const { createGitHubTeamReads } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(41)]).then(__webpack_require__.bind(__webpack_require__, 2041));
    return { github: createGitHubTeamReads({ token, ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}) }) };
}
async function sentryCommand(command, line, io, cwd) {
    const { settings } = line;
    const validated = await validateConfig(settings.config, cwd, configFrom(settings.config, cwd));
    if (validated.kind !== 'validated')
        return report(validated, line, io);
    const { config, warnings } = validated;
    const organization = organizationOf(config, settings.organization);
    const client = connect(line, io);
    try {
        const outcome = await runSentry(client, {
            mode: command,
            config,
            warnings,
            organization,
            guards: settings,
            options: planOptions(settings, Date.now()),
            ...(await githubOf(line, io.env, followsGitHub(config))),
        });
        io.progress?.('');
        return report(outcome, line, io);
    }
    finally {
        await client.close();
    }
}
/** Which teams of the export follow their GitHub team of the same slug, said on standard error. */
async function followGitHub(github, org, state, io) {
    const read = await readSameSlugTeams(github, org, [...state.teams.keys()]);
    const following = followableTeams(state, { org, teams: read.teams, emails: read.emails }, listedEmails(state));
    const none = state.teams.size - read.teams.size;
    io.stderr(`GitHub teams of "${org}": ${plural(following.sections.size, 'team follows its', 'teams follow their')} GitHub team of the same slug${none > 0 ? `; ${plural(none, 'team has', 'teams have')} no GitHub team of that slug` : ''}${read.saml.kind === 'none' ? `; no emails from SAML identities (${read.saml.detail})` : ''}`);
    for (const { team, why } of following.differ)
        io.stderr(`  ${team} does not follow ${org}/${team}: ${why}`);
    return following;
}
async function exportCommand(line, io, cwd) {
    const { organization, out, layout, githubTeams, force } = line.settings;
    if (!organization)
        throw new UsageError('export needs --org <slug>', 'export');
    const { github } = await githubOf(line, io.env, githubTeams !== undefined);
    if (githubTeams !== undefined && !github)
        throw new UsageError(`--github-teams needs ${GITHUB_TOKEN}: export a GitHub token that may read the teams of "${githubTeams}" (organization members read access)`, 'export');
    const client = connect(line, io);
    try {
        const { state } = await observe(client, organization, EVERYONE);
        io.progress?.('');
        const following = github && githubTeams ? await followGitHub(github, githubTeams, state, io) : undefined;
        const now = new Date().toISOString().slice(0, 10);
        const members = plural(state.members.length, 'member');
        const done = (written, removed, text) => {
            if (line.json)
                io.stdout(JSON.stringify({
                    ok: true,
                    organization,
                    members: state.members.length,
                    written,
                    removed,
                    ...(text === undefined ? {} : { config: text }),
                }, null, 2));
            else if (text !== undefined)
                io.stdout(text.trimEnd());
            return 0;
        };
        const target = out ? external_node_path_default().resolve(cwd, out) : undefined;
        if (target &&
            out &&
            layout === 'teams' &&
            (out.endsWith('/') || (await (0,promises_.stat)(target).catch(() => undefined))?.isDirectory())) {
            // A directory: org.yml and a file per team, ready for CODEOWNERS.
            const files = exportFiles(state, { now, ...(following ? { following } : {}) });
            const { written, removed } = await writeExportDirectory(target, files, force);
            io.stderr(`wrote ${main_shown(cwd, out)}: org.yml (${members} of "${organization}") and ${plural(files.size - 1, 'team file')} under teams/${removed.length > 0 ? `; removed ${plural(removed.length, 'stale config file')}: ${removed.join(', ')}` : ''}`);
            return done(written.map((name) => main_shown(cwd, external_node_path_default().join(out, name))), removed.map((name) => main_shown(cwd, external_node_path_default().join(out, name))));
        }
        const text = exportConfig(state, { now, layout, ...(following ? { following } : {}) });
        if (!target || !out)
            return done([], [], text);
        await writeExportFile(target, text, force);
        io.stderr(`wrote ${main_shown(cwd, out)}: ${members} of "${organization}"`);
        return done([main_shown(cwd, out)], []);
    }
    catch (error) {
        io.progress?.('');
        throw error;
    }
    finally {
        await client.close();
    }
}


/***/ }),

/***/ 241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ messageOf)
/* harmony export */ });
/** The message of anything thrown, Error or not (a throw that is not an Error still says what it was). */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    return `unexpected failure: ${String(error)}`;
}


/***/ }),

/***/ 7504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ object),
/* harmony export */   Xc: () => (/* binding */ DecodeError),
/* harmony export */   Yj: () => (/* binding */ string),
/* harmony export */   fM: () => (/* binding */ kind),
/* harmony export */   p_: () => (/* binding */ list)
/* harmony export */ });
/**
 * Reading JSON from a server, narrowly: each decoder takes what it needs and says where the
 * answer differs from what it expects, so data from outside is checked once, at the edge.
 */
/** A server sent something this client cannot read: where in the body, and what. */
class DecodeError extends Error {
    name = 'DecodeError';
}
function object(value, where) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new DecodeError(`${where}: expected an object, got ${kind(value)}`);
    return value;
}
function list(value, where) {
    if (!Array.isArray(value))
        throw new DecodeError(`${where}: expected a list, got ${kind(value)}`);
    return value;
}
function string(record, key, where) {
    const value = record[key];
    if (typeof value !== 'string')
        throw new DecodeError(`${where}.${key}: expected a string, got ${kind(value)}`);
    return value;
}
/** What a value is, for a message: short, and never the whole of a long string. */
function kind(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
    return typeof value;
}


/***/ }),

/***/ 7513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony export REDACTED */
/**
 * Secrets never shown: the tokens this run holds, and anything shaped like a Sentry or GitHub
 * token. Every text that came from a server (error bodies, names) passes through
 * `redactSecrets` before it is used anywhere, so a proxy page that echoes the Authorization
 * header cannot carry the token into a log, summary or comment, escaped or not.
 */
const secrets = new Set();
/** Registers a secret of this run (the Sentry token, the GitHub token). */
function addSecret(secret) {
    if (secret && secret.length >= 6)
        secrets.add(secret);
}
const TOKEN_SHAPES = [
    // Sentry user, org and integration tokens.
    /sntry[a-z]_[A-Za-z0-9+/=_.-]{8,}/g,
    // GitHub personal, OAuth, user-to-server, server-to-server and refresh tokens; fine-grained PATs.
    /\bgh[pousr]_[A-Za-z0-9_]{16,}/g,
    /\bgithub_pat_[A-Za-z0-9_]{16,}/g,
    // Sentry's older tokens: 64 hexadecimal digits.
    /\b[a-f0-9]{64}\b/gi,
    // Whatever follows "Bearer" or "token" in an echoed Authorization header.
    /\b(Bearer|token)(\s+)[A-Za-z0-9+/=_.~-]{8,}/gi,
];
const REDACTED = '[redacted]';
function redactSecrets(text) {
    let result = text;
    for (const secret of secrets)
        result = result.split(secret).join(REDACTED);
    for (const shape of TOKEN_SHAPES) {
        result = result.replace(shape, (_match, word, space) => typeof word === 'string' && typeof space === 'string' && /^(bearer|token)$/i.test(word)
            ? `${word}${space}${REDACTED}`
            : REDACTED);
    }
    return result;
}


/***/ }),

/***/ 3373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ nonAscii),
/* harmony export */   k7: () => (/* binding */ firstInvisible),
/* harmony export */   ts: () => (/* binding */ escapeInvisible)
/* harmony export */ });
/**
 * Characters that change what a reader sees or what a log line does without being visible
 * themselves: control characters (newlines included), invisible format characters (zero-width
 * spaces and joiners, bidirectional controls, soft hyphen, BOM, variation selectors) and
 * separators other than the plain space. Text from outside (Sentry's names, emails and error
 * bodies; keys of the file) shows them escaped, as `\u202e`.
 */
const INVISIBLE_RANGES = [
    [0x0000, 0x001f], // C0 controls, newlines and tabs included
    [0x007f, 0x009f], // DEL and C1 controls
    [0x00a0, 0x00a0], // no-break space
    [0x00ad, 0x00ad], // soft hyphen
    [0x061c, 0x061c], // Arabic letter mark
    [0x115f, 0x1160], // Hangul fillers
    [0x1680, 0x1680], // Ogham space mark
    [0x17b4, 0x17b5], // Khmer inherent vowels
    [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
    [0x2000, 0x200f], // spaces of other widths, zero-width space, joiners, directional marks
    [0x2028, 0x202f], // line and paragraph separators, bidirectional embeddings and overrides, narrow space
    [0x205f, 0x206f], // medium space, word joiner, invisible operators, bidirectional isolates
    [0x3000, 0x3000], // ideographic space
    [0x3164, 0x3164], // Hangul filler
    [0xfe00, 0xfe0f], // variation selectors
    [0xfeff, 0xfeff], // byte order mark, zero-width no-break space
    [0xfff9, 0xfffb], // interlinear annotation controls
];
function isInvisible(code) {
    return INVISIBLE_RANGES.some(([low, high]) => code >= low && code <= high);
}
function escaped(code) {
    return `\\u${code.toString(16).padStart(4, '0')}`;
}
/** `text` with every invisible or control character written as `\uXXXX`. */
function escapeInvisible(text) {
    let result = '';
    let start = 0;
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (!isInvisible(code))
            continue;
        result += text.slice(start, index) + escaped(code);
        start = index + 1;
    }
    return start === 0 ? text : result + text.slice(start);
}
/** The first invisible, control or whitespace character of `text` (a plain space included), as `U+XXXX`. */
function firstInvisible(text) {
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 0x20 || isInvisible(code))
            return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    }
    return undefined;
}
/** The non-ASCII characters of `text`, each once (look-alike letters in an email). */
function nonAscii(text) {
    return [...new Set([...text].filter((char) => (char.codePointAt(0) ?? 0) > 0x7f))];
}


/***/ }),

/***/ 3259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ gitBlobSha)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The git blob sha of a file's content (`git hash-object`): SHA-1 of `blob <size>\0<content>`. A
 * file read from the workspace whose sha equals a tree entry's is the same file, so it need not
 * be downloaded.
 */
function gitBlobSha(content) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}


/***/ }),

/***/ 8735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ GitHubReadError),
/* harmony export */   g: () => (/* binding */ failureOf)
/* harmony export */ });
/* harmony import */ var _domain_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7513);
/* harmony import */ var _domain_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3373);


/** A GitHub read that failed, described for people: method, path, status, GitHub's words, what to do. */
class GitHubReadError extends Error {
    name = 'GitHubReadError';
    method;
    path;
    /** 0 when no answer came. */
    status;
    failure;
    constructor(request, status, failure, serverDetail, options) {
        // GitHub's words (or a proxy's) may echo the token: redacted, and shown on one line as written.
        const detail = (0,_domain_text_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInvisible */ .ts)((0,_domain_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(serverDetail));
        super(`${request.method} ${request.path}: ${status === 0 ? 'no answer' : `HTTP ${status}`}: ${detail}${options?.hint ? ` (${options.hint})` : ''}`, options?.cause === undefined ? {} : { cause: options.cause });
        this.method = request.method;
        this.path = request.path;
        this.status = status;
        this.failure = failure;
    }
}
/** The failure a status stands for, and what to do about it. */
function failureOf(status, subject) {
    switch (status) {
        case 401:
            return { failure: 'unauthorized', hint: `${subject.input} is invalid or expired: give the workflow a working token` };
        case 403:
            return { failure: 'forbidden', hint: `the token cannot read ${subject.what}: ${subject.input} needs ${subject.access}` };
        case 404:
            return {
                failure: 'not-found',
                hint: `${subject.what} does not exist, or ${subject.input} cannot see it: check the name; ${subject.input} needs ${subject.access}`,
            };
        default:
            return status >= 500
                ? { failure: 'server', hint: 'GitHub failed; it was retried: run again later' }
                : { failure: 'unreadable', hint: undefined };
    }
}


/***/ })

};
