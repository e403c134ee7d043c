export const id = 12;
export const ids = [12];
export const modules = {

/***/ 4012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSentryMode: () => (/* binding */ runSentryMode)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/domain/roles.ts
var domain_roles = __webpack_require__(9365);
// EXTERNAL MODULE: ./src/domain/team-roles.ts
var team_roles = __webpack_require__(3647);
;// CONCATENATED MODULE: ./src/plan/plan.ts


/**
 * The plan: a pure function of the config and the observed state (no I/O, no clock). Compares on
 * effective roles, so equivalent states never produce a change; pre-flights every change against
 * what Sentry would refuse or what the file must not cause (docs/behaviour.md, "Blocked
 * changes") and blocks it, with its reasons, instead.
 */
function createPlan(config, state) {
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
    const warnings = [];
    const missing = [];
    let unchanged = 0;
    const owners = countOwners(state);
    const add = (decision) => {
        if (!decision.change)
            return;
        if (decision.reasons.length > 0)
            blocked.push({ change: decision.change, reasons: decision.reasons });
        else
            changes.push(decision.change);
    };
    for (const listed of config.members.values()) {
        const found = byEmail.get(listed.email) ?? [];
        if (found.length > 1) {
            blocked.push(identityConflict(listed.email, found, listed.source.entry.line));
            continue;
        }
        const spec = specFor(listed, state, warnings);
        const member = found[0];
        if (!member) {
            if (config.missing === 'invite')
                add(planInvite(spec, state));
            else
                missing.push({ email: spec.email, orgRole: spec.role, line: spec.source.entry.line });
            continue;
        }
        if (member.expired && config.missing !== 'invite') {
            warnings.push({
                message: `the invitation of ${spec.email} has expired: it must be re-sent before it can be accepted (missing: invite re-sends it)`,
                line: spec.source.entry.line,
            });
        }
        const decision = planListedMember(spec, member, config, state, owners);
        if (decision.change)
            add(decision);
        else
            unchanged++;
    }
    const unlisted = [];
    for (const member of state.members) {
        const email = member.email.toLowerCase();
        if (config.members.has(email) || config.ignore.has(email) || config.unlisted === 'ignore')
            continue;
        if (config.unlisted === 'report') {
            unlisted.push({ email: member.email, name: member.name, orgRole: member.orgRole, pending: member.pending });
            continue;
        }
        add(planUnlistedRemoval(member, state, owners));
    }
    return {
        version: 1,
        organization: state.organization,
        config: config.file,
        changes,
        blocked,
        unlisted,
        missing,
        warnings,
        unchanged,
    };
}
/** Active owners: the last one is never demoted or removed. */
function countOwners(state) {
    return state.members.filter((member) => member.orgRole === 'owner' && !member.pending).length;
}
function identityConflict(email, members, line) {
    const conflict = {
        kind: 'conflict',
        email,
        members: members.map((member) => ({ memberId: member.id, email: member.email, pending: member.pending })),
        ...(line === undefined ? {} : { line }),
    };
    const ids = members.map((member) => `${member.id}${member.pending ? ' (pending invite)' : ''}`).join(', ');
    return {
        change: conflict,
        reasons: [
            `${members.length} Sentry members have this email (ids ${ids}): which one the file means cannot be told; resolve it in Sentry (remove the duplicate account or invitation), then run again`,
        ],
    };
}
/**
 * The member entry as this organization can store it: without Sentry's team-roles feature every
 * team role is stored as null, so an explicit role cannot be kept; it is compared as null and
 * warned about on its line, so the file never causes a change that does not converge.
 */
function specFor(spec, state, warnings) {
    if (state.teamRoles || spec.teams === undefined)
        return spec;
    let index = 0;
    let explicit = false;
    for (const [team, role] of spec.teams) {
        const position = spec.source.teams[index++] ?? spec.source.entry;
        if (role === null)
            continue;
        explicit = true;
        warnings?.push({
            message: `this organization has no team roles: ${role} has no effect (team "${team}" of ${spec.email}; Sentry stores team roles only on its Business and Enterprise plans)`,
            line: position.line,
        });
    }
    if (!explicit)
        return spec;
    const teams = team_roles/* TeamRoles */.H.from([...spec.teams.keys()].map((team) => [team, null]));
    return { ...spec, teams };
}
/**
 * The member as a write would leave its teams: without team roles Sentry stores null for every
 * team role it is sent, so a role stored earlier (before a downgrade) is compared as null too and
 * never causes a change of its own.
 */
function storedAs(member, state) {
    if (state.teamRoles || member.teams === undefined || [...member.teams.values()].every((role) => role === null))
        return member;
    return { ...member, teams: team_roles/* TeamRoles */.H.from([...member.teams.keys()].map((team) => [team, null])) };
}
/** A listed member that is in Sentry: the update (and re-invitation) the file asks for, with its blocks. */
function planListedMember(spec, member, config, state, owners) {
    const reinvite = member.expired && config.missing === 'invite';
    const update = diffMember(spec, storedAs(member, state));
    if (update) {
        const change = reinvite ? { ...update, reinvite: true } : update;
        return { change, reasons: updateBlocks(change, member, spec, state, owners) };
    }
    if (!reinvite)
        return { reasons: [] };
    return {
        change: { kind: 'reinvite', memberId: member.id, email: member.email, name: member.name, line: spec.source.entry.line },
        reasons: mayNotInvite(state),
    };
}
/** An org member neither listed nor ignored, under `unlisted: remove`. */
function planUnlistedRemoval(member, state, owners) {
    return {
        change: {
            kind: 'remove',
            memberId: member.id,
            email: member.email,
            name: member.name,
            orgRole: member.orgRole,
            pending: member.pending,
        },
        reasons: removalBlocks(member, state, owners),
    };
}
/** A listed email not in the organization, under `missing: invite`. */
function planInvite(spec, state) {
    const teamRoles = spec.teams ? [...spec.teams].map(([teamSlug, role]) => ({ teamSlug, role })) : [];
    return {
        change: { kind: 'invite', email: spec.email, orgRole: spec.role, teamRoles, line: spec.source.entry.line },
        reasons: [...roleBlocks(spec.role, state), ...teamBlocks(spec.teams ? [...spec.teams.keys()] : [], state)],
    };
}
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
    let teamRoles;
    if (spec.teams === undefined) {
        // Teams not managed: send them back exactly as they are.
        teamRoles = [...current].map(([teamSlug, role]) => ({ teamSlug, role }));
    }
    else {
        teamRoles = [];
        for (const [team, wanted] of spec.teams) {
            if (!current.has(team)) {
                teamChanges.push({ kind: 'join', team, role: (0,domain_roles/* effectiveTeamRole */.nm)(to, wanted) });
                teamRoles.push({ teamSlug: team, role: wanted });
                continue;
            }
            const stored = current.get(team) ?? null;
            // What matters is the result under the new org role: does the stored role give what the file wants?
            if ((0,domain_roles/* effectiveTeamRole */.nm)(to, stored) === (0,domain_roles/* effectiveTeamRole */.nm)(to, wanted)) {
                teamRoles.push({ teamSlug: team, role: stored });
            }
            else {
                teamChanges.push({ kind: 'role', team, from: (0,domain_roles/* effectiveTeamRole */.nm)(from, stored), to: (0,domain_roles/* effectiveTeamRole */.nm)(to, wanted) });
                teamRoles.push({ teamSlug: team, role: wanted });
            }
        }
        for (const [team, stored] of current) {
            if (!spec.teams.has(team))
                teamChanges.push({ kind: 'leave', team, role: (0,domain_roles/* effectiveTeamRole */.nm)(from, stored) });
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
/** Why the identity provider, not this file, decides (Sentry accepts the write; the IdP overwrites it at its next sync). */
const IDP_OVERWRITES = 'the identity provider would overwrite this change at its next sync';
function mayNotInvite(state) {
    const { caller } = state;
    return caller.assignable.size === 0 ? [`the token's user (${caller.email}, ${caller.orgRole}) may not invite`] : [];
}
function roleBlocks(role, state) {
    const reasons = [];
    const { caller } = state;
    if (caller.retired.has(role))
        reasons.push(`the org role "${role}" is retired in this organization and can no longer be assigned`);
    else if (!caller.assignable.has(role)) {
        reasons.push(`the token's user (${caller.email}, ${caller.orgRole}) may not assign the org role "${role}"`);
    }
    return reasons;
}
function teamBlocks(teams, state) {
    return teams
        .filter((team) => state.teams.get(team)?.idpProvisioned)
        .map((team) => `team "${team}" is managed by the identity provider (idp:provisioned): ${IDP_OVERWRITES}; join and leave it there`);
}
function updateBlocks(update, member, spec, state, owners) {
    const { caller } = state;
    const reasons = [];
    if (caller.assignable.size === 0)
        reasons.push(`the token's user (${caller.email}, ${caller.orgRole}) may not change members: use an owner's or manager's token`);
    if (member.flags.idpProvisioned)
        reasons.push(`the member is managed by the identity provider (idp:provisioned): ${IDP_OVERWRITES}; change it there`);
    if (member.flags.partnershipRestricted)
        reasons.push('the member is managed by a partnership (partnership:restricted) and cannot be modified');
    if ((0,domain_roles/* orgRoleRank */.vW)(member.orgRole) > (0,domain_roles/* orgRoleRank */.vW)(caller.orgRole)) {
        reasons.push(`the member's org role "${member.orgRole}" is above the token's user (${caller.email}, ${caller.orgRole})`);
    }
    if (update.orgRole) {
        if (member.id === caller.memberId)
            reasons.push("this is the token's own user, and Sentry lets nobody change their own org role: use another owner's token");
        reasons.push(...roleBlocks(update.orgRole.to, state));
        if (member.flags.idpRoleRestricted)
            reasons.push(`the member's org role is managed by the identity provider (idp:role-restricted): ${IDP_OVERWRITES}`);
        if (update.orgRole.from === 'owner' && !member.pending && owners <= 1) {
            reasons.push('this is the only owner: an organization must keep at least one owner');
        }
    }
    reasons.push(...teamBlocks(update.teams.filter((change) => change.kind !== 'role').map((change) => change.team), state));
    if (spec.role === 'billing' && spec.teams === undefined && update.request.teamRoles.length > 0) {
        reasons.push('billing members cannot be on teams and this member is on some: add "teams: []" to remove them from their teams');
    }
    return [...new Set(reasons)];
}
function removalBlocks(member, state, owners) {
    const { caller } = state;
    const reasons = [];
    if (member.id === caller.memberId)
        reasons.push("this is the token's own user: it is never removed");
    if (member.flags.idpProvisioned)
        reasons.push(`the member is managed by the identity provider (idp:provisioned): remove it there`);
    if (member.flags.partnershipRestricted)
        reasons.push('the member is managed by a partnership (partnership:restricted)');
    if ((0,domain_roles/* orgRoleRank */.vW)(member.orgRole) > (0,domain_roles/* orgRoleRank */.vW)(caller.orgRole)) {
        reasons.push(`the member's org role "${member.orgRole}" is above the token's user (${caller.email}, ${caller.orgRole})`);
    }
    if (member.orgRole === 'owner' && !member.pending && owners <= 1)
        reasons.push('this is the only owner');
    if (caller.assignable.size === 0)
        reasons.push(`the token's user (${caller.email}, ${caller.orgRole}) may not remove members`);
    return reasons;
}
/** Team slugs the file names that the organization does not have: config errors, with their lines. */
function unknownTeams(config, state) {
    const unknown = [];
    for (const spec of config.members.values()) {
        let index = 0;
        for (const team of spec.teams?.keys() ?? []) {
            // Team positions are in the order of the teams.
            const position = spec.source.teams[index++] ?? spec.source.entry;
            if (!state.teams.has(team))
                unknown.push({ email: spec.email, team, ...position });
        }
    }
    return unknown;
}

;// CONCATENATED MODULE: ./src/domain/secrets.ts
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

// EXTERNAL MODULE: ./src/domain/text.ts
var domain_text = __webpack_require__(3373);
;// CONCATENATED MODULE: ./src/sentry/errors.ts


/** A Sentry API call that failed, described for people: method, path, status, Sentry's words, what to do. */
class SentryApiError extends Error {
    name = 'SentryApiError';
    method;
    path;
    /** 0 when no response came (connection error, timeout). */
    status;
    /** Sentry's own message, from any of its body shapes. */
    detail;
    constructor(method, path, status, serverDetail, options) {
        // Sentry's words (or a proxy's) may echo the token: redacted before anything else sees them,
        // and invisible or control characters shown escaped (one line, read as written).
        const detail = (0,domain_text/* escapeInvisible */.ts)(redactSecrets(serverDetail));
        const what = status === 0 ? 'no response' : `HTTP ${status}`;
        super(`${method} ${path}: ${what}: ${detail}${options?.hint ? ` (${options.hint})` : ''}`, options?.cause ? { cause: options.cause } : {});
        this.method = method;
        this.path = path;
        this.status = status;
        this.detail = detail;
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
            return 'the Sentry token is invalid or expired: create a new user auth token and update the secret';
        case 403:
            return "the token's user may not do this: plans need member:read, applies need member:admin, and org auth tokens (sntrys_) cannot manage members";
        case 404:
            return 'check the organization slug and sentry-url (EU organizations use https://de.sentry.io)';
        case 429:
            return 'still rate limited after waiting for the limit to reset: run again later';
        default:
            return status >= 500 ? 'Sentry failed; it was retried: run again later' : undefined;
    }
}

;// CONCATENATED MODULE: ./src/apply/apply.ts


/** A guard refused the plan: nothing was written. */
class GuardError extends Error {
    name = 'GuardError';
}
/** Refuses, before any write, a plan larger than the guards allow. */
function checkGuards(plan, guards) {
    const writes = plan.changes.length;
    if (guards.maxChanges > 0 && writes > guards.maxChanges) {
        throw new GuardError(`the plan writes to ${writes} members, more than max-changes (${guards.maxChanges}): nothing was written. Review the plan; if it is intended, raise max-changes (0 = no limit) for this run`);
    }
    const removals = plan.changes.filter((change) => change.kind === 'remove').length;
    if (guards.maxRemovals > 0 && removals > guards.maxRemovals) {
        throw new GuardError(`the plan removes ${removals} members, more than max-removals (${guards.maxRemovals}): nothing was written. Review the plan; if it is intended, raise max-removals (0 = no limit) for this run`);
    }
}
const CHANGED = 'changed in Sentry during the run';
/**
 * Makes the plan's changes: one member at a time per change (the client paces them), each
 * independent of the others, so a failed write never stops the rest. Blocked changes are not
 * sent. Every PUT and DELETE starts from a fresh read of its member: Sentry pages with offsets,
 * so what the plan saw may have been torn by a concurrent change; the write is rebuilt from the
 * fresh state with the plan's own rules (guards included), and a difference is reported.
 */
async function applyPlan(client, plan, guards, context) {
    checkGuards(plan, guards);
    const org = plan.organization;
    const owners = countOwners(context.state);
    const attempt = async (change) => {
        try {
            return change.kind === 'invite'
                ? await invite(client, org, change, context, owners)
                : await rewrite(client, org, change, context, owners);
        }
        catch (error) {
            return { kind: 'failed', change, error: error instanceof Error ? error.message : String(error), cause: error };
        }
    };
    // Each outcome with its place in the plan: a rewritten change is a new object.
    const order = new Map(plan.changes.map((change, index) => [change, index]));
    const placed = async (change) => ({ at: order.get(change) ?? 0, outcome: await attempt(change) });
    // Invitations go one at a time: once Sentry's invitation limit answers 429, the rest wait for
    // a later run instead of hammering it. Everything else runs concurrently (the client paces it).
    const invitations = (async () => {
        const results = [];
        let limited = false;
        for (const change of plan.changes.filter((c) => c.kind === 'invite')) {
            if (limited) {
                const error = "not sent: Sentry's invitation limit was reached; the next run sends the remaining invitations";
                results.push({ at: order.get(change) ?? 0, outcome: { kind: 'failed', change, error } });
                continue;
            }
            const result = await placed(change);
            const { outcome } = result;
            limited = outcome.kind === 'failed' && outcome.cause instanceof SentryApiError && outcome.cause.status === 429;
            results.push(result);
        }
        return results;
    })();
    const others = Promise.all(plan.changes.filter((change) => change.kind !== 'invite').map(placed));
    const [invited, rest] = await Promise.all([invitations, others]);
    const outcomes = [...invited, ...rest].sort((a, b) => a.at - b.at).map(({ outcome }) => outcome);
    return {
        applied: outcomes.flatMap((o) => o.kind === 'applied' ? [{ change: o.change, ...(o.changedDuringRun ? { changedDuringRun: o.changedDuringRun } : {}) }] : []),
        failed: outcomes.flatMap((o) => (o.kind === 'failed' ? [{ change: o.change, error: o.error }] : [])),
        blocked: [...plan.blocked, ...outcomes.flatMap((o) => (o.kind === 'blocked' ? [o.blocked] : []))],
        skipped: outcomes.flatMap((o) => (o.kind === 'skipped' ? [{ change: o.change, reason: o.reason }] : [])),
    };
}
/** A PUT or DELETE: read the member again, re-plan it from that read, write what is still needed. */
async function rewrite(client, org, planned, context, owners) {
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
    const decision = replan(planned, observed(fresh), context, owners);
    return carryOut(client, org, planned, decision);
}
/** The plan's decision for one member, from its fresh state. */
function replan(planned, member, context, owners) {
    const spec = context.config.members.get(member.email.toLowerCase());
    if (planned.kind === 'remove' || spec === undefined)
        return planUnlistedRemoval(member, context.state, owners);
    return planListedMember(specFor(spec, context.state), member, context.config, context.state, owners);
}
async function carryOut(client, org, planned, decision) {
    const { change } = decision;
    if (change === undefined)
        return { kind: 'skipped', change: planned, reason: `already as the file says (${CHANGED})` };
    const changedDuringRun = sameWrite(planned, change) ? undefined : describeDifference(planned, change);
    if (decision.reasons.length > 0) {
        const reasons = changedDuringRun ? [...decision.reasons, `${CHANGED}: ${changedDuringRun}`] : decision.reasons;
        return { kind: 'blocked', blocked: { change, reasons } };
    }
    await write(client, org, change);
    return { kind: 'applied', change, ...(changedDuringRun ? { changedDuringRun: `${CHANGED}: ${changedDuringRun}` } : {}) };
}
/** An invitation; when Sentry answers that the email is already a member or invited, that member is read and reconciled. */
async function invite(client, org, change, context, owners) {
    try {
        await write(client, org, change);
        return { kind: 'applied', change };
    }
    catch (error) {
        if (!(error instanceof SentryApiError && error.status === 400 && /already (a member|been invited)/i.test(error.detail)))
            throw error;
    }
    const found = await client.searchMembers(org, `email:${change.email}`);
    const same = found.filter((member) => member.email.toLowerCase() === change.email.toLowerCase());
    if (same.length !== 1) {
        const others = found.map((member) => `${member.email} (id ${member.id})`).join(', ');
        return {
            kind: 'failed',
            change,
            error: same.length === 0 && found.length > 0
                ? `Sentry says ${change.email} is already a member: it is an email of ${others}. List that member's email in the file instead`
                : `Sentry says ${change.email} is already a member or invited, but ${same.length === 0 ? 'no member has that email' : `${same.length} members have it`}: check the organization in Sentry`,
        };
    }
    const fresh = await client.getMember(org, same[0]?.id ?? '');
    const spec = context.config.members.get(change.email.toLowerCase());
    if (!spec)
        throw new Error(`internal: ${change.email} is not in the file`);
    const decision = planListedMember(specFor(spec, context.state), observed(fresh), context.config, context.state, owners);
    const outcome = await carryOut(client, org, change, decision);
    const already = `already in Sentry (invited or joined during the run), reconciled with the file`;
    if (outcome.kind === 'applied')
        return { ...outcome, changedDuringRun: already };
    if (outcome.kind === 'skipped')
        return { ...outcome, reason: `${already}: nothing left to change` };
    return outcome;
}
function observed(detail) {
    return { ...detail, teams: detail.teams };
}
/** The same write: same kind, member and request. */
function sameWrite(a, b) {
    if (a.kind !== b.kind)
        return false;
    if (a.kind === 'update' && b.kind === 'update')
        return JSON.stringify([a.request, a.reinvite]) === JSON.stringify([b.request, b.reinvite]);
    return true;
}
function describeDifference(planned, now) {
    if (planned.kind === 'update' && now.kind === 'update') {
        const teams = (change) => change.request.teamRoles.map((team) => team.teamSlug).join(', ') || 'none';
        return `the plan would have sent teams [${teams(planned)}], the fresh read gives teams [${teams(now)}]${planned.request.orgRole !== now.request.orgRole ? ` and org role ${now.request.orgRole ?? 'unchanged'}` : ''}`;
    }
    return `the plan would have made a ${planned.kind}, the fresh read calls for a ${now.kind}`;
}
async function write(client, org, change) {
    switch (change.kind) {
        case 'update':
            await client.updateMember(org, change.memberId, change.request);
            // Sentry re-sends an invitation only in a request of its own.
            if (change.reinvite)
                await client.reinviteMember(org, change.memberId);
            return;
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
            return;
        }
        case 'reinvite':
            await client.reinviteMember(org, change.memberId);
            return;
        case 'remove':
            try {
                await client.removeMember(org, change.memberId);
            }
            catch (error) {
                // Already gone (e.g. a retried DELETE whose first attempt did remove it): that is the goal.
                if (!(error instanceof SentryApiError && error.status === 404))
                    throw error;
            }
            return;
    }
}

;// CONCATENATED MODULE: ./src/observe/observe.ts


/** The members of the file: their teams are needed for every write (a PUT carries the whole team list). */
function scopeOf(config) {
    return {
        expectedMembers: config.members.size,
        needsTeams(member) {
            const spec = config.members.get(member.email.toLowerCase());
            // A member whose teams are not managed and whose role stays needs no write, so no teams.
            return spec !== undefined && (spec.teams !== undefined || spec.role !== member.orgRole);
        },
    };
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
 * again (every write starts from a fresh read of its member anyway: docs/behaviour.md).
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
        for (const member of page) {
            if (!scope.needsTeams(member))
                continue;
            // Once rosters are chosen, no member needs a read of its own (and no promise).
            if (chosen === 'rosters')
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
    const listed = uniqueById(await membersRead);
    const [me, , fetched] = await Promise.all([meRead, rostersRead, Promise.all(detailReads)]);
    const details = fetched.filter((detail) => detail !== undefined);
    const detailTeams = new Map(details.map((detail) => [detail.id, detail.teams]));
    const members = listed.map((member) => {
        // A member on no team is in no roster.
        const fromRosters = rostersRead ? team_roles/* TeamRoles */.H.fromPairs(rosterTeams.get(member.id) ?? []) : undefined;
        const memberTeams = detailTeams.get(member.id) ?? fromRosters;
        return { ...member, teams: memberTeams };
    });
    const observedTeams = new Map(teams.map((team) => [team.slug, team]));
    const roles = (predicate) => new Set(me.orgRoleList
        .filter(predicate)
        .map((role) => role.id)
        .filter(domain_roles/* isOrgRole */.bD));
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
/**
 * Every team's roster, into each member's teams. Rosters are read concurrently and folded in in
 * the order of the teams list as soon as all earlier ones are in (so a member's teams follow
 * that order, as the plan shows them), instead of being held until the last one arrives.
 */
async function readRosters(client, organization, teams, rosterTeams) {
    const arrived = teams.map(() => undefined);
    let next = 0;
    await Promise.all(teams.map(async (team, index) => {
        arrived[index] = await readRoster(client, organization, team);
        for (let entries = arrived[next]; entries !== undefined; entries = arrived[next]) {
            const slug = teams[next]?.slug ?? '';
            for (const entry of entries) {
                const pairs = rosterTeams.get(entry.id);
                if (pairs)
                    pairs.push(slug, entry.teamRole);
                else
                    rosterTeams.set(entry.id, [slug, entry.teamRole]);
            }
            arrived[next++] = undefined;
        }
    }));
}

;// CONCATENATED MODULE: ./src/engine/plan-organization.ts


/**
 * Observe, check the file against the organization (unknown team slugs are config errors), plan.
 * The one sequence the action and the command line share. Throws when a read fails.
 */
async function planOrganization(client, config, organization, configWarnings = []) {
    const { state, strategy } = await observe(client, organization, scopeOf(config));
    const unknown = unknownTeams(config, state);
    if (unknown.length > 0) {
        return {
            kind: 'config-errors',
            problems: unknown.map(({ email, team, line, column }) => ({
                severity: 'error',
                file: config.file,
                line,
                column,
                message: `team "${team}" (for ${email}) does not exist in the Sentry organization "${organization}": check the slug, or create the team in Sentry first`,
            })),
        };
    }
    const plan = createPlan(config, state);
    const warnings = [
        ...configWarnings.map((problem) => ({ message: problem.message, ...(problem.line ? { line: problem.line } : {}) })),
        ...plan.warnings,
    ];
    return { kind: 'plan', plan: { ...plan, warnings }, strategy, state };
}
/** The organization to act on: the input wins over the file. */
function organizationOf(config, override) {
    const organization = override ?? config.organization;
    if (!organization) {
        throw new Error(`no organization: set "organization:" in ${config.file} or the "organization" input`);
    }
    return organization;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/github/api.ts

/** Octokit from @actions/github; its base URL comes from GITHUB_API_URL (GitHub Enterprise, tests). */
function createGitHubApi(token, repo) {
    const octokit = github/* getOctokit */.Q(token);
    return {
        async listComments(issue) {
            const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
            return comments.map((comment) => ({
                id: comment.id,
                body: comment.body ?? '',
                authorLogin: comment.user?.login ?? '',
                authorType: comment.user?.type ?? '',
            }));
        },
        async createComment(issue, body) {
            await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
        },
        async updateComment(id, body) {
            await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
        },
        async pullRequestsOf(sha) {
            const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha });
            return data.map((pull) => ({ number: pull.number, merged: pull.merged_at !== null && pull.merged_at !== undefined }));
        },
        async findOpenIssue(marker) {
            for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
                ...repo,
                state: 'open',
                per_page: 100,
            })) {
                const found = page.data.find((issue) => !issue.pull_request && issue.body?.includes(marker));
                if (found)
                    return { number: found.number, body: found.body ?? '' };
            }
            return undefined;
        },
        async createIssue(title, body) {
            const { data } = await octokit.rest.issues.create({ ...repo, title, body });
            return data.number;
        },
        async updateIssue(number, change) {
            await octokit.rest.issues.update({ ...repo, issue_number: number, ...change });
        },
        async viewer() {
            try {
                const { data } = await octokit.rest.users.getAuthenticated();
                return data.login;
            }
            catch {
                return undefined;
            }
        },
    };
}

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/render/public-view.ts
/**
 * What a public repository may show of a plan: nothing from Sentry that the config does not
 * already say. Members the file does not list (unlisted, ignored: removals of them included)
 * are counted, never named or shown by email; display names from Sentry are left out for
 * everyone; a reason that names the token's user by an email the file does not list names its
 * role only. The plan itself (plan.json) keeps everything: this is a view for the log, the
 * summary, annotations, the comment and the drift issue.
 */
function publicPlan(plan, listed) {
    const unlistedRemoval = (change) => change.kind === 'remove' && !listed(change.email);
    const withheld = {
        unlisted: plan.unlisted.length + (plan.withheld?.unlisted ?? 0),
        removals: plan.changes.filter(unlistedRemoval).length + (plan.withheld?.removals ?? 0),
        blockedRemovals: plan.blocked.filter((blocked) => unlistedRemoval(blocked.change)).length + (plan.withheld?.blockedRemovals ?? 0),
    };
    return {
        ...plan,
        changes: plan.changes.filter((change) => !unlistedRemoval(change)).map(withoutName),
        blocked: plan.blocked.filter((blocked) => !unlistedRemoval(blocked.change)).map((blocked) => publicBlocked(blocked, listed)),
        unlisted: [],
        withheld,
    };
}
/** The public view of an apply's result (see publicPlan). */
function publicResult(result, listed) {
    const shown = (entries) => entries.filter(({ change }) => !(change.kind === 'remove' && !listed(change.email)));
    return {
        applied: shown(result.applied).map((entry) => ({ ...entry, change: withoutName(entry.change) })),
        failed: shown(result.failed).map((entry) => ({
            ...entry,
            change: withoutName(entry.change),
            error: withoutEmails(entry.error, listed),
        })),
        skipped: shown(result.skipped).map((entry) => ({ ...entry, change: withoutName(entry.change) })),
        blocked: shown(result.blocked).map((blocked) => publicBlocked(blocked, listed)),
        withheld: {
            unlisted: 0,
            removals: result.applied.length - shown(result.applied).length + (result.failed.length - shown(result.failed).length),
            blockedRemovals: result.blocked.length - shown(result.blocked).length,
        },
    };
}
function publicBlocked(blocked, listed) {
    return {
        change: withoutName(blocked.change),
        reasons: blocked.reasons.map((reason) => withoutEmails(reason, listed)),
    };
}
function withoutName(change) {
    return 'name' in change ? { ...change, name: '' } : change;
}
/** Emails in a text that the file does not list, replaced by "someone not in the file". */
function withoutEmails(text, listed) {
    return text
        .replace(/the token's user \(([^,()\s]+@[^,()\s]+), /g, (whole, email) => listed(email) ? whole : "the token's user (")
        .replace(/[^\s(),;:<>"'[\]]+@[^\s(),;:<>"'[\]]+\.[A-Za-z]{2,}/g, (email) => listed(email) ? email : 'a member not in the file');
}
/** How a reader of a public repository sees what was left out. */
function withheldNote(withheld, config) {
    const parts = [
        withheld.removals > 0 ? `${withheld.removals} removal${withheld.removals === 1 ? '' : 's'} of members not in ${config}` : '',
        withheld.blockedRemovals > 0 ? `${withheld.blockedRemovals} blocked removal${withheld.blockedRemovals === 1 ? '' : 's'}` : '',
        withheld.unlisted > 0 ? `${withheld.unlisted} member${withheld.unlisted === 1 ? '' : 's'} in Sentry not in ${config}` : '',
    ].filter((part) => part !== '');
    if (parts.length === 0)
        return undefined;
    return `Not named here, because this repository is public (redact): ${parts.join(', ')}; display names are left out too. To see everything, run \`sentry-members-sync plan\` locally (the command line shows everything), or set the input \`redact: false\`.`;
}

// EXTERNAL MODULE: ./src/render/validation.ts
var validation = __webpack_require__(9165);
;// CONCATENATED MODULE: ./src/render/plan-text.ts



/**
 * Lines for a terminal or the Actions log, with text from Sentry in them made harmless: newlines,
 * control, bidirectional and zero-width characters shown escaped (`\u202e`), so a name cannot
 * start a line of its own; and no line can start a workflow command (`::`), however it begins.
 */
function logLines(lines) {
    return `${lines.map((line) => (0,domain_text/* escapeInvisible */.ts)(line).replace(/^(\s*)::/, '$1\\u003a:')).join('\n')}\n`;
}
/** Removals the plan makes, shown or withheld. */
function removalsOf(plan) {
    return plan.changes.filter((change) => change.kind === 'remove').length + (plan.withheld?.removals ?? 0);
}
/** The counts line every rendering starts with. */
function planCounts(plan) {
    const count = (kind) => plan.changes.filter((change) => change.kind === kind).length;
    const withheld = plan.withheld;
    return [
        `${count('update')} to update`,
        `${count('invite') + count('reinvite')} to invite`,
        `${count('remove') + (withheld?.removals ?? 0)} to remove`,
        `${plan.blocked.length + (withheld?.blockedRemovals ?? 0)} blocked`,
        `${plan.unchanged} unchanged`,
        `${plan.unlisted.length + (withheld?.unlisted ?? 0)} unlisted`,
        `${plan.missing.length} missing`,
    ].join(', ');
}
function describeTeamChange(change) {
    switch (change.kind) {
        case 'join':
            return `+ ${change.team} (${change.role})`;
        case 'leave':
            return `- ${change.team}`;
        case 'role':
            return `~ ${change.team}: ${change.from} -> ${change.to}`;
    }
}
/** The lines under a change's heading: role and teams for updates, what is sent for the others. */
function changeDetails(change) {
    switch (change.kind) {
        case 'update':
            return [
                ...(change.orgRole ? [`role: ${change.orgRole.from} -> ${change.orgRole.to}`] : []),
                ...change.teams.map(describeTeamChange),
                ...(change.reinvite ? [REINVITED] : []),
            ];
        case 'invite':
            return [
                `role: ${change.orgRole}`,
                ...change.teamRoles.map((team) => `+ ${team.teamSlug}${team.role ? ` (${team.role})` : ''}`),
            ];
        case 'reinvite':
            return [REINVITED];
        case 'remove':
            return [`role: ${change.orgRole}${change.pending ? ' (pending invite)' : ''}`];
        case 'conflict':
            return change.members.map((member) => `id ${member.memberId}: ${member.email}${member.pending ? ' (pending invite)' : ''}`);
    }
}
const REINVITED = 'expired invitation: re-sent with a new link';
function changeHeading(change) {
    const who = change.kind === 'invite' || change.kind === 'conflict' || change.name === change.email || !change.name
        ? change.email
        : `${change.email} (${change.name})`;
    const mark = { update: '~', reinvite: '~', invite: '+', remove: '-', conflict: '!' }[change.kind];
    const what = change.kind === 'update' && change.pending ? 'update invite' : change.kind;
    return `${mark} ${what} ${who}`;
}
function blockedLines(blocked) {
    return [
        `! blocked: ${changeHeading(blocked.change).slice(2)}`,
        ...changeDetails(blocked.change).map((line) => `    ${line}`),
        ...blocked.reasons.map((reason) => `    because ${reason}`),
    ];
}
/** The plan for a terminal or the Actions log. */
function planText(plan) {
    const lines = [`Plan for Sentry organization "${plan.organization}" from ${plan.config}`, `  ${planCounts(plan)}`];
    const removals = removalsOf(plan);
    if (removals > 0)
        lines.push('', `WARNING: this plan removes ${(0,validation/* plural */.LS)(removals, 'member')} from the organization.`);
    if (plan.changes.length === 0 && plan.blocked.length === 0)
        lines.push('', 'No changes: the organization matches the file.');
    for (const change of plan.changes)
        lines.push('', changeHeading(change), ...changeDetails(change).map((line) => `    ${line}`));
    for (const blocked of plan.blocked)
        lines.push('', ...blockedLines(blocked));
    if (plan.unlisted.length > 0) {
        lines.push('', `Unlisted (in Sentry, not in ${plan.config}; unlisted: report):`);
        for (const note of plan.unlisted)
            lines.push(`    ${note.email} (${note.orgRole}${note.pending ? ', pending invite' : ''})`);
    }
    if (plan.missing.length > 0) {
        lines.push('', `Missing (in ${plan.config}, not in Sentry; missing: report):`);
        for (const note of plan.missing)
            lines.push(`    ${note.email} (${note.orgRole})`);
    }
    if (plan.warnings.length > 0) {
        lines.push('', 'Warnings:');
        for (const warning of plan.warnings)
            lines.push(`    ${warning.line ? `line ${warning.line}: ` : ''}${warning.message}`);
    }
    const note = plan.withheld && withheldNote(plan.withheld, plan.config);
    if (note)
        lines.push('', note);
    return logLines(lines);
}
/** The counts of an apply, withheld removals included. */
function applyCounts(result) {
    const hidden = result.withheld;
    return `Applied ${(0,validation/* plural */.LS)(result.applied.length, 'member write')}, ${result.failed.length} failed, ${result.blocked.length + (hidden?.blockedRemovals ?? 0)} blocked${result.skipped.length > 0 ? `, ${result.skipped.length} not needed` : ''}${hidden && hidden.removals > 0 ? `, ${hidden.removals} removal${hidden.removals === 1 ? '' : 's'} of members not in the file (not named: redact)` : ''}`;
}
/** What an apply did, for the log. */
function applyText(result) {
    const lines = [`${applyCounts(result)}.`];
    for (const done of result.applied)
        lines.push(`    done: ${changeHeading(done.change).slice(2)}${done.changedDuringRun ? ` (${done.changedDuringRun})` : ''}`);
    for (const skipped of result.skipped)
        lines.push(`    not needed: ${changeHeading(skipped.change).slice(2)}: ${skipped.reason}`);
    for (const failure of result.failed)
        lines.push(`    FAILED: ${changeHeading(failure.change).slice(2)}: ${failure.error}`);
    for (const blocked of result.blocked)
        lines.push(`    blocked: ${changeHeading(blocked.change).slice(2)}: ${blocked.reasons.join('; ')}`);
    return logLines(lines);
}

;// CONCATENATED MODULE: ./src/render/plan-markdown.ts





/** Lists longer than this fold into <details>. */
const FOLD_AFTER = 10;
function code(text) {
    // Inside <code> nothing is markdown; HTML and mentions still need care.
    return `<code>${(0,domain_text/* escapeInvisible */.ts)(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '&#64;')}</code>`;
}
function changeBlock(change, reasons, mark = ':no_entry:') {
    const lines = [`- **${(0,markdown/* escapeMarkdown */.F)(changeHeading(change))}**`];
    for (const detail of changeDetails(change))
        lines.push(`  - ${code(detail)}`);
    for (const reason of reasons ?? [])
        lines.push(`  - ${mark} ${(0,markdown/* escapeMarkdown */.F)(reason)}`);
    return lines.join('\n');
}
function withheldItems(withheld, config) {
    const note = withheld && withheldNote(withheld, config);
    return note ? [`- ${(0,markdown/* escapeMarkdown */.F)(note).replace(/\\`/g, '`')}`] : [];
}
function renderSection({ title, items }) {
    if (items.length === 0)
        return '';
    const body = items.join('\n');
    if (items.length <= FOLD_AFTER)
        return `### ${title}\n\n${body}\n`;
    return `### ${title}\n\n<details><summary>${items.length} entries</summary>\n\n${body}\n\n</details>\n`;
}
/**
 * Head, then sections, within `limit`: the full text when it fits; else as many entries as fit,
 * in order, and a note saying how many are left out and where they are; at worst the head alone.
 */
function fitWithin(head, sections, options) {
    const render = (parts, note = '') => `${[head, ...parts.map(renderSection), note].filter((part) => part !== '').join('\n')}\n`;
    const full = render(sections);
    if (options.limit === undefined || full.length <= options.limit)
        return full;
    const total = sections.reduce((sum, section) => sum + section.items.length, 0);
    const note = (left) => `> [!NOTE]\n> ${(0,validation/* plural */.LS)(left, 'more entry', 'more entries')} ${left === 1 ? 'is' : 'are'} not shown here (too long for one message)${options.fullAt ? `: the [job summary](${options.fullAt}) has the whole plan` : ''}.\n`;
    const budget = options.limit - note(total).length - head.length - 64;
    const kept = [];
    let used = 0;
    let shown = 0;
    for (const section of sections) {
        const items = [];
        for (const item of section.items) {
            if (used + item.length + section.title.length + 64 > budget)
                break;
            items.push(item);
            used += item.length + 1;
        }
        shown += items.length;
        if (items.length > 0)
            kept.push({ title: section.title, items });
        if (items.length < section.items.length)
            break;
    }
    const truncated = render(kept, note(total - shown));
    return truncated.length <= options.limit ? truncated : render([], note(total)).slice(0, options.limit);
}
function planHead(plan, title) {
    const parts = [
        `## ${(0,markdown/* escapeMarkdown */.F)(title)}: ${(0,markdown/* escapeMarkdown */.F)(plan.organization)}`,
        '',
        `**${(0,markdown/* escapeMarkdown */.F)(planCounts(plan))}** (from ${code(plan.config)})`,
        '',
    ];
    const removals = removalsOf(plan);
    if (removals > 0)
        parts.push(`> [!WARNING]\n> This plan **removes ${(0,validation/* plural */.LS)(removals, 'member')}** from the organization.\n`);
    if (plan.blocked.length > 0) {
        parts.push(`> [!CAUTION]\n> ${(0,validation/* plural */.LS)(plan.blocked.length, 'change')} cannot be made (blocked): see below. The run fails until the file or the organization is fixed.\n`);
    }
    if (plan.changes.length === 0 && plan.blocked.length === 0)
        parts.push('No changes: the organization matches the file.\n');
    return parts.join('\n');
}
function planSections(plan) {
    return [
        { title: 'Changes', items: plan.changes.map((change) => changeBlock(change)) },
        { title: 'Blocked', items: plan.blocked.map((blocked) => changeBlock(blocked.change, blocked.reasons)) },
        {
            title: 'Unlisted (in Sentry, not in the file)',
            items: plan.unlisted.map((note) => `- ${(0,markdown/* escapeMarkdown */.F)(note.email)} (${note.orgRole}${note.pending ? ', pending invite' : ''})`),
        },
        {
            title: 'Missing (in the file, not in Sentry)',
            items: plan.missing.map((note) => `- ${(0,markdown/* escapeMarkdown */.F)(note.email)} (${note.orgRole})`),
        },
        {
            title: 'Warnings',
            items: plan.warnings.map((warning) => `- ${warning.line ? `line ${warning.line}: ` : ''}${(0,markdown/* escapeMarkdown */.F)(warning.message)}`),
        },
        { title: 'Not shown', items: withheldItems(plan.withheld, plan.config) },
    ];
}
/** The plan as markdown (job summary, PR comment). All Sentry text is escaped. */
function planMarkdown(plan, options = {}) {
    return fitWithin(planHead(plan, options.title ?? 'sentry-members-sync plan'), planSections(plan), options);
}
/** What an apply did, as markdown. */
function applyMarkdown(result, organization, options = {}) {
    const head = [
        `## ${(0,markdown/* escapeMarkdown */.F)(options.title ?? 'sentry-members-sync apply')}: ${(0,markdown/* escapeMarkdown */.F)(organization)}`,
        '',
        `**${result.applied.length} applied, ${result.failed.length} failed, ${result.blocked.length + (result.withheld?.blockedRemovals ?? 0)} blocked${result.skipped.length > 0 ? `, ${result.skipped.length} not needed` : ''}**`,
        '',
    ].join('\n');
    return fitWithin(head, [
        { title: 'Failed', items: result.failed.map(({ change, error }) => changeBlock(change, [error])) },
        { title: 'Blocked', items: result.blocked.map((blocked) => changeBlock(blocked.change, blocked.reasons)) },
        {
            title: 'Applied',
            items: result.applied.map(({ change, changedDuringRun }) => changeBlock(change, changedDuringRun ? [changedDuringRun] : undefined, ':warning:')),
        },
        {
            title: 'Not needed any more (found so when the member was read again)',
            items: result.skipped.map(({ change, reason }) => changeBlock(change, [reason], ':information_source:')),
        },
        { title: 'Not shown', items: withheldItems(result.withheld, 'the file') },
    ], options);
}

;// CONCATENATED MODULE: ./src/github/sticky.ts
/** GitHub's limit for a comment body. */
const COMMENT_LIMIT = 65_536;
/** GitHub's limit for a step's job summary is 1 MiB; keep room for the rest of the step. */
const SUMMARY_LIMIT = 1_000_000;
/**
 * The hidden marker of this action's comment (or drift issue) for one organization and config
 * file, so several configs or organizations in one repository each keep their own.
 */
function stickyMarker(kind, organization, config) {
    const safe = (text) => encodeURIComponent(text).replace(/-/g, '%2D');
    return `<!-- sentry-members-sync:${kind} org=${safe(organization)} config=${safe(config)} -->`;
}
/**
 * This action's earlier comment: it holds the marker and was written by a bot (GITHUB_TOKEN) or
 * by the token's own user. Other authors' comments are never touched, even if they quote the marker.
 */
function findSticky(comments, marker, viewer) {
    return comments.find((comment) => comment.body.startsWith(marker) &&
        (comment.authorType === 'Bot' || (viewer !== undefined && comment.authorLogin === viewer)));
}

;// CONCATENATED MODULE: ./src/github/publish.ts



/**
 * Runs a GitHub write; a failure is a warning, never the step's failure (a fork's read-only
 * token answers 403, a missing permission 403 or 404).
 */
async function softly(what, write) {
    try {
        await write();
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 || status === 404
            ? ' The token may not write here: give the workflow "pull-requests: write" (comments) or "issues: write" (drift issue); pull requests from forks get a read-only token.'
            : '';
        core/* warning */.$e(`${what} failed: ${error.message}.${hint}`, { title: 'sentry-members-sync: GitHub' });
    }
}
/** Creates this action's comment on a pull request, or updates it in place; no write when unchanged. */
async function upsertComment(api, pullRequest, marker, body) {
    const [comments, viewer] = await Promise.all([api.listComments(pullRequest), api.viewer()]);
    const existing = findSticky(comments, marker, viewer);
    if (!existing)
        await api.createComment(pullRequest, body);
    else if (existing.body !== body)
        await api.updateComment(existing.id, body);
}
function comment(marker, markdown) {
    return `${marker}\n${markdown(COMMENT_LIMIT - marker.length - 1)}`;
}
/** The plan on the pull request, in the one comment for this organization and config file. */
async function publishPlanComment(context, pullRequest, plan) {
    const marker = stickyMarker('plan', plan.organization, plan.config);
    const body = comment(marker, (limit) => planMarkdown(plan, { limit, ...(context.runUrl ? { fullAt: context.runUrl } : {}) }));
    await softly(`Posting the plan on pull request #${pullRequest}`, () => upsertComment(context.api, pullRequest, marker, body));
}
/** After an apply on push: the result goes to the plan comment of the merged pull request the commit came from. */
async function publishApplyResult(context, sha, plan, result) {
    await softly(`Reporting the apply on the merged pull request of ${sha.slice(0, 7)}`, async () => {
        const pulls = await context.api.pullRequestsOf(sha);
        const merged = pulls.find((pull) => pull.merged);
        if (!merged)
            return;
        const marker = stickyMarker('plan', plan.organization, plan.config);
        const body = comment(marker, (limit) => {
            const title = `sentry-members-sync applied on merge (${sha.slice(0, 7)})`;
            const options = { limit, title, ...(context.runUrl ? { fullAt: context.runUrl } : {}) };
            const applied = applyMarkdown(result, plan.organization, options);
            return applied.length < limit / 2
                ? `${applied}\n${planMarkdown(plan, { ...options, limit: limit - applied.length - 1, title: 'The plan that was applied' })}`
                : applied;
        });
        await upsertComment(context.api, merged.number, marker, body);
    });
}
/**
 * Keeps one open issue about drift: created or updated when a run finds drift (listing what it
 * found and, after an apply, what it corrected), closed when a run finds none.
 */
async function manageDriftIssue(context, plan, result, now) {
    const marker = stickyMarker('drift', plan.organization, plan.config);
    const hidden = plan.withheld;
    const drift = plan.changes.length + plan.blocked.length + (hidden ? hidden.removals + hidden.blockedRemovals : 0);
    await softly('Updating the drift issue', async () => {
        const issue = await context.api.findOpenIssue(marker);
        if (drift === 0) {
            if (!issue)
                return;
            const closing = `${issue.body}\n\n---\nNo drift found on ${now}${context.runUrl ? ` ([run](${context.runUrl}))` : ''}: closed.`;
            await context.api.updateIssue(issue.number, { body: closing, state: 'closed' });
            return;
        }
        const what = result
            ? `Found ${drift} change(s) between ${plan.config} and Sentry on ${now} and corrected them: ${result.applied.length} applied, ${result.failed.length} failed, ${result.blocked.length} blocked.`
            : `Found ${drift} change(s) between ${plan.config} and Sentry on ${now} (not corrected: this run only checks).`;
        const body = `${marker}\n${what}${context.runUrl ? ` See the [run](${context.runUrl}).` : ''}\n\n${planMarkdown(plan, { limit: COMMENT_LIMIT - marker.length - what.length - 400, title: 'Drift' })}`;
        if (issue)
            await context.api.updateIssue(issue.number, { body });
        else
            await context.api.createIssue(`Sentry membership drift: ${plan.organization}`, body);
    });
}

;// CONCATENATED MODULE: ./src/sentry/decode.ts



/** Sentry sent something this client cannot read: where in the body, and what. */
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
function flag(record, key) {
    return record?.[key] === true;
}
function orgRole(record, where) {
    // `orgRole` since Sentry 23; older servers send only the deprecated `role`.
    const value = record.orgRole ?? record.role;
    if (!(0,domain_roles/* isOrgRole */.bD)(value))
        throw new DecodeError(`${where}.orgRole: expected one of billing, member, admin, manager, owner, got ${kind(value)}`);
    return value;
}
function kind(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
    return typeof value;
}
function decodeListedMember(value, where) {
    const record = object(value, where);
    const flags = record.flags && typeof record.flags === 'object' ? record.flags : undefined;
    const email = string(record, 'email', where);
    return {
        id: string(record, 'id', where),
        email,
        // A display name is anyone's to set: it may not carry a token into a log.
        name: typeof record.name === 'string' ? redactSecrets(record.name) : email,
        orgRole: orgRole(record, where),
        pending: record.pending === true,
        expired: record.expired === true,
        flags: memberFlags(flag(flags, 'idp:provisioned'), flag(flags, 'idp:role-restricted'), flag(flags, 'partnership:restricted')),
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
function decodeMemberDetail(value, where) {
    const base = decodeListedMember(value, where);
    const record = object(value, where);
    const teams = new Map();
    if (record.teamRoles !== undefined) {
        for (const [index, item] of list(record.teamRoles, `${where}.teamRoles`).entries()) {
            const entry = object(item, `${where}.teamRoles[${index}]`);
            const slug = string(entry, 'teamSlug', `${where}.teamRoles[${index}]`);
            const role = entry.role ?? null;
            if (role !== null && !(0,domain_roles/* isTeamRole */.Uf)(role))
                throw new DecodeError(`${where}.teamRoles[${index}].role: expected contributor, admin or null, got ${kind(role)}`);
            teams.set(slug, role);
        }
    }
    else if (record.teams !== undefined) {
        // Servers without team roles list slugs only.
        for (const [index, slug] of list(record.teams, `${where}.teams`).entries()) {
            if (typeof slug !== 'string')
                throw new DecodeError(`${where}.teams[${index}]: expected a slug, got ${kind(slug)}`);
            teams.set(slug, null);
        }
    }
    const roles = record.orgRoleList === undefined ? [] : list(record.orgRoleList, `${where}.orgRoleList`);
    return {
        ...base,
        teams: team_roles/* TeamRoles */.H.from(teams),
        orgRoleList: roles.map((item, index) => {
            const role = object(item, `${where}.orgRoleList[${index}]`);
            return {
                id: string(role, 'id', `${where}.orgRoleList[${index}]`),
                isAllowed: role.isAllowed === true,
                isRetired: role.isRetired === true,
            };
        }),
    };
}
function decodeTeam(value, where) {
    const record = object(value, where);
    const slug = string(record, 'slug', where);
    const flags = record.flags && typeof record.flags === 'object' ? record.flags : undefined;
    const count = record.memberCount;
    return {
        slug,
        name: typeof record.name === 'string' ? record.name : slug,
        memberCount: typeof count === 'number' && Number.isFinite(count) && count >= 0 ? count : 0,
        idpProvisioned: flag(flags, 'idp:provisioned'),
    };
}
function decodeRosterEntry(value, where) {
    const record = object(value, where);
    const role = record.teamRole ?? null;
    if (role !== null && !(0,domain_roles/* isTeamRole */.Uf)(role))
        throw new DecodeError(`${where}.teamRole: expected contributor, admin or null, got ${kind(role)}`);
    return { id: string(record, 'id', where), teamRole: role };
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
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
    /** Waits until a request to `endpoint` may start. */
    async acquire(endpoint) {
        const state = this.#state(endpoint);
        for (;;) {
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
            const rateOk = state.remaining === undefined || state.remaining > 0;
            // An endpoint not heard from yet gets one request: its answer says how much of the window
            // is left (an earlier run may have used it), so the next ones do not run into 429s.
            const room = state.heard ? state.concurrency : 1;
            if (state.inFlight.size < room && rateOk)
                break;
            await new Promise((resolve) => {
                state.waiters.push(resolve);
                if (!rateOk && state.resetAt !== undefined && !state.timer) {
                    state.timer = setTimeout(() => {
                        state.timer = undefined;
                        this.#wake(state);
                    }, state.resetAt - now + this.#margin);
                }
            });
        }
        const sequence = ++this.#sequence;
        state.inFlight.add(sequence);
        if (state.remaining !== undefined)
            state.remaining--;
        return { done: (headers) => this.#done(state, sequence, headers) };
    }
    /** Learns from a response that did not come through a ticket (e.g. a retried 429). */
    observe(endpoint, headers) {
        this.#learn(this.#state(endpoint), Number.POSITIVE_INFINITY, headers);
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
        this.#wake(state);
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
    #wake(state) {
        const waiters = state.waiters.splice(0);
        for (const resolve of waiters)
            resolve();
    }
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
/** The concurrency limit was not the cause either. */
function otherLimiterPossible(headers) {
    const concurrent = Number(headers?.['x-sentry-rate-limit-concurrentremaining']);
    return !Number.isFinite(concurrent) || concurrent > 0;
}
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
 * HTTP to Sentry on undici: a keep-alive agent, undici's retry interceptor with Sentry's rules
 * (5xx and connection errors for idempotent methods; 429 for every method, waiting until
 * X-Sentry-Rate-Limit-Reset since Sentry sends no Retry-After), and pacing. Redirects are not
 * followed, so the token never leaves the origin of sentry-url.
 */
function createHttp(options) {
    addSecret(options.token);
    const apiRoot = `${options.baseUrl.origin}${options.baseUrl.pathname.replace(/\/+$/, '')}/api/0`;
    const debug = options.debug ?? (() => { });
    const pacer = new Pacer(options.pacing);
    const timeout = options.timeoutMs ?? 30_000;
    const maxRetries = options.maxRetries ?? 4;
    const maxRateLimitRetries = options.maxRateLimitRetries ?? 8;
    const minBackoff = options.minBackoffMs ?? 250;
    const maxBytes = options.maxResponseBytes ?? 16 * 1024 * 1024;
    const agent = new undici/* Agent */.g6({ headersTimeout: timeout, bodyTimeout: timeout, connections: 64, keepAliveTimeout: 10_000 });
    const dispatcher = agent.compose(undici/* interceptors */.dY.retry({
        throwOnError: false,
        maxRetries: Math.max(maxRetries, maxRateLimitRetries),
        methods: ['GET', 'PUT', 'DELETE', 'POST', 'HEAD'],
        statusCodes: [429, ...RETRYABLE_STATUS],
        errorCodes: [...RETRYABLE_ERRORS],
        retry(error, { state, opts }, callback) {
            const err = error;
            const method = String(opts.method).toUpperCase();
            const path = String(opts.path);
            const status = err.statusCode;
            let delay;
            if (status === 429) {
                if (err.headers)
                    pacer.observe(endpointOf(method, path.split('?')[0] ?? path), err.headers);
                const limits = err.headers ? readRateLimit(err.headers) : undefined;
                const reset = limits?.resetAt;
                // A 429 while the endpoint's window still has room comes from another limiter (Sentry's
                // invitation limit): waiting for this window's reset does not help, so it is not retried.
                const otherLimiter = limits !== undefined && limits.remaining > 0 && otherLimiterPossible(err.headers);
                if (!otherLimiter && state.counter <= maxRateLimitRetries) {
                    delay = reset === undefined ? minBackoff * 2 ** (state.counter - 1) : Math.max(0, reset - Date.now()) + 50;
                    delay = Math.min(delay, 60_000);
                }
            }
            else if (IDEMPOTENT.has(method) && state.counter <= maxRetries) {
                const retryable = status !== undefined ? RETRYABLE_STATUS.has(status) : RETRYABLE_ERRORS.has(err.code ?? '');
                if (retryable)
                    delay = Math.min(minBackoff * 2 ** (state.counter - 1), 10_000);
            }
            if (delay === undefined) {
                callback(err);
                return undefined;
            }
            debug(`${method} ${path}: ${status ? `HTTP ${status}` : (err.code ?? err.message)}; retry ${state.counter} in ${Math.round(delay)} ms`);
            return setTimeout(() => callback(null), delay);
        },
    }));
    async function send(method, target, body) {
        const url = resolveUrl(target);
        const display = url.pathname + url.search;
        const endpoint = endpointOf(method, url.pathname);
        const ticket = await pacer.acquire(endpoint);
        let responseHeaders;
        try {
            const started = Date.now();
            const response = await (0,undici/* request */.Em)(url, {
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
            if (response.statusCode >= 300) {
                const detail = response.statusCode < 400
                    ? `Sentry answered with a redirect to ${String(response.headers.location ?? '(no location)')}, which is not followed: the token is sent only to ${options.baseUrl.origin}; check sentry-url`
                    : describeErrorBody(parsed, text);
                const hint = hintFor(response.statusCode);
                throw new SentryApiError(method, display, response.statusCode, detail, hint ? { hint } : {});
            }
            return { status: response.statusCode, headers: response.headers, body: parsed };
        }
        catch (error) {
            if (error instanceof SentryApiError)
                throw error;
            const code = error.code;
            throw new SentryApiError(method, display, 0, `${code ? `${code}: ` : ''}${error.message}`, {
                cause: error,
                hint: 'no answer from Sentry after retries: check sentry-url and the network, then run again',
            });
        }
        finally {
            ticket.done(responseHeaders);
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
        throw new SentryApiError(method, path, 0, `the response did not arrive within ${Math.round(bounds.deadlineMs / 100) / 10} s (it came too slowly); nothing was read from it`, { hint: 'Sentry or a proxy in between is too slow: run again later' });
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
        let url = `${path}?per_page=100${query === undefined ? '' : `&query=${encodeURIComponent(query)}`}`;
        const seen = new Set([new URL(url, 'http://x').search]);
        let pending = http.request('GET', url);
        for (let page = 0; pending !== undefined && url !== undefined; page++) {
            const response = await pending;
            const current = url;
            url = nextPage(response.headers.link);
            if (url !== undefined) {
                const where = `/api/0${path}`;
                const query = new URL(url, 'http://x').search;
                if (seen.has(query))
                    throw new SentryApiError('GET', where, response.status, `Sentry's pages do not end: the next page (${query}) was read before`, {
                        hint: 'a Sentry server does not page like this: check sentry-url, then run again',
                    });
                if (page + 1 >= maxPages)
                    throw new SentryApiError('GET', where, response.status, `more than ${maxPages} pages, more than the counts Sentry gave allow`, {
                        hint: 'the list grew while it was read, or the server pages wrongly: run again',
                    });
                seen.add(query);
            }
            pending = url === undefined ? undefined : http.request('GET', url);
            // Should this page fail to decode, the next one's outcome no longer matters.
            pending?.catch(() => { });
            const body = decoded(() => list(response.body, 'response'), 'GET', current);
            const decodedPage = body.map((item, index) => decoded(() => decode(item, `item ${page * 100 + index}`), 'GET', path));
            items.push(...decodedPage);
            onPage?.(decodedPage);
        }
        return items;
    }
    return {
        listMembers: (org, onPage) => paginate(`/organizations/${segment(org)}/members/`, decodeListedMember, onPage),
        listTeams: (org, onPage) => paginate(`/organizations/${segment(org)}/teams/`, decodeTeam, onPage),
        listTeamMembers: (org, team, memberCount) => paginate(`/teams/${segment(org)}/${segment(team)}/members/`, decodeRosterEntry, undefined, 
        // Room for the team to double while it is read, and a page more.
        memberCount === undefined ? MAX_PAGES : Math.ceil((2 * memberCount + 100) / 100) + 1),
        searchMembers: (org, query) => paginate(`/organizations/${segment(org)}/members/`, decodeListedMember, undefined, MAX_PAGES, query),
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
function decoded(decode, method, path) {
    try {
        return decode();
    }
    catch (error) {
        if (error instanceof DecodeError) {
            // As the other errors name it: the path on the server, without the query.
            const shown = /^https?:/.test(path) ? new URL(path).pathname : `/api/0${path.split('?')[0] ?? path}`;
            throw new SentryApiError(method, shown, 200, `unexpected response from Sentry: ${error.message}`, {
                cause: error,
                hint: 'is sentry-url a Sentry server?',
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

// EXTERNAL MODULE: ./src/action/event.ts + 1 modules
var action_event = __webpack_require__(1946);
// EXTERNAL MODULE: ./src/action/report.ts + 1 modules
var report = __webpack_require__(2676);
;// CONCATENATED MODULE: ./src/action/sentry-modes.ts

















/** plan, check and apply: read Sentry, plan, report; apply also writes. */
async function runSentryMode(mode, settings, event, config, warnings) {
    const organization = organizationOf(config, settings.organization);
    const client = createSentryClient({
        baseUrl: settings.sentryUrl,
        token: settings.sentryToken,
        debug: (message) => core/* debug */.Yz(message),
    });
    try {
        let outcome;
        try {
            outcome = await planOrganization(client, config, organization, warnings);
        }
        catch (error) {
            core/* setFailed */.C1(`reading the organization "${organization}" from Sentry failed, so nothing was written: ${error.message}`);
            return;
        }
        if (outcome.kind === 'config-errors') {
            (0,report/* annotateProblems */.$)(outcome.problems);
            core/* setFailed */.C1(`${config.file} names ${(0,validation/* plural */.LS)(outcome.problems.length, 'team')} that the organization does not have (listed above): nothing was written`);
            return;
        }
        const { plan } = outcome;
        // What GitHub shows (log, summary, annotations, comment, issue) comes from the view; plan.json keeps everything.
        const redact = settings.redact === 'auto' ? event.publicRepository : settings.redact;
        if (!redact && event.publicRepository) {
            core/* warning */.$e('This repository is public and redact is false: the log, job summary and comment name members the config file does not list and show their Sentry display names to anyone. Remove "redact: false" to count them instead.', { title: 'sentry-members-sync: public repository' });
        }
        const listed = (email) => config.members.has(email.toLowerCase());
        const shown = redact ? publicPlan(plan, listed) : plan;
        core/* info */.pq(planText(shown));
        const planFile = await writePlanFile(plan, config.file);
        core/* setOutput */.uH('plan', planFile);
        core/* setOutput */.uH('changes', String(plan.changes.length));
        core/* setOutput */.uH('has-changes', String(plan.changes.length > 0));
        annotatePlan(shown);
        const github = githubFor(settings, event);
        if (mode !== 'apply') {
            await (0,report/* writeSummary */.S)(planMarkdown(shown, { limit: SUMMARY_LIMIT }));
            if (github && settings.comment && event.pullRequest !== undefined && (0,action_event/* isPullRequestEvent */.T5)(event)) {
                await publishPlanComment(github, event.pullRequest, shown);
            }
            if (github && settings.comment && settings.driftIssue && mode === 'check') {
                await manageDriftIssue(github, shown, undefined, new Date().toISOString());
            }
            if (plan.blocked.length > 0)
                core/* setFailed */.C1(blockedMessage(plan.blocked.length, plan, mode));
            else if (mode === 'check' && plan.changes.length > 0) {
                core/* setFailed */.C1(`${(0,validation/* plural */.LS)(plan.changes.length, 'member')} differ from ${config.file} (drift): run apply, or update the file`);
            }
            return;
        }
        try {
            checkGuards(plan, settings);
        }
        catch (error) {
            if (!(error instanceof GuardError))
                throw error;
            await (0,report/* writeSummary */.S)(planMarkdown(shown, { limit: SUMMARY_LIMIT }));
            core/* setOutput */.uH('applied', '0');
            core/* setOutput */.uH('failed', '0');
            core/* setFailed */.C1(error.message);
            return;
        }
        const result = await applyPlan(client, plan, settings, { config, state: outcome.state });
        const shownResult = redact ? publicResult(result, listed) : result;
        core/* info */.pq(applyText(shownResult));
        const applied = applyMarkdown(shownResult, organization, { limit: SUMMARY_LIMIT / 2 });
        await (0,report/* writeSummary */.S)(`${applied}\n${planMarkdown(shown, { limit: SUMMARY_LIMIT - applied.length })}`);
        if (github && settings.comment && event.name === 'push' && event.sha)
            await publishApplyResult(github, event.sha, shown, shownResult);
        // comment: false means the run writes nothing to GitHub (docs/behaviour.md), the drift issue included.
        if (github && settings.comment && settings.driftIssue)
            await manageDriftIssue(github, shown, shownResult, new Date().toISOString());
        core/* setOutput */.uH('applied', String(result.applied.length));
        core/* setOutput */.uH('failed', String(result.failed.length));
        for (const failure of shownResult.failed) {
            core/* error */.z3((0,domain_text/* escapeInvisible */.ts)(`${changeHeading(failure.change).slice(2)} failed: ${failure.error}`), {
                title: 'sentry-members-sync: write failed',
            });
        }
        if (result.failed.length > 0) {
            core/* setFailed */.C1(`${(0,validation/* plural */.LS)(result.failed.length, 'member write')} failed (listed above), ${result.applied.length} succeeded: fix the cause and run again; the next run makes only what is still missing`);
        }
        else if (result.blocked.length > 0) {
            core/* setFailed */.C1(blockedMessage(result.blocked.length, plan, mode));
        }
    }
    finally {
        await client.close();
    }
}
/** The GitHub side, when there is a token and a repository (never on a developer machine). */
function githubFor(settings, event) {
    if (!settings.githubToken || !event.repo)
        return undefined;
    return { api: createGitHubApi(settings.githubToken, event.repo), runUrl: event.runUrl };
}
function blockedMessage(blocked, plan, mode) {
    const others = plan.changes.length === 0
        ? 'there are no other changes'
        : mode === 'apply'
            ? 'the other changes were made'
            : 'apply makes the other changes';
    return `${(0,validation/* plural */.LS)(blocked, 'change')} cannot be made (blocked, listed above): fix the file or the organization; ${others}`;
}
/** One annotation per blocked change and per warning, on the line of the file that causes it. */
function annotatePlan(plan) {
    for (const { change, reasons } of plan.blocked) {
        const line = change.kind === 'remove' ? undefined : change.line;
        core/* error */.z3((0,domain_text/* escapeInvisible */.ts)(`${changeHeading(change).slice(2)} is blocked: ${reasons.join('; ')}`), {
            title: 'sentry-members-sync: blocked change',
            file: plan.config,
            ...(line ? { startLine: line } : {}),
        });
    }
    for (const warning of plan.warnings) {
        core/* warning */.$e(warning.message, {
            title: 'sentry-members-sync: warning',
            file: plan.config,
            ...(warning.line ? { startLine: warning.line } : {}),
        });
    }
}
async function writePlanFile(plan, configFile) {
    const dir = external_node_path_default().join(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'sentry-members-sync');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const name = `plan-${plan.organization}-${configFile.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`;
    const file = external_node_path_default().join(dir, name);
    await (0,promises_.writeFile)(file, `${JSON.stringify(plan, null, 2)}\n`);
    return file;
}


/***/ })

};
