import type { UnfitRecord } from '../domain/org-state.ts';
import type { OrgRole, TeamRole } from '../domain/roles.ts';

/** One entry of Sentry's `teamRoles`: the shape of a PUT body, stored role included. */
export interface TeamRoleEntry {
  readonly teamSlug: string;
  readonly role: TeamRole | null;
}

/** Where in the config something comes from: a file of the config and a line of it. */
export interface Place {
  readonly file: string;
  readonly line: number;
}

/**
 * A team membership that changes, in effective roles (what Sentry enforces). `at`: where the
 * config asks for it, when that is another file than the change's own (a team section's file).
 */
export type TeamChange =
  | { readonly kind: 'join'; readonly team: string; readonly role: TeamRole; readonly at?: Place }
  | { readonly kind: 'leave'; readonly team: string; readonly role: TeamRole; readonly at?: Place }
  | {
      readonly kind: 'role';
      readonly team: string;
      readonly from: TeamRole;
      readonly to: TeamRole;
      /** The stored team role stays: the org role's change moves it (a manager is team admin everywhere). */
      readonly followsOrgRole?: true;
      readonly at?: Place;
    };

/** Team slug -> the GitHub team (`org/team`, as the file writes it) a team change comes from. */
export type GitHubOrigins = Readonly<Record<string, string>>;

/** A PUT to an existing member or pending invite. */
export interface MemberUpdate {
  readonly kind: 'update';
  readonly memberId: string;
  readonly email: string;
  readonly name: string;
  readonly pending: boolean;
  readonly orgRole?: { readonly from: OrgRole; readonly to: OrgRole };
  readonly teams: readonly TeamChange[];
  /** The exact body to send: the complete team list, orgRole only when it changes. */
  readonly request: { readonly orgRole?: OrgRole; readonly teamRoles: readonly TeamRoleEntry[] };
  /** The invitation has expired and is re-sent too (missing: invite): a second request, one change. */
  readonly reinvite?: true;
  /** Why, beyond the file's entry: grants that ended ("grant ended 2026-12-24: role manager -> member"). */
  readonly because?: readonly string[];
  /** Team slug -> the GitHub team (`org/team`) its change comes from: the team's section follows it. */
  readonly fromGitHub?: GitHubOrigins;
  /**
   * Where the change comes from (docs/behaviour.md, section 1.2): the member's entry for an org
   * role, the member's line in a team section for a team the section causes, the section for a
   * member the file does not list.
   */
  readonly line: number;
  /** The file of that line, when it is not the config as named (a config of several files). */
  readonly file?: string;
}

/** A POST inviting a listed email (missing: invite). */
export interface MemberInvite {
  readonly kind: 'invite';
  readonly email: string;
  readonly orgRole: OrgRole;
  readonly teamRoles: readonly TeamRoleEntry[];
  /** Team slug -> the GitHub team (`org/team`) that puts the person on it. */
  readonly fromGitHub?: GitHubOrigins;
  readonly line: number;
  readonly file?: string;
}

/** A PUT re-sending an expired invitation with a new link (missing: invite). */
export interface InviteRenewal {
  readonly kind: 'reinvite';
  readonly memberId: string;
  readonly email: string;
  readonly name: string;
  readonly line: number;
  readonly file?: string;
}

/** A DELETE of an org member that is neither listed nor ignored (unlisted: remove). */
export interface MemberRemoval {
  readonly kind: 'remove';
  readonly memberId: string;
  readonly email: string;
  readonly name: string;
  readonly orgRole: OrgRole;
  readonly pending: boolean;
  /** The member's entry ended (its `until`): removed whatever `unlisted` says. */
  readonly expired?: string;
  readonly line?: number;
  readonly file?: string;
}

/**
 * Several Sentry members (accounts or invitations) with one email, case-insensitively: which one
 * the file means cannot be told, so nothing is written to any of them. Only ever blocked.
 */
export interface IdentityConflict {
  readonly kind: 'conflict';
  readonly email: string;
  readonly members: readonly { readonly memberId: string; readonly email: string; readonly pending: boolean }[];
  readonly line?: number;
  readonly file?: string;
}

export type MemberChange = MemberUpdate | MemberInvite | InviteRenewal | MemberRemoval | IdentityConflict;

/** A change that writes (every kind but a conflict). */
export type MemberWrite = Exclude<MemberChange, IdentityConflict>;

/** A change the plan does not make: one Sentry refuses, or one the file must not cause (IdP-managed members); never sent; the run fails listing it. */
export interface BlockedChange {
  readonly change: MemberChange;
  /** Why, as data: every rendering words them with render/reasons.ts. */
  readonly reasons: readonly BlockReason[];
}

/** The token's user as a reason names it; a public view leaves out an email the file does not list. */
export interface CallerRef {
  readonly email?: string;
  readonly orgRole: OrgRole;
}

/** Why a change is blocked (docs/behaviour.md, section 3): a kind, and the values its words need. */
export type BlockReason =
  /** The token's user may not change, remove or invite members at all. */
  | { readonly kind: 'caller-may-not'; readonly action: 'change' | 'remove' | 'invite'; readonly caller: CallerRef }
  /** The member's org role is above the token's user's. */
  | { readonly kind: 'above-caller'; readonly role: OrgRole; readonly caller: CallerRef }
  /** The token's user may not assign this org role. */
  | { readonly kind: 'role-not-assignable'; readonly role: OrgRole; readonly caller: CallerRef }
  /** The org role is retired in this organization (admin, where team roles exist). */
  | { readonly kind: 'role-retired'; readonly role: OrgRole }
  /** A change of the token's own org role: Sentry lets nobody change their own. */
  | { readonly kind: 'own-role' }
  /** A removal of the token's own user. */
  | { readonly kind: 'own-user' }
  /** The member is provisioned by the identity provider (idp:provisioned). */
  | { readonly kind: 'idp-member'; readonly write: 'update' | 'remove' }
  /** The member's org role is set by the identity provider (idp:role-restricted). */
  | { readonly kind: 'idp-role' }
  /** Joining or leaving a team the identity provider provisions. */
  | { readonly kind: 'idp-team'; readonly team: string }
  /** The member is managed by a partnership (partnership:restricted). */
  | { readonly kind: 'partnership' }
  /** Fewer active owners than min-owners would be left: `owners` is how many there are before the change. */
  | { readonly kind: 'owner-floor'; readonly minOwners: number; readonly owners: number }
  /** A billing member on teams, whose teams the file does not manage. */
  | { readonly kind: 'billing-teams' }
  /** Several Sentry members have the email: which one the file means cannot be told. */
  | {
      readonly kind: 'identity-conflict';
      readonly members: readonly { readonly memberId: string; readonly pending: boolean }[];
    }
  /** A grant of owner or manager, and this run carries no approval of it by one of `approvers` (approvals.privileged). */
  | {
      readonly kind: 'needs-approval';
      readonly role: OrgRole;
      readonly email: string;
      readonly approvers: readonly string[];
      readonly status: Exclude<ApprovalStatus, { readonly kind: 'approved' }>;
    }
  /** Found blocked when the member was read again before its write, and the fresh read differed from the plan's. */
  | { readonly kind: 'changed-during-run'; readonly difference: RunDifference }
  /**
   * reviewed-plan: require: the member's fresh read calls for a write of another kind or effect
   * than the one planned (and reviewed), so neither is made.
   */
  | { readonly kind: 'not-as-planned'; readonly planned: WriteEffect; readonly fresh: WriteEffect }
  /**
   * A guard reached by what was actually sent: the write became a removal when its member was read
   * again (an update whose member's email changed), and the run's removals already reach max-removals.
   */
  | {
      readonly kind: 'guard-at-write';
      readonly guard: 'max-removals';
      readonly limit: number;
      readonly planned: MemberWrite['kind'];
      readonly fresh: MemberWrite['kind'];
    };

/** What a write does to a member, for a reason that compares two writes (no email, no name: it is the same member). */
export interface WriteEffect {
  readonly kind: MemberWrite['kind'];
  readonly orgRole?: { readonly from: OrgRole; readonly to: OrgRole };
  readonly teams: readonly TeamChange[];
}

/** A review that does not count, and why. */
export interface NotCounted {
  readonly login: string;
  readonly why: 'author' | 'earlier-commit' | 'not-listed' | 'changes-requested' | 'dismissed';
}

/** What a run knows of the approval of its privileged changes: data, worded in render/reasons.ts. */
export type ApprovalStatus =
  /** `by` (a listed login, or a member of listed `team`) approved head commit `commit` of `pull`. */
  | { readonly kind: 'approved'; readonly pull: number; readonly by: string; readonly team?: string; readonly commit: string }
  /** No review of `pull` counts: none of an approver on its head `head`. */
  | { readonly kind: 'not-approved'; readonly pull: number; readonly head: string; readonly notCounted: readonly NotCounted[] }
  /** No merged pull request: a direct push (`commit`), a scheduled or hand-started run, the command line, ... */
  | { readonly kind: 'no-merged-pull'; readonly run: string; readonly commit?: string }
  /** The approval could not be read: privileged changes are not made (fail closed). */
  | { readonly kind: 'unreadable'; readonly detail: string; readonly pull?: number };

/** What the planner is told (plan/approvals.ts): who may approve, what the run knows, and whether it only shows (a pull request's plan). */
export interface ApprovalGate {
  /** As the file lists them. */
  readonly approvers: readonly string[];
  readonly status: ApprovalStatus;
  /**
   * A plan on a pull request: nothing is blocked, each privileged change shows who may approve it
   * and whether an approval of the head is there; the approval is read again at merge.
   */
  readonly preview: boolean;
}

/** How a member's fresh read (just before its write) differs from what the plan saw. */
export type RunDifference =
  | {
      readonly kind: 'teams';
      /** The teams the planned write would have sent, and those the fresh read gives. */
      readonly planned: readonly string[];
      readonly fresh: readonly string[];
      /** The org role the fresh read sends, when it is not the planned one ('unchanged': none is sent). */
      readonly orgRole?: OrgRole | 'unchanged';
    }
  | { readonly kind: 'write'; readonly planned: MemberWrite['kind']; readonly fresh: MemberWrite['kind'] };

/** What an apply found changed in Sentry for a write it made. */
export type RunChange =
  | { readonly kind: 'changed'; readonly difference: RunDifference }
  /** An invitation answered "already a member": the member was read and reconciled with the file. */
  | { readonly kind: 'already-in-sentry' };

export interface PlanNote {
  readonly email: string;
  readonly name?: string;
  readonly orgRole: OrgRole;
  readonly pending?: boolean;
  readonly line?: number;
}

export interface PlanWarning {
  readonly message: string;
  readonly line?: number;
  readonly file?: string;
}

/** Temporary access that holds now, with its end. */
export interface GrantNote {
  readonly email: string;
  /** What it gives: "org role manager", "team incident (admin)". */
  readonly what: string;
  readonly until: string;
  /** Whole days left, rounded up. */
  readonly daysLeft: number;
  readonly line: number;
  readonly file?: string;
}

/** A member kept by the file whose last activity in Sentry is older than inactive-days. */
export interface InactiveNote {
  readonly memberId: string;
  readonly email: string;
  /** When Sentry last saw the account active (ISO 8601, UTC). */
  readonly lastActive: string;
  /** Whole days from then to the plan's instant. */
  readonly days: number;
  /** The line of the file that keeps the member (its entry). */
  readonly line: number;
  readonly file?: string;
}

/** A member kept by the file whose account Sentry never recorded as active. */
export interface NeverActiveNote {
  readonly memberId: string;
  readonly email: string;
  readonly line: number;
  readonly file?: string;
}

/**
 * Members the file keeps that have not been active in Sentry for `days` days (input
 * inactive-days), oldest first, and those never active, by email. Pending invitations are not
 * members and never listed. Nothing is removed for it: that stays a change to the file.
 */
export interface InactiveMembers {
  readonly days: number;
  readonly members: readonly InactiveNote[];
  readonly neverActive: readonly NeverActiveNote[];
}

/**
 * A pending invitation of Sentry's newer invitation model (read from `/invited-members/`, absent
 * from the member list): matched to the file so nobody is invited twice, never written to.
 */
export interface ModelInvitationNote {
  /** The invitation's own id (not a member id). */
  readonly invitationId: string;
  readonly email: string;
  readonly orgRole: OrgRole;
  readonly expired: boolean;
  /** The line of its entry, when the file lists the email. */
  readonly line?: number;
  readonly file?: string;
  /** What the file asks that the invitation does not have, which this action cannot change; absent when it is as the file says (or the file does not list it). */
  readonly differs?: readonly string[];
}

/** What must change for the organization to equal the file. JSON-serializable: it is plan.json. */
export interface Plan {
  readonly version: 1;
  readonly organization: string;
  readonly config: string;
  /** Writes to make, in config order then removals. */
  readonly changes: readonly MemberWrite[];
  readonly blocked: readonly BlockedChange[];
  /** Org members neither listed nor ignored (unlisted: report). */
  readonly unlisted: readonly PlanNote[];
  /** Listed emails not in the organization (missing: report). */
  readonly missing: readonly PlanNote[];
  readonly warnings: readonly PlanWarning[];
  /** Listed members already as the file says. */
  readonly unchanged: number;
  /** Grants that hold now (temporary access), with their ends. */
  readonly grants?: readonly GrantNote[];
  /** Member records that do not fit (no email, an email that is not an address, an unknown role): by id, never written to. */
  readonly unfit?: readonly UnfitRecord[];
  /** With inactive-days set: the members the file keeps that have not been active for that long. */
  readonly inactive?: InactiveMembers;
  /**
   * Present when the organization keeps invitations in Sentry's newer invitation model and they
   * were read (someone the file lists is not in the member list): each such pending invitation.
   */
  readonly modelInvitations?: readonly ModelInvitationNote[];
  /** With approvals.privileged, when the plan has a change that makes someone owner or manager: who may approve, and what the run knows. */
  readonly approval?: ApprovalGate;
  /**
   * Only in the public view of a plan (render/public-view.ts), never in plan.json: what is
   * counted but not shown, because it names people the file does not list.
   */
  readonly withheld?: Withheld;
}

/** Counted, not shown: members the file does not list (a public repository shows nothing from Sentry the file does not say). */
export interface Withheld {
  readonly unlisted: number;
  /** Removals of members the file does not list. */
  readonly removals: number;
  /** Members the file does not list, taken off teams that have a section. */
  readonly updates: number;
  /** Blocked changes to members the file does not list. */
  readonly blocked: number;
}

/** What the file asks of one Sentry member: a write, a write that must not be made (with why), or nothing. */
export interface MemberDecision {
  readonly change?: MemberWrite;
  /** Non-empty: the change is blocked. */
  readonly reasons: readonly BlockReason[];
}
