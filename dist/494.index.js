export const id = 494;
export const ids = [494];
export const modules = {

/***/ 2494:
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
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __webpack_require__(4952);
// EXTERNAL MODULE: ./src/config/load.ts + 11 modules
var load = __webpack_require__(8835);
// EXTERNAL MODULE: ./src/domain/text.ts
var domain_text = __webpack_require__(3373);
// EXTERNAL MODULE: ./src/engine/plan-organization.ts + 2 modules
var plan_organization = __webpack_require__(5764);
// EXTERNAL MODULE: ./src/engine/review.ts
var engine_review = __webpack_require__(4136);
// EXTERNAL MODULE: ./src/engine/run.ts + 1 modules
var run = __webpack_require__(4514);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/github/api.ts

const COMMENTS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    issueOrPullRequest(number: $number) {
      ... on PullRequest { comments(first: 100, after: $cursor) { nodes { databaseId body isMinimized author { login } } pageInfo { hasNextPage endCursor } } }
      ... on Issue { comments(first: 100, after: $cursor) { nodes { databaseId body isMinimized author { login } } pageInfo { hasNextPage endCursor } } }
    }
  }
}`;
/** Octokit from @actions/github; its base URL comes from GITHUB_API_URL (GitHub Enterprise, tests). */
function createGitHubApi(token, repo) {
    const octokit = github/* getOctokit */.Q(token);
    return {
        async listComments(issue) {
            const comments = [];
            let cursor = null;
            for (;;) {
                const page = await octokit.graphql(COMMENTS_QUERY, { ...repo, number: issue, cursor });
                const found = page.repository.issueOrPullRequest?.comments;
                if (!found)
                    return comments;
                for (const node of found.nodes)
                    comments.push({
                        id: node.databaseId,
                        body: node.body,
                        authorLogin: node.author?.login ?? '',
                        minimized: node.isMinimized,
                    });
                if (!found.pageInfo.hasNextPage)
                    return comments;
                cursor = found.pageInfo.endCursor;
            }
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
                const data = await octokit.graphql('query { viewer { login } }');
                return data.viewer.login;
            }
            catch {
                return undefined;
            }
        },
        async fileAt(path, ref) {
            try {
                const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
                return typeof data === 'string' ? data : undefined;
            }
            catch (error) {
                if (error.status === 404)
                    return undefined;
                throw error;
            }
        },
    };
}

// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(241);
// EXTERNAL MODULE: ./src/plan/digest.ts
var digest = __webpack_require__(1147);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/render/public-view.ts
/**
 * What a public repository may show of a plan: nothing from Sentry that the config does not
 * already say. Members the file does not list (unlisted, ignored: removals of them included)
 * are counted, never named or shown by email; display names from Sentry are left out for
 * everyone; a reason that names the token's user by an email the file does not list names its
 * role only (the reason is data: its caller loses the email). The plan itself (plan.json) keeps
 * everything: this is a view for the log, the summary, annotations, the comment and the drift
 * issue.
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
    const parts = [
        withheld.removals > 0 ? `${withheld.removals} removal${withheld.removals === 1 ? '' : 's'} of members not in ${config}` : '',
        withheld.blockedRemovals > 0 ? `${withheld.blockedRemovals} blocked removal${withheld.blockedRemovals === 1 ? '' : 's'}` : '',
        withheld.unlisted > 0 ? `${withheld.unlisted} member${withheld.unlisted === 1 ? '' : 's'} in Sentry not in ${config}` : '',
    ].filter((part) => part !== '');
    if (parts.length === 0)
        return undefined;
    return `Not named here, because this repository is public (redact): ${parts.join(', ')}; display names are left out too. To see everything, run \`sentry-members-sync plan\` locally (the command line shows everything), or set the input \`redact: false\`.`;
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
        case 'changed-during-run':
            return reasons_describeRunChange({ kind: 'changed', difference: reason.difference });
    }
}
/** A blocked change's reasons, in words. */
function describeReasons(reasons) {
    return reasons.map(describeReason);
}
/** What an apply found changed in Sentry for a member it wrote. */
function reasons_describeRunChange(change) {
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

// EXTERNAL MODULE: ./src/domain/roles.ts
var domain_roles = __webpack_require__(9365);
// EXTERNAL MODULE: ./src/render/validation.ts
var validation = __webpack_require__(9165);
;// CONCATENATED MODULE: ./src/render/review.ts


const GROUP_TITLES = { invite: 'Invitations', update: 'Updates', remove: 'Removals' };
function groupOf(change) {
    return change.kind === 'invite' || change.kind === 'reinvite' ? 'invite' : change.kind;
}
function byEmail(items) {
    return [...items].sort((a, b) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()) || a.email.localeCompare(b.email));
}
/** The changes in their groups, each sorted by email; empty groups left out. */
function groups(changes) {
    return ['invite', 'update', 'remove']
        .map((name) => ({ name, title: GROUP_TITLES[name], changes: byEmail(changes.filter((change) => groupOf(change) === name)) }))
        .filter((group) => group.changes.length > 0);
}
const POWERFUL = new Set(['owner', 'manager']);
function attentionOf(plan) {
    const demoted = [];
    const granted = [];
    for (const change of byEmail(plan.changes)) {
        if (change.kind === 'update' && change.orgRole) {
            if ((0,domain_roles/* orgRoleRank */.vW)(change.orgRole.to) < (0,domain_roles/* orgRoleRank */.vW)(change.orgRole.from))
                demoted.push(change.email);
            if (POWERFUL.has(change.orgRole.to))
                granted.push(`${change.email} as ${change.orgRole.to}`);
        }
        if (change.kind === 'update' &&
            !change.orgRole &&
            change.teams.some((team) => team.kind === 'role' && team.to === 'contributor'))
            demoted.push(change.email);
        if (change.kind === 'invite' && POWERFUL.has(change.orgRole))
            granted.push(`${change.email} as ${change.orgRole}`);
    }
    const removes = plan.changes.filter((change) => change.kind === 'remove').length + (plan.withheld?.removals ?? 0);
    return { removes, demoted, granted };
}
/** The first few names of a list, and how many more: a banner stays a sentence. */
function some(names, shown = 5) {
    return names.length <= shown ? names.join(', ') : `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
/** The banner's sentence, or undefined when nothing needs one. */
function attentionSentence(attention) {
    const parts = [];
    if (attention.removes > 0)
        parts.push(`removes ${(0,validation/* plural */.LS)(attention.removes, 'member')} from the organization`);
    if (attention.demoted.length > 0)
        parts.push(`demotes ${(0,validation/* plural */.LS)(attention.demoted.length, 'member')} (${some(attention.demoted)})`);
    if (attention.granted.length > 0)
        parts.push(`grants owner or manager to ${(0,validation/* plural */.LS)(attention.granted.length, 'member')} (${some(attention.granted)})`);
    if (parts.length === 0)
        return undefined;
    return `This plan ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}.`;
}
/** A team change in words: `joins web as admin`, `leaves mobile`, `web: admin -> contributor (follows the org role)`. */
function describeTeamChange(change) {
    switch (change.kind) {
        case 'join':
            return `joins ${change.team} as ${change.role}`;
        case 'leave':
            return `leaves ${change.team}`;
        case 'role':
            return `${change.team}: ${change.from} -> ${change.to}${change.followsOrgRole ? ' (follows the org role)' : ''}`;
    }
}
const REINVITED = 'expired invitation: re-sent with a new link';
/** The lines under a change's heading. */
function changeDetails(change) {
    switch (change.kind) {
        case 'update':
            return [
                ...(change.orgRole ? [`org role: ${change.orgRole.from} -> ${change.orgRole.to}`] : []),
                ...change.teams.map(describeTeamChange),
                ...(change.reinvite ? [REINVITED] : []),
                ...(change.because ?? []),
            ];
        case 'invite':
            return [
                `invited as ${change.orgRole}`,
                ...change.teamRoles.map((team) => `joins ${team.teamSlug}${team.role ? ` as ${team.role}` : ''}`),
            ];
        case 'reinvite':
            return [REINVITED];
        case 'remove':
            return [
                change.expired
                    ? `remove (expired ${change.expired}): the entry ended; was ${change.orgRole}${change.pending ? ', pending invitation' : ''}`
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
/** The line of the config a change comes from (removals of unlisted members have none). */
function lineOf(change) {
    return 'line' in change ? change.line : undefined;
}
/** The title of a plan with its outcome. */
function planTitle(plan) {
    const writes = plan.changes.length + (plan.withheld?.removals ?? 0);
    const blocked = plan.blocked.length + (plan.withheld?.blockedRemovals ?? 0);
    if (writes === 0 && blocked === 0)
        return `no changes: ${plan.organization} matches ${plan.config}`;
    return `${(0,validation/* plural */.LS)(writes, 'change')} to ${plan.organization}${blocked > 0 ? `, ${blocked} blocked` : ''}`;
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
/** A change's heading: its mark, kind and who (`~ update bob@acme.com (Bob)`). */
function changeHeading(change) {
    const mark = { update: '~', reinvite: '+', invite: '+', remove: '-', conflict: '!' }[change.kind];
    const what = change.kind === 'update' && change.pending ? 'update invite' : change.kind === 'reinvite' ? 're-invite' : change.kind;
    return `${mark} ${what} ${who(change)}`;
}
/** Where an entry is: its line, and its file when the config has several. */
function where(line, file) {
    return file ? `${file}:${line}` : `line ${line}`;
}
function changeLines(change, reasons = [], prefix = '') {
    const line = lineOf(change);
    return [
        `${prefix}${changeHeading(change)}${line ? `  (${where(line, 'file' in change ? change.file : undefined)})` : ''}`,
        ...changeDetails(change).map((detail) => `      ${detail}`),
        ...reasons.map((reason) => `      because ${reason}`),
    ];
}
function groupLines(changes, indent = '') {
    const lines = [];
    for (const group of groups(changes)) {
        lines.push('', `${indent}${group.title} (${group.changes.length}):`);
        for (const change of group.changes)
            lines.push(...changeLines(change, [], `${indent}  `));
    }
    return lines;
}
/** The plan for a terminal or the Actions log: title, counts, banner, then the groups. */
function planText(plan, options = {}) {
    const lines = [`Sentry plan: ${planTitle(plan)} (from ${plan.config})`, `  ${planCounts(plan)}`];
    const attention = attentionSentence(attentionOf(plan));
    if (attention)
        lines.push('', `WARNING: ${attention}`);
    if (options.drift) {
        const fromPull = plan.changes.filter((change) => !options.drift?.has((0,digest/* changeDigest */.V)(change)));
        const drift = plan.changes.filter((change) => options.drift?.has((0,digest/* changeDigest */.V)(change)));
        lines.push('', `From this pull request (${fromPull.length}):`, ...groupLines(fromPull, '  '));
        if (drift.length > 0)
            lines.push('', `Already different in Sentry (drift), applied too on merge (${drift.length}):`, ...groupLines(drift, '  '));
    }
    else {
        lines.push(...groupLines(plan.changes));
    }
    if (plan.blocked.length > 0) {
        lines.push('', `Blocked (${plan.blocked.length}):`);
        for (const blocked of byEmail(plan.blocked.map((b) => ({ ...b, email: b.change.email }))))
            lines.push(...changeLines(blocked.change, describeReasons(blocked.reasons), '  '));
    }
    if (plan.grants && plan.grants.length > 0) {
        lines.push('', `Temporary access that holds (${plan.grants.length}):`);
        for (const note of byEmail(plan.grants))
            lines.push(`    ${grantLine(note)}  (${where(note.line, note.file === plan.config ? undefined : note.file)})`);
    }
    if (plan.unlisted.length > 0) {
        lines.push('', `Unlisted (in Sentry, not in ${plan.config}; unlisted: report):`);
        for (const note of byEmail(plan.unlisted))
            lines.push(`    ${note.email} (${note.orgRole}${note.pending ? ', pending invitation' : ''})`);
    }
    if (plan.missing.length > 0) {
        lines.push('', `Missing (in ${plan.config}, not in Sentry; missing: report):`);
        for (const note of byEmail(plan.missing))
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
    const heading = (change) => changeHeading(change).slice(2);
    for (const done of result.applied)
        lines.push(`    done: ${heading(done.change)}${done.changedDuringRun ? ` (${reasons_describeRunChange(done.changedDuringRun)})` : ''}`);
    for (const skipped of result.skipped)
        lines.push(`    not needed: ${heading(skipped.change)}: ${skipped.reason}`);
    for (const failure of result.failed)
        lines.push(`    FAILED: ${heading(failure.change)}: ${failure.error}`);
    for (const blocked of result.blocked)
        lines.push(`    blocked: ${heading(blocked.change)}: ${describeReasons(blocked.reasons).join('; ')}`);
    return logLines(lines);
}

;// CONCATENATED MODULE: ./src/render/plan-markdown.ts







/** Lists longer than this fold into <details>. */
const FOLD_AFTER = 10;
function fileOf(change) {
    return 'file' in change ? change.file : undefined;
}
function item(change, links, notes = [], mark = ':no_entry:') {
    const line = lineOf(change);
    const where = [
        ...(line && links?.line ? [`[line ${line}](${links.line(line, fileOf(change))})`] : line ? [`line ${line}`] : []),
        ...('memberId' in change && links?.member ? [`[in Sentry](${links.member(change.memberId)})`] : []),
    ];
    const name = who(change);
    const pending = change.kind === 'update' && change.pending ? ' (pending invitation)' : '';
    const lines = [
        `- **${(0,markdown/* escapeMarkdown */.F)(change.email)}**${(0,markdown/* escapeMarkdown */.F)(name.slice(change.email.length))}${pending}${where.length > 0 ? ` · ${where.join(' · ')}` : ''}`,
    ];
    for (const detail of changeDetails(change))
        lines.push(`  - ${(0,markdown/* escapeMarkdown */.F)(detail)}`);
    for (const note of notes)
        lines.push(`  - ${mark} ${(0,markdown/* escapeMarkdown */.F)(note)}`);
    return lines.join('\n');
}
function withheldItems(withheld, config) {
    const note = withheld && withheldNote(withheld, config);
    return note ? [`- ${(0,markdown/* escapeMarkdown */.F)(note).replace(/\\`/g, '`')}`] : [];
}
function renderSection({ heading, items, noun }) {
    if (items.length === 0)
        return '';
    const body = items.join('\n');
    if (items.length <= FOLD_AFTER)
        return `${heading}\n\n${body}\n`;
    return `${heading}\n\n<details><summary>${(0,validation/* plural */.LS)(items.length, noun ?? 'entry', `${noun ?? 'entrie'}s`)}</summary>\n\n${body}\n\n</details>\n`;
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
        for (const entry of section.items) {
            if (used + entry.length + section.heading.length + 64 > budget)
                break;
            items.push(entry);
            used += entry.length + 1;
        }
        shown += items.length;
        if (items.length > 0)
            kept.push({ ...section, items });
        if (items.length < section.items.length)
            break;
    }
    const truncated = render(kept, note(total - shown));
    return truncated.length <= options.limit ? truncated : render([], note(total)).slice(0, options.limit);
}
function planHead(plan, title, options) {
    const parts = [
        `## ${(0,markdown/* escapeMarkdown */.F)(title)}`,
        '',
        `**${(0,markdown/* escapeMarkdown */.F)(planCounts(plan))}** · from \`${plan.config.replace(/`/g, "'")}\``,
        '',
    ];
    if (options.notice)
        parts.push(`> [!NOTE]\n> ${(0,markdown/* escapeMarkdown */.F)(options.notice)}\n`);
    const attention = attentionSentence(attentionOf(plan));
    if (attention)
        parts.push(`> [!WARNING]\n> ${(0,markdown/* escapeMarkdown */.F)(attention)}\n`);
    if (plan.blocked.length > 0) {
        parts.push(`> [!CAUTION]\n> ${(0,validation/* plural */.LS)(plan.blocked.length, 'change')} cannot be made (blocked): see below. The run fails until the file or the organization is fixed.\n`);
    }
    return parts.join('\n');
}
/** The groups of some changes as sections; `part` heads the first one (this pull request, drift). */
function groupSections(changes, links, part) {
    const found = groups(changes);
    if (part && found.length === 0)
        return [{ heading: part, items: ['- nothing'] }];
    return found.map((group, index) => ({
        heading: `${index === 0 && part ? `${part}\n\n` : ''}${part ? '####' : '###'} ${group.title} (${group.changes.length})`,
        items: group.changes.map((change) => item(change, links)),
        noun: group.title.toLowerCase().replace(/s$/, ''),
    }));
}
function planSections(plan, options) {
    const { links, drift } = options;
    const changes = drift
        ? [
            ...groupSections(plan.changes.filter((change) => !drift.has((0,digest/* changeDigest */.V)(change))), links, '### From this pull request'),
            ...(plan.changes.some((change) => drift.has((0,digest/* changeDigest */.V)(change)))
                ? groupSections(plan.changes.filter((change) => drift.has((0,digest/* changeDigest */.V)(change))), links, '### Already different in Sentry (drift): applied too on merge')
                : []),
        ]
        : groupSections(plan.changes, links);
    return [
        ...changes,
        {
            heading: `### Blocked (${plan.blocked.length})`,
            items: byEmail(plan.blocked.map((blocked) => ({ ...blocked, email: blocked.change.email }))).map((blocked) => item(blocked.change, links, describeReasons(blocked.reasons))),
        },
        {
            heading: '### Temporary access that holds',
            items: byEmail(plan.grants ?? []).map((note) => `- ${(0,markdown/* escapeMarkdown */.F)(grantLine(note))}`),
        },
        {
            heading: `### Unlisted (in Sentry, not in the file)`,
            items: byEmail(plan.unlisted).map((note) => `- ${(0,markdown/* escapeMarkdown */.F)(note.email)} (${note.orgRole}${note.pending ? ', pending invitation' : ''})`),
        },
        {
            heading: '### Missing (in the file, not in Sentry)',
            items: byEmail(plan.missing).map((note) => `- ${(0,markdown/* escapeMarkdown */.F)(note.email)} (${note.orgRole})`),
        },
        {
            heading: '### Warnings',
            items: plan.warnings.map((warning) => `- ${warning.line ? `line ${warning.line}: ` : ''}${(0,markdown/* escapeMarkdown */.F)(warning.message)}`),
        },
        { heading: '### Not shown', items: withheldItems(plan.withheld, plan.config) },
    ];
}
/** The plan as markdown (job summary, pull request comment, drift issue). All Sentry text is escaped. */
function planMarkdown(plan, options = {}) {
    return fitWithin(planHead(plan, options.title ?? `sentry-members-sync: ${planTitle(plan)}`, options), planSections(plan, options), options);
}
/** What an apply did, as markdown. */
function applyMarkdown(result, organization, options = {}) {
    const blocked = result.blocked.length + (result.withheld?.blockedRemovals ?? 0);
    const head = [
        `## ${(0,markdown/* escapeMarkdown */.F)(options.title ?? `sentry-members-sync applied to ${organization}`)}`,
        '',
        `**${result.applied.length} applied, ${result.failed.length} failed, ${blocked} blocked${result.skipped.length > 0 ? `, ${result.skipped.length} not needed` : ''}**`,
        '',
    ].join('\n');
    const { links } = options;
    return fitWithin(head, [
        { heading: '### Failed', items: result.failed.map(({ change, error }) => item(change, links, [error], ':x:')) },
        { heading: '### Blocked', items: result.blocked.map((b) => item(b.change, links, describeReasons(b.reasons))) },
        {
            heading: '### Applied',
            items: result.applied.map(({ change, changedDuringRun }) => item(change, links, changedDuringRun ? [reasons_describeRunChange(changedDuringRun)] : [], ':warning:')),
            noun: 'change',
        },
        {
            heading: '### Not needed any more (found so when the member was read again)',
            items: result.skipped.map(({ change, reason }) => item(change, links, [reason], ':information_source:')),
        },
        { heading: '### Not shown', items: withheldItems(result.withheld, 'the file') },
    ], options);
}

;// CONCATENATED MODULE: ./src/render/bodies.ts





/**
 * The bodies of everything the action publishes (the plan comment, the result comment, the drift
 * issue, the job summary), each within its size limit: every size budget is here, and github/
 * only delivers these strings.
 */
/** GitHub's limit for a comment (and issue) body. */
const COMMENT_LIMIT = 65_536;
/** GitHub's limit for a step's job summary is 1 MiB; keep room for the rest of the step. */
const SUMMARY_LIMIT = 1_000_000;
const REVIEWED = '<!-- sentry-members-sync:reviewed ';
/** The most of a comment the hidden review record may take. */
const REVIEWED_BUDGET = 24_000;
/**
 * The hidden record of the plan a pull request shows, for the apply on merge to compare with
 * (docs/behaviour.md, section 10): the plan's digest and each change's, with words for it. The
 * words come from the view shown (`shown`), so a public repository's comment names, even hidden,
 * nobody the file does not list.
 */
function reviewedMarker(plan, shown) {
    const words = new Map(shown.changes.map((change) => [(0,digest/* changeDigest */.V)(change), `${verb(change)} ${change.email}`]));
    const digests = plan.changes.map(digest/* changeDigest */.V);
    const described = Object.fromEntries(digests.map((digest) => [digest, words.get(digest) ?? 'removal of a member not in the file']));
    const bare = Object.fromEntries(digests.map((digest) => [digest, '']));
    // The record lives in the comment: within its budget, with words for each change when they fit,
    // else digests alone, else the plan's digest alone (a very large plan: compared as a whole).
    const record = [
        { plan: (0,digest/* planDigest */.G)(plan), changes: described },
        { plan: (0,digest/* planDigest */.G)(plan), changes: bare },
    ].find((candidate) => JSON.stringify(candidate).length <= REVIEWED_BUDGET) ?? { plan: (0,digest/* planDigest */.G)(plan) };
    // JSON inside an HTML comment: no ">" may end it early.
    return `${REVIEWED}${JSON.stringify(record).replace(/>/g, '\\u003e')} -->`;
}
/** The reviewed plan a comment records, or undefined. */
function readReviewedMarker(body, pull) {
    const line = reviewedLineOf(body);
    if (!line)
        return undefined;
    try {
        const data = JSON.parse(line.slice(REVIEWED.length, line.lastIndexOf(' -->')));
        if (typeof data.plan !== 'string')
            return undefined;
        if (data.changes === undefined)
            return { pull, digest: data.plan };
        const changes = new Map();
        for (const [digest, words] of Object.entries(data.changes))
            changes.set(digest, typeof words === 'string' && words ? words : 'a change');
        return { pull, digest: data.plan, changes };
    }
    catch {
        return undefined;
    }
}
/** The line of a body that holds its reviewed record, to keep it when the comment is rewritten. */
function reviewedLineOf(body) {
    return body.split('\n').find((line) => line.startsWith(REVIEWED));
}
function verb(change) {
    return {
        update: 'update of',
        invite: 'invitation of',
        reinvite: 'new invitation of',
        remove: 'removal of',
        conflict: 'conflict of',
    }[change.kind];
}
function bodies_top(marker, reviewed) {
    return reviewed ? `${marker}\n${reviewed}` : marker;
}
/** The plan comment: the markers that find it again and record it, then the plan (pointing to the run when it is cut). */
function planCommentBody(marker, plan, options, reviewed) {
    const head = bodies_top(marker, reviewed);
    return `${head}\n${planMarkdown(plan, { ...options, limit: Math.max(0, COMMENT_LIMIT - head.length - 1) })}`;
}
/** How the apply compared with the reviewed plan, for the result comment and the summary. */
function reviewMarkdown(check) {
    if (!check)
        return '';
    const where = check.pull === undefined ? 'no merged pull request' : `#${check.pull}`;
    if (!check.found)
        return `> [!WARNING]\n> No reviewed plan was found (${where}): this apply was not held against one.\n`;
    if (check.added.length === 0 && check.dropped.length === 0)
        return `:white_check_mark: Matches the plan reviewed on ${where}.\n`;
    const lines = [
        `> [!WARNING]\n> The plan differs from the one reviewed on ${where}: ${(0,validation/* plural */.LS)(check.added.length, 'change')} added, ${check.dropped.length} dropped since the review.`,
        '',
    ];
    if (check.added.length > 0) {
        lines.push('**Added since the review** (not reviewed):', '');
        for (const change of byEmail(check.added))
            lines.push(`- ${verb(change)} ${(0,markdown/* escapeMarkdown */.F)(change.email)}`);
        lines.push('');
    }
    if (check.dropped.length > 0) {
        lines.push('**Dropped since the review** (no longer needed, or no longer possible):', '');
        for (const words of check.dropped)
            lines.push(`- ${(0,markdown/* escapeMarkdown */.F)(words)}`);
        lines.push('');
    }
    return `${lines.join('\n')}\n`;
}
/** The merged pull request's comment after an apply: the result, then the plan that was applied when there is room. */
function applyCommentBody(marker, sha, plan, result, options) {
    const head = bodies_top(marker, options.reviewed);
    const limit = COMMENT_LIMIT - head.length - 1;
    const title = `sentry-members-sync applied on merge (${sha.slice(0, 7)})`;
    const review = reviewMarkdown(options.review);
    const applied = `${applyMarkdown(result, plan.organization, { ...options, limit: limit - review.length - 1, title })}${review ? `\n${review}` : ''}`;
    const body = applied.length < limit / 2
        ? `${applied}\n${planMarkdown(plan, { ...options, limit: limit - applied.length - 1, title: 'The plan that was applied' })}`
        : applied;
    return `${head}\n${body}`;
}
/** The merged pull request's comment when reviewed-plan: require refused the apply. */
function unreviewedCommentBody(marker, sha, plan, check, options) {
    const head = bodies_top(marker, options.reviewed);
    const intro = [
        `## sentry-members-sync did not apply the merge (${sha.slice(0, 7)})`,
        '',
        'Nothing was written: `reviewed-plan` is `require`, and the plan of this merge is not the plan reviewed here.',
        '',
        reviewMarkdown(check),
        'To apply the new plan, run the workflow by hand with mode `apply` (after reading the plan below), or open a new pull request so that it is reviewed.',
        '',
    ].join('\n');
    const limit = COMMENT_LIMIT - head.length - intro.length - 2;
    return `${head}\n${intro}\n${planMarkdown(plan, { ...options, limit, title: 'The plan that was not applied' })}`;
}
/** The job summary of a plan (and, when an apply was refused, why). */
function planSummary(plan, options = {}) {
    const review = options.review ? `${reviewMarkdown(options.review)}\n` : '';
    return `${review}${planMarkdown(plan, { ...options, limit: SUMMARY_LIMIT - review.length })}`;
}
/** The job summary of an apply: the result (and how it compared with the review), then the plan, within the summary's limit together. */
function applySummary(plan, result, options = {}) {
    const applied = `${applyMarkdown(result, plan.organization, { ...options, limit: SUMMARY_LIMIT / 2 })}${options.review ? `\n${reviewMarkdown(options.review)}` : ''}`;
    return `${applied}\n${planMarkdown(plan, { ...options, limit: SUMMARY_LIMIT - applied.length - 1 })}`;
}
/** Drift found by a run: how many writes, and (after an apply) what became of them. */
function driftCount(plan) {
    const hidden = plan.withheld;
    return plan.changes.length + plan.blocked.length + (hidden ? hidden.removals + hidden.blockedRemovals : 0);
}
function driftIssueTitle(plan) {
    return `Sentry membership drift: ${plan.organization}`;
}
/** The drift issue's body: what this run found (and corrected), then the drift itself. */
function driftIssueBody(marker, plan, result, now, runUrl) {
    const drift = driftCount(plan);
    const what = result
        ? `Found ${drift} change(s) between ${plan.config} and Sentry on ${now} and corrected them: ${result.applied.length} applied, ${result.failed.length} failed, ${result.blocked.length} blocked.`
        : `Found ${drift} change(s) between ${plan.config} and Sentry on ${now} (not corrected: this run only checks).`;
    const head = `${marker}\n${what}${runUrl ? ` See the [run](${runUrl}).` : ''}\n\n`;
    return `${head}${planMarkdown(plan, { limit: COMMENT_LIMIT - head.length, title: 'Drift' })}`;
}
/** The drift issue's body once a run finds none: what it said, and that it is closed. */
function driftClosedBody(previous, now, runUrl) {
    const closing = `\n\n---\nNo drift found on ${now}${runUrl ? ` ([run](${runUrl}))` : ''}: closed.`;
    return `${previous.slice(0, COMMENT_LIMIT - closing.length)}${closing}`;
}

;// CONCATENATED MODULE: ./src/github/sticky.ts
/**
 * The hidden marker of this action's comment (or drift issue) for one organization and config
 * file, so several configs or organizations in one repository each keep their own.
 */
function stickyMarker(kind, organization, config) {
    const safe = (text) => encodeURIComponent(text).replace(/-/g, '%2D');
    return `<!-- sentry-members-sync:${kind} org=${safe(organization)} config=${safe(config)} -->`;
}
/** The identity that writes with GITHUB_TOKEN. */
const ACTIONS_LOGIN = 'github-actions[bot]';
/** One login whichever API spelt it: GraphQL names a bot without the `[bot]` that REST adds. */
function sameLogin(a, b) {
    const plain = (login) => login.toLowerCase().replace(/\[bot\]$/, '');
    return plain(a) === plain(b);
}
/**
 * This action's earlier comment: it holds the marker, was written by the token's own identity
 * (GraphQL's viewer; GITHUB_TOKEN's when the viewer cannot be asked) and has not been minimized.
 * Other authors' comments, other bots' included, are never touched, even if they quote the marker.
 */
function findSticky(comments, marker, viewer) {
    const self = viewer ?? ACTIONS_LOGIN;
    return comments.find((comment) => comment.body.startsWith(marker) && !comment.minimized && sameLogin(comment.authorLogin, self));
}

;// CONCATENATED MODULE: ./src/github/publish.ts




/**
 * Runs a GitHub call; a failure is a warning, never the step's failure (a fork's read-only
 * token answers 403, a missing permission 403 or 404).
 */
async function softly(what, call) {
    try {
        return await call();
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 || status === 404
            ? ' The token may not write here: give the workflow "pull-requests: write" (comments) or "issues: write" (drift issue); pull requests from forks get a read-only token.'
            : '';
        core/* warning */.$e(`${what} failed: ${(0,errors/* messageOf */.b)(error)}.${hint}`, { title: 'sentry-members-sync: GitHub' });
        return undefined;
    }
}
/** This action's comment on a pull request for this organization and config: found by its marker and its author. */
async function stickyOn(api, pullRequest, marker) {
    const [comments, viewer] = await Promise.all([api.listComments(pullRequest), api.viewer()]);
    return findSticky(comments, marker, viewer);
}
/** Creates this action's comment on a pull request, or updates it in place; no write when unchanged. */
async function upsertComment(api, pullRequest, marker, body) {
    const existing = await stickyOn(api, pullRequest, marker);
    if (!existing)
        await api.createComment(pullRequest, body);
    else if (existing.body !== body)
        await api.updateComment(existing.id, body);
}
const planMarker = (plan) => stickyMarker('plan', plan.organization, plan.config);
/** The plan on the pull request, in the one comment for this organization and config file, with its reviewed record. */
async function publishPlanComment(context, pullRequest, plan, options) {
    const marker = planMarker(plan);
    const body = planCommentBody(marker, plan, { ...options, ...(context.runUrl ? { fullAt: context.runUrl } : {}) }, options.reviewed);
    await softly(`Posting the plan on pull request #${pullRequest}`, () => upsertComment(context.api, pullRequest, marker, body));
}
async function findMergedPull(context, sha, plan) {
    const found = await softly(`Reading the merged pull request of ${sha.slice(0, 7)}`, async () => {
        const merged = (await context.api.pullRequestsOf(sha)).find((pull) => pull.merged);
        if (!merged)
            return { pull: undefined, reviewed: undefined, reviewedLine: undefined };
        const comment = await stickyOn(context.api, merged.number, stickyMarker('plan', plan.organization, plan.config));
        return {
            pull: merged.number,
            reviewed: comment ? readReviewedMarker(comment.body, merged.number) : undefined,
            reviewedLine: comment ? reviewedLineOf(comment.body) : undefined,
        };
    });
    return found ?? { pull: undefined, reviewed: undefined, reviewedLine: undefined };
}
/** After an apply on push: the result goes to the plan comment of the merged pull request the commit came from. */
async function publishApplyResult(context, merged, sha, plan, result, options) {
    const { pull } = merged;
    if (pull === undefined)
        return;
    const marker = planMarker(plan);
    const body = applyCommentBody(marker, sha, plan, result, {
        ...options,
        ...(context.runUrl ? { fullAt: context.runUrl } : {}),
        ...(merged.reviewedLine ? { reviewed: merged.reviewedLine } : {}),
    });
    await softly(`Reporting the apply on pull request #${pull}`, () => upsertComment(context.api, pull, marker, body));
}
/** reviewed-plan: require refused the apply: the merged pull request says what differs and how to go on. */
async function publishUnreviewed(context, merged, sha, plan, check, options) {
    const { pull } = merged;
    if (pull === undefined)
        return;
    const marker = planMarker(plan);
    const body = unreviewedCommentBody(marker, sha, plan, check, {
        ...options,
        ...(context.runUrl ? { fullAt: context.runUrl } : {}),
        ...(merged.reviewedLine ? { reviewed: merged.reviewedLine } : {}),
    });
    await softly(`Reporting the refused apply on pull request #${pull}`, () => upsertComment(context.api, pull, marker, body));
}
/** The config file at a commit, through the GitHub API (no deeper checkout needed), or undefined. */
async function configAt(context, path, ref) {
    try {
        return await context.api.fileAt(path, ref);
    }
    catch (error) {
        core/* debug */.Yz(`reading ${path} at ${ref}: ${(0,errors/* messageOf */.b)(error)}`);
        return undefined;
    }
}
/**
 * Keeps one open issue about drift: created or updated when a run finds drift (listing what it
 * found and, after an apply, what it corrected), closed when a run finds none.
 */
async function manageDriftIssue(context, plan, result, now) {
    const marker = stickyMarker('drift', plan.organization, plan.config);
    await softly('Updating the drift issue', async () => {
        const issue = await context.api.findOpenIssue(marker);
        if (driftCount(plan) === 0) {
            if (issue)
                await context.api.updateIssue(issue.number, { body: driftClosedBody(issue.body, now, context.runUrl), state: 'closed' });
            return;
        }
        const body = driftIssueBody(marker, plan, result, now, context.runUrl);
        if (issue)
            await context.api.updateIssue(issue.number, { body });
        else
            await context.api.createIssue(driftIssueTitle(plan), body);
    });
}

// EXTERNAL MODULE: ./src/plan/plan.ts + 4 modules
var plan = __webpack_require__(4352);
// EXTERNAL MODULE: ./src/render/failures.ts
var failures = __webpack_require__(3417);
;// CONCATENATED MODULE: ./src/render/plan-json.ts

/**
 * The plan as data for scripts (plan.json, `--json`): the plan itself, each blocked reason with
 * its words beside its kind and values.
 */
function planJson(plan) {
    return { ...plan, blocked: plan.blocked.map(blockedJson) };
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

;// CONCATENATED MODULE: ./src/domain/json.ts
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

// EXTERNAL MODULE: ./src/domain/secrets.ts
var secrets = __webpack_require__(7513);
// EXTERNAL MODULE: ./src/domain/team-roles.ts
var team_roles = __webpack_require__(3647);
;// CONCATENATED MODULE: ./src/sentry/decode.ts





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
function decodeListedMember(value, where) {
    const record = object(value, where);
    const flags = record.flags && typeof record.flags === 'object' ? record.flags : undefined;
    const email = string(record, 'email', where);
    return {
        id: string(record, 'id', where),
        email,
        // A display name is anyone's to set: it may not carry a token into a log.
        name: typeof record.name === 'string' ? (0,secrets/* redactSecrets */.fp)(record.name) : email,
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

// EXTERNAL MODULE: ./src/sentry/errors.ts
var sentry_errors = __webpack_require__(8496);
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
    const apiRoot = `${options.baseUrl.origin}${options.baseUrl.pathname.replace(/\/+$/, '')}/api/0`;
    const debug = options.debug ?? (() => { });
    const pacer = new Pacer(options.pacing);
    const timeout = options.timeoutMs ?? 30_000;
    const maxRetries = options.maxRetries ?? 4;
    const maxRateLimitRetries = options.maxRateLimitRetries ?? 8;
    const minBackoff = options.minBackoffMs ?? 250;
    const maxBytes = options.maxResponseBytes ?? 16 * 1024 * 1024;
    const agent = new undici.Agent({ headersTimeout: timeout, bodyTimeout: timeout, connections: 64, keepAliveTimeout: 10_000 });
    const dispatcher = agent.compose(undici.interceptors.retry({
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
                        throw new sentry_errors/* SentryApiError */.qC(method, display, response.statusCode, `the response is not valid JSON: ${text.slice(0, 120)}`);
                    parsed = undefined;
                }
            }
            if (response.statusCode >= 300) {
                const detail = response.statusCode < 400
                    ? `Sentry answered with a redirect to ${String(response.headers.location ?? '(no location)')}, which is not followed: the token is sent only to ${options.baseUrl.origin}; check sentry-url`
                    : (0,sentry_errors/* describeErrorBody */.ut)(parsed, text);
                const hint = (0,sentry_errors/* hintFor */.JR)(response.statusCode);
                throw new sentry_errors/* SentryApiError */.qC(method, display, response.statusCode, detail, hint ? { hint } : {});
            }
            return { status: response.statusCode, headers: response.headers, body: parsed };
        }
        catch (error) {
            if (error instanceof sentry_errors/* SentryApiError */.qC)
                throw error;
            const code = error.code;
            throw new sentry_errors/* SentryApiError */.qC(method, display, 0, `${code ? `${code}: ` : ''}${(0,errors/* messageOf */.b)(error)}`, {
                cause: error,
                hint: (words) => `no answer from Sentry after retries: check ${words.url} and the network, then run again`,
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
                throw new sentry_errors/* SentryApiError */.qC('GET', url.pathname, 0, `Sentry pointed to ${url.origin}, which is not the origin of sentry-url (${options.baseUrl.origin}): not followed, so the token goes nowhere else. If that is your organization's region (e.g. https://de.sentry.io), set sentry-url to it`);
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
                throw new sentry_errors/* SentryApiError */.qC(method, path, 0, `the response is larger than ${Math.round(bounds.limit / 1024 / 1024)} MiB; refusing to read more`);
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
        throw new sentry_errors/* SentryApiError */.qC(method, path, 0, `the response did not arrive within ${Math.round(bounds.deadlineMs / 100) / 10} s (it came too slowly); nothing was read from it`, { hint: () => 'Sentry or a proxy in between is too slow: run again later' });
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
                    throw new sentry_errors/* SentryApiError */.qC('GET', where, response.status, `Sentry's pages do not end: the next page (${query}) was read before`, {
                        hint: (words) => `a Sentry server does not page like this: check ${words.url}, then run again`,
                    });
                if (page + 1 >= chain.maxPages)
                    throw new sentry_errors/* SentryApiError */.qC('GET', where, response.status, `more than ${chain.maxPages} pages, more than the counts Sentry gave allow`, {
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
const ignore = () => { };
/** The items of a page of a list, each decoded; `first` is the index of its first item in the list. */
function decodePage(body, first, decode, url, path) {
    const items = decoded(() => list(body, 'response'), 'GET', url);
    return decoded(() => items.map((item, index) => decode(item, `item ${first + index}`)), 'GET', path);
}
function decoded(decode, method, path) {
    try {
        return decode();
    }
    catch (error) {
        if (error instanceof DecodeError) {
            // As the other errors name it: the path on the server, without the query.
            const shown = /^https?:/.test(path) ? new URL(path).pathname : `/api/0${path.split('?')[0] ?? path}`;
            throw new sentry_errors/* SentryApiError */.qC(method, shown, 200, `unexpected response from Sentry: ${error.message}`, {
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

// EXTERNAL MODULE: ./src/action/event.ts + 1 modules
var action_event = __webpack_require__(1946);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(1729);
// EXTERNAL MODULE: ./src/action/report.ts + 1 modules
var report = __webpack_require__(2676);
;// CONCATENATED MODULE: ./src/action/sentry-modes.ts






















/**
 * plan, check and apply: the engine runs the mode and decides how it ended; this delivers the
 * outcome as the runner shows it (log, outputs, annotations, job summary, comment, drift issue)
 * and fails the step with the engine's failures.
 */
async function runSentryMode(mode, settings, event, config, warnings) {
    const client = createSentryClient({
        baseUrl: settings.sentryUrl,
        token: settings.sentryToken,
        debug: (message) => core/* debug */.Yz(message),
    });
    try {
        const organization = (0,plan_organization/* organizationOf */.d)(config, settings.organization);
        const github = githubFor(settings, event);
        // On a pull request, the config at its base: its changes are drift, not the pull request's.
        const base = mode !== 'apply' && (0,action_event/* isPullRequestEvent */.T5)(event) && github ? await baseConfig(github, event, settings, config) : undefined;
        // An apply on merge is held against the plan reviewed on the merged pull request.
        const merged = mode === 'apply' && event.name === 'push' && github && event.sha
            ? await findMergedPull(github, event.sha, { organization, config: config.file })
            : undefined;
        const review = merged && settings.reviewedPlan !== 'off'
            ? { policy: settings.reviewedPlan, pull: merged.pull, reviewed: merged.reviewed }
            : undefined;
        const outcome = await (0,run/* runSentry */.l)(client, {
            mode,
            config,
            warnings,
            organization,
            guards: settings,
            options: (0,plan/* planOptions */.Su)(settings, Date.now()),
            ...(base?.config ? { base: base.config } : {}),
            ...(review ? { review } : {}),
        });
        await deliver(outcome, settings, event, config, { github, merged, notice: base?.notice });
        for (const failure of (0,run/* failuresOf */.d)(outcome))
            core/* setFailed */.C1((0,failures/* describeFailure */.I)(failure, inputs/* ACTION_WORDS */.dC));
    }
    finally {
        await client.close();
    }
}
/** The config at the pull request's base commit, or why the plan cannot tell the pull request from drift. */
async function baseConfig(github, event, settings, config) {
    const path = settings.configDisplayPath;
    const cannot = (why) => ({ notice: `${why}: the changes are shown together, this pull request's and drift alike.` });
    if (!event.baseSha)
        return cannot('The event names no base commit');
    // The base of a directory or a glob would need the file list at that commit: not read yet.
    if (config.files.length !== 1 || config.files[0] !== config.file)
        return cannot(`${path} is a config of several files, which is not yet read at the base commit`);
    if (!settings.configInWorkspace)
        return cannot(`${path} is outside the repository`);
    const text = await configAt(github, path, event.baseSha);
    if (text === undefined)
        return cannot(`${path} could not be read at the base commit ${event.baseSha.slice(0, 7)} (new in this pull request, or no API access)`);
    const parsed = await (0,load/* parseConfig */.o4)(text, path);
    if (!parsed.ok)
        return cannot(`${path} is not valid at the base commit ${event.baseSha.slice(0, 7)}`);
    return { config: parsed.config };
}
async function deliver(outcome, settings, event, config, delivery) {
    if (outcome.kind === 'unknown-teams')
        (0,report/* annotateProblems */.$)(outcome.problems);
    if (!('plan' in outcome))
        return;
    const { plan } = outcome;
    // What GitHub shows comes from a view that may leave out what the file does not say; plan.json keeps everything.
    const redact = settings.redact === 'auto' ? event.publicRepository : settings.redact;
    if (!redact && event.publicRepository) {
        core/* warning */.$e('This repository is public and redact is false: the log, job summary and comment name members the config file does not list and show their Sentry display names to anyone. Remove "redact: false" to count them instead.', { title: 'sentry-members-sync: public repository' });
    }
    const listed = (email) => config.members.has(email.toLowerCase());
    const shown = redact ? publicPlan(plan, listed) : plan;
    const drift = outcome.kind === 'planned' ? outcome.drift : undefined;
    const markdown = {
        links: linksFor(settings, event, plan.organization),
        ...(drift ? { drift } : {}),
        ...(delivery.notice ? { notice: delivery.notice } : {}),
    };
    core/* info */.pq(planText(shown, drift ? { drift } : {}));
    core/* setOutput */.uH('plan', await writePlanFile(plan, config.file));
    core/* setOutput */.uH('changes', String(plan.changes.length));
    core/* setOutput */.uH('has-changes', String(plan.changes.length > 0));
    annotatePlan(shown);
    if (delivery.notice && (0,action_event/* isPullRequestEvent */.T5)(event))
        core/* notice */.lm(delivery.notice, { title: 'sentry-members-sync: pull request and drift together' });
    const { github, merged } = delivery;
    const now = new Date().toISOString();
    switch (outcome.kind) {
        case 'planned':
            await (0,report/* writeSummary */.S)(planSummary(shown, markdown));
            if (github && settings.comment && event.pullRequest !== undefined && (0,action_event/* isPullRequestEvent */.T5)(event))
                await publishPlanComment(github, event.pullRequest, shown, { ...markdown, reviewed: reviewedMarker(plan, shown) });
            if (github && settings.comment && settings.driftIssue && outcome.mode === 'check')
                await manageDriftIssue(github, shown, undefined, now);
            return;
        case 'guard-refused':
            await (0,report/* writeSummary */.S)(planSummary(shown, markdown));
            core/* setOutput */.uH('applied', '0');
            core/* setOutput */.uH('failed', '0');
            return;
        case 'unreviewed':
            await (0,report/* writeSummary */.S)(planSummary(shown, { ...markdown, review: outcome.review }));
            core/* setOutput */.uH('applied', '0');
            core/* setOutput */.uH('failed', '0');
            if (github && settings.comment && merged && event.sha)
                await publishUnreviewed(github, merged, event.sha, shown, outcome.review, markdown);
            return;
        case 'applied': {
            const { result, review } = outcome;
            const shownResult = redact ? publicResult(result, listed) : result;
            core/* info */.pq(applyText(shownResult));
            if (review && !(0,engine_review/* matchesReview */.M)(review))
                core/* warning */.$e((0,domain_text/* escapeInvisible */.ts)(unreviewedWarning(review)), { title: 'sentry-members-sync: not the reviewed plan' });
            await (0,report/* writeSummary */.S)(applySummary(shown, shownResult, { ...markdown, ...(review ? { review } : {}) }));
            if (github && settings.comment && merged && event.sha)
                await publishApplyResult(github, merged, event.sha, shown, shownResult, { ...markdown, ...(review ? { review } : {}) });
            // comment: false means the run writes nothing to GitHub (docs/behaviour.md), the drift issue included.
            if (github && settings.comment && settings.driftIssue)
                await manageDriftIssue(github, shown, shownResult, now);
            core/* setOutput */.uH('applied', String(result.applied.length));
            core/* setOutput */.uH('failed', String(result.failed.length));
            annotateFailedWrites(shownResult);
            return;
        }
    }
}
/** reviewed-plan: warn, and the apply was not the reviewed plan: what was not reviewed, for the log. */
function unreviewedWarning(review) {
    if (!review.found)
        return `No reviewed plan was found${review.pull === undefined ? ' (a direct push)' : ` on #${review.pull}`}: applied without one (reviewed-plan: warn).`;
    const added = review.added.map((change) => change.email).join(', ');
    return `Applied changes that were not in the plan reviewed on #${review.pull} (reviewed-plan: warn): ${review.added.length} added${added ? ` (${added})` : ''}, ${review.dropped.length} dropped since the review.`;
}
/** Each change links to its line in the config at the commit the run is about, and to the member in Sentry. */
function linksFor(settings, event, organization) {
    const sha = event.headSha ?? event.sha;
    const path = settings.configDisplayPath;
    const sentry = `${settings.sentryUrl.origin}${settings.sentryUrl.pathname.replace(/\/+$/, '')}`;
    return {
        ...(event.repo && sha && settings.configInWorkspace
            ? {
                line: (line, file) => `${event.serverUrl}/${event.repo?.owner}/${event.repo?.repo}/blob/${sha}/${file ?? path}#L${line}`,
            }
            : {}),
        member: (id) => `${sentry}/settings/${encodeURIComponent(organization)}/members/${encodeURIComponent(id)}/`,
    };
}
/** The GitHub side, when there is a token and a repository (never on a developer machine). */
function githubFor(settings, event) {
    if (!settings.githubToken || !event.repo)
        return undefined;
    return { api: createGitHubApi(settings.githubToken, event.repo), runUrl: event.runUrl };
}
/** One annotation per blocked change and per warning, on the line of the file that causes it. */
function annotatePlan(plan) {
    for (const { change, reasons } of plan.blocked) {
        const line = 'line' in change ? change.line : undefined;
        core/* error */.z3((0,domain_text/* escapeInvisible */.ts)(`${changeHeading(change).slice(2)} is blocked: ${describeReasons(reasons).join('; ')}`), {
            title: 'sentry-members-sync: blocked change',
            file: ('file' in change ? change.file : undefined) ?? plan.config,
            ...(line ? { startLine: line } : {}),
        });
    }
    for (const warning of plan.warnings) {
        core/* warning */.$e(warning.message, {
            title: 'sentry-members-sync: warning',
            file: warning.file ?? plan.config,
            ...(warning.line ? { startLine: warning.line } : {}),
        });
    }
}
function annotateFailedWrites(result) {
    for (const failure of result.failed) {
        core/* error */.z3((0,domain_text/* escapeInvisible */.ts)(`${changeHeading(failure.change).slice(2)} failed: ${failure.error}`), {
            title: 'sentry-members-sync: write failed',
        });
    }
}
async function writePlanFile(plan, configFile) {
    const dir = external_node_path_default().join(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'sentry-members-sync');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const name = `plan-${plan.organization}-${configFile.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`;
    const file = external_node_path_default().join(dir, name);
    await (0,promises_.writeFile)(file, `${JSON.stringify(planJson(plan), null, 2)}\n`);
    return file;
}


/***/ })

};
