export const id = 998;
export const ids = [998];
export const modules = {

/***/ 8998:
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
// EXTERNAL MODULE: ./src/domain/text.ts
var domain_text = __webpack_require__(3373);
// EXTERNAL MODULE: ./src/engine/plan-organization.ts + 1 modules
var plan_organization = __webpack_require__(8356);
// EXTERNAL MODULE: ./src/engine/run.ts + 1 modules
var run = __webpack_require__(4514);
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
/** The plan comment: the marker that finds it again, then the plan (pointing to the run when it is cut). */
function planCommentBody(marker, plan, runUrl) {
    const limit = COMMENT_LIMIT - marker.length - 1;
    return `${marker}\n${planMarkdown(plan, { limit, ...(runUrl ? { fullAt: runUrl } : {}) })}`;
}
/** The merged pull request's comment after an apply: the result, then the plan that was applied when there is room. */
function applyCommentBody(marker, sha, plan, result, runUrl) {
    const limit = COMMENT_LIMIT - marker.length - 1;
    const title = `sentry-members-sync applied on merge (${sha.slice(0, 7)})`;
    const options = { limit, title, ...(runUrl ? { fullAt: runUrl } : {}) };
    const applied = applyMarkdown(result, plan.organization, options);
    const body = applied.length < limit / 2
        ? `${applied}\n${planMarkdown(plan, { ...options, limit: limit - applied.length - 1, title: 'The plan that was applied' })}`
        : applied;
    return `${marker}\n${body}`;
}
/** The job summary of a plan. */
function planSummary(plan) {
    return planMarkdown(plan, { limit: SUMMARY_LIMIT });
}
/** The job summary of an apply: the result, then the plan, within the summary's limit together. */
function applySummary(plan, result) {
    const applied = applyMarkdown(result, plan.organization, { limit: SUMMARY_LIMIT / 2 });
    return `${applied}\n${planMarkdown(plan, { limit: SUMMARY_LIMIT - applied.length - 1 })}`;
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

// EXTERNAL MODULE: ./src/render/failures.ts
var failures = __webpack_require__(3417);
;// CONCATENATED MODULE: ./src/github/sticky.ts
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
        core/* warning */.$e(`${what} failed: ${(0,failures/* describeError */.U)(error)}.${hint}`, { title: 'sentry-members-sync: GitHub' });
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
/** The plan on the pull request, in the one comment for this organization and config file. */
async function publishPlanComment(context, pullRequest, plan) {
    const marker = stickyMarker('plan', plan.organization, plan.config);
    const body = planCommentBody(marker, plan, context.runUrl);
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
        const body = applyCommentBody(marker, sha, plan, result, context.runUrl);
        await upsertComment(context.api, merged.number, marker, body);
    });
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

// EXTERNAL MODULE: ./src/domain/roles.ts
var domain_roles = __webpack_require__(9365);
// EXTERNAL MODULE: ./src/domain/secrets.ts
var secrets = __webpack_require__(7513);
// EXTERNAL MODULE: ./src/domain/team-roles.ts
var team_roles = __webpack_require__(3647);
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
var errors = __webpack_require__(8496);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/domain/errors.ts
var domain_errors = __webpack_require__(241);
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
    (0,secrets/* addSecret */.Ck)(options.token);
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
                        throw new errors/* SentryApiError */.qC(method, display, response.statusCode, `the response is not valid JSON: ${text.slice(0, 120)}`);
                    parsed = undefined;
                }
            }
            if (response.statusCode >= 300) {
                const detail = response.statusCode < 400
                    ? `Sentry answered with a redirect to ${String(response.headers.location ?? '(no location)')}, which is not followed: the token is sent only to ${options.baseUrl.origin}; check sentry-url`
                    : (0,errors/* describeErrorBody */.ut)(parsed, text);
                const hint = (0,errors/* hintFor */.JR)(response.statusCode);
                throw new errors/* SentryApiError */.qC(method, display, response.statusCode, detail, hint ? { hint } : {});
            }
            return { status: response.statusCode, headers: response.headers, body: parsed };
        }
        catch (error) {
            if (error instanceof errors/* SentryApiError */.qC)
                throw error;
            const code = error.code;
            throw new errors/* SentryApiError */.qC(method, display, 0, `${code ? `${code}: ` : ''}${(0,domain_errors/* messageOf */.b)(error)}`, {
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
                throw new errors/* SentryApiError */.qC('GET', url.pathname, 0, `Sentry pointed to ${url.origin}, which is not the origin of sentry-url (${options.baseUrl.origin}): not followed, so the token goes nowhere else. If that is your organization's region (e.g. https://de.sentry.io), set sentry-url to it`);
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
                throw new errors/* SentryApiError */.qC(method, path, 0, `the response is larger than ${Math.round(bounds.limit / 1024 / 1024)} MiB; refusing to read more`);
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
        throw new errors/* SentryApiError */.qC(method, path, 0, `the response did not arrive within ${Math.round(bounds.deadlineMs / 100) / 10} s (it came too slowly); nothing was read from it`, { hint: 'Sentry or a proxy in between is too slow: run again later' });
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
                    throw new errors/* SentryApiError */.qC('GET', where, response.status, `Sentry's pages do not end: the next page (${query}) was read before`, {
                        hint: 'a Sentry server does not page like this: check sentry-url, then run again',
                    });
                if (page + 1 >= maxPages)
                    throw new errors/* SentryApiError */.qC('GET', where, response.status, `more than ${maxPages} pages, more than the counts Sentry gave allow`, {
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
            throw new errors/* SentryApiError */.qC(method, shown, 200, `unexpected response from Sentry: ${error.message}`, {
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
        const outcome = await (0,run/* runSentry */.l2)(client, { mode, config, warnings, organization, guards: settings });
        await deliver(outcome, settings, event, config);
        for (const failure of (0,run/* failuresOf */.dJ)(outcome))
            core/* setFailed */.C1((0,failures/* describeFailure */.I)(failure, inputs/* ACTION_WORDS */.dC));
    }
    finally {
        await client.close();
    }
}
async function deliver(outcome, settings, event, config) {
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
    core/* info */.pq(planText(shown));
    core/* setOutput */.uH('plan', await writePlanFile(plan, config.file));
    core/* setOutput */.uH('changes', String(plan.changes.length));
    core/* setOutput */.uH('has-changes', String(plan.changes.length > 0));
    annotatePlan(shown);
    const github = githubFor(settings, event);
    const now = new Date().toISOString();
    switch (outcome.kind) {
        case 'planned':
            await (0,report/* writeSummary */.S)(planSummary(shown));
            if (github && settings.comment && event.pullRequest !== undefined && (0,action_event/* isPullRequestEvent */.T5)(event))
                await publishPlanComment(github, event.pullRequest, shown);
            if (github && settings.comment && settings.driftIssue && outcome.mode === 'check')
                await manageDriftIssue(github, shown, undefined, now);
            return;
        case 'guard-refused':
            await (0,report/* writeSummary */.S)(planSummary(shown));
            core/* setOutput */.uH('applied', '0');
            core/* setOutput */.uH('failed', '0');
            return;
        case 'applied': {
            const { result } = outcome;
            const shownResult = redact ? publicResult(result, listed) : result;
            core/* info */.pq(applyText(shownResult));
            await (0,report/* writeSummary */.S)(applySummary(shown, shownResult));
            if (github && settings.comment && event.name === 'push' && event.sha)
                await publishApplyResult(github, event.sha, shown, shownResult);
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
/** The GitHub side, when there is a token and a repository (never on a developer machine). */
function githubFor(settings, event) {
    if (!settings.githubToken || !event.repo)
        return undefined;
    return { api: createGitHubApi(settings.githubToken, event.repo), runUrl: event.runUrl };
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
    await (0,promises_.writeFile)(file, `${JSON.stringify(plan, null, 2)}\n`);
    return file;
}


/***/ })

};
