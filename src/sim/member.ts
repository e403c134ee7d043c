import type { OrgRole, TeamRole } from '../domain/roles.ts';
import type { InviteStatus, MemberFlag } from './fixture.ts';

export interface SimMember {
  readonly id: string;
  email: string;
  name: string;
  /** null for a pending invite. */
  userId: string | null;
  orgRole: OrgRole;
  pending: boolean;
  expired: boolean;
  readonly flags: Record<MemberFlag, boolean>;
  readonly dateCreated: string;
  /** Team slug -> stored team role, in the order joined. */
  readonly teams: Map<string, TeamRole | null>;
  /** The user id of whoever sent the invitation (null: nobody known). */
  inviterUserId: string | null;
  inviteStatus: InviteStatus;
  /** false: a deactivated user account. */
  userActive: boolean;
  readonly secondaryEmails: readonly string[];
  /** The account's username (its email unless the fixture or SSO gave another). */
  username: string;
  /** An account created by an identity provider at its first SSO login. */
  sso: boolean;
  /** When the account was last active (ms since the epoch); null: never recorded. */
  lastActive: number | null;
  /** The account cannot be read: shown as `user: null` while not pending. */
  unresolved: boolean;
  /** The id of its `OrganizationMemberInvite`: a pending invitation of the newer model; null otherwise. */
  inviteId: string | null;
}

/** Told of every change to something the organization's indexes read about a member. */
export type MemberChanged = (member: SimMember) => void;

/**
 * A member as the organization holds it. The simulation's code and the tests change members in
 * place (`member.orgRole = ...`, `member.teams.set(...)`), so every field an index of the
 * organization reads (member-index.ts) is an accessor that reports the change, and `teams` is a
 * map that reports its own. The other fields (name, flags, activity, account details) are plain:
 * no index reads them, every answer reads them as they are.
 */
export class MemberRecord implements SimMember {
  readonly id: string;
  name: string;
  expired: boolean;
  readonly flags: Record<MemberFlag, boolean>;
  readonly dateCreated: string;
  username: string;
  sso: boolean;
  lastActive: number | null;
  unresolved: boolean;
  readonly #changed: MemberChanged;
  readonly #teams: ReportingTeams;
  #email: string;
  #userId: string | null;
  #orgRole: OrgRole;
  #pending: boolean;
  #inviterUserId: string | null;
  #inviteStatus: InviteStatus;
  #userActive: boolean;
  #secondaryEmails: readonly string[];
  #inviteId: string | null;

  constructor(fields: Omit<SimMember, 'teams'>, changed: MemberChanged) {
    this.#changed = changed;
    this.#teams = new ReportingTeams(() => changed(this));
    this.id = fields.id;
    this.name = fields.name;
    this.expired = fields.expired;
    this.flags = fields.flags;
    this.dateCreated = fields.dateCreated;
    this.username = fields.username;
    this.sso = fields.sso;
    this.lastActive = fields.lastActive;
    this.unresolved = fields.unresolved;
    this.#email = fields.email;
    this.#userId = fields.userId;
    this.#orgRole = fields.orgRole;
    this.#pending = fields.pending;
    this.#inviterUserId = fields.inviterUserId;
    this.#inviteStatus = fields.inviteStatus;
    this.#userActive = fields.userActive;
    this.#secondaryEmails = Object.freeze([...fields.secondaryEmails]);
    this.#inviteId = fields.inviteId;
  }

  /** No setter: a member keeps its map, so that every change to its teams is reported. */
  get teams(): Map<string, TeamRole | null> {
    return this.#teams;
  }
  get email(): string {
    return this.#email;
  }
  set email(value: string) {
    this.#email = value;
    this.#changed(this);
  }
  get userId(): string | null {
    return this.#userId;
  }
  set userId(value: string | null) {
    this.#userId = value;
    this.#changed(this);
  }
  get orgRole(): OrgRole {
    return this.#orgRole;
  }
  set orgRole(value: OrgRole) {
    this.#orgRole = value;
    this.#changed(this);
  }
  get pending(): boolean {
    return this.#pending;
  }
  set pending(value: boolean) {
    this.#pending = value;
    this.#changed(this);
  }
  get inviterUserId(): string | null {
    return this.#inviterUserId;
  }
  set inviterUserId(value: string | null) {
    this.#inviterUserId = value;
    this.#changed(this);
  }
  get inviteStatus(): InviteStatus {
    return this.#inviteStatus;
  }
  set inviteStatus(value: InviteStatus) {
    this.#inviteStatus = value;
    this.#changed(this);
  }
  get userActive(): boolean {
    return this.#userActive;
  }
  set userActive(value: boolean) {
    this.#userActive = value;
    this.#changed(this);
  }
  /** Frozen: a change is a new list, which is reported. */
  get secondaryEmails(): readonly string[] {
    return this.#secondaryEmails;
  }
  set secondaryEmails(value: readonly string[]) {
    this.#secondaryEmails = Object.freeze([...value]);
    this.#changed(this);
  }
  get inviteId(): string | null {
    return this.#inviteId;
  }
  set inviteId(value: string | null) {
    this.#inviteId = value;
    this.#changed(this);
  }
}

/** A member's teams (slug -> stored team role, in the order joined) that reports every change. */
class ReportingTeams extends Map<string, TeamRole | null> {
  readonly #changed: () => void;

  constructor(changed: () => void) {
    super();
    this.#changed = changed;
  }

  override set(slug: string, role: TeamRole | null): this {
    super.set(slug, role);
    this.#changed();
    return this;
  }

  override delete(slug: string): boolean {
    const had = super.delete(slug);
    if (had) this.#changed();
    return had;
  }

  override clear(): void {
    const had = this.size > 0;
    super.clear();
    if (had) this.#changed();
  }
}
