import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);
import {
  validateConfig
} from "./chunk-N2QLBFKD.js";
import {
  require_dist
} from "./chunk-4CAWKI6C.js";
import {
  createSentryClient
} from "./chunk-BQECGS4T.js";
import {
  COMMANDS,
  EVERYONE,
  FLAG_KEYS,
  SETTINGS,
  SettingError,
  applyText,
  closest,
  configFiles,
  describeConfig,
  describeError,
  describeFailure,
  describeWarning,
  effectiveTeamRole,
  failuresOf,
  flagOf,
  formatProblem,
  minimumTeamRole,
  observe,
  organizationOf,
  ownFolder,
  pathInside,
  planJson,
  planOptions,
  planText,
  plural,
  readSameSlugTeams,
  readSetting,
  readSettings,
  resultJson,
  rowOf,
  runSentry,
  unfitWords,
  warningsOf,
  workspaceTree
} from "./chunk-MUDMVHDY.js";
import "./chunk-W7BKEMKW.js";
import {
  escapeInvisible
} from "./chunk-U5JTBAQL.js";
import {
  __toESM
} from "./chunk-Q4V4VID7.js";

// src/cli/main.ts
import { stat } from "node:fs/promises";
import path2 from "node:path";

// package.json
var package_default = {
  name: "sentry-members-sync",
  version: "2.1.1",
  description: "GitHub Action that keeps a Sentry organization's membership equal to a reviewed YAML file.",
  license: "MIT",
  private: true,
  type: "module",
  engines: {
    node: ">=24"
  },
  main: "dist/index.js",
  scripts: {
    build: "node scripts/build.ts",
    typecheck: "tsc --noEmit",
    lint: "biome check --error-on-warnings .",
    format: "biome check --write .",
    test: "vitest run --project unit",
    "test:e2e": "npm run build && vitest run --project e2e",
    validate: "node src/cli.ts validate",
    sim: "node src/sim/cli.ts",
    demo: "node src/demo.ts",
    bench: "node bench/run.ts",
    cli: "node dist/cli/index.js"
  },
  devDependencies: {
    "@action-validator/core": "0.6.0",
    "@biomejs/biome": "2.6.8",
    "@octokit/graphql-schema": "15.26.1",
    "@octokit/openapi": "23.0.2",
    "@types/node": "24.19.4",
    "@vitest/coverage-v8": "5.1.1",
    "ajv-formats": "3.0.1",
    esbuild: "0.28.2",
    "fast-check": "4.11.0",
    graphql: "16.15.0",
    node: "24.21.0",
    typescript: "6.0.3",
    vitest: "5.1.1"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    ajv: "^8.20.0",
    bottleneck: "^2.19.5",
    "js-yaml": "^5.5.0",
    undici: "^8.13.1",
    yaml: "^2.9.1"
  },
  allowScripts: {
    node: true,
    esbuild: false
  },
  bin: {
    "sentry-members-sync": "dist/cli/index.js"
  },
  overrides: {
    undici: "$undici"
  }
};

// src/export/export.ts
var import_yaml = __toESM(require_dist(), 1);
var SCHEMA_URL = `https://raw.githubusercontent.com/sentry-members-sync/sentry-members-sync/v${package_default.version}/schema/sentry-members.schema.json`;
function exportConfig(state, options = {}) {
  const following = options.following;
  const byTeams = options.layout === "teams";
  const inline = byTeams && options.sections !== false;
  const members = {};
  const sorted = [...state.members].sort((a, b) => a.email.toLowerCase() < b.email.toLowerCase() ? -1 : 1);
  const counts = /* @__PURE__ */ new Map();
  for (const member of sorted) counts.set(member.email.toLowerCase(), (counts.get(member.email.toLowerCase()) ?? 0) + 1);
  const shared = [];
  for (const member of sorted) {
    const teams = teamsOf(member, state.teamRoles, following);
    if ((counts.get(member.email.toLowerCase()) ?? 0) > 1) {
      const shown2 = Array.isArray(teams) ? `[${teams.join(", ")}]` : `{${Object.entries(teams).map(([team, role]) => `${team}: ${role}`).join(", ")}}`;
      shared.push(
        ` ${member.email}: {role: ${member.orgRole}, teams: ${shown2}}  # id ${member.id}${member.pending ? ", pending invite" : ""}`
      );
      continue;
    }
    members[member.email.toLowerCase()] = byTeams ? member.orgRole : { role: member.orgRole, teams };
  }
  const followed = following ? Object.fromEntries([...following.sections].sort(([a], [b]) => a < b ? -1 : 1)) : {};
  const doc = new import_yaml.Document({
    organization: state.organization,
    unlisted: "report",
    missing: "report",
    ...following && following.people.size > 0 ? { people: Object.fromEntries(following.people) } : {},
    members,
    ...inline ? { teams: sectionsOf(state, new Set(Object.keys(members)), following) } : !byTeams && Object.keys(followed).length > 0 ? { teams: followed } : {}
  });
  const membersNode = doc.get("members", true);
  if ((0, import_yaml.isMap)(membersNode)) {
    for (const pair of membersNode.items) {
      const teams = (0, import_yaml.isMap)(pair.value) ? pair.value.get("teams", true) : void 0;
      if ((0, import_yaml.isSeq)(teams)) teams.flow = true;
    }
  }
  flowSections(doc);
  const pending = state.members.filter((member) => member.pending).length;
  doc.commentBefore = [
    ` yaml-language-server: $schema=${options.schema ?? SCHEMA_URL}`,
    "",
    ` Exported from the Sentry organization "${state.organization}" by sentry-members-sync${options.now ? ` on ${options.now}` : ""}:`,
    ...byTeams && !inline ? [
      ` ${state.members.length} members, ${pending} of them pending invitations; each team's roster is in`,
      " teams/<slug>.yml beside this file. Commit the directory and name it in `config`: read as",
      " one config, a plan on it is empty until the files or the organization change."
    ] : [
      ` ${state.members.length} members, ${pending} of them pending invitations. Review it and commit it as`,
      " sentry-members.yml: a plan on it is empty until the file or the organization changes."
    ],
    ...following && following.sections.size > 0 ? [
      ` ${following.sections.size === 1 ? "1 team follows its GitHub team" : `${following.sections.size} teams follow their GitHub team`} of the same slug (github-team): a change`,
      " of that GitHub team changes the Sentry team. people maps their GitHub logins to emails."
    ] : []
  ].join("\n");
  const comments = [
    ...shared.length > 0 ? [
      " These Sentry members share an email with another member (compared case-insensitively), so",
      " the file cannot tell them apart: resolve it in Sentry (remove the duplicate account or",
      " invitation), then export again or move the one that stays into members.",
      ...shared
    ] : [],
    ...unfitComment(state)
  ];
  if (comments.length > 0) doc.comment = comments.join("\n");
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
function unfitComment(state) {
  const unfit = state.unfit ?? [];
  if (unfit.length === 0) return [];
  return [
    " These Sentry members have no email this file can name, so they are not written above; a",
    " plan reports them by id and never writes to them (fix their email in Sentry, then export again):",
    ...unfit.map((record) => ` ${escapeInvisible(unfitWords(record))}`)
  ];
}
function exportFiles(state, options = {}) {
  const files = /* @__PURE__ */ new Map();
  files.set("org.yml", exportConfig(state, { ...options, layout: "teams", sections: false }));
  for (const [slug, section] of Object.entries(sectionsOf(state, listedEmails(state), options.following))) {
    const doc = new import_yaml.Document({ teams: { [slug]: section } });
    flowSections(doc);
    doc.commentBefore = [
      ` yaml-language-server: $schema=${options.schema ?? SCHEMA_URL}`,
      "",
      ` The roster of team "${slug}" of "${state.organization}": managed as a whole (anyone else on the team`,
      " leaves it). Org roles come from org.yml; give this file to the team leads in CODEOWNERS."
    ].join("\n");
    files.set(`teams/${slug}.yml`, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  }
  return files;
}
function flowSections(doc) {
  const teamsNode = doc.get("teams", true);
  if (!(0, import_yaml.isMap)(teamsNode)) return;
  for (const pair of teamsNode.items) {
    if (!(0, import_yaml.isMap)(pair.value)) continue;
    for (const list2 of pair.value.items) if ((0, import_yaml.isSeq)(list2.value)) list2.value.flow = true;
  }
}
function listedEmails(state) {
  const counts = /* @__PURE__ */ new Map();
  for (const member of state.members) counts.set(member.email.toLowerCase(), (counts.get(member.email.toLowerCase()) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count === 1).map(([email]) => email));
}
function sectionsOf(state, listed, following) {
  const sections = {};
  for (const slug of [...state.teams.keys()].sort()) sections[slug] = { ...following?.sections.get(slug) };
  for (const member of [...state.members].sort((a, b) => a.email.toLowerCase() < b.email.toLowerCase() ? -1 : 1)) {
    const email = member.email.toLowerCase();
    if (!listed.has(email)) continue;
    for (const [slug, stored] of member.teams ?? []) {
      if (following?.sections.has(slug)) continue;
      const role = state.teamRoles ? stored : null;
      const list2 = role === "admin" ? "admins" : role === "contributor" ? "contributors" : "members";
      const section = sections[slug] ?? {};
      section[list2] = [...section[list2] ?? [], email];
      sections[slug] = section;
    }
  }
  return sections;
}
function teamsOf(member, teamRoles, following) {
  const teams = [...member.teams ?? []].filter(([slug]) => !following?.sections.has(slug)).sort(([a], [b]) => a < b ? -1 : 1);
  const explicit = teamRoles && minimumTeamRole(member.orgRole) === "contributor" && teams.some(([, role]) => role === "admin");
  if (!explicit) return teams.map(([slug]) => slug);
  return Object.fromEntries(teams.map(([slug, role]) => [slug, role === "admin" ? "admin" : "contributor"]));
}

// src/export/github-teams.ts
function followableTeams(state, read, listed) {
  const sections = /* @__PURE__ */ new Map();
  const people = /* @__PURE__ */ new Map();
  const differ = [];
  const rosters = /* @__PURE__ */ new Map();
  for (const member of state.members)
    for (const [slug, stored] of member.teams ?? []) {
      const roster = rosters.get(slug) ?? /* @__PURE__ */ new Map();
      roster.set(member.email.toLowerCase(), { role: state.teamRoles ? stored : null, orgRole: member.orgRole });
      rosters.set(slug, roster);
    }
  for (const slug of [...state.teams.keys()].sort()) {
    const members = read.teams.get(slug);
    if (!members) continue;
    const github = `${read.org}/${slug}`;
    const unmapped = members.filter((member) => !read.emails.has(member.login.toLowerCase())).map((member) => member.login);
    if (unmapped.length > 0) {
      differ.push({ team: slug, why: `${unmapped.length} of ${github} have no email: ${unmapped.slice(0, 5).join(", ")}` });
      continue;
    }
    const roster = rosters.get(slug) ?? /* @__PURE__ */ new Map();
    const fromGitHub = /* @__PURE__ */ new Map();
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
        ...missing.length > 0 ? [`${missing.length} on the Sentry team only`] : [],
        ...extra.length > 0 ? [`${extra.length} on ${github} only`] : [],
        ...unlisted.length > 0 ? [`${unlisted.length} sharing an email with another Sentry member`] : []
      ];
      differ.push({ team: slug, why: parts.join(", ") });
      continue;
    }
    const admins = [];
    const contributors = [];
    for (const [email, { maintainer }] of [...fromGitHub].sort(([a], [b]) => a < b ? -1 : 1)) {
      const sentry = roster.get(email);
      if (!sentry) continue;
      const implied = maintainer && state.teamRoles ? "admin" : null;
      const has = effectiveTeamRole(sentry.orgRole, sentry.role);
      if (effectiveTeamRole(sentry.orgRole, implied) === has) continue;
      (has === "admin" ? admins : contributors).push(email);
    }
    sections.set(slug, {
      "github-team": github,
      ...admins.length > 0 ? { admins } : {},
      ...contributors.length > 0 ? { contributors } : {}
    });
    for (const member of members) people.set(member.login, read.emails.get(member.login.toLowerCase()));
  }
  return { sections, people: new Map([...people].sort(([a], [b]) => a.toLowerCase().localeCompare(b.toLowerCase()))), differ };
}

// src/export/write.ts
import { lstat, mkdir, realpath, rm, writeFile } from "node:fs/promises";
import path from "node:path";
var ExportRefused = class extends Error {
  name = "ExportRefused";
};
function exportWrites(names, existing) {
  const wanted = new Set(names);
  return {
    replace: existing.filter((name) => wanted.has(name)),
    stale: existing.filter((name) => !wanted.has(name))
  };
}
async function safeTarget(out, name) {
  const target = path.resolve(out, name);
  if (pathInside(out, target) === void 0 || path.isAbsolute(name) || name.split(/[\\/]/).includes(".."))
    throw new ExportRefused(`"${name}" would be written outside ${out}: nothing was written`);
  const info = await lstat(target).catch(() => void 0);
  if (info?.isSymbolicLink())
    throw new ExportRefused(
      `${target} is a symbolic link: export does not write through links; remove it first. Nothing was written`
    );
  if (info && !info.isFile()) throw new ExportRefused(`${target} is not a file: nothing was written`);
  return target;
}
async function makeParents(out, target) {
  const folder = path.dirname(target);
  await mkdir(folder, { recursive: true });
  const [realOut, realFolder] = await Promise.all([realpath(out), realpath(folder)]);
  if (pathInside(realOut, realFolder) === void 0)
    throw new ExportRefused(`${folder} leads out of ${out} (a symbolic link): export writes only inside it`);
}
async function writeExportFile(file, text, force) {
  const target = await safeTarget(path.dirname(file), path.basename(file));
  const there = await lstat(target).catch(() => void 0);
  if (there && !force)
    throw new ExportRefused(
      `${file} exists: the export would replace it, and whatever was written in it (notes, comments) would be lost. Nothing was written: export to another file and compare, or pass --force to replace it`
    );
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  return { written: [file], removed: [] };
}
async function writeExportDirectory(dir, files, force) {
  const writes = [];
  for (const [name, text] of files) writes.push({ target: await safeTarget(dir, name), text });
  const existing = await existingConfigFiles(dir);
  const plan = exportWrites([...files.keys()], existing);
  if (!force && (plan.replace.length > 0 || plan.stale.length > 0)) {
    const parts = [
      plan.replace.length > 0 ? `it would replace ${list(plan.replace)} (whatever was written in them would be lost)` : "",
      plan.stale.length > 0 ? `${list(plan.stale)} ${plan.stale.length === 1 ? "is a config file" : "are config files"} the export does not write (a team Sentry no longer has, or a file of your own), which the next plan would read` : ""
    ].filter(Boolean);
    throw new ExportRefused(
      `${dir} already holds config files: ${parts.join("; and ")}. Nothing was written: export to an empty directory and compare, or pass --force to replace these files and remove the stale ones`
    );
  }
  const stale = plan.stale.map((name) => {
    const target = path.resolve(dir, name);
    if (pathInside(dir, target) === void 0) throw new ExportRefused(`"${name}" is outside ${dir}: nothing was written`);
    return target;
  });
  for (const { target, text } of writes) {
    await makeParents(dir, target);
    await writeFile(target, text);
  }
  for (const target of stale) await rm(target);
  return { written: [...files.keys()], removed: plan.stale };
}
async function existingConfigFiles(dir) {
  const info = await lstat(dir).catch(() => void 0);
  if (!info) return [];
  if (!info.isDirectory()) throw new ExportRefused(`${dir} is not a directory: nothing was written`);
  const set = await configFiles(workspaceTree(dir), "");
  if (set.kind !== "files") return [];
  return [...set.files.map((file) => file.path), ...set.problems.map((problem) => problem.file)].sort();
}
function list(names) {
  const shown2 = names.slice(0, 10).join(", ");
  return names.length > 10 ? `${shown2} and ${names.length - 10} more` : shown2;
}

// src/cli/arguments.ts
import { parseArgs } from "node:util";
var PROGRAM = "sentry-members-sync";
var UsageError = class extends Error {
  name = "UsageError";
  command;
  constructor(message, command) {
    super(message);
    this.command = command;
  }
};
function usageOf(error) {
  return `error: ${error.message}; see "${PROGRAM}${error.command ? ` ${error.command}` : ""} --help"`;
}
var COMMAND_TEXT = {
  validate: {
    argument: "[config]",
    does: 'Check the config alone; sends nothing to Sentry. A config is a file, a directory (every *.yml below it) or a glob ("sentry/**/*.yml").',
    fails: "invalid config"
  },
  plan: {
    argument: "[config]",
    does: "Read the organization and print what would change. Never writes.",
    fails: "invalid config, failed read or blocked change"
  },
  check: {
    argument: "[config]",
    does: "Like plan; exits 1 when anything would change (drift).",
    fails: "invalid config, failed read, blocked change or drift"
  },
  apply: {
    argument: "[config]",
    does: "Plan from the live state, then make the changes.",
    fails: "invalid config, failed read, blocked change, guard exceeded or failed write"
  },
  export: {
    argument: "[out]",
    does: "Write the live organization as a config file (to start from), to standard output or to the file named.",
    fails: "failed read or write"
  }
};
var ARGUMENT = {
  validate: "config",
  plan: "config",
  check: "config",
  apply: "config",
  export: "out"
};
var GITHUB_TOKEN = "GITHUB_TOKEN";
var TALKS_TO_SENTRY = ["plan", "check", "apply", "export"];
var SWITCHES = [
  {
    flag: "--json",
    help: 'Print the outcome as one JSON object on standard output: ok, the plan or result, problems ({file, line, column, severity, message}) and failures; {"ok": false, "error": ...} on every failure.'
  },
  { flag: "-V, --version", help: "Print the version." },
  { flag: "-h, --help", help: "Show this help." }
];
function nameOf(name) {
  const key = Object.keys(SETTINGS).find((candidate) => rowOf(candidate).name === name);
  if (key === void 0) return name;
  return flagOf(key) ?? rowOf(key).env ?? `"${name}"`;
}
var CLI_WORDS = {
  setting: nameOf,
  listed: "listed above",
  again: "run again",
  newToken: `export it in ${SETTINGS.sentryToken.env}`
};
function parseCommandLine(argv, env) {
  const end = argv.indexOf("--");
  const args = argv.map((arg, index) => arg === "-V" && (end < 0 || index < end) ? "--version" : arg);
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(
          FLAG_KEYS.map((key) => [
            flagOf(key)?.slice(2) ?? key,
            { type: rowOf(key).flag?.switch ? "boolean" : "string" }
          ])
        ),
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    }));
  } catch (error) {
    throw new UsageError(parseProblem(error, commandIn(argv)), commandIn(argv));
  }
  const json = values.json === true;
  const [first, second, third] = positionals;
  if (values.version) return { kind: "version", json };
  if (first === "help") {
    if (second !== void 0 && !isCommand(second)) throw unknownCommand(second);
    if (third !== void 0) throw new UsageError(`unexpected argument "${third}"`);
    return { kind: "help", text: helpText(second), json };
  }
  if (first !== void 0 && !isCommand(first)) throw unknownCommand(first);
  if (values.help) return { kind: "help", text: helpText(first), json };
  if (first === void 0) throw new UsageError(`a command is needed: ${COMMANDS.join(", ")}`);
  const command = first;
  if (third !== void 0) throw new UsageError(`unexpected argument "${third}"`, command);
  const flagText = (key) => {
    const value = values[flagOf(key)?.slice(2) ?? key];
    return value === true ? "true" : value;
  };
  for (const key of FLAG_KEYS) {
    const commands = SETTINGS[key].flag.commands;
    if (flagText(key) !== void 0 && !commands.includes(command))
      throw new UsageError(`${flagOf(key)} is not an option of ${command} (it is for ${commands.join(", ")})`, command);
  }
  const argument = ARGUMENT[command];
  if (second !== void 0 && flagText(argument) !== void 0)
    throw new UsageError(
      `the ${argument === "config" ? "config" : "output"} is given twice ("${second}" and ${flagOf(argument)} ${flagText(argument)}): give it once`,
      command
    );
  let settings;
  try {
    settings = readSettings(FLAG_KEYS, {
      text: (key) => key === argument ? flagText(argument) ?? second : flagText(key)
    });
  } catch (error) {
    if (error instanceof SettingError) throw new UsageError(describeError(error, CLI_WORDS), command);
    throw error;
  }
  let token;
  let githubToken;
  return {
    kind: "run",
    line: {
      command,
      json,
      settings,
      token: () => {
        token ??= { value: readSetting("sentryToken", { text: (_key, row) => row.env ? env[row.env] : void 0 }) };
        return token.value;
      },
      githubToken: () => {
        githubToken ??= { value: readSetting("githubTeamsToken", { text: () => env[GITHUB_TOKEN] }) };
        return githubToken.value;
      }
    }
  };
}
function isCommand(word) {
  return COMMANDS.includes(word);
}
function commandIn(argv) {
  return argv.find(isCommand);
}
function unknownCommand(word) {
  const near = closest(word, [...COMMANDS, "help"]);
  return new UsageError(
    `unknown command "${word}"${near ? ` (did you mean "${near}"?)` : ""}: the commands are ${COMMANDS.join(", ")}`
  );
}
function parseProblem(error, command) {
  const { code, message } = error;
  const option = /'(-[^' ]*)/.exec(message ?? "")?.[1] ?? "";
  const known = [...FLAG_KEYS.map((key) => flagOf(key) ?? ""), "--json", "--help", "--version"];
  const offered = command ? known.filter((flag) => takes(command, flag)) : known;
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const near = option.startsWith("--") ? closest(option, offered) : void 0;
      return `unknown option "${option}"${near ? ` (did you mean "${near}"?)` : ""}`;
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take an argument/.test(message ?? "") ? `${option} takes no value` : `${option} needs a value`;
    default:
      return message ?? String(error);
  }
}
function takes(command, flag) {
  const key = FLAG_KEYS.find((candidate) => flagOf(candidate) === flag);
  return key === void 0 || SETTINGS[key].flag.commands.includes(command);
}
function helpText(command) {
  const keys = command ? FLAG_KEYS.filter((key) => takes(command, flagOf(key) ?? "")).sort(
    (a, b) => Number(b === ARGUMENT[command]) - Number(a === ARGUMENT[command])
  ) : FLAG_KEYS;
  const options = [
    ...keys.map((key) => {
      const row = rowOf(key);
      const help = row.help.replace(/\.$/, "");
      const value = row.flag?.switch ? "" : ` ${row.flag?.value ?? ""}`;
      return [`${flagOf(key)}${value}`, `${help}${row.default && !row.flag?.switch ? ` (default: ${row.default})` : ""}.`];
    }),
    ...SWITCHES.filter(({ flag }) => !command || flag !== "-V, --version").map(({ flag, help }) => [
      flag,
      help
    ])
  ];
  const token = SETTINGS.sentryToken;
  const lines = command ? [`Usage: ${PROGRAM} ${command} ${COMMAND_TEXT[command].argument} [options]`, "", ...wrap(COMMAND_TEXT[command].does, 0)] : [
    `Usage: ${PROGRAM} <command> [config] [options]`,
    "",
    "Keeps a Sentry organization's membership equal to a reviewed YAML file.",
    "",
    "Commands:",
    ...columns([
      ...COMMANDS.map((name) => [`${name} ${COMMAND_TEXT[name].argument}`, COMMAND_TEXT[name].does]),
      ["help [command]", `Show the help of a command (as "${PROGRAM} <command> --help").`]
    ])
  ];
  lines.push("", "Options:", ...columns(options), "");
  const sentry = !command || TALKS_TO_SENTRY.includes(command);
  if (sentry) lines.push(...wrap(`The Sentry token is read from ${token.env}: ${lowerFirst(token.help)}`, 0));
  if (sentry)
    lines.push(
      ...wrap(
        `Team sections that follow a GitHub team (github-team), and export --github-teams, read GitHub with the token in ${GITHUB_TOKEN} (organization members read access: a GitHub App token with Members: read, or a personal access token with read:org), at GITHUB_API_URL (default https://api.github.com).`,
        0
      )
    );
  const fails = command ? COMMAND_TEXT[command].fails : "invalid config, failed read, blocked change, guard exceeded, failed write or (check) drift";
  lines.push(
    ...wrap(`Paths are relative to the directory you run the command in (also through "npm run cli").`, 0),
    "",
    ...wrap(
      `Exit status: 0 done; 1 ${fails}; 2 bad usage (an unknown command or option, a refused option value${sentry ? `, ${token.env} missing or refused` : ""}).`,
      0
    )
  );
  return lines.join("\n");
}
function lowerFirst(text) {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
var WIDTH = 100;
var LEFT = 28;
function columns(rows) {
  const lines = [];
  for (const [left, right] of rows) {
    const head = `  ${left}`;
    const body = wrap(right, LEFT);
    if (head.length + 2 > LEFT) lines.push(head, ...body);
    else lines.push(`${head.padEnd(LEFT)}${(body[0] ?? "").trimStart()}`, ...body.slice(1));
  }
  return lines;
}
function wrap(text, indent) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(`${" ".repeat(indent)}${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`${" ".repeat(indent)}${line}`);
  return lines;
}

// src/cli/main.ts
var VERSION = package_default.version;
var processIo = {
  stdout: (text) => process.stdout.write(`${text}
`),
  stderr: (text) => process.stderr.write(`${text}
`),
  env: process.env,
  // npm runs scripts in the package's folder and says where it was called from in INIT_CWD.
  cwd: process.env.INIT_CWD || process.cwd(),
  progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r\x1B[2K${text}`) : void 0
};
var FILE_HINT = "pass the config file as the first argument (sentry-members-sync plan path/to/file.yml) or with --config; paths are relative to the directory you run the command in";
async function main(argv, io = processIo) {
  let parsed;
  try {
    parsed = parseCommandLine(argv, io.env);
  } catch (error) {
    if (error instanceof UsageError) return usage(error, argv.includes("--json"), io);
    throw error;
  }
  if (parsed.kind === "version") {
    io.stdout(parsed.json ? JSON.stringify({ ok: true, version: VERSION }) : VERSION);
    return 0;
  }
  if (parsed.kind === "help") {
    io.stdout(parsed.json ? JSON.stringify({ ok: true, help: parsed.text }, null, 2) : parsed.text);
    return 0;
  }
  const line = parsed.line;
  const cwd = io.cwd ?? process.cwd();
  try {
    switch (line.command) {
      case "validate":
        return report(await validateConfig(line.settings.config, cwd, configFrom(line.settings.config, cwd)), line, io);
      case "plan":
      case "check":
      case "apply":
        return await sentryCommand(line.command, line, io, cwd);
      case "export":
        return await exportCommand(line, io, cwd);
    }
  } catch (error) {
    if (error instanceof UsageError) return usage(error, line.json, io);
    if (error instanceof SettingError) return usage(new UsageError(describeError(error, CLI_WORDS), line.command), line.json, io);
    const message = describeError(error, CLI_WORDS);
    if (line.json) io.stdout(JSON.stringify({ ok: false, error: { kind: "error", message } }, null, 2));
    io.stderr(`error: ${message}`);
    return 1;
  }
}
function usage(error, json, io) {
  if (json) io.stdout(JSON.stringify({ ok: false, error: { kind: "usage", message: error.message } }, null, 2));
  io.stderr(usageOf(error));
  return 2;
}
function configFrom(given, cwd) {
  return { fileHint: FILE_HINT, root: ownFolder(given, cwd) };
}
function shown(cwd, name) {
  return pathInside(cwd, name) ?? path2.resolve(cwd, name);
}
function report(outcome, line, io) {
  const failures = failuresOf(outcome);
  const messages = failures.map((failure) => describeFailure(failure, CLI_WORDS));
  const warnings = warningsOf(outcome).map((warning) => ({ kind: warning.kind, message: describeWarning(warning) }));
  const problems = outcome.kind === "invalid-config" || outcome.kind === "unknown-teams" || outcome.kind === "github-teams" ? outcome.problems : outcome.kind === "validated" ? outcome.warnings : [];
  if (line.json) {
    io.stdout(JSON.stringify(jsonOf(outcome, { failures, messages, warnings }, problems), null, 2));
  } else {
    if (outcome.kind === "validated") io.stdout(describeConfig(outcome.config));
    if (outcome.kind === "planned")
      io.stdout(
        planText(outcome.plan, {
          forecast: { onPullRequest: false, ...outcome.wouldRefuse ? { refusal: outcome.wouldRefuse } : {} }
        }).trimEnd()
      );
    else if ("plan" in outcome) io.stdout(planText(outcome.plan).trimEnd());
    if (outcome.kind === "applied") io.stdout(applyText(outcome.result, outcome.plan).trimEnd());
  }
  for (const problem of problems) io.stderr(`${problem.severity}: ${formatProblem(problem)}`);
  for (const warning of warnings) io.stderr(`warning: ${warning.message}`);
  for (const message of messages) io.stderr(`error: ${message}`);
  return failures.length > 0 ? 1 : 0;
}
function problemJson(problem) {
  return {
    file: problem.file,
    line: problem.line ?? null,
    column: problem.column ?? null,
    severity: problem.severity,
    message: problem.message
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
    missing: config.missing
  };
}
function jsonOf(outcome, said, problems) {
  const { failures, messages } = said;
  return {
    ok: failures.length === 0,
    ...failures[0] ? { error: { kind: failures[0].kind, message: messages[0] } } : {},
    failures: failures.map((failure, index) => ({ kind: failure.kind, message: messages[index] })),
    // What the run warns about without failing (invitations Sentry's daily limit deferred).
    warnings: said.warnings,
    problems: problems.map(problemJson),
    ...outcome.kind === "validated" ? { config: configJson(outcome.config) } : {},
    ..."plan" in outcome ? { plan: planJson(outcome.plan) } : {},
    ...outcome.kind === "applied" ? { result: resultJson(outcome.result) } : {}
  };
}
function connect(line, io) {
  const token = line.token();
  if (!token)
    throw new UsageError(
      "SENTRY_AUTH_TOKEN is not set: export a Sentry user auth token in it (member:read for plan, check and export; member:admin for apply)",
      line.command
    );
  let requests = 0;
  let shownAt = 0;
  return createSentryClient({
    baseUrl: line.settings.sentryUrl,
    token,
    ...io.progress ? {
      onResponse: () => {
        requests++;
        if (Date.now() - shownAt > 100) {
          shownAt = Date.now();
          io.progress?.(`talking to Sentry: ${plural(requests, "request")}`);
        }
      }
    } : {}
  });
}
function followsGitHub(config) {
  return [...config.teams.values()].some((section) => section.github !== void 0);
}
async function githubOf(line, env, needed) {
  const token = needed ? line.githubToken() : void 0;
  if (!token) return {};
  const { createGitHubTeamReads } = await import("./reads-TRHCADLP.js");
  return { github: createGitHubTeamReads({ token, ...env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {} }) };
}
async function sentryCommand(command, line, io, cwd) {
  const { settings } = line;
  const validated = await validateConfig(settings.config, cwd, configFrom(settings.config, cwd));
  if (validated.kind !== "validated") return report(validated, line, io);
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
      ...await githubOf(line, io.env, followsGitHub(config))
    });
    io.progress?.("");
    return report(outcome, line, io);
  } finally {
    await client.close();
  }
}
async function followGitHub(github, org, state, io) {
  const read = await readSameSlugTeams(github, org, [...state.teams.keys()]);
  const following = followableTeams(state, { org, teams: read.teams, emails: read.emails }, listedEmails(state));
  const none = state.teams.size - read.teams.size;
  io.stderr(
    `GitHub teams of "${org}": ${plural(following.sections.size, "team follows its", "teams follow their")} GitHub team of the same slug${none > 0 ? `; ${plural(none, "team has", "teams have")} no GitHub team of that slug` : ""}${read.saml.kind === "none" ? `; no emails from SAML identities (${read.saml.detail})` : ""}`
  );
  for (const { team, why } of following.differ) io.stderr(`  ${team} does not follow ${org}/${team}: ${why}`);
  return following;
}
async function exportCommand(line, io, cwd) {
  const { organization, out, layout, githubTeams, force } = line.settings;
  if (!organization) throw new UsageError("export needs --org <slug>", "export");
  const { github } = await githubOf(line, io.env, githubTeams !== void 0);
  if (githubTeams !== void 0 && !github)
    throw new UsageError(
      `--github-teams needs ${GITHUB_TOKEN}: export a GitHub token that may read the teams of "${githubTeams}" (organization members read access)`,
      "export"
    );
  const client = connect(line, io);
  try {
    const { state } = await observe(client, organization, EVERYONE);
    io.progress?.("");
    const following = github && githubTeams ? await followGitHub(github, githubTeams, state, io) : void 0;
    const now = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
    const members = plural(state.members.length, "member");
    const done = (written, removed, text2) => {
      if (line.json)
        io.stdout(
          JSON.stringify(
            {
              ok: true,
              organization,
              members: state.members.length,
              written,
              removed,
              ...text2 === void 0 ? {} : { config: text2 }
            },
            null,
            2
          )
        );
      else if (text2 !== void 0) io.stdout(text2.trimEnd());
      return 0;
    };
    const target = out ? path2.resolve(cwd, out) : void 0;
    if (target && out && layout === "teams" && (out.endsWith("/") || (await stat(target).catch(() => void 0))?.isDirectory())) {
      const files = exportFiles(state, { now, ...following ? { following } : {} });
      const { written, removed } = await writeExportDirectory(target, files, force);
      io.stderr(
        `wrote ${shown(cwd, out)}: org.yml (${members} of "${organization}") and ${plural(files.size - 1, "team file")} under teams/${removed.length > 0 ? `; removed ${plural(removed.length, "stale config file")}: ${removed.join(", ")}` : ""}`
      );
      return done(
        written.map((name) => shown(cwd, path2.join(out, name))),
        removed.map((name) => shown(cwd, path2.join(out, name)))
      );
    }
    const text = exportConfig(state, { now, layout, ...following ? { following } : {} });
    if (!target || !out) return done([], [], text);
    await writeExportFile(target, text, force);
    io.stderr(`wrote ${shown(cwd, out)}: ${members} of "${organization}"`);
    return done([shown(cwd, out)], []);
  } catch (error) {
    io.progress?.("");
    throw error;
  } finally {
    await client.close();
  }
}
export {
  main
};
