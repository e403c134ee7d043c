import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);
import {
  CUTS,
  FULL,
  INPUT_KEYS,
  SETTINGS,
  applyText,
  awaitingApproval,
  changeDetails,
  changeDigest,
  changeHeading,
  changePlaces,
  codeSpan,
  configDigest,
  countOf,
  deferredWords,
  describeConfig,
  describeError,
  describeFailure,
  describeReasons,
  describeWarning,
  escapeMarkdown,
  failuresOf,
  fileOf,
  formatProblem,
  groupEntries,
  isEmpty,
  isPullRequestEventName,
  isUnnamed,
  lineOf,
  logLines,
  matchesReview,
  pathInside,
  planDigest,
  planJson,
  planText,
  planTitle,
  planView,
  plural,
  problemsTable,
  publicPlan,
  publicResult,
  publishedDigest,
  readSettings,
  refusalWords,
  resultCounts,
  resultState,
  resultTotal,
  resultView,
  reviewSections,
  validationMarkdown,
  waitingSections,
  warningsOf,
  who,
  withLead
} from "./chunk-MUDMVHDY.js";
import {
  escapeInvisible
} from "./chunk-U5JTBAQL.js";

// src/github/sticky.ts
function stickyMarker(kind, organization, config) {
  return `<!-- sentry-members-sync:${kind} org=${safe(organization ?? "")} config=${safe(config)} -->`;
}
function safe(text) {
  return encodeURIComponent(text).replace(/-/g, "%2D");
}
var MARKER = /^<!-- sentry-members-sync:(plan|drift) org=(\S*) config=(\S*) -->(?:\n|$)/;
function markerOf(body) {
  const match = MARKER.exec(body);
  if (!match) return void 0;
  const [line = "", kind, organization = "", config = ""] = match;
  try {
    return {
      kind: kind === "drift" ? "drift" : "plan",
      organization: decodeURIComponent(organization),
      config: decodeURIComponent(config),
      line: line.replace(/\n$/, "")
    };
  } catch {
    return void 0;
  }
}
var ACTIONS_LOGIN = "github-actions[bot]";
function sameLogin(a, b) {
  const plain = (login) => login.toLowerCase().replace(/\[bot\]$/, "");
  return plain(a) === plain(b);
}
function ourComments(comments, viewer) {
  const self = viewer ?? ACTIONS_LOGIN;
  return comments.filter(
    (comment2) => markerOf(comment2.body)?.kind === "plan" && !comment2.minimized && sameLogin(comment2.authorLogin, self)
  );
}
function editedByOther(comment2, viewer) {
  if (comment2.editorLogin === void 0) return void 0;
  if (comment2.editorLogin === "") return "a deleted account";
  return sameLogin(comment2.editorLogin, viewer ?? ACTIONS_LOGIN) ? void 0 : comment2.editorLogin;
}
function isOurIssue(issue, marker, viewer) {
  return markerOf(issue.body)?.line === marker && sameLogin(issue.authorLogin, viewer ?? ACTIONS_LOGIN);
}

// src/publish/status.ts
var MARKS = { ok: "\u2705", attention: "\u26A0\uFE0F", failed: "\u274C" };
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function readableTime(ms) {
  const date = new Date(ms);
  const two = (n) => String(n).padStart(2, "0");
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}
function when(status2) {
  return status2.readAt === void 0 ? `Sentry not read (${readableTime(status2.at)})` : `Sentry read ${readableTime(status2.readAt)}`;
}
function statusMarkdown(status2) {
  const commit = status2.commit ? `for ${status2.commit.url ? `[\`${status2.commit.sha.slice(0, 7)}\`](${status2.commit.url})` : `\`${status2.commit.sha.slice(0, 7)}\``}` : void 0;
  return [
    `${MARKS[status2.mark]} **${status2.word}**: ${escapeMarkdown(status2.what)}`,
    commit,
    status2.runUrl ? `[run](${status2.runUrl})` : void 0,
    when(status2)
  ].filter((part) => part !== void 0).join(" \xB7 ");
}
function statusText(status2) {
  return logLines([
    [
      `${MARKS[status2.mark]} ${status2.word}: ${status2.what}`,
      status2.commit ? `for ${status2.commit.sha.slice(0, 7)}` : void 0,
      when(status2)
    ].filter((part) => part !== void 0).join(" \xB7 ")
  ]);
}
var STATUS_LINE = /^(?:✅|⚠️|❌) \*\*([^*\n]+)\*\*: /;
function statusWordOf(body) {
  for (const line of body.split("\n", 8)) {
    const match = STATUS_LINE.exec(line);
    if (match) return match[1];
  }
  return void 0;
}

// src/publish/record.ts
import { createHash } from "node:crypto";

// src/render/plan-markdown.ts
var FOLD_AFTER = 10;
var RISKY_FOLD_AFTER = 50;
var COUNTED_GROUPS = 10;
var MARKS2 = {
  blocked: ":no_entry:",
  failed: ":x:",
  changed: ":warning:",
  info: ":information_source:"
};
function where(line, file, links) {
  if (!line) return void 0;
  const text = file ? escapeMarkdown(`${file}:${line}`) : `line ${line}`;
  return links?.line ? `[${text}](${links.line(line, file)})` : text;
}
function fullItem(entry, links) {
  if (entry.kind === "line") {
    const at2 = where(entry.line, entry.file, links);
    return `- ${escapeMarkdown(entry.text).replace(/\\`/g, "`")}${at2 ? ` \xB7 ${at2}` : ""}`;
  }
  const { change } = entry;
  const at = [
    where(lineOf(change), fileOf(change), links),
    ..."memberId" in change && links?.member ? [`[in Sentry](${links.member(change.memberId)})`] : []
  ].filter((part) => part !== void 0);
  const name = who(change);
  const pending = change.kind === "update" && change.pending ? " (pending invitation)" : "";
  const places = changePlaces(change);
  const details = changeDetails(change, entry.wording).map((detail, index) => {
    const place = places[index];
    const there = place && where(place.line, place.file, links);
    return `${escapeMarkdown(detail)}${there ? ` \xB7 ${there}` : ""}`;
  });
  const head2 = `- **${escapeMarkdown(change.email)}**${escapeMarkdown(name.slice(change.email.length))}${pending}`;
  const located = at.length > 0 ? ` \xB7 ${at.join(" \xB7 ")}` : "";
  if (details.length === 1 && entry.notes.length === 0) return `${head2}: ${details[0] ?? ""}${located}`;
  const lines = [`${head2}${located}`];
  for (const detail of details) lines.push(`  - ${detail}`);
  for (const note of entry.notes) lines.push(`  - ${MARKS2[note.mark]} ${escapeMarkdown(note.text)}`);
  return lines.join("\n");
}
function compactItem(entry) {
  if (entry.kind === "line")
    return `- ${escapeMarkdown(entry.text).replace(/\\`/g, "`")}${entry.line ? ` (line ${entry.line})` : ""}`;
  const notes = entry.notes.map((note) => ` \xB7 ${MARKS2[note.mark]} ${escapeMarkdown(note.text)}`).join("");
  return `- **${escapeMarkdown(entry.change.email)}**: ${escapeMarkdown(changeDetails(entry.change, entry.wording).join("; "))}${notes}`;
}
function groupedItems(section, named) {
  const groups = groupEntries(section.entries);
  const shown = named ? groups : groups.slice(0, COUNTED_GROUPS);
  const items = shown.map(({ text, who: members }) => {
    if (members.length === 1) return `- **${escapeMarkdown(members[0] ?? "")}**: ${escapeMarkdown(text)}`;
    const names = named ? `: ${members.map(escapeMarkdown).join(", ")}` : "";
    return `- **${members.length} members** ${escapeMarkdown(text)}${names}`;
  });
  const rest = groups.slice(shown.length).reduce((sum, group) => sum + group.who.length, 0);
  if (rest > 0) items.push(`- **${plural(rest, "other member")}**, with other changes`);
  const lines = section.entries.filter((entry) => entry.kind === "line");
  if (lines.length > 0)
    items.push(
      named ? `- ${lines.map((line) => escapeMarkdown(lineText(line))).join("; ")}` : `- ${plural(lines.length, section.noun[0], section.noun[1])}`
    );
  return items;
}
function lineText(entry) {
  return entry.kind === "line" ? entry.text : entry.change.email;
}
function sectionItems(section, form, links) {
  switch (form) {
    case "full":
      return section.entries.map((entry) => fullItem(entry, links));
    case "compact":
      return section.tier === "notes" ? [`- ${section.entries.map((entry) => escapeMarkdown(lineText(entry))).join("; ")}`] : section.entries.map(compactItem);
    case "grouped":
      return groupedItems(section, true);
    case "counted":
      return groupedItems(section, false);
  }
}
function heading(section, level) {
  const count = section.counted ? ` (${countOf(section)})` : "";
  return `${"#".repeat(level)} ${escapeMarkdown(section.title)}${count}${section.subtitle ? `, ${escapeMarkdown(section.subtitle)}` : ""}`;
}
function renderSection(section, form, level, links, keep) {
  if (isEmpty(section)) return "";
  let items = sectionItems(section, keep === void 0 ? form : "compact", links);
  if (keep !== void 0 && items.length > keep)
    items = [...items.slice(0, keep), `- and ${items.length - keep} more, not shown: too long for one message`];
  const foldAfter = section.tier === "kept" ? Number.POSITIVE_INFINITY : section.tier === "risky" ? RISKY_FOLD_AFTER : FOLD_AFTER;
  const hidden = section.hidden ? `- ${escapeMarkdown(section.hidden.text)}` : "";
  const body = items.length > foldAfter && form === "full" ? `<details><summary>${plural(items.length, section.noun[0], section.noun[1])}</summary>

${items.join("\n")}

</details>${hidden ? `

${hidden}` : ""}` : [...items, hidden].filter((item) => item !== "").join("\n");
  return `${heading(section, level)}

${body}
`;
}
function head(view, level, options) {
  const { title } = options;
  const parts = [
    ...title === false ? [] : [`${"#".repeat(level)} ${escapeMarkdown(title ?? `sentry-members-sync: ${view.title}`)}`, ""],
    `**${escapeMarkdown(view.counts)}**${options.source ?? true ? ` \xB7 from ${codeSpan(view.config)}` : ""}`,
    ""
  ];
  if (view.notices.length > 0)
    parts.push(`> [!NOTE]
${view.notices.map((notice) => `> ${escapeMarkdown(notice)}`).join("\n>\n")}
`);
  if (view.attention.length > 0)
    parts.push(`> [!WARNING]
${view.attention.map((line) => `> ${escapeMarkdown(line)}`).join("\n>\n")}
`);
  if (view.caution.length > 0)
    parts.push(`> [!CAUTION]
${view.caution.map((line) => `> ${escapeMarkdown(line)}`).join("\n>\n")}
`);
  if (options.lead) parts.push(options.lead);
  return parts.join("\n");
}
function renderParts(view, cut, level, links, keep) {
  const out = [];
  for (const part of view.parts) {
    const inner = part.title ? level + 2 : level + 1;
    const sections = part.sections.map((section) => renderSection(section, cut[section.tier], inner, links, section.tier === "kept" ? keep : void 0)).filter((text) => text !== "");
    if (part.title) {
      const count = part.sections.reduce((sum, section) => sum + countOf(section), 0);
      out.push(
        `${"#".repeat(level + 1)} ${escapeMarkdown(part.title)} (${count})
${sections.length === 0 ? "\nNothing.\n" : ""}`
      );
    }
    out.push(...sections);
  }
  return out.join("\n");
}
function viewMarkdown(view, options = {}) {
  const level = options.level ?? 2;
  const top2 = head(view, level, options);
  const end = view.end ? `---

**${escapeMarkdown(view.end)}**
` : "";
  const compose = (parts, note = "") => [top2, parts, note, end].filter((part) => part !== "").join("\n");
  const full = compose(renderParts(view, FULL, level, options.links));
  const { limit } = options;
  if (limit === void 0 || full.length <= limit) return full;
  const whole = options.fullAt ? `the [job summary](${options.fullAt}) has every entry` : "plan.json (the `plan` output) has every entry";
  const shortened = `> [!NOTE]
> Shortened to fit one message: routine entries are grouped or counted; ${whole}.
`;
  for (const cut of CUTS.slice(1)) {
    const text = compose(renderParts(view, cut, level, options.links), shortened);
    if (text.length <= limit) return text;
  }
  const last = CUTS.at(-1) ?? FULL;
  const cutNote = `> [!NOTE]
> Too long for one message: the lists are cut; ${whole}.
`;
  let low = 0;
  let high = Math.max(...view.parts.flatMap((part) => part.sections.map((section) => section.entries.length)), 0);
  let best = compose(renderParts(view, last, level, options.links, 0), cutNote);
  while (low <= high) {
    const keep = Math.floor((low + high) / 2);
    const text = compose(renderParts(view, last, level, options.links, keep), cutNote);
    if (text.length <= limit) {
      best = text;
      low = keep + 1;
    } else high = keep - 1;
  }
  return best.length <= limit ? best : compose("", cutNote).slice(0, limit);
}

// src/publish/bodies.ts
var COMMENT_LIMIT = 65536;
var SUMMARY_LIMIT = 1e6;
var PLANNED = "<!-- sentry-members-sync:planned ";
var PLANNED_END = "<!-- sentry-members-sync:planned-end -->";
function wrapPlan(commit, readAt, markdown) {
  return `${PLANNED}commit=${commit} read=${readAt} -->
${markdown.trimEnd()}
${PLANNED_END}
`;
}
function earlierPlan(body) {
  const start = body.indexOf(PLANNED);
  const end = body.indexOf(PLANNED_END, start);
  if (start < 0 || end < 0) return void 0;
  const lineEnd = body.indexOf("\n", start);
  const match = /^commit=([0-9a-f]{1,64}) read=(\d{1,15}) -->$/.exec(body.slice(start + PLANNED.length, lineEnd));
  if (!match) return void 0;
  return { commit: match[1] ?? "", readAt: Number(match[2]), markdown: body.slice(lineEnd + 1, end).trimEnd() };
}
function outOfDate(earlier, why) {
  const commit = earlier.commit.slice(0, 7);
  const plan = earlier.markdown.replace(/\n---\n\n\*\*[^\n]*\*\*$/, "");
  return `<details><summary>\u26A0\uFE0F Out of date: the plan for ${commit} (Sentry read ${readableTime(earlier.readAt)}), ${why}</summary>

> [!WARNING]
> Out of date: planned for \`${commit}\`, ${why}.

${wrapPlan(earlier.commit, earlier.readAt, plan)}
</details>
`;
}
function top(marker, record, status2) {
  return `${[marker, record, statusMarkdown(status2)].filter((line) => line !== void 0).join("\n")}
`;
}
function planComment(marker, record, body) {
  const room = COMMENT_LIMIT - top(marker, record(""), body.status).length - 1 - wrapPlan(body.commit, body.readAt, "").length;
  const plan = viewMarkdown(body.view, markdownOptions(body, room));
  return `${top(marker, record(plan), body.status)}
${wrapPlan(body.commit, body.readAt, plan)}`;
}
function markdownOptions(body, limit, level) {
  return {
    limit,
    ...body.links ? { links: body.links } : {},
    ...body.fullAt ? { fullAt: body.fullAt } : {},
    ...body.title !== void 0 ? { title: body.title } : {},
    ...level ? { level } : {}
  };
}
function failureComment(marker, status2, explain, earlier, record) {
  const head2 = top(marker, record, status2);
  const room = COMMENT_LIMIT - head2.length - 2;
  const kept = earlier ? outOfDate(earlier.plan, earlier.why) : "";
  const explained = explain(kept ? Math.max(room - kept.length, room / 2) : room);
  const rest = room - explained.length;
  const tail = !earlier ? "" : kept.length <= rest ? kept : `\u26A0\uFE0F The plan for ${earlier.plan.commit.slice(0, 7)} is out of date (${earlier.why}) and too long to keep here.
`;
  return `${head2}
${[explained, tail].filter((part) => part !== "").join("\n")}`;
}
function reviewMarkdown(check) {
  if (!check) return "";
  const where2 = check.pull === void 0 ? "no merged pull request" : `#${check.pull}`;
  const warning = (text) => `> [!WARNING]
> ${escapeMarkdown(text)}
`;
  if (check.unreadable)
    return warning(
      `The reviewed plan could not be read from GitHub (${clip(check.unreadable)}): this apply was not held against one.`
    );
  if (check.untrusted)
    return warning(
      `The plan comment on ${where2} cannot be trusted (${clip(check.untrusted)}): this apply was not held against it.`
    );
  if (!check.found) return warning(`No reviewed plan was found (${where2}): this apply was not held against one.`);
  const uncompared = check.unnamedUncompared ? ` ${plural(check.unnamedUncompared, "change")} to members the file does not list could not be compared: the config is not the one reviewed.` : "";
  if (check.added.length === 0 && check.dropped.length === 0)
    return `:white_check_mark: Matches the plan reviewed on ${where2}.
`;
  if (check.added.length === 0)
    return `:white_check_mark: Every change made was reviewed on ${where2}; ${plural(check.dropped.length, "reviewed change")} ${check.dropped.length === 1 ? "is" : "are"} no longer made (listed below).
`;
  return warning(
    `The plan differs from the one reviewed on ${where2}: ${plural(check.added.length, "change")} added, ${check.dropped.length} dropped since the review (listed below).${uncompared}`
  );
}
function clip(text) {
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
function resultComment(marker, record, body) {
  const head2 = top(marker, record, body.status);
  return `${head2}
${resultMarkdown(body, COMMENT_LIMIT - head2.length - 1)}`;
}
function resultMarkdown(body, limit) {
  const review = reviewMarkdown(body.review);
  return viewMarkdown(body.view, { ...markdownOptions(body, limit), ...review ? { lead: review } : {} });
}
function refusedBody(head2, intro, body, limit, level = 3) {
  const most = Math.floor(limit / 4);
  const said = intro.length <= most ? intro : `${intro.slice(0, most - 80).trimEnd()}\u2026

(Cut to fit one message.)
`;
  const room = limit - head2.length - said.length - 2;
  return `${head2}
${said}
${viewMarkdown(body.view, markdownOptions(body, room, level))}`;
}
function refusedComment(marker, record, intro, body) {
  return refusedBody(top(marker, record, body.status), intro, body, COMMENT_LIMIT);
}
function driftIssueBody(marker, intro, body) {
  return refusedBody(top(marker, void 0, body.status), intro, body, COMMENT_LIMIT, 2);
}
function driftClosedBody(marker, status2, previous) {
  const head2 = top(marker, void 0, status2);
  const before = previous.startsWith(marker) ? previous.slice(marker.length).trimStart() : previous;
  const fold = (text) => `<details><summary>What this issue said before</summary>

${text}

</details>
`;
  const room = COMMENT_LIMIT - head2.length - fold("").length - 2;
  return `${head2}
${before.length <= room ? fold(before) : "What this issue listed before is in its edit history (too long to keep here).\n"}`;
}
function summaryBody(status2, content) {
  const head2 = `${statusMarkdown(status2)}
`;
  return `${head2}
${content(SUMMARY_LIMIT - head2.length - 1)}`;
}

// src/publish/record.ts
var PREFIX = "<!-- sentry-members-sync:reviewed ";
var RECORD_BUDGET = 4e3;
var VERSION = 2;
function textDigest(markdown) {
  return createHash("sha256").update(markdown.trimEnd()).digest("base64url");
}
function recordLine(of, visible) {
  const { plan, shown, named } = of;
  const words = new Map(shown.changes.map((change) => [publishedDigest(change, named), changeWords(change)]));
  const digests = plan.changes.map((change) => publishedDigest(change, named));
  const base = {
    v: VERSION,
    plan: planDigest(plan, named),
    config: configDigest(of.config),
    shown: textDigest(visible),
    ...named ? { redacted: true } : {}
  };
  const unnamedWords = new Map(
    plan.changes.filter((change) => isUnnamed(change, named)).map((change) => [publishedDigest(change, named), unnamedChangeWords(change)])
  );
  const candidates = [
    { ...base, changes: digests.map((d) => [d, words.get(d) ?? unnamedWords.get(d) ?? "a change"]) },
    { ...base, changes: digests.map((d) => [d, ""]) }
  ];
  const line = (record) => `${PREFIX}${JSON.stringify(record).replace(/>/g, "\\u003e")} -->`;
  return candidates.map(line).find((text) => text.length <= RECORD_BUDGET) ?? line(base);
}
function reviewedPlanOf(comment2, pull) {
  if (comment2.editedBy !== void 0)
    return { untrusted: `its comment was last edited by ${comment2.editedBy}, not by this action, so it holds no reviewed plan` };
  const line = recordLineOf(comment2.body);
  if (!line) return {};
  const data = parse(line);
  if (!data) return { untrusted: "its hidden record is garbled, so it holds no reviewed plan" };
  if (data.v !== VERSION)
    return {
      untrusted: "its hidden record was written by an earlier version of this action, which this one does not trust: plan again"
    };
  if (statusWordOf(comment2.body) === "Planned") {
    const shown = earlierPlan(comment2.body);
    if (!shown || textDigest(shown.markdown) !== data.shown)
      return { untrusted: "its hidden record does not belong to the plan the comment shows, so it holds no reviewed plan" };
  }
  return {
    reviewed: {
      pull,
      digest: data.plan,
      config: data.config,
      redacted: data.redacted === true,
      ...data.changes ? { changes: data.changes } : {}
    }
  };
}
function parse(line) {
  let data;
  try {
    data = JSON.parse(line.slice(PREFIX.length, line.lastIndexOf(" -->")));
  } catch {
    return void 0;
  }
  if (typeof data !== "object" || data === null) return void 0;
  const record = data;
  const digest = (value) => typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
  if (record.v !== VERSION) return { v: typeof record.v === "number" ? record.v : 1, plan: "", config: "", shown: "" };
  if (!digest(record.plan) || !digest(record.config) || !digest(record.shown)) return void 0;
  const changes = record.changes;
  if (changes !== void 0) {
    if (!Array.isArray(changes)) return void 0;
    for (const entry of changes)
      if (!Array.isArray(entry) || entry.length !== 2 || !digest(entry[0]) || typeof entry[1] !== "string") return void 0;
  }
  return record;
}
function recordLineOf(body) {
  return body.split("\n").find((line) => line.startsWith(PREFIX));
}
function changeWords(change) {
  return `${verb(change)} ${change.email}`;
}
function unnamedChangeWords(change) {
  return `${verb(change)} a member not in the file`;
}
function verb(change) {
  return {
    update: "update of",
    invite: "invitation of",
    reinvite: "new invitation of",
    remove: "removal of",
    conflict: "conflict of"
  }[change.kind];
}

// src/publish/publication.ts
var TITLE = "sentry-members-sync";
function publish(report) {
  const scene = sceneOf(report);
  if (report.validateOnly) return validation(scene);
  const { outcome } = report;
  switch (outcome.kind) {
    case "planned":
      return planned(scene, outcome);
    case "guard-refused":
    case "unreviewed":
      return refused(scene, outcome);
    case "applied":
      return applied(scene, outcome);
    default:
      return failed(scene, outcome);
  }
}
function redacts(settings, event) {
  return settings.redact === "auto" ? event.publicRepository : settings.redact;
}
function sceneOf(report) {
  const { settings, event, config } = report;
  const redact = redacts(settings, event);
  const sha = event.headSha ?? event.sha;
  const failures = failureList(report.outcome);
  return {
    report,
    redact,
    listed: (email) => config?.members.has(email.toLowerCase()) ?? false,
    links: linksFor(report),
    ...sha ? {
      commit: {
        sha,
        ...event.repo ? { url: `${event.serverUrl}/${event.repo.owner}/${event.repo.repo}/commit/${sha}` } : {}
      }
    } : {},
    onPullRequest: event.pullRequest !== void 0 && isPullRequestEventName(event.name),
    failures: failures.map((failure) => describe(failure, report.words)),
    explained: failures.map((failure) => describe(failure, { ...report.words, listed: "listed below" }))
  };
}
function failureList(outcome) {
  return outcome.kind === "error" ? [outcome] : failuresOf(outcome);
}
function describe(failure, words) {
  return failure.kind === "error" ? describeError(failure.error, words) : describeFailure(failure, words);
}
function linksFor(report) {
  const { event, settings } = report;
  const sha = event.headSha ?? event.sha;
  const path = settings.configDisplayPath;
  const sentry = `${settings.sentryUrl.origin}${settings.sentryUrl.pathname.replace(/\/+$/, "")}`;
  const organization = report.organization;
  const repo = event.repo;
  return {
    ...repo && sha && settings.configInWorkspace ? {
      line: (line, file) => `${event.serverUrl}/${repo.owner}/${repo.repo}/blob/${sha}/${file ?? path}#L${line}`
    } : {},
    ...organization ? {
      member: (id) => `${sentry}/settings/${encodeURIComponent(organization)}/members/${encodeURIComponent(id)}/`
    } : {}
  };
}
function status(scene, fields) {
  const { report } = scene;
  return {
    ...fields,
    ...scene.commit ? { commit: scene.commit } : {},
    ...report.event.runUrl ? { runUrl: report.event.runUrl } : {},
    at: report.now
  };
}
var UNREDACTED = {
  level: "warning",
  title: `${TITLE}: public repository`,
  message: 'This repository is public and redact is false: the log, job summary and comment name members the config file does not list and show their Sentry display names to anyone. Remove "redact: false" to count them instead.'
};
function publication(scene, parts) {
  const { report } = scene;
  const reads = report.github?.failures ?? [];
  const unredacted = !report.validateOnly && !scene.redact && report.event.publicRepository;
  return {
    files: parts.files ?? [],
    log: parts.log ?? [],
    annotations: [
      ...parts.annotations ?? [],
      ...unredacted ? [UNREDACTED] : [],
      ...reads.map((message) => ({ level: "warning", title: `${TITLE}: GitHub`, message: escapeInvisible(message) }))
    ],
    outputs: parts.outputs ?? {},
    summary: parts.summary,
    github: parts.github ?? [],
    failures: scene.failures
  };
}
function validation(scene) {
  const { report } = scene;
  const { outcome, settings } = report;
  const problems = outcome.kind === "invalid-config" ? outcome.problems : report.warnings ?? [];
  const annotations = problemAnnotations(problems);
  if (report.config) annotations.push(configValid(report.config, settings.configDisplayPath));
  if (report.config && report.validateOnly === "no-token")
    annotations.push({
      level: "notice",
      title: `${TITLE}: validated only`,
      message: `No Sentry token, so the config was only validated and no ${report.mode} was made. Set the "sentry-token" input (a user auth token with member:read for plans, member:admin for applies, e.g. from a secret). Pull requests from forks get no secrets: their plan appears once the change is on a branch of this repository.`
    });
  return publication(scene, {
    annotations,
    summary: validationMarkdown(settings.configDisplayPath, problems, report.config)
  });
}
function configValid(config, file) {
  return { level: "notice", title: `${TITLE}: config valid`, message: describeConfig(config), file };
}
function problemAnnotations(problems) {
  return problems.map((problem) => ({
    level: problem.severity === "error" ? "error" : "warning",
    title: problem.severity === "error" ? `${TITLE}: invalid config` : `${TITLE}: config warning`,
    message: formatProblem(problem),
    file: problem.file,
    ...problem.line === void 0 ? {} : { line: problem.line },
    ...problem.column === void 0 ? {} : { column: problem.column }
  }));
}
function shownPlan(scene, plan, drift) {
  const shown = scene.redact ? publicPlan(plan, scene.listed) : plan;
  const hidden = scene.redact && drift ? plan.changes.filter((c) => !scene.listed(c.email) && drift.has(changeDigest(c))) : [];
  const hiddenDrift = {
    removals: hidden.filter((c) => c.kind === "remove").length,
    updates: hidden.filter((c) => c.kind !== "remove").length
  };
  return { shown, hiddenDrift };
}
function listedOf(scene) {
  return scene.redact ? scene.listed : void 0;
}
function planned(scene, outcome) {
  const { report } = scene;
  const { plan, drift } = outcome;
  const { shown, hiddenDrift } = shownPlan(scene, plan, drift);
  const forecast = {
    onPullRequest: scene.onPullRequest,
    ...outcome.wouldRefuse ? { refusal: outcome.wouldRefuse } : {}
  };
  const notice = scene.onPullRequest ? report.baseNotice : void 0;
  const viewOptions = {
    ...drift ? { drift, hiddenDrift } : {},
    ...notice ? { notice } : {},
    forecast
  };
  const view = planView(shown, viewOptions);
  const waiting = awaitingApproval(plan);
  const attention = plan.blocked.length > 0 || outcome.wouldRefuse || outcome.mode === "check" && plan.changes.length > 0 || waiting > 0;
  const planStatus = status(scene, {
    mark: attention ? "attention" : "ok",
    word: "Planned",
    what: `${planTitle(shown)}${waiting > 0 ? `; ${plural(waiting, "owner or manager grant", "owner and manager grants")} ${waiting === 1 ? "awaits" : "await"} an approval` : ""}${outcome.wouldRefuse ? `; ${forecast.onPullRequest ? "merging" : "an apply"} would be refused (${outcome.wouldRefuse.guard})` : ""}`,
    readAt: outcome.readAt
  });
  const body = { status: planStatus, view, links: scene.links, ...fullAt(report) };
  const github = [];
  const targets = commentTargets(scene, report.organization);
  if (targets && scene.onPullRequest) {
    const { config } = report;
    const record = (text) => config ? recordLine({ plan, shown, named: listedOf(scene), config }, text) : void 0;
    for (const target of targets)
      github.push(
        ...comment(
          scene,
          target,
          planComment(target.marker, record, { ...body, commit: scene.commit?.sha ?? "", readAt: outcome.readAt }),
          "Posting the plan"
        )
      );
  }
  if (outcome.mode === "check")
    github.push(...driftIssue(scene, plan, { kind: "found", view: planView(shown, { forecast }) }, outcome.readAt));
  return publication(scene, {
    ...planOutputs(report, plan),
    log: [statusText(planStatus), planText(shown, viewOptions)],
    annotations: [...validNotice(report), ...planAnnotations(shown), ...baseNotice(scene)],
    summary: summaryBody(planStatus, (limit) => viewMarkdown(view, { limit, links: scene.links })),
    github
  });
}
function fullAt(report) {
  return report.event.runUrl ? { fullAt: report.event.runUrl } : {};
}
function validNotice(report) {
  return report.config ? [configValid(report.config, report.settings.configDisplayPath)] : [];
}
function baseNotice(scene) {
  const notice = scene.report.baseNotice;
  return notice && scene.onPullRequest ? [{ level: "notice", title: `${TITLE}: pull request and drift together`, message: notice }] : [];
}
function planOutputs(report, plan) {
  const file = report.planFile;
  return {
    files: file ? [{ path: file, text: `${JSON.stringify(planJson(plan), null, 2)}
` }] : [],
    outputs: {
      ...file ? { plan: file } : {},
      changes: String(plan.changes.length),
      "has-changes": String(plan.changes.length > 0)
    }
  };
}
function planAnnotations(plan) {
  return [
    ...plan.blocked.flatMap(({ change, reasons }) => {
      const line = "line" in change ? change.line : void 0;
      const message = escapeInvisible(`${changeHeading(change).slice(2)} is blocked: ${describeReasons(reasons).join("; ")}`);
      const own = { file: ("file" in change ? change.file : void 0) ?? plan.config, ...line ? { line } : {} };
      const elsewhere = changePlaces(change).filter((place) => place !== void 0);
      const places = [own, ...elsewhere].filter(
        (place, index, all) => all.findIndex((other) => other.file === place.file && other.line === place.line) === index
      );
      return places.map((place) => ({ level: "error", title: `${TITLE}: blocked change`, message, ...place }));
    }),
    ...plan.warnings.map(
      (warning) => ({
        level: "warning",
        title: `${TITLE}: warning`,
        message: warning.message,
        file: warning.file ?? plan.config,
        ...warning.line ? { line: warning.line } : {}
      })
    )
  ];
}
function trustedRecord(comment2, pull) {
  const line = recordLineOf(comment2.body);
  return line && pull !== void 0 && reviewedPlanOf(comment2, pull).reviewed ? { record: line } : {};
}
function commentTargets(scene, organization) {
  const { report } = scene;
  const { github, settings } = report;
  if (!settings.comment || !github || github.pull === void 0 || !github.comments) return void 0;
  const config = settings.configDisplayPath;
  const mine = github.comments.flatMap((comment2) => {
    const marker = markerOf(comment2.body);
    return marker?.kind === "plan" && marker.config === config ? [{ ...comment2, marker }] : [];
  });
  if (organization) {
    const marker = stickyMarker("plan", organization, config);
    const found = mine.find((c) => c.marker.organization === organization) ?? mine.find((c) => c.marker.organization === "");
    return [{ marker, ...found ? { id: found.id, previous: found.body, ...trustedRecord(found, github.pull) } : {} }];
  }
  if (mine.length === 0) return [{ marker: stickyMarker("plan", void 0, config) }];
  return mine.map((c) => ({ marker: c.marker.line, id: c.id, previous: c.body, ...trustedRecord(c, github.pull) }));
}
function comment(scene, target, body, what) {
  const pull = scene.report.github?.pull;
  if (pull === void 0 || target.previous === body) return [];
  return [{ kind: "comment", pull, id: target.id, body, what: `${what} on pull request #${pull}` }];
}
function keepsDriftIssue(settings, eventName, mode) {
  return settings.driftIssue && settings.comment && (mode === "apply" || mode === "check") && eventName !== "push" && !isPullRequestEventName(eventName);
}
function driftIssue(scene, plan, story, readAt) {
  const { report } = scene;
  if (!report.github || !keepsDriftIssue(report.settings, report.event.name, report.mode)) return [];
  const marker = stickyMarker("drift", plan.organization, plan.config);
  const found = report.github?.driftIssue;
  if (found === void 0) return [];
  const open = found === "none" ? void 0 : found;
  const title = `Sentry membership drift: ${plan.organization}`;
  const drift = plan.changes.length + plan.blocked.length;
  const when2 = readableTime(report.now);
  const at = (extra) => status(scene, { ...extra, readAt });
  if (drift === 0) {
    if (!open) return [];
    const closed = at({ mark: "ok", word: "No drift", what: `${plan.organization} matches ${plan.config}: closed` });
    return [
      {
        kind: "issue",
        number: open.number,
        title,
        body: driftClosedBody(marker, closed, open.body),
        state: "closed",
        what: "Closing the drift issue"
      }
    ];
  }
  const between = `between ${plan.config} and Sentry`;
  const counted = plural(drift, "change");
  let issueStatus;
  let intro;
  switch (story.kind) {
    case "found":
      issueStatus = at({ mark: "attention", word: "Found", what: `${counted} ${between}, not corrected (this run only checks)` });
      intro = `## Found ${counted} on ${when2}, not corrected

Sentry differs from ${codeSpan(plan.config)}; this run only checks (mode \`check\`). An apply would make these changes:
`;
      break;
    case "refused":
      issueStatus = at({ mark: "failed", word: "Refused", what: `${counted} ${between}, not corrected: the apply was refused` });
      intro = `## Found ${counted} on ${when2}, not corrected: the apply was refused

${escapeMarkdown(story.why)}
`;
      break;
    case "corrected": {
      const counts = resultCounts(story.full);
      const state = resultState(counts);
      const total = resultTotal(counts);
      const word = state === "applied" ? "Corrected" : state === "partly applied" ? "Partly corrected" : "Not corrected";
      const left = [
        counts.failed ? `${counts.failed} failed` : "",
        counts.blocked ? `${counts.blocked} blocked` : "",
        deferredWords(counts) ?? ""
      ].filter((part) => part !== "").join(", ");
      const done = state === "applied" ? plural(counts.applied, "change") : `${counts.applied} of ${plural(total, "change")}`;
      issueStatus = at({
        mark: state === "applied" ? "ok" : state === "partly applied" ? "attention" : "failed",
        word,
        what: `${done} ${between}${left ? ` (${left})` : ""}`
      });
      intro = `## Corrected ${done} on ${when2}${left ? `: ${left}` : ""}

Sentry differed from ${codeSpan(plan.config)}; this run put back what the file says. Each member links to its line in the file and its page in Sentry.
`;
      break;
    }
  }
  const body = driftIssueBody(marker, intro, {
    status: issueStatus,
    view: story.view,
    links: scene.links,
    title: false,
    ...fullAt(report)
  });
  return [{ kind: "issue", number: open?.number, title, body, state: "open", what: "Updating the drift issue" }];
}
function failed(scene, outcome) {
  const { report } = scene;
  const problems = outcome.kind === "invalid-config" ? outcome.problems : outcome.kind === "unknown-teams" || outcome.kind === "github-teams" ? scene.redact ? outcome.publicProblems : outcome.problems : [];
  const config = report.settings.configDisplayPath;
  const failedStatus = status(scene, {
    mark: "failed",
    word: "Failed",
    what: failedWhat(scene, outcome),
    ...outcome.kind === "unknown-teams" || outcome.kind === "github-teams" ? { readAt: outcome.readAt } : {}
  });
  const merge = isMergeApply(report);
  const title = merge ? `${TITLE} did not apply the merge${report.organization ? ` to ${report.organization}` : ""}` : `${TITLE}: no plan for ${report.organization ?? config}`;
  const explain = (limit) => {
    const head2 = `## ${escapeMarkdown(title)}

${paragraphs(scene.explained)}`;
    const table = problems.length > 0 ? `
${problemsTable(problems, { ...lineLink(scene), limit: limit - head2.length - 2 })}
` : "";
    return `${head2}${table}`;
  };
  const github = [];
  const targets = commentTargets(scene, report.organization);
  for (const target of targets ?? []) {
    const earlier = target.previous ? earlierPlan(target.previous) : void 0;
    const why = merge ? "the plan reviewed here, not applied" : "this run failed, so it may not be what merging does now";
    const body = failureComment(
      target.marker,
      failedStatus,
      explain,
      earlier ? { plan: earlier, why } : void 0,
      merge ? target.record : void 0
    );
    github.push(...comment(scene, target, body, merge ? "Reporting the failed apply" : "Posting the failed plan"));
  }
  const warnings = outcome.kind === "read-failed" || outcome.kind === "error" ? report.warnings ?? [] : [];
  return publication(scene, {
    log: [statusText(failedStatus)],
    annotations: [
      ...outcome.kind === "read-failed" || outcome.kind === "error" ? validNotice(report) : [],
      ...problemAnnotations([...problems, ...warnings])
    ],
    summary: summaryBody(failedStatus, (limit) => `${explain(limit)}${githubReads(scene)}`),
    github
  });
}
function paragraphs(lines) {
  const sentence = (line) => `${/^[a-z]+ /.test(line) ? `${line.charAt(0).toUpperCase()}${line.slice(1)}` : line}${/[.!?]$/.test(line) ? "" : "."}`;
  return lines.map((line) => `${escapeMarkdown(sentence(line))}
`).join("\n");
}
function failedWhat(scene, outcome) {
  const config = scene.report.settings.configDisplayPath;
  switch (outcome.kind) {
    case "invalid-config": {
      const errors = outcome.problems.filter((problem) => problem.severity === "error").length;
      return `${config} has ${plural(errors, "error")}`;
    }
    case "unknown-teams":
      return `${config} names ${plural(outcome.problems.length, "team")} that ${scene.report.organization ?? "the organization"} does not have`;
    case "github-teams":
      return `${config} follows ${plural(outcome.teams, "GitHub team")} that cannot be read; nothing was written`;
    case "read-failed":
      return `reading Sentry failed${sentryCall(outcome.error)}; nothing was written`;
    case "validated":
      return "no plan was made";
    case "error": {
      const message = describeError(outcome.error, scene.report.words);
      return message.length > 160 ? `${message.slice(0, 157)}...` : message;
    }
  }
}
function sentryCall(error) {
  const call = error;
  if (typeof call.method !== "string" || typeof call.path !== "string" || typeof call.status !== "number") return "";
  return ` (${call.method} ${call.path.split("?")[0]}: ${call.status === 0 ? "no response" : `HTTP ${call.status}`})`;
}
function lineLink(scene) {
  const line = scene.links.line;
  return line ? { line: (at, file) => line(at, file) } : {};
}
function githubReads(scene) {
  const reads = scene.report.github?.failures ?? [];
  return reads.length === 0 ? "" : `
> [!WARNING]
${reads.map((read) => `> ${escapeMarkdown(read)}`).join("\n>\n")}
`;
}
function onMergedPull(scene, organization, what, body) {
  if (!isMergeApply(scene.report)) return [];
  return (commentTargets(scene, organization) ?? []).flatMap(
    (target) => comment(scene, target, body(target.marker, target.record), what)
  );
}
function isMergeApply(report) {
  return report.mode === "apply" && report.event.name === "push";
}
function refused(scene, outcome) {
  const { report } = scene;
  const { plan } = outcome;
  const { shown } = shownPlan(scene, plan, void 0);
  const why = outcome.kind === "guard-refused" ? refusalWords(outcome.refusal) : outcome.review.scheduled ? "which changes of the config were applied on merge could not be read" : outcome.review.unreadable ? "the reviewed plan could not be read" : outcome.review.untrusted ? `the plan comment${outcome.review.pull === void 0 ? "" : ` on #${outcome.review.pull}`} cannot be trusted` : !outcome.review.found ? `no reviewed plan was found${outcome.review.pull === void 0 ? "" : ` on #${outcome.review.pull}`}` : `the plan differs from the one reviewed on #${outcome.review.pull}`;
  const refusedStatus = status(scene, {
    mark: "failed",
    word: "Refused",
    what: `${why}; nothing was written`,
    readAt: outcome.readAt
  });
  const review = outcome.kind === "unreviewed" && !outcome.review.scheduled ? outcome.review : void 0;
  const view = withLead(planView(shown), review ? reviewSections(review, plan.config, listedOf(scene)) : []);
  const lead = reviewMarkdown(review);
  const intro = `## ${TITLE} did not apply ${isMergeApply(report) ? "the merge " : ""}to ${escapeMarkdown(plan.organization)}

${paragraphs(scene.explained)}${lead ? `
${lead}` : ""}`;
  const body = {
    status: refusedStatus,
    view,
    links: scene.links,
    title: `The plan that was not applied: ${view.title}`,
    ...fullAt(report)
  };
  const github = [
    ...onMergedPull(
      scene,
      plan.organization,
      "Reporting the refused apply",
      (marker, record) => refusedComment(marker, record, intro, body)
    ),
    ...driftIssue(scene, plan, { kind: "refused", view, why: scene.failures.join(" ") }, outcome.readAt)
  ];
  const { files, outputs } = planOutputs(report, plan);
  return publication(scene, {
    files,
    outputs: { ...outputs, applied: "0", failed: "0" },
    log: [statusText(refusedStatus), planText(shown)],
    annotations: [...validNotice(report), ...planAnnotations(shown)],
    summary: refusedBody(`${statusMarkdown(refusedStatus)}
`, intro, body, SUMMARY_LIMIT),
    github
  });
}
function applied(scene, outcome) {
  const { report } = scene;
  const { plan, result, review, waiting } = outcome;
  const { shown } = shownPlan(scene, plan, void 0);
  const listed = listedOf(scene);
  const lead = [
    ...review ? reviewSections(review, plan.config, listed) : [],
    ...waiting ? waitingSections(waiting, plan.config, listed) : []
  ];
  const shownResult = scene.redact ? publicResult(result, scene.listed) : result;
  const counts = resultCounts(result);
  const state = resultState(counts);
  const total = resultTotal(counts);
  const unreviewed = review !== void 0 && !matchesReview(review);
  const left = [
    counts.failed ? `${counts.failed} failed` : "",
    counts.blocked ? `${counts.blocked} blocked` : "",
    counts.skipped ? `${counts.skipped} not needed` : "",
    deferredWords(counts) ?? "",
    unreviewed ? "not the reviewed plan" : ""
  ].filter((part) => part !== "");
  if (waiting) left.push(`${waiting.changes.length} waiting for review`);
  const applyStatus = status(scene, {
    mark: state === "failed" ? "failed" : state === "partly applied" || unreviewed || waiting ? "attention" : "ok",
    word: state === "applied" ? "Applied" : state === "partly applied" ? "Partly applied" : "Failed",
    what: `${state === "applied" ? plural(counts.applied, "change") : `${counts.applied} of ${plural(total, "change")}`} to ${plan.organization}${left.length > 0 ? ` (${left.join(", ")})` : ""}`,
    readAt: outcome.readAt
  });
  const view = withLead(resultView(shownResult, result, shown), lead);
  const body = { status: applyStatus, view, links: scene.links, ...fullAt(report), ...review ? { review } : {} };
  const corrected = withLead(resultView(shownResult, result, shown, { applied: "Corrected" }), lead);
  const github = [
    ...onMergedPull(scene, plan.organization, "Reporting the apply", (marker, record) => resultComment(marker, record, body)),
    ...driftIssue(scene, plan, { kind: "corrected", view: corrected, full: result }, outcome.readAt)
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
      ...review && unreviewed ? [unreviewedWarning(review, listed)] : [],
      ...waiting ? [waitingWarning(waiting, plan.config, listed)] : []
    ],
    summary: summaryBody(
      applyStatus,
      (limit) => resultMarkdown({ status: applyStatus, view, links: scene.links, ...review ? { review } : {} }, limit)
    ),
    github
  });
}
function runWarnings(outcome) {
  return warningsOf(outcome).map((warning) => ({
    level: "warning",
    title: `${TITLE}: invitations deferred`,
    message: describeWarning(warning)
  }));
}
function failedWrites(result) {
  return result.failed.map((failure) => ({
    level: "error",
    title: `${TITLE}: write failed`,
    message: escapeInvisible(`${changeHeading(failure.change).slice(2)} failed: ${failure.error}`)
  }));
}
function someEmails(changes, listed) {
  const named = changes.filter((change) => !listed || listed(change.email)).map((change) => change.email);
  const unnamed = changes.length - named.length;
  const first = named.slice(0, 10);
  const more = named.length - first.length + unnamed;
  return [
    ...first,
    ...more > 0 ? [
      `${plural(more, first.length > 0 ? "other" : "member", first.length > 0 ? "others" : "members")}${unnamed > 0 ? " not named here" : ""}`
    ] : []
  ].join(", ");
}
function unreviewedWarning(review, listed) {
  const added = someEmails(review.added, listed);
  const message = review.unreadable ? `The reviewed plan could not be read from GitHub (${review.unreadable}): applied without it (reviewed-plan: warn).` : review.untrusted ? `The plan comment${review.pull === void 0 ? "" : ` on #${review.pull}`} cannot be trusted (${review.untrusted}): applied without a reviewed plan (reviewed-plan: warn).` : !review.found ? `No reviewed plan was found${review.pull === void 0 ? " (a direct push)" : ` on #${review.pull}`}: applied without one (reviewed-plan: warn).` : `Applied changes that were not in the plan reviewed on #${review.pull} (reviewed-plan: warn): ${review.added.length} added${added ? ` (${added})` : ""}, ${review.dropped.length} dropped since the review.`;
  return { level: "warning", title: `${TITLE}: not the reviewed plan`, message: escapeInvisible(message) };
}
function waitingWarning(waiting, config, listed) {
  const commits = waiting.notApplied.slice(0, 5).map((c) => `${c.commit.slice(0, 7)}${c.pull === void 0 ? "" : ` (#${c.pull})`}`).join(", ");
  const why = waiting.why ? `${waiting.why}, so every change of ${config} waits` : `the last config an apply on merge applied is the one at ${waiting.since?.slice(0, 7)}${commits ? `; not applied since: ${commits}${waiting.notApplied.length > 5 ? ` and ${waiting.notApplied.length - 5} more` : ""}` : ""}`;
  return {
    level: "warning",
    title: `${TITLE}: waiting for review`,
    message: escapeInvisible(
      `${plural(waiting.changes.length, "change")} not made (${someEmails(waiting.changes, listed)}): reviewed-plan is require, and ${why}. To make them, open a pull request that touches ${config}, so that its plan (which shows them) is reviewed, and merge it; or run this workflow by hand with mode apply and reviewed-plan warn.`
    )
  };
}

// src/action/event.ts
import { readFileSync } from "node:fs";
function readEvent(env = process.env) {
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch {
      payload = {};
    }
  }
  const defaultBranch = payload.repository?.default_branch;
  const pullRequest = payload.pull_request?.number;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  return {
    name: env.GITHUB_EVENT_NAME ?? "",
    ref: env.GITHUB_REF ?? "",
    sha: env.GITHUB_SHA ?? "",
    defaultBranch: typeof defaultBranch === "string" ? defaultBranch : void 0,
    pullRequest: typeof pullRequest === "number" ? pullRequest : void 0,
    repo: owner && repo ? { owner, repo } : void 0,
    runUrl: owner && repo && env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : void 0,
    serverUrl,
    headSha: typeof payload.pull_request?.head?.sha === "string" ? payload.pull_request.head.sha : void 0,
    baseSha: typeof payload.pull_request?.base?.sha === "string" ? payload.pull_request.base.sha : void 0,
    publicRepository: !(payload.repository?.private === true || payload.repository?.visibility === "private" || payload.repository?.visibility === "internal")
  };
}
function resolveMode(mode, event) {
  if (mode !== "auto") return mode;
  if (event.name === "schedule") return "apply";
  if (event.name === "push" && event.defaultBranch !== void 0 && event.ref === `refs/heads/${event.defaultBranch}`)
    return "apply";
  return "plan";
}
function isPullRequestEvent(event) {
  return isPullRequestEventName(event.name);
}
function approvalRun(event, merged) {
  if (isPullRequestEvent(event) && event.pullRequest !== void 0)
    return { kind: "pull-request", pull: event.pullRequest, ...event.headSha ? { head: event.headSha } : {} };
  if (event.name === "push" && event.sha)
    return {
      kind: "push",
      commit: event.sha,
      ...merged.pull !== void 0 ? { pull: merged.pull } : {},
      ...merged.unreadable !== void 0 ? { unreadable: merged.unreadable } : {}
    };
  return { kind: "other", run: event.name || "unknown" };
}

// src/action/inputs.ts
function inputName(name) {
  return name === SETTINGS.sentryToken.name ? `the Sentry token (input "${name}" or ${SETTINGS.sentryToken.env})` : `input "${name}"`;
}
var ACTION_WORDS = {
  setting: inputName,
  listed: "listed above and in the job summary",
  again: "push again",
  newToken: `update the secret that the "${SETTINGS.sentryToken.name}" input reads`
};
function readSettings2(input, env, mask) {
  const inputs = readSettings(INPUT_KEYS, {
    text: (_key, row) => input(row.name).trim() || (row.env ? env[row.env] : void 0),
    ...mask ? { mask } : {}
  });
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const inside = pathInside(workspace, inputs.config);
  return {
    ...inputs,
    workspace,
    configDisplayPath: inside ?? inputs.config,
    configInWorkspace: inside !== void 0
  };
}

export {
  stickyMarker,
  markerOf,
  ourComments,
  editedByOther,
  isOurIssue,
  statusWordOf,
  reviewedPlanOf,
  publish,
  redacts,
  keepsDriftIssue,
  readEvent,
  resolveMode,
  isPullRequestEvent,
  approvalRun,
  ACTION_WORDS,
  readSettings2 as readSettings
};
