import type { ApplyResult } from '../apply/apply.ts';
import { type Config, type ConfigProblem, formatProblem } from '../config/model.ts';
import { isPullRequestEventName } from '../domain/events.ts';
import { escapeInvisible } from '../domain/text.ts';
import { matchesReview, type ReviewCheck, type Waiting } from '../engine/review.ts';
import { type Failure, failuresOf, type RunOutcome, type SentryMode, warningsOf } from '../engine/run.ts';
import { markerOf, stickyMarker } from '../github/sticky.ts';
import { changeDigest } from '../plan/digest.ts';
import type { MemberWrite, Place, Plan } from '../plan/types.ts';
import { describeError, describeFailure, describeWarning, type Words } from '../render/failures.ts';
import { codeSpan, escapeMarkdown } from '../render/markdown.ts';
import { planJson } from '../render/plan-json.ts';
import { type Links, viewMarkdown } from '../render/plan-markdown.ts';
import { applyText, changeHeading, planText } from '../render/plan-text.ts';
import {
  awaitingApproval,
  deferredWords,
  type Forecast,
  type Listed,
  planView,
  refusalWords,
  resultCounts,
  resultState,
  resultTotal,
  resultView,
  reviewSections,
  type Unnamed,
  type View,
  waitingSections,
  withLead,
} from '../render/plan-view.ts';
import { publicPlan, publicResult } from '../render/public-view.ts';
import { describeReasons } from '../render/reasons.ts';
import { changePlaces, planTitle } from '../render/review.ts';
import { describeConfig, plural, problemsTable, validationMarkdown } from '../render/validation.ts';
import {
  driftClosedBody,
  driftIssueBody,
  earlierPlan,
  failureComment,
  type PlanBody,
  planComment,
  refusedBody,
  refusedComment,
  resultComment,
  resultMarkdown,
  reviewMarkdown,
  SUMMARY_LIMIT,
  summaryBody,
} from './bodies.ts';
import { recordLine, recordLineOf, reviewedPlanOf } from './record.ts';
import { readableTime, type Status, statusMarkdown, statusText } from './status.ts';

/**
 * What a run publishes, decided once from how it ended (docs/behaviour.md, section 11): one pure
 * function turns a run's report (its outcome in every mode, success or failure, and what the run
 * read from GitHub) into a Publication, a value; a small sink (src/action/sink.ts) performs it.
 * Nothing here reads a clock, the environment or the network.
 */

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly title: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export type OutputName = 'has-changes' | 'changes' | 'plan' | 'applied' | 'failed';

/** A write to GitHub: a comment created (no id) or rewritten, an issue created (no number), rewritten or closed. */
export type GitHubWrite =
  | {
      readonly kind: 'comment';
      readonly pull: number;
      readonly id: number | undefined;
      readonly body: string;
      /** What it is, for the warning when GitHub refuses it. */
      readonly what: string;
    }
  | {
      readonly kind: 'issue';
      readonly number: number | undefined;
      readonly title: string;
      readonly body: string;
      readonly state: 'open' | 'closed';
      readonly what: string;
    };

export interface Publication {
  /** Files to write before anything else (plan.json), by path. */
  readonly files: readonly { readonly path: string; readonly text: string }[];
  /** Blocks for the log, in order. */
  readonly log: readonly string[];
  readonly annotations: readonly Annotation[];
  readonly outputs: Readonly<Partial<Record<OutputName, string>>>;
  /** The job summary; undefined writes none. */
  readonly summary: string | undefined;
  readonly github: readonly GitHubWrite[];
  /** Why the run failed, each with what to do: the step fails with each, last. */
  readonly failures: readonly string[];
}

/** What a run reports: the engine's outcome, or anything thrown on the way (a setting, a bug). */
export type Reported = RunOutcome | { readonly kind: 'error'; readonly error: unknown };

/** The settings a publication depends on (the action's inputs have them). */
export interface PublishSettings {
  readonly configDisplayPath: string;
  readonly sentryUrl: URL;
  readonly comment: boolean;
  readonly driftIssue: boolean;
  readonly redact: 'auto' | boolean;
  /** The config is inside the workspace (the repository): its lines can be linked to. */
  readonly configInWorkspace: boolean;
}

/** The part of the triggering event a publication depends on. */
export interface PublishEvent {
  readonly name: string;
  readonly sha: string;
  /** The pull request of a pull request event. */
  readonly pullRequest: number | undefined;
  readonly repo: { readonly owner: string; readonly repo: string } | undefined;
  readonly runUrl: string | undefined;
  readonly serverUrl: string;
  readonly headSha: string | undefined;
  readonly publicRepository: boolean;
}

/** Our plan comment on a pull request, as read before publishing. */
export interface PriorComment {
  readonly id: number;
  readonly body: string;
  /** Someone other than the token's identity edited it last: it is rewritten, but holds no reviewed plan. */
  readonly editedBy?: string;
}

/** What the run read from GitHub before publishing. */
export interface GitHubRead {
  /** The pull request the run reports to: the event's, or the merged one an apply on push came from. */
  readonly pull?: number;
  /** This action's plan comments on it (every organization and config); undefined when they could not be read. */
  readonly comments?: readonly PriorComment[];
  /** The open drift issue: absent, found, or (undefined) not read. */
  readonly driftIssue?: { readonly number: number; readonly body: string } | 'none';
  /** Reads that failed: what, and GitHub's answer. */
  readonly failures: readonly string[];
}

export interface RunReport {
  readonly mode: SentryMode | 'validate';
  /** Only the config was checked: the mode is validate, or there is no Sentry token. */
  readonly validateOnly?: 'mode' | 'no-token';
  readonly outcome: Reported;
  /** The config, when it is valid. */
  readonly config?: Config;
  /** Its warnings (the plan carries them too, when there is one). */
  readonly warnings?: readonly ConfigProblem[];
  /** The organization, when the run knows it. */
  readonly organization?: string;
  readonly settings: PublishSettings;
  readonly event: PublishEvent;
  /** How failures are worded (input names, where details are). */
  readonly words: Words;
  /** When the run ends (milliseconds since the epoch). */
  readonly now: number;
  /** Where plan.json is written. */
  readonly planFile?: string;
  /** Undefined without a GitHub token or repository: nothing is read or written there. */
  readonly github?: GitHubRead;
  /** Why this pull request and drift are shown together (the base config could not be read). */
  readonly baseNotice?: string;
}

const TITLE = 'sentry-members-sync';

/** What the run publishes. */
export function publish(report: RunReport): Publication {
  const scene = sceneOf(report);
  if (report.validateOnly) return validation(scene);
  const { outcome } = report;
  switch (outcome.kind) {
    case 'planned':
      return planned(scene, outcome);
    case 'guard-refused':
    case 'unreviewed':
      return refused(scene, outcome);
    case 'applied':
      return applied(scene, outcome);
    default:
      return failed(scene, outcome);
  }
}

/** What every publication of a run shares: whether to redact, the links, the commit, the comment and issue to write. */
interface Scene {
  readonly report: RunReport;
  readonly redact: boolean;
  readonly listed: (email: string) => boolean;
  readonly links: Links;
  readonly commit?: Status['commit'];
  /** The run is on a pull request (its plan is what merging does). */
  readonly onPullRequest: boolean;
  /** Failures, worded for the log and the step. */
  readonly failures: readonly string[];
  /** The same, worded for a comment or summary (details listed below). */
  readonly explained: readonly string[];
}

/** Whether what GitHub shows of this run names nobody the file does not list (redact: `auto` is on for a public repository). */
export function redacts(settings: Pick<PublishSettings, 'redact'>, event: Pick<PublishEvent, 'publicRepository'>): boolean {
  return settings.redact === 'auto' ? event.publicRepository : settings.redact;
}

function sceneOf(report: RunReport): Scene {
  const { settings, event, config } = report;
  const redact = redacts(settings, event);
  const sha = event.headSha ?? event.sha;
  const failures = failureList(report.outcome);
  return {
    report,
    redact,
    listed: (email) => config?.members.has(email.toLowerCase()) ?? false,
    links: linksFor(report),
    ...(sha
      ? {
          commit: {
            sha,
            ...(event.repo ? { url: `${event.serverUrl}/${event.repo.owner}/${event.repo.repo}/commit/${sha}` } : {}),
          },
        }
      : {}),
    onPullRequest: event.pullRequest !== undefined && isPullRequestEventName(event.name),
    failures: failures.map((failure) => describe(failure, report.words)),
    explained: failures.map((failure) => describe(failure, { ...report.words, listed: 'listed below' })),
  };
}

function failureList(outcome: Reported): (Failure | { readonly kind: 'error'; readonly error: unknown })[] {
  return outcome.kind === 'error' ? [outcome] : failuresOf(outcome);
}

function describe(failure: Failure | { readonly kind: 'error'; readonly error: unknown }, words: Words): string {
  return failure.kind === 'error' ? describeError(failure.error, words) : describeFailure(failure, words);
}

/** Each change links to its line in the config at the commit the run is about, and to the member in Sentry. */
function linksFor(report: RunReport): Links {
  const { event, settings } = report;
  const sha = event.headSha ?? event.sha;
  const path = settings.configDisplayPath;
  const sentry = `${settings.sentryUrl.origin}${settings.sentryUrl.pathname.replace(/\/+$/, '')}`;
  const organization = report.organization;
  const repo = event.repo;
  return {
    ...(repo && sha && settings.configInWorkspace
      ? {
          line: (line: number, file?: string) =>
            `${event.serverUrl}/${repo.owner}/${repo.repo}/blob/${sha}/${file ?? path}#L${line}`,
        }
      : {}),
    ...(organization
      ? {
          member: (id: string) => `${sentry}/settings/${encodeURIComponent(organization)}/members/${encodeURIComponent(id)}/`,
        }
      : {}),
  };
}

function status(scene: Scene, fields: Omit<Status, 'commit' | 'runUrl' | 'at'>): Status {
  const { report } = scene;
  return {
    ...fields,
    ...(scene.commit ? { commit: scene.commit } : {}),
    ...(report.event.runUrl ? { runUrl: report.event.runUrl } : {}),
    at: report.now,
  };
}

/** The warning of a public repository whose run publishes everything (redact: false). */
const UNREDACTED: Annotation = {
  level: 'warning',
  title: `${TITLE}: public repository`,
  message:
    'This repository is public and redact is false: the log, job summary and comment name members the config file does not list and show their Sentry display names to anyone. Remove "redact: false" to count them instead.',
};

/** A publication from its parts, with what every run says: the failures, GitHub reads that failed, an unredacted public repository. */
function publication(scene: Scene, parts: Partial<Publication>): Publication {
  const { report } = scene;
  const reads = report.github?.failures ?? [];
  const unredacted = !report.validateOnly && !scene.redact && report.event.publicRepository;
  return {
    files: parts.files ?? [],
    log: parts.log ?? [],
    annotations: [
      ...(parts.annotations ?? []),
      ...(unredacted ? [UNREDACTED] : []),
      ...reads.map((message) => ({ level: 'warning' as const, title: `${TITLE}: GitHub`, message: escapeInvisible(message) })),
    ],
    outputs: parts.outputs ?? {},
    summary: parts.summary,
    github: parts.github ?? [],
    failures: scene.failures,
  };
}

// --- validate only ---------------------------------------------------------------------------

function validation(scene: Scene): Publication {
  const { report } = scene;
  const { outcome, settings } = report;
  const problems = outcome.kind === 'invalid-config' ? outcome.problems : (report.warnings ?? []);
  const annotations = problemAnnotations(problems);
  if (report.config) annotations.push(configValid(report.config, settings.configDisplayPath));
  if (report.config && report.validateOnly === 'no-token')
    annotations.push({
      level: 'notice',
      title: `${TITLE}: validated only`,
      message: `No Sentry token, so the config was only validated and no ${report.mode} was made. Set the "sentry-token" input (a user auth token with member:read for plans, member:admin for applies, e.g. from a secret). Pull requests from forks get no secrets: their plan appears once the change is on a branch of this repository.`,
    });
  return publication(scene, {
    annotations,
    summary: validationMarkdown(settings.configDisplayPath, problems, report.config),
  });
}

function configValid(config: Config, file: string): Annotation {
  return { level: 'notice', title: `${TITLE}: config valid`, message: describeConfig(config), file };
}

function problemAnnotations(problems: readonly ConfigProblem[]): Annotation[] {
  return problems.map((problem) => ({
    level: problem.severity === 'error' ? 'error' : 'warning',
    title: problem.severity === 'error' ? `${TITLE}: invalid config` : `${TITLE}: config warning`,
    message: formatProblem(problem),
    file: problem.file,
    ...(problem.line === undefined ? {} : { line: problem.line }),
    ...(problem.column === undefined ? {} : { column: problem.column }),
  }));
}

// --- a plan (plan, check) -------------------------------------------------------------------

type Planned = Extract<RunOutcome, { kind: 'planned' }>;

/** The plan as GitHub may show it (redact), and of the changes it counts without naming them, how many are drift. */
function shownPlan(scene: Scene, plan: Plan, drift: ReadonlySet<string> | undefined) {
  const shown = scene.redact ? publicPlan(plan, scene.listed) : plan;
  const hidden = scene.redact && drift ? plan.changes.filter((c) => !scene.listed(c.email) && drift.has(changeDigest(c))) : [];
  const hiddenDrift: Unnamed = {
    removals: hidden.filter((c) => c.kind === 'remove').length,
    updates: hidden.filter((c) => c.kind !== 'remove').length,
  };
  return { shown, hiddenDrift };
}

/** Whom what GitHub shows may name: everyone, or (redact) the members the file lists. */
function listedOf(scene: Scene): Listed {
  return scene.redact ? scene.listed : undefined;
}

function planned(scene: Scene, outcome: Planned): Publication {
  const { report } = scene;
  const { plan, drift } = outcome;
  const { shown, hiddenDrift } = shownPlan(scene, plan, drift);
  const forecast: Forecast = {
    onPullRequest: scene.onPullRequest,
    ...(outcome.wouldRefuse ? { refusal: outcome.wouldRefuse } : {}),
  };
  const notice = scene.onPullRequest ? report.baseNotice : undefined;
  const viewOptions = {
    ...(drift ? { drift, hiddenDrift } : {}),
    ...(notice ? { notice } : {}),
    forecast,
  };
  const view = planView(shown, viewOptions);
  const waiting = awaitingApproval(plan);
  const attention =
    plan.blocked.length > 0 || outcome.wouldRefuse || (outcome.mode === 'check' && plan.changes.length > 0) || waiting > 0;
  const planStatus = status(scene, {
    mark: attention ? 'attention' : 'ok',
    word: 'Planned',
    what: `${planTitle(shown)}${waiting > 0 ? `; ${plural(waiting, 'owner or manager grant', 'owner and manager grants')} ${waiting === 1 ? 'awaits' : 'await'} an approval` : ''}${outcome.wouldRefuse ? `; ${forecast.onPullRequest ? 'merging' : 'an apply'} would be refused (${outcome.wouldRefuse.guard})` : ''}`,
    readAt: outcome.readAt,
  });
  const body: PlanBody = { status: planStatus, view, links: scene.links, ...fullAt(report) };
  const github: GitHubWrite[] = [];
  const targets = commentTargets(scene, report.organization);
  if (targets && scene.onPullRequest) {
    const { config } = report;
    // The record of the plan shown; without a config (never, for a plan) the comment records none.
    const record = (text: string) => (config ? recordLine({ plan, shown, named: listedOf(scene), config }, text) : undefined);
    for (const target of targets)
      github.push(
        ...comment(
          scene,
          target,
          planComment(target.marker, record, { ...body, commit: scene.commit?.sha ?? '', readAt: outcome.readAt }),
          'Posting the plan',
        ),
      );
  }
  if (outcome.mode === 'check')
    github.push(...driftIssue(scene, plan, { kind: 'found', view: planView(shown, { forecast }) }, outcome.readAt));
  return publication(scene, {
    ...planOutputs(report, plan),
    log: [statusText(planStatus), planText(shown, viewOptions)],
    annotations: [...validNotice(report), ...planAnnotations(shown), ...baseNotice(scene)],
    summary: summaryBody(planStatus, (limit) => viewMarkdown(view, { limit, links: scene.links })),
    github,
  });
}

function fullAt(report: RunReport): { fullAt?: string } {
  return report.event.runUrl ? { fullAt: report.event.runUrl } : {};
}

function validNotice(report: RunReport): Annotation[] {
  return report.config ? [configValid(report.config, report.settings.configDisplayPath)] : [];
}

function baseNotice(scene: Scene): Annotation[] {
  const notice = scene.report.baseNotice;
  return notice && scene.onPullRequest
    ? [{ level: 'notice', title: `${TITLE}: pull request and drift together`, message: notice }]
    : [];
}

/** plan.json and the plan's outputs, set in this one place. */
function planOutputs(report: RunReport, plan: Plan): Pick<Publication, 'files' | 'outputs'> {
  const file = report.planFile;
  return {
    files: file ? [{ path: file, text: `${JSON.stringify(planJson(plan), null, 2)}\n` }] : [],
    outputs: {
      ...(file ? { plan: file } : {}),
      changes: String(plan.changes.length),
      'has-changes': String(plan.changes.length > 0),
    },
  };
}

/**
 * One annotation per blocked change and per warning, on the line of the file that causes it: a
 * blocked change caused in several files (an org role in the org file, a team in a team's file)
 * is annotated in each, so the pull request that changed one of them shows it on its own lines.
 */
function planAnnotations(plan: Plan): Annotation[] {
  return [
    ...plan.blocked.flatMap(({ change, reasons }): Annotation[] => {
      const line = 'line' in change ? change.line : undefined;
      const message = escapeInvisible(`${changeHeading(change).slice(2)} is blocked: ${describeReasons(reasons).join('; ')}`);
      const own = { file: ('file' in change ? change.file : undefined) ?? plan.config, ...(line ? { line } : {}) };
      const elsewhere = changePlaces(change).filter((place): place is Place => place !== undefined);
      const places = [own, ...elsewhere].filter(
        (place, index, all) => all.findIndex((other) => other.file === place.file && other.line === place.line) === index,
      );
      return places.map((place) => ({ level: 'error', title: `${TITLE}: blocked change`, message, ...place }));
    }),
    ...plan.warnings.map(
      (warning): Annotation => ({
        level: 'warning',
        title: `${TITLE}: warning`,
        message: warning.message,
        file: warning.file ?? plan.config,
        ...(warning.line ? { line: warning.line } : {}),
      }),
    ),
  ];
}

// --- comments and the drift issue -------------------------------------------------------------

interface Target {
  readonly marker: string;
  readonly id?: number;
  readonly previous?: string;
  /** The reviewed record the comment holds, when it can be trusted: kept when an apply on merge rewrites the comment. */
  readonly record?: string;
}

/**
 * The record line of a prior comment, only when it holds a reviewed plan that can be trusted: a
 * record someone else edited in is never carried over (rewritten by this action, it would look
 * like the action's own to the next run).
 */
function trustedRecord(comment: PriorComment, pull: number | undefined): { record?: string } {
  const line = recordLineOf(comment.body);
  return line && pull !== undefined && reviewedPlanOf(comment, pull).reviewed ? { record: line } : {};
}

/**
 * The comments a run writes on its pull request (none: no comment to write, or no way to).
 * Knowing its organization, the comment with its marker, else one written without an
 * organization (by a run whose config was invalid), else a new one. Not knowing it, every
 * comment of this config (each organization's plan is out of date alike), else a new one.
 */
function commentTargets(scene: Scene, organization: string | undefined): Target[] | undefined {
  const { report } = scene;
  const { github, settings } = report;
  if (!settings.comment || !github || github.pull === undefined || !github.comments) return undefined;
  const config = settings.configDisplayPath;
  const mine = github.comments.flatMap((comment) => {
    const marker = markerOf(comment.body);
    return marker?.kind === 'plan' && marker.config === config ? [{ ...comment, marker }] : [];
  });
  if (organization) {
    const marker = stickyMarker('plan', organization, config);
    const found = mine.find((c) => c.marker.organization === organization) ?? mine.find((c) => c.marker.organization === '');
    return [{ marker, ...(found ? { id: found.id, previous: found.body, ...trustedRecord(found, github.pull) } : {}) }];
  }
  if (mine.length === 0) return [{ marker: stickyMarker('plan', undefined, config) }];
  return mine.map((c) => ({ marker: c.marker.line, id: c.id, previous: c.body, ...trustedRecord(c, github.pull) }));
}

function comment(scene: Scene, target: Target, body: string, what: string): GitHubWrite[] {
  const pull = scene.report.github?.pull;
  if (pull === undefined || target.previous === body) return [];
  return [{ kind: 'comment', pull, id: target.id, body, what: `${what} on pull request #${pull}` }];
}

/**
 * Whether a run keeps the drift issue: `apply` and `check` started by the schedule or by hand.
 * A pull request's changes and a merge's are not drift. `comment: false` writes nothing to GitHub.
 */
export function keepsDriftIssue(
  settings: Pick<PublishSettings, 'driftIssue' | 'comment'>,
  eventName: string,
  mode: RunReport['mode'],
): boolean {
  return (
    settings.driftIssue &&
    settings.comment &&
    (mode === 'apply' || mode === 'check') &&
    eventName !== 'push' &&
    !isPullRequestEventName(eventName)
  );
}

type DriftStory =
  | { readonly kind: 'found'; readonly view: View }
  | { readonly kind: 'refused'; readonly view: View; readonly why: string }
  | { readonly kind: 'corrected'; readonly view: View; readonly full: ApplyResult };

/** Creates, rewrites or closes the one open drift issue for this organization and config. */
function driftIssue(scene: Scene, plan: Plan, story: DriftStory, readAt: number): GitHubWrite[] {
  const { report } = scene;
  if (!report.github || !keepsDriftIssue(report.settings, report.event.name, report.mode)) return [];
  const marker = stickyMarker('drift', plan.organization, plan.config);
  const found = report.github?.driftIssue;
  if (found === undefined) return [];
  const open = found === 'none' ? undefined : found;
  const title = `Sentry membership drift: ${plan.organization}`;
  const drift = plan.changes.length + plan.blocked.length;
  const when = readableTime(report.now);
  const at = (extra: Omit<Status, 'commit' | 'runUrl' | 'at' | 'readAt'>) => status(scene, { ...extra, readAt });
  if (drift === 0) {
    if (!open) return [];
    const closed = at({ mark: 'ok', word: 'No drift', what: `${plan.organization} matches ${plan.config}: closed` });
    return [
      {
        kind: 'issue',
        number: open.number,
        title,
        body: driftClosedBody(marker, closed, open.body),
        state: 'closed',
        what: 'Closing the drift issue',
      },
    ];
  }
  const between = `between ${plan.config} and Sentry`;
  const counted = plural(drift, 'change');
  let issueStatus: Status;
  let intro: string;
  switch (story.kind) {
    case 'found':
      issueStatus = at({ mark: 'attention', word: 'Found', what: `${counted} ${between}, not corrected (this run only checks)` });
      intro = `## Found ${counted} on ${when}, not corrected\n\nSentry differs from ${codeSpan(plan.config)}; this run only checks (mode \`check\`). An apply would make these changes:\n`;
      break;
    case 'refused':
      issueStatus = at({ mark: 'failed', word: 'Refused', what: `${counted} ${between}, not corrected: the apply was refused` });
      intro = `## Found ${counted} on ${when}, not corrected: the apply was refused\n\n${escapeMarkdown(story.why)}\n`;
      break;
    case 'corrected': {
      const counts = resultCounts(story.full);
      const state = resultState(counts);
      const total = resultTotal(counts);
      const word = state === 'applied' ? 'Corrected' : state === 'partly applied' ? 'Partly corrected' : 'Not corrected';
      const left = [
        counts.failed ? `${counts.failed} failed` : '',
        counts.blocked ? `${counts.blocked} blocked` : '',
        deferredWords(counts) ?? '',
      ]
        .filter((part) => part !== '')
        .join(', ');
      const done = state === 'applied' ? plural(counts.applied, 'change') : `${counts.applied} of ${plural(total, 'change')}`;
      issueStatus = at({
        mark: state === 'applied' ? 'ok' : state === 'partly applied' ? 'attention' : 'failed',
        word,
        what: `${done} ${between}${left ? ` (${left})` : ''}`,
      });
      intro = `## Corrected ${done} on ${when}${left ? `: ${left}` : ''}\n\nSentry differed from ${codeSpan(plan.config)}; this run put back what the file says. Each member links to its line in the file and its page in Sentry.\n`;
      break;
    }
  }
  const body = driftIssueBody(marker, intro, {
    status: issueStatus,
    view: story.view,
    links: scene.links,
    title: false,
    ...fullAt(report),
  });
  return [{ kind: 'issue', number: open?.number, title, body, state: 'open', what: 'Updating the drift issue' }];
}

// --- no plan: an invalid config, unknown teams, unreadable GitHub teams, a failed read, anything thrown

type NoPlan = Exclude<Reported, { kind: 'planned' | 'guard-refused' | 'unreviewed' | 'applied' }>;

function failed(scene: Scene, outcome: NoPlan): Publication {
  const { report } = scene;
  // A public repository is not shown the organization's teams (redact).
  const problems =
    outcome.kind === 'invalid-config'
      ? outcome.problems
      : outcome.kind === 'unknown-teams' || outcome.kind === 'github-teams'
        ? scene.redact
          ? outcome.publicProblems
          : outcome.problems
        : [];
  const config = report.settings.configDisplayPath;
  const failedStatus = status(scene, {
    mark: 'failed',
    word: 'Failed',
    what: failedWhat(scene, outcome),
    ...(outcome.kind === 'unknown-teams' || outcome.kind === 'github-teams' ? { readAt: outcome.readAt } : {}),
  });
  const merge = isMergeApply(report);
  const title = merge
    ? `${TITLE} did not apply the merge${report.organization ? ` to ${report.organization}` : ''}`
    : `${TITLE}: no plan for ${report.organization ?? config}`;
  const explain = (limit: number) => {
    const head = `## ${escapeMarkdown(title)}\n\n${paragraphs(scene.explained)}`;
    const table =
      problems.length > 0 ? `\n${problemsTable(problems, { ...lineLink(scene), limit: limit - head.length - 2 })}\n` : '';
    return `${head}${table}`;
  };
  const github: GitHubWrite[] = [];
  const targets = commentTargets(scene, report.organization);
  for (const target of targets ?? []) {
    const earlier = target.previous ? earlierPlan(target.previous) : undefined;
    const why = merge ? 'the plan reviewed here, not applied' : 'this run failed, so it may not be what merging does now';
    const body = failureComment(
      target.marker,
      failedStatus,
      explain,
      earlier ? { plan: earlier, why } : undefined,
      merge ? target.record : undefined,
    );
    github.push(...comment(scene, target, body, merge ? 'Reporting the failed apply' : 'Posting the failed plan'));
  }
  const warnings = outcome.kind === 'read-failed' || outcome.kind === 'error' ? (report.warnings ?? []) : [];
  return publication(scene, {
    log: [statusText(failedStatus)],
    annotations: [
      ...(outcome.kind === 'read-failed' || outcome.kind === 'error' ? validNotice(report) : []),
      ...problemAnnotations([...problems, ...warnings]),
    ],
    summary: summaryBody(failedStatus, (limit) => `${explain(limit)}${githubReads(scene)}`),
    github,
  });
}

/** Failures as paragraphs of a body, each a sentence. */
function paragraphs(lines: readonly string[]): string {
  // A first word that is a plain word is capitalized; a file name is left as it is.
  const sentence = (line: string) =>
    `${/^[a-z]+ /.test(line) ? `${line.charAt(0).toUpperCase()}${line.slice(1)}` : line}${/[.!?]$/.test(line) ? '' : '.'}`;
  return lines.map((line) => `${escapeMarkdown(sentence(line))}\n`).join('\n');
}

function failedWhat(scene: Scene, outcome: NoPlan): string {
  const config = scene.report.settings.configDisplayPath;
  switch (outcome.kind) {
    case 'invalid-config': {
      const errors = outcome.problems.filter((problem) => problem.severity === 'error').length;
      return `${config} has ${plural(errors, 'error')}`;
    }
    case 'unknown-teams':
      return `${config} names ${plural(outcome.problems.length, 'team')} that ${scene.report.organization ?? 'the organization'} does not have`;
    case 'github-teams':
      return `${config} follows ${plural(outcome.teams, 'GitHub team')} that cannot be read; nothing was written`;
    case 'read-failed':
      return `reading Sentry failed${sentryCall(outcome.error)}; nothing was written`;
    case 'validated':
      return 'no plan was made';
    case 'error': {
      const message = describeError(outcome.error, scene.report.words);
      return message.length > 160 ? `${message.slice(0, 157)}...` : message;
    }
  }
}

/** ` (GET /api/0/...: HTTP 503)` for a failed Sentry request, else nothing. */
function sentryCall(error: unknown): string {
  const call = error as { method?: unknown; path?: unknown; status?: unknown };
  if (typeof call.method !== 'string' || typeof call.path !== 'string' || typeof call.status !== 'number') return '';
  return ` (${call.method} ${call.path.split('?')[0]}: ${call.status === 0 ? 'no response' : `HTTP ${call.status}`})`;
}

function lineLink(scene: Scene): { line?: (line: number, file: string) => string } {
  const line = scene.links.line;
  return line ? { line: (at: number, file: string) => line(at, file) } : {};
}

/** GitHub reads that failed, for a summary. */
function githubReads(scene: Scene): string {
  const reads = scene.report.github?.failures ?? [];
  return reads.length === 0 ? '' : `\n> [!WARNING]\n${reads.map((read) => `> ${escapeMarkdown(read)}`).join('\n>\n')}\n`;
}

/** The comments an apply on merge rewrites on the merged pull request, each keeping the reviewed record it holds. */
function onMergedPull(
  scene: Scene,
  organization: string,
  what: string,
  body: (marker: string, record: string | undefined) => string,
): GitHubWrite[] {
  if (!isMergeApply(scene.report)) return [];
  return (commentTargets(scene, organization) ?? []).flatMap((target) =>
    comment(scene, target, body(target.marker, target.record), what),
  );
}

function isMergeApply(report: RunReport): boolean {
  return report.mode === 'apply' && report.event.name === 'push';
}

// --- an apply that wrote nothing: a guard, or the reviewed-plan check -------------------------

type Refused = Extract<RunOutcome, { kind: 'guard-refused' | 'unreviewed' }>;

function refused(scene: Scene, outcome: Refused): Publication {
  const { report } = scene;
  const { plan } = outcome;
  const { shown } = shownPlan(scene, plan, undefined);
  const why =
    outcome.kind === 'guard-refused'
      ? refusalWords(outcome.refusal)
      : outcome.review.scheduled
        ? 'which changes of the config were applied on merge could not be read'
        : outcome.review.unreadable
          ? 'the reviewed plan could not be read'
          : outcome.review.untrusted
            ? `the plan comment${outcome.review.pull === undefined ? '' : ` on #${outcome.review.pull}`} cannot be trusted`
            : !outcome.review.found
              ? `no reviewed plan was found${outcome.review.pull === undefined ? '' : ` on #${outcome.review.pull}`}`
              : `the plan differs from the one reviewed on #${outcome.review.pull}`;
  const refusedStatus = status(scene, {
    mark: 'failed',
    word: 'Refused',
    what: `${why}; nothing was written`,
    readAt: outcome.readAt,
  });
  const review = outcome.kind === 'unreviewed' && !outcome.review.scheduled ? outcome.review : undefined;
  const view = withLead(planView(shown), review ? reviewSections(review, plan.config, listedOf(scene)) : []);
  const lead = reviewMarkdown(review);
  const intro = `## ${TITLE} did not apply ${isMergeApply(report) ? 'the merge ' : ''}to ${escapeMarkdown(plan.organization)}\n\n${paragraphs(scene.explained)}${lead ? `\n${lead}` : ''}`;
  const body: PlanBody = {
    status: refusedStatus,
    view,
    links: scene.links,
    title: `The plan that was not applied: ${view.title}`,
    ...fullAt(report),
  };
  const github = [
    ...onMergedPull(scene, plan.organization, 'Reporting the refused apply', (marker, record) =>
      refusedComment(marker, record, intro, body),
    ),
    ...driftIssue(scene, plan, { kind: 'refused', view, why: scene.failures.join(' ') }, outcome.readAt),
  ];
  const { files, outputs } = planOutputs(report, plan);
  return publication(scene, {
    files,
    outputs: { ...outputs, applied: '0', failed: '0' },
    log: [statusText(refusedStatus), planText(shown)],
    annotations: [...validNotice(report), ...planAnnotations(shown)],
    summary: refusedBody(`${statusMarkdown(refusedStatus)}\n`, intro, body, SUMMARY_LIMIT),
    github,
  });
}

// --- an apply ---------------------------------------------------------------------------------

type Applied = Extract<RunOutcome, { kind: 'applied' }>;

function applied(scene: Scene, outcome: Applied): Publication {
  const { report } = scene;
  const { plan, result, review, waiting } = outcome;
  const { shown } = shownPlan(scene, plan, undefined);
  const listed = listedOf(scene);
  // What the view says first: how the apply compared with the review, what waits for review.
  const lead = [
    ...(review ? reviewSections(review, plan.config, listed) : []),
    ...(waiting ? waitingSections(waiting, plan.config, listed) : []),
  ];
  const shownResult = scene.redact ? publicResult(result, scene.listed) : result;
  const counts = resultCounts(result);
  const state = resultState(counts);
  const total = resultTotal(counts);
  const unreviewed = review !== undefined && !matchesReview(review);
  const left = [
    counts.failed ? `${counts.failed} failed` : '',
    counts.blocked ? `${counts.blocked} blocked` : '',
    counts.skipped ? `${counts.skipped} not needed` : '',
    deferredWords(counts) ?? '',
    unreviewed ? 'not the reviewed plan' : '',
  ].filter((part) => part !== '');
  if (waiting) left.push(`${waiting.changes.length} waiting for review`);
  const applyStatus = status(scene, {
    mark: state === 'failed' ? 'failed' : state === 'partly applied' || unreviewed || waiting ? 'attention' : 'ok',
    word: state === 'applied' ? 'Applied' : state === 'partly applied' ? 'Partly applied' : 'Failed',
    what: `${state === 'applied' ? plural(counts.applied, 'change') : `${counts.applied} of ${plural(total, 'change')}`} to ${plan.organization}${left.length > 0 ? ` (${left.join(', ')})` : ''}`,
    readAt: outcome.readAt,
  });
  const view = withLead(resultView(shownResult, result, shown), lead);
  const body = { status: applyStatus, view, links: scene.links, ...fullAt(report), ...(review ? { review } : {}) };
  const corrected = withLead(resultView(shownResult, result, shown, { applied: 'Corrected' }), lead);
  const github = [
    ...onMergedPull(scene, plan.organization, 'Reporting the apply', (marker, record) => resultComment(marker, record, body)),
    ...driftIssue(scene, plan, { kind: 'corrected', view: corrected, full: result }, outcome.readAt),
  ];
  const { files, outputs } = planOutputs(report, plan);
  return publication(scene, {
    files,
    outputs: { ...outputs, applied: String(counts.applied), failed: String(counts.failed) },
    log: [statusText(applyStatus), planText(shown), applyText(shownResult, shown, result)],
    annotations: [
      ...validNotice(report),
      ...planAnnotations(shown),
      ...failedWrites(shownResult),
      ...runWarnings(outcome),
      ...(review && unreviewed ? [unreviewedWarning(review, listed)] : []),
      ...(waiting ? [waitingWarning(waiting, plan.config, listed)] : []),
    ],
    summary: summaryBody(applyStatus, (limit) =>
      resultMarkdown({ status: applyStatus, view, links: scene.links, ...(review ? { review } : {}) }, limit),
    ),
    github,
  });
}

/** What the engine warns about without failing (invitations deferred by Sentry's daily limit). */
function runWarnings(outcome: RunOutcome): Annotation[] {
  return warningsOf(outcome).map((warning) => ({
    level: 'warning',
    title: `${TITLE}: invitations deferred`,
    message: describeWarning(warning),
  }));
}

function failedWrites(result: ApplyResult): Annotation[] {
  return result.failed.map((failure) => ({
    level: 'error',
    title: `${TITLE}: write failed`,
    message: escapeInvisible(`${changeHeading(failure.change).slice(2)} failed: ${failure.error}`),
  }));
}

/** Some emails for a one-line message: the first few, how many more, and members a public repository does not name counted. */
function someEmails(changes: readonly MemberWrite[], listed: Listed): string {
  const named = changes.filter((change) => !listed || listed(change.email)).map((change) => change.email);
  const unnamed = changes.length - named.length;
  const first = named.slice(0, 10);
  const more = named.length - first.length + unnamed;
  return [
    ...first,
    ...(more > 0
      ? [
          `${plural(more, first.length > 0 ? 'other' : 'member', first.length > 0 ? 'others' : 'members')}${unnamed > 0 ? ' not named here' : ''}`,
        ]
      : []),
  ].join(', ');
}

/** reviewed-plan: warn, and the apply was not the reviewed plan: what was not reviewed, for the log. */
function unreviewedWarning(review: ReviewCheck, listed: Listed): Annotation {
  const added = someEmails(review.added, listed);
  const message = review.unreadable
    ? `The reviewed plan could not be read from GitHub (${review.unreadable}): applied without it (reviewed-plan: warn).`
    : review.untrusted
      ? `The plan comment${review.pull === undefined ? '' : ` on #${review.pull}`} cannot be trusted (${review.untrusted}): applied without a reviewed plan (reviewed-plan: warn).`
      : !review.found
        ? `No reviewed plan was found${review.pull === undefined ? ' (a direct push)' : ` on #${review.pull}`}: applied without one (reviewed-plan: warn).`
        : `Applied changes that were not in the plan reviewed on #${review.pull} (reviewed-plan: warn): ${review.added.length} added${added ? ` (${added})` : ''}, ${review.dropped.length} dropped since the review.`;
  return { level: 'warning', title: `${TITLE}: not the reviewed plan`, message: escapeInvisible(message) };
}

/** A scheduled or hand-started apply under require left changes waiting for review: which, why, and how to make them. */
function waitingWarning(waiting: Waiting, config: string, listed: Listed): Annotation {
  const commits = waiting.notApplied
    .slice(0, 5)
    .map((c) => `${c.commit.slice(0, 7)}${c.pull === undefined ? '' : ` (#${c.pull})`}`)
    .join(', ');
  const why = waiting.why
    ? `${waiting.why}, so every change of ${config} waits`
    : `the last config an apply on merge applied is the one at ${waiting.since?.slice(0, 7)}${commits ? `; not applied since: ${commits}${waiting.notApplied.length > 5 ? ` and ${waiting.notApplied.length - 5} more` : ''}` : ''}`;
  return {
    level: 'warning',
    title: `${TITLE}: waiting for review`,
    message: escapeInvisible(
      `${plural(waiting.changes.length, 'change')} not made (${someEmails(waiting.changes, listed)}): reviewed-plan is require, and ${why}. To make them, open a pull request that touches ${config}, so that its plan (which shows them) is reviewed, and merge it; or run this workflow by hand with mode apply and reviewed-plan warn.`,
    ),
  };
}
