import { DEPARTMENTS, type Department, type StaffRole } from '../../../shared/domain/enums.ts';
import { DAY, localDate, type Period } from './calendar.ts';
import { PRODUCT_LINES } from './products.ts';
import { personName } from './names.ts';
import type { Rng } from './rng.ts';

/** Six cities in five regions; the first outlet of each city is its hub and hosts the city-wide teams. */
export const CITIES = [
  { code: 'SH', zh: '上海', region: '华东', weight: 0.2, districts: ['浦东', '闵行'] },
  { code: 'HZ', zh: '杭州', region: '华东', weight: 0.13, districts: ['西湖', '萧山'] },
  { code: 'GZ', zh: '广州', region: '华南', weight: 0.17, districts: ['天河', '番禺'] },
  { code: 'BJ', zh: '北京', region: '华北', weight: 0.2, districts: ['朝阳', '海淀'] },
  { code: 'CD', zh: '成都', region: '西南', weight: 0.15, districts: ['武侯', '高新'] },
  { code: 'WH', zh: '武汉', region: '华中', weight: 0.15, districts: ['江汉', '洪山'] },
] as const;

const DEPT_LABEL: Record<Department, [string, string]> = {
  customer_service: ['CS', '客服组'],
  tech_support: ['TS', '技术支持组'],
  onsite_repair: ['OR', '上门服务组'],
  parts: ['PT', '配件组'],
  quality: ['QA', '质检组'],
};

/** Roles of each team, lead first. Branches run customer service and onsite service; hubs also the city-wide teams. */
const HUB_TEAMS: readonly (readonly [Department, readonly StaffRole[]])[] = [
  ['customer_service', ['manager', 'team_lead', 'senior_agent', 'agent', 'agent']],
  ['onsite_repair', ['team_lead', 'technician', 'technician', 'technician', 'technician']],
  ['tech_support', ['team_lead', 'technician', 'technician']],
  ['parts', ['agent', 'agent']],
  ['quality', ['quality_inspector', 'quality_inspector', 'trainer']],
];
const BRANCH_TEAMS: readonly (readonly [Department, readonly StaffRole[]])[] = [
  ['customer_service', ['team_lead', 'senior_agent', 'agent', 'agent']],
  ['onsite_repair', ['team_lead', 'technician', 'technician', 'technician']],
];

/** How much of a team's ticket load a role carries. */
const ROLE_LOAD: Record<StaffRole, number> = {
  agent: 1,
  senior_agent: 1.15,
  technician: 1,
  team_lead: 0.35,
  manager: 0.08,
  quality_inspector: 1,
  trainer: 0.25,
};

const DEPT_SKILLS: Record<Department, readonly string[]> = {
  customer_service: ['communication', 'complaint_handling', 'product_knowledge', 'upselling'],
  tech_support: ['remote_diagnosis', 'product_knowledge', 'firmware'],
  onsite_repair: ['repair', 'installation', 'refrigerant_handling', 'electrical_safety'],
  parts: ['parts_management', 'inventory', 'logistics'],
  quality: ['quality_audit', 'coaching', 'root_cause_analysis'],
};

export interface OutletRow {
  id: number;
  code: string;
  name: string;
  city: string;
  region: string;
  cityIndex: number;
}
export interface TeamRow {
  id: number;
  code: string;
  name: string;
  department: Department;
  outletId: number;
}

export interface StaffMember {
  id: number;
  employeeNo: string;
  name: string;
  role: StaffRole;
  teamId: number;
  outletId: number;
  skills: string;
  hireDate: string;
  /** Takes tickets only after the pre-job training (at least five days, seed 000). */
  availableFrom: number;
  load: number;
  /** Multiplies the time this person needs; new hires and low performers are slower. */
  speed: number;
  /** Shifts customer satisfaction with this person's work. */
  quality: number;
}

export interface Org {
  outlets: OutletRow[];
  teams: TeamRow[];
  staff: StaffMember[];
  /** Outlet ids per city index, hub first. */
  cityOutlets: number[][];
  /** Team id by outlet id and department index (0 where the outlet has no such team). */
  teamAt: Int32Array[];
  /** Members of each team by team id, in the order they became available. */
  members: StaffMember[][];
}

export function buildOrg(rng: Rng, period: Period): Org {
  const outlets: OutletRow[] = [];
  const teams: TeamRow[] = [];
  const staff: StaffMember[] = [];
  const cityOutlets: number[][] = [];
  const teamAt: Int32Array[] = [new Int32Array(DEPARTMENTS.length)];
  const members: StaffMember[][] = [[]];

  CITIES.forEach((city, cityIndex) => {
    cityOutlets.push([]);
    city.districts.forEach((district, i) => {
      const hub = i === 0;
      const outlet: OutletRow = {
        id: outlets.length + 1,
        code: `${city.code}0${i + 1}`,
        name: `${city.zh}${district}${hub ? '服务中心' : '服务网点'}`,
        city: city.zh,
        region: city.region,
        cityIndex,
      };
      outlets.push(outlet);
      cityOutlets[cityIndex]?.push(outlet.id);
      const byDept = new Int32Array(DEPARTMENTS.length);
      teamAt.push(byDept);
      for (const [department, roles] of hub ? HUB_TEAMS : BRANCH_TEAMS) {
        const [deptCode, deptZh] = DEPT_LABEL[department];
        const team: TeamRow = {
          id: teams.length + 1,
          code: `${outlet.code}-${deptCode}`,
          name: `${district}${deptZh}`,
          department,
          outletId: outlet.id,
        };
        teams.push(team);
        byDept[DEPARTMENTS.indexOf(department)] = team.id;
        const crew = staffTeam(rng, period, team, roles, staff.length);
        staff.push(...crew);
        members.push(crew.sort((a, b) => a.availableFrom - b.availableFrom || a.id - b.id));
      }
    });
  });
  return { outlets, teams, staff, cityOutlets, teamAt, members };
}

function staffTeam(
  rng: Rng,
  period: Period,
  team: TeamRow,
  roles: readonly StaffRole[],
  before: number,
): StaffMember[] {
  // Frontline seats may be filled by a recent hire: the training area needs new staff with only a few weeks of work.
  // The last two seats are frontline ones in every team of four or more, and two veterans always remain.
  const newSeat = roles.length >= 4 && rng.chance(0.6) ? roles.length - 1 : -1;
  const midSeat = roles.length >= 4 && rng.chance(0.3) ? roles.length - 2 : -1;
  return roles.map((role, seat) => {
    const id = before + seat + 1;
    let hired: number;
    if (seat === newSeat) hired = period.end - rng.between(12, 110) * DAY;
    else if (seat === midSeat) hired = period.end - rng.between(130, 300) * DAY;
    else hired = period.start - Math.floor(30 + 3600 * Math.pow(rng.next(), 1.4)) * DAY;
    const novice = period.end - hired < 320 * DAY;
    const lowPerformer = !novice && rng.chance(0.07);
    return {
      id,
      employeeNo: `E${10000 + id}`,
      name: personName(rng),
      role,
      teamId: team.id,
      outletId: team.outletId,
      skills: JSON.stringify(skillsFor(rng, team.department, role)),
      hireDate: localDate(hired),
      availableFrom: hired + 7 * DAY,
      load: ROLE_LOAD[role] * rng.lognormal(1, 0.2),
      speed: rng.lognormal(1, 0.15) * (novice ? 1.35 : 1) * (lowPerformer ? 1.4 : 1),
      quality: 0.25 * rng.normal() - (novice ? 0.35 : 0) - (lowPerformer ? 0.8 : 0),
    };
  });
}

function skillsFor(rng: Rng, department: Department, role: StaffRole): string[] {
  const skills = DEPT_SKILLS[department].filter((_, i) => i === 0 || rng.chance(0.55));
  if (role === 'trainer') skills.push('training');
  if (department !== 'parts' && department !== 'quality') {
    const lines = PRODUCT_LINES.filter(() => rng.chance(0.35)).map((l) => l.id);
    skills.push(...(lines.length ? lines : [PRODUCT_LINES[0]?.id ?? 'air_conditioner']));
  }
  return skills;
}
