import { INVITE_STATUSES } from './fixture.ts';
import type { SimMember } from './member.ts';

/**
 * Derived indexes of an organization's members, so that a request costs what it answers, not
 * what the organization holds: a roster page, a team's member count, a page of the members list,
 * an `email:` search, a member by email or user id. Without them, an organization of 50,000
 * members and 1,000 teams spent seconds of CPU per page on scans (docs/simulation.md).
 *
 * The members map (`MemberTable`) and each member (`MemberRecord`: its indexed fields and its
 * teams) report every change to `changed`, which marks the member; every answer first reindexes
 * the marked members, moving each out of what it was indexed under and into what it is now
 * (marking, not reindexing at once, keeps a fixture of 50,000 members quick to load, and a
 * member changed five times by one request is reindexed once). The sorted answers (the members
 * list, rosters, invitations of the newer model) are cached until a member they hold, or one
 * that joins them, is reindexed. Nothing else changes members, so the answers are those of a
 * scan of the whole organization, which test/sim/member-index.property.test.ts holds them to.
 */
export class MemberIndex {
  readonly #members: MemberTable;
  /** Members changed since the last answer. */
  readonly #changed = new Set<SimMember>();
  /** What each member of the map was last indexed under. */
  readonly #facts = new Map<SimMember, Facts>();
  /** Listed members (approved, not of the newer invitation model, not deactivated) on each team. */
  readonly #onTeam = new Map<string, Set<SimMember>>();
  /**
   * Every member of the map by lower-cased email, by lower-cased secondary email, by user id, by
   * inviter's user id (lists: mostly of one member).
   */
  readonly #byEmail = new Map<string, SimMember[]>();
  readonly #bySecondaryEmail = new Map<string, SimMember[]>();
  readonly #byUserId = new Map<string, SimMember[]>();
  readonly #byInviter = new Map<string, SimMember[]>();
  /** Listed members that are not pending: owners; owners and managers (who may write). */
  readonly #owners = new Set<SimMember>();
  readonly #writers = new Set<SimMember>();
  /** Invitations and requests of the newer model. */
  readonly #newModel = new Set<SimMember>();
  /** Cached answers, dropped (undefined, or deleted per team) when a member they concern is reindexed. */
  #listed: readonly SimMember[] | undefined;
  readonly #rosters = new Map<string, readonly SimMember[]>();
  #newModelSorted: readonly SimMember[] | undefined;

  constructor(members: MemberTable) {
    this.#members = members;
  }

  /** Something an index reads about `member` changed, or it came into the map or left it. */
  changed(member: SimMember): void {
    this.#changed.add(member);
  }

  /** Reindexes the members changed since the last answer. Every answer calls it first. */
  #catchUp(): void {
    if (this.#changed.size === 0) return;
    for (const member of this.#changed) this.#reindex(member);
    this.#changed.clear();
  }

  /** Brings the indexes up to date with `member`: in the map or not (any more), as it is now. */
  #reindex(member: SimMember): void {
    const present = this.#members.get(member.id) === member;
    const before = this.#facts.get(member);
    const after = present ? this.#factsOf(member) : undefined;
    if (before) this.#unindex(member, before);
    if (after) this.#index(member, after);
    else this.#facts.delete(member);

    // The list changes when the member joins or leaves it, or moves in it (deleted, then put back).
    if ((before?.listed ?? false) !== (after?.listed ?? false) || (after?.listed && before?.place !== after.place))
      this.#listed = undefined;
    // A roster's order reads the email and whether the member has an account: drop the rosters of
    // every team the member was or is listed on.
    if (before?.listed) for (const slug of before.teams) this.#rosters.delete(slug);
    if (after?.listed) for (const slug of after.teams) this.#rosters.delete(slug);
    if (before?.newModel || after?.newModel) this.#newModelSorted = undefined;
  }

  /** Listed members in the map's (id) order. */
  listed(): readonly SimMember[] {
    this.#catchUp();
    this.#listed ??= [...this.#members.values()].filter((member) => this.#facts.get(member)?.listed);
    return this.#listed;
  }

  /** Listed members on a team: invitations first (by email), then members with an account, each in the map's order. */
  roster(slug: string): readonly SimMember[] {
    this.#catchUp();
    let roster = this.#rosters.get(slug);
    if (roster === undefined) {
      const onTeam = this.#inOrder(this.#onTeam.get(slug));
      const invites = onTeam.filter((member) => member.userId === null).sort((a, b) => compare(a.email, b.email));
      roster = [...invites, ...onTeam.filter((member) => member.userId !== null)];
      this.#rosters.set(slug, roster);
    }
    return roster;
  }

  /** How many listed members a team has (its roster's length). */
  rosterSize(slug: string): number {
    this.#catchUp();
    return this.#onTeam.get(slug)?.size ?? 0;
  }

  /** Members whose email is this one, case-insensitively, in the map's order. */
  withEmail(email: string): SimMember[] {
    this.#catchUp();
    return this.#inOrder(this.#byEmail.get(email.toLowerCase()));
  }

  /** Members with any of these emails as email or secondary email, case-insensitively, in the map's order (each once). */
  withAnyEmail(emails: readonly string[]): SimMember[] {
    this.#catchUp();
    const found = new Set<SimMember>();
    for (const email of emails) {
      const wanted = email.toLowerCase();
      for (const member of this.#byEmail.get(wanted) ?? []) found.add(member);
      for (const member of this.#bySecondaryEmail.get(wanted) ?? []) found.add(member);
    }
    return this.#inOrder(found);
  }

  /** Members with this user id, in the map's order. */
  withUserId(userId: string): SimMember[] {
    this.#catchUp();
    return this.#inOrder(this.#byUserId.get(userId));
  }

  /** Members whose invitation this user sent. */
  invitedBy(userId: string): SimMember[] {
    this.#catchUp();
    return this.#inOrder(this.#byInviter.get(userId));
  }

  /** Listed owners that are not pending, in the map's order. */
  owners(): SimMember[] {
    this.#catchUp();
    return this.#inOrder(this.#owners);
  }

  /** Listed owners and managers that are not pending, in the map's order. */
  writers(): SimMember[] {
    this.#catchUp();
    return this.#inOrder(this.#writers);
  }

  /** Invitations and requests of the newer model, by invite status (in INVITE_STATUSES' order), then email, then the map's order. */
  newModel(): readonly SimMember[] {
    this.#catchUp();
    const status = (member: SimMember) => INVITE_STATUSES.indexOf(member.inviteStatus);
    this.#newModelSorted ??= this.#inOrder(this.#newModel).sort((a, b) => status(a) - status(b) || compare(a.email, b.email));
    return this.#newModelSorted;
  }

  #factsOf(member: SimMember): Facts {
    const listed = isListed(member);
    const active = listed && !member.pending;
    return {
      place: this.#members.placeOf(member.id) ?? 0,
      listed,
      teams: [...member.teams.keys()],
      email: member.email.toLowerCase(),
      secondaryEmails: member.secondaryEmails.length === 0 ? NONE : member.secondaryEmails.map((email) => email.toLowerCase()),
      userId: member.userId,
      inviterUserId: member.inviterUserId,
      owner: active && member.orgRole === 'owner',
      writer: active && (member.orgRole === 'owner' || member.orgRole === 'manager'),
      newModel: member.inviteId !== null,
    };
  }

  #index(member: SimMember, facts: Facts): void {
    this.#facts.set(member, facts);
    if (facts.listed) for (const slug of facts.teams) addToSet(this.#onTeam, slug, member);
    addToList(this.#byEmail, facts.email, member);
    for (const email of facts.secondaryEmails) addToList(this.#bySecondaryEmail, email, member);
    if (facts.userId !== null) addToList(this.#byUserId, facts.userId, member);
    if (facts.inviterUserId !== null) addToList(this.#byInviter, facts.inviterUserId, member);
    if (facts.owner) this.#owners.add(member);
    if (facts.writer) this.#writers.add(member);
    if (facts.newModel) this.#newModel.add(member);
  }

  #unindex(member: SimMember, facts: Facts): void {
    if (facts.listed) for (const slug of facts.teams) removeFromSet(this.#onTeam, slug, member);
    removeFromList(this.#byEmail, facts.email, member);
    for (const email of facts.secondaryEmails) removeFromList(this.#bySecondaryEmail, email, member);
    if (facts.userId !== null) removeFromList(this.#byUserId, facts.userId, member);
    if (facts.inviterUserId !== null) removeFromList(this.#byInviter, facts.inviterUserId, member);
    this.#owners.delete(member);
    this.#writers.delete(member);
    this.#newModel.delete(member);
  }

  /** Indexed members in the map's order. */
  #inOrder(members: Iterable<SimMember> | undefined): SimMember[] {
    const placed = [...(members ?? [])].map((member) => ({ member, place: this.#facts.get(member)?.place ?? 0 }));
    return placed.sort((a, b) => a.place - b.place).map(({ member }) => member);
  }
}

/**
 * The organization's members by id, reporting every change to the index. Members are keyed by
 * their own id, and only members the organization made (which report their own changes) go in.
 */
export class MemberTable extends Map<string, SimMember> {
  #index: MemberIndex | undefined;
  #admits: ((member: SimMember) => boolean) | undefined;
  /** Each id's place in the map's order: a key keeps the place of its first insertion until deleted. */
  readonly #places = new Map<string, number>();
  #nextPlace = 0;

  /** Starts reporting to `index`; `admits` says which members may go in. */
  watch(index: MemberIndex, admits: (member: SimMember) => boolean): void {
    this.#index = index;
    this.#admits = admits;
  }

  override set(id: string, member: SimMember): this {
    if (this.#admits && !this.#admits(member))
      throw new Error(`simulated Sentry: member ${id} was not made by this organization, whose index could not follow it`);
    if (member.id !== id)
      throw new Error(`simulated Sentry: member ${member.id} set under id ${id}: members are keyed by their id`);
    const replaced = this.get(id);
    if (!this.#places.has(id)) this.#places.set(id, this.#nextPlace++);
    super.set(id, member);
    if (replaced !== undefined && replaced !== member) this.#index?.changed(replaced);
    this.#index?.changed(member);
    return this;
  }

  override delete(id: string): boolean {
    const member = this.get(id);
    const had = super.delete(id);
    this.#places.delete(id);
    if (member !== undefined) this.#index?.changed(member);
    return had;
  }

  override clear(): void {
    const members = [...this.values()];
    super.clear();
    this.#places.clear();
    for (const member of members) this.#index?.changed(member);
  }

  /** The place of the member with this id in the map's order (undefined: none has it). */
  placeOf(id: string): number | undefined {
    return this.#places.get(id);
  }
}

const NONE: readonly string[] = [];

/** What a member was indexed under. */
interface Facts {
  /** Its place in the map's order. */
  readonly place: number;
  readonly listed: boolean;
  readonly teams: readonly string[];
  /** Lower-cased. */
  readonly email: string;
  readonly secondaryEmails: readonly string[];
  readonly userId: string | null;
  readonly inviterUserId: string | null;
  readonly owner: boolean;
  readonly writer: boolean;
  readonly newModel: boolean;
}

/**
 * Members and approved invites Sentry shows: no invite or join requests, no deactivated users,
 * no invitation of the newer model (whatever the organization's switch says).
 */
export function isListed(member: SimMember): boolean {
  return member.inviteStatus === 'approved' && member.inviteId === null && (member.userId === null || member.userActive);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function addToSet(index: Map<string, Set<SimMember>>, key: string, member: SimMember): void {
  const members = index.get(key);
  if (members) members.add(member);
  else index.set(key, new Set([member]));
}

function removeFromSet(index: Map<string, Set<SimMember>>, key: string, member: SimMember): void {
  const members = index.get(key);
  if (!members) return;
  members.delete(member);
  if (members.size === 0) index.delete(key);
}

/** Adds a member to a key's list (once: a member is indexed once under each of its keys). */
function addToList(index: Map<string, SimMember[]>, key: string, member: SimMember): void {
  const members = index.get(key);
  if (!members) index.set(key, [member]);
  else if (!members.includes(member)) members.push(member);
}

function removeFromList(index: Map<string, SimMember[]>, key: string, member: SimMember): void {
  const members = index.get(key);
  const at = members?.indexOf(member) ?? -1;
  if (!members || at < 0) return;
  if (members.length === 1) index.delete(key);
  else members.splice(at, 1);
}
