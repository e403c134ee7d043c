import type { ApplyResult } from '../apply/apply.ts';
import type { BlockedChange, Plan } from '../plan/types.ts';
import { describeApproval, describeReason, describeRunChange } from './reasons.ts';

/**
 * The plan as data for scripts (plan.json, `--json`): the plan itself, each blocked reason (and
 * where the approval of owner and manager grants stands) with its words beside its data.
 */
export function planJson(plan: Plan) {
  return {
    ...plan,
    blocked: plan.blocked.map(blockedJson),
    ...(plan.approval ? { approval: { ...plan.approval, message: describeApproval(plan.approval) } } : {}),
  };
}

/** An apply's result as data, worded likewise. */
export function resultJson(result: ApplyResult) {
  return {
    ...result,
    applied: result.applied.map((applied) =>
      applied.changedDuringRun
        ? { ...applied, changedDuringRun: { ...applied.changedDuringRun, message: describeRunChange(applied.changedDuringRun) } }
        : applied,
    ),
    blocked: result.blocked.map(blockedJson),
  };
}

function blockedJson(blocked: BlockedChange) {
  return { ...blocked, reasons: blocked.reasons.map((reason) => ({ ...reason, message: describeReason(reason) })) };
}
