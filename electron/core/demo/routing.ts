import { CHANNELS, DEPARTMENTS, type Department, type TicketType } from '../../../shared/domain/enums.ts';
import type { Org, StaffMember } from './org.ts';
import type { Rng } from './rng.ts';

const WALK_IN = CHANNELS.indexOf('walk_in');
const APP = CHANNELS.indexOf('app');
const ONSITE = CHANNELS.indexOf('onsite');

export interface RouteInput {
  cityIndex: number;
  type: TicketType;
  category: string;
  channel: number;
  tier: number;
  created: number;
}

export interface Route {
  department: Department;
  outletId: number;
  teamId: number;
  staff: StaffMember;
}

/**
 * Who handles a ticket: the department follows from type, category and tier; the team is in the customer's city,
 * at the hub or the branch for the departments both run, at the hub for the city-wide ones.
 */
export function route(rng: Rng, org: Org, t: RouteInput): Route {
  const department = departmentFor(rng, t);
  const d = DEPARTMENTS.indexOf(department);
  const outlets = org.cityOutlets[t.cityIndex] ?? [];
  const hub = outlets[0] ?? 0;
  const branch = outlets[1] ?? 0;
  const outletId = org.teamAt[branch]?.[d] && rng.chance(0.45) ? branch : hub;
  const teamId = org.teamAt[outletId]?.[d] ?? 0;
  return { department, outletId, teamId, staff: assignee(rng, org.members[teamId] ?? [], t.created) };
}

function departmentFor(rng: Rng, t: RouteInput): Department {
  switch (t.type) {
    case 'inquiry':
      return t.category === 'parts.purchase' ? 'parts' : 'customer_service';
    case 'repair': {
      // part of the remote reports are diagnosed by technical support; the rest need a technician on site
      const remote = t.channel !== ONSITE && t.channel !== WALK_IN;
      return remote && rng.chance(t.channel === APP ? 0.25 : 0.18) ? 'tech_support' : 'onsite_repair';
    }
    case 'installation':
      return 'onsite_repair';
    case 'complaint':
      if (t.category.startsWith('parts.') && rng.chance(0.6)) return 'parts';
      if (t.tier === 1) return rng.chance(0.7) ? 'quality' : 'customer_service';
      return t.tier === 2 && rng.chance(0.3) ? 'quality' : 'customer_service';
    case 'suggestion':
      return rng.chance(0.3) ? 'quality' : 'customer_service';
    default:
      return 'customer_service';
  }
}

/** A team member who had finished pre-job training when the ticket came in, weighted by role and workload. */
function assignee(rng: Rng, members: readonly StaffMember[], created: number): StaffMember {
  let total = 0;
  let n = 0;
  while (n < members.length && (members[n] as StaffMember).availableFrom <= created) {
    total += (members[n] as StaffMember).load;
    n++;
  }
  if (n === 0) return members[0] as StaffMember;
  let u = rng.next() * total;
  for (let i = 0; i < n - 1; i++) {
    u -= (members[i] as StaffMember).load;
    if (u < 0) return members[i] as StaffMember;
  }
  return members[n - 1] as StaffMember;
}
