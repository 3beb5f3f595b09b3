// The graphql-js peer of the API bench: a plain graphql-js server (graphql + graphql-http's Node
// handler) answering the bench's questions about one organisation from data held in memory,
// computed by the rules of DOMAIN.md. The data is the organisation's state exported by the .NET
// bench (people, staff, matches). Usage: node api-peer.mjs <port> <snapshot.json> <today YYYY-MM-DD>
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const [port, file, today] = [Number(process.argv[2]), process.argv[3], process.argv[4]];
const snapshot = JSON.parse(readFileSync(file, 'utf8'));
const org = snapshot.organisation;
const guidance = org.guidance;

const schema = buildSchema(`
  type Query { organisation(id: ID!): Organisation person(id: ID!): Person }
  enum CheckStatus { GREEN AMBER RED }
  enum AvailabilityStatus { AVAILABLE ON_LEAVE OFF_SICK UNAVAILABLE }
  enum MatchStage { INTERESTED APPLIED ORGANISATION_INTERVIEW PERSON_INTERVIEW OFFERED INDUCTION MATCHED ENDED }
  type Organisation {
    id: ID!
    whoKnowsEveryone(includeStaff: Boolean = false): [StaffMember!]!
    sizeCheck(adding: Int = 0): SizeCheck!
    workforce: WorkforceIndicators!
  }
  type SizeCheck { status: CheckStatus! peopleSupported: Int! adding: Int! inFirstYear: Boolean! findings: [Finding!]! }
  type Finding { code: String! status: CheckStatus! limit: Float actual: Float people: [Person!]! staff: [StaffMember!]! }
  type WorkforceIndicators {
    postsTotal: Int! postsFilled: Int! vacancyRate: Float! leaversLast12Months: Int! turnoverRate: Float!
    stabilityIndex: Float averageYearsInPost: Float! sicknessDaysPerWorker: Float! staffPerPerson: Float!
  }
  type Person { id: ID! name: String! team: Team! }
  type Team { fundedHoursPerWeek: Float! coveredHoursPerWeek: Float! members: [TeamMember!]! }
  type TeamMember { hoursPerWeek: Float! staff: StaffMember! match: Match! }
  type Match { stage: MatchStage! }
  type Availability { status: AvailabilityStatus! }
  type StaffMember { id: ID! name: String! role: String! availability: Availability! }
`);

// ---- dates (YYYY-MM-DD strings compare in order) ----
const dayNumber = (d) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86400000;
const fromDayNumber = (n) => new Date(n * 86400000).toISOString().slice(0, 10);
const addYears = (d, years) => {
  const y = +d.slice(0, 4) + years, m = +d.slice(5, 7), day = +d.slice(8, 10);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
};

// ---- the data, indexed once ----
const people = snapshot.people, staff = snapshot.staff, matches = snapshot.matches;
const personById = new Map(people.map((p) => [p.id, p]));
const staffById = new Map(staff.map((s) => [s.id, s]));
const isTeamMembership = (m) => m.stage === 'INDUCTION' || m.stage === 'MATCHED';
const knowsPairs = new Set();
for (const s of staff) for (const l of s.knowsPeople) knowsPairs.add(s.id + '|' + l.otherId);
for (const p of people) for (const l of p.knownBy) knowsPairs.add(l.otherId + '|' + p.id);
for (const m of matches) if (isTeamMembership(m)) knowsPairs.add(m.staffId + '|' + m.personId);
const colleaguePairs = new Set();
for (const s of staff) for (const l of s.knowsStaff) { colleaguePairs.add(s.id + '|' + l.otherId); colleaguePairs.add(l.otherId + '|' + s.id); }
const lastTogether = (s, p) => {
  let last = null;
  for (const l of s.knowsPeople) if (l.otherId === p.id && (last === null || l.lastTogetherOn > last)) last = l.lastTogetherOn;
  for (const l of p.knownBy) if (l.otherId === s.id && (last === null || l.lastTogetherOn > last)) last = l.lastTogetherOn;
  return last;
};

const personCurrent = (p, day) => !p.supportEndedOn || p.supportEndedOn > day;
const staffCurrent = (s, day) => !s.leftOn || s.leftOn > day;
const covers = (c, day) => day >= c.from && (!c.until || day <= c.until);
const availabilityOn = (s, day) => {
  const h = s.availabilityHistory;
  return h.length && covers(h[h.length - 1], day) ? h[h.length - 1].status : 'AVAILABLE';
};
// Availability windows as day numbers, once, so counting sick days is arithmetic.
const windows = new Map(staff.map((s) => [s.id, s.availabilityHistory.map((c) => ({
  status: c.status, from: dayNumber(c.from), until: c.until ? dayNumber(c.until) : Infinity,
}))]));
const statusOnDay = (w, n) => { for (let i = w.length - 1; i >= 0; i--) if (n >= w[i].from && n <= w[i].until) return w[i].status; return 'AVAILABLE'; };
const sickDays = (s, first, last) => {
  const w = windows.get(s.id);
  if (!w.some((c) => c.status === 'OFF_SICK')) return 0;
  let days = 0;
  for (let n = dayNumber(first), end = dayNumber(last); n <= end; n++) if (statusOnDay(w, n) === 'OFF_SICK') days++;
  return days;
};

// Hours to the hundredth, as the API shows them.
const roundHours = (h) => Math.round(h * 100) / 100;

const teamOf = (p, day) => {
  const members = matches.filter((m) => m.personId === p.id && isTeamMembership(m))
    .map((m) => ({ hoursPerWeek: m.hoursPerWeek, staff: staffById.get(m.staffId), match: m }));
  const covered = roundHours(members.filter((t) => t.match.stage === 'MATCHED' && t.staff && staffCurrent(t.staff, day) && availabilityOn(t.staff, day) === 'AVAILABLE')
    .reduce((sum, t) => sum + t.hoursPerWeek, 0));
  return { fundedHoursPerWeek: p.fundedHoursPerWeek, coveredHoursPerWeek: covered, members };
};

const rank = { GREEN: 0, AMBER: 1, RED: 2 };
const ids = (list) => list.map((x) => personById.get(x) ?? staffById.get(x));

function sizeCheck(adding, asOf) {
  const current = people.filter((p) => personCurrent(p, asOf));
  const colleagues = staff.filter((s) => staffCurrent(s, asOf));
  const inFirstYear = asOf < addYears(org.startedOn, 1);
  const total = current.length + adding;
  const findings = [];
  const finding = (code, status, limit, actual, personIds, staffIds) => findings.push({ code, status, limit, actual, people: ids(personIds), staff: ids(staffIds) });
  if (inFirstYear && total >= guidance.firstYearLimit) {
    finding('FIRST_YEAR_LIMIT', total > guidance.firstYearLimit ? 'RED' : 'AMBER', guidance.firstYearLimit, total, current.map((p) => p.id), []);
  }
  if (!inFirstYear) {
    const yearAgo = addYears(asOf, -1);
    const started = people.filter((p) => p.supportStartedOn > yearAgo && p.supportStartedOn <= asOf);
    if (started.length + adding > guidance.yearlyGrowthLimit) {
      finding('GROWTH_RATE', 'AMBER', guidance.yearlyGrowthLimit, started.length + adding, started.map((p) => p.id), []);
    }
  }
  if (total > guidance.ceilingAmber) {
    const red = total > guidance.ceilingRed;
    finding('CEILING', red ? 'RED' : 'AMBER', red ? guidance.ceilingRed : guidance.ceilingAmber, total, [], []);
  }
  const currentIds = new Set(current.map((p) => p.id));
  const busy = colleagues.map((s) => ({ s, teams: new Set(matches.filter((m) => m.staffId === s.id && isTeamMembership(m) && currentIds.has(m.personId)).map((m) => m.personId)).size }))
    .filter((b) => b.teams > guidance.maxTeamsPerStaff);
  if (busy.length) finding('STAFF_IN_MANY_TEAMS', 'AMBER', guidance.maxTeamsPerStaff, Math.max(...busy.map((b) => b.teams)), [], busy.map((b) => b.s.id));
  const leaders = colleagues.filter((s) => s.isLeader);
  const unknown = [];
  for (const l of leaders) for (const p of current) if (!knowsPairs.has(l.id + '|' + p.id)) unknown.push({ l, p });
  if (unknown.length) {
    finding('LEADER_DOES_NOT_KNOW', 'AMBER', 0, unknown.length, [...new Set(unknown.map((u) => u.p.id))], [...new Set(unknown.map((u) => u.l.id))]);
  }
  const stale = [];
  for (const l of leaders) for (const p of current) {
    const last = lastTogether(l, p);
    if (last !== null && dayNumber(asOf) - dayNumber(last) > guidance.leaderContactDays) stale.push({ l, p, days: dayNumber(asOf) - dayNumber(last) });
  }
  if (stale.length) {
    finding('LEADER_CONTACT_STALE', 'AMBER', guidance.leaderContactDays, Math.max(...stale.map((s) => s.days)), [...new Set(stale.map((s) => s.p.id))], [...new Set(stale.map((s) => s.l.id))]);
  }
  const gaps = current.map((p) => ({ p, covered: teamOf(p, asOf).coveredHoursPerWeek })).filter((g) => g.covered < g.p.fundedHoursPerWeek);
  if (gaps.length) {
    finding('FUNDED_HOURS_GAP', 'AMBER', roundHours(gaps.reduce((s, g) => s + g.p.fundedHoursPerWeek, 0)), roundHours(gaps.reduce((s, g) => s + g.covered, 0)), gaps.map((g) => g.p.id), []);
  }
  const status = findings.reduce((worst, f) => (rank[f.status] > rank[worst] ? f.status : worst), 'GREEN');
  return { status, asOf, peopleSupported: current.length, adding, inFirstYear, findings };
}

function workforce(asOf) {
  const yearAgo = addYears(asOf, -1);
  const postHolders = staff.filter((s) => s.contract === 'PERMANENT' || s.contract === 'TEMPORARY');
  const filled = postHolders.filter((s) => staffCurrent(s, asOf));
  const vacant = Math.max(0, org.fundedPosts - filled.length);
  const postsTotal = filled.length + vacant;
  const leavers = postHolders.filter((s) => s.leftOn && s.leftOn > yearAgo && s.leftOn <= asOf).length;
  const employedThen = postHolders.filter((s) => s.startedOn <= yearAgo && staffCurrent(s, yearAgo));
  const stillEmployed = employedThen.filter((s) => staffCurrent(s, asOf)).length;
  const years = filled.map((s) => (dayNumber(asOf) - dayNumber(s.startedOn)) / 365.25);
  const sick = filled.reduce((sum, s) => sum + sickDays(s, fromDayNumber(dayNumber(yearAgo) + 1), asOf), 0);
  const currentStaff = staff.filter((s) => staffCurrent(s, asOf)).length;
  const currentPeople = people.filter((p) => personCurrent(p, asOf)).length;
  return {
    postsTotal, postsFilled: filled.length, vacancyRate: postsTotal === 0 ? 0 : vacant / postsTotal,
    leaversLast12Months: leavers, turnoverRate: filled.length === 0 ? 0 : leavers / filled.length,
    stabilityIndex: employedThen.length === 0 ? null : stillEmployed / employedThen.length,
    averageYearsInPost: years.length === 0 ? 0 : years.reduce((a, b) => a + b, 0) / years.length,
    sicknessDaysPerWorker: filled.length === 0 ? 0 : sick / filled.length,
    staffPerPerson: currentPeople === 0 ? 0 : currentStaff / currentPeople,
  };
}

const staffMember = (s) => s && { id: s.id, name: s.name, role: s.role, availability: () => ({ status: availabilityOn(s, today) }) };
const organisation = {
  id: org.id,
  whoKnowsEveryone: ({ includeStaff }) => {
    const current = people.filter((p) => personCurrent(p, today));
    const colleagues = staff.filter((s) => staffCurrent(s, today));
    return colleagues.filter((s) => current.every((p) => knowsPairs.has(s.id + '|' + p.id))
      && (!includeStaff || colleagues.every((o) => o.id === s.id || colleaguePairs.has(s.id + '|' + o.id)))).map(staffMember);
  },
  sizeCheck: ({ adding }) => {
    const check = sizeCheck(adding, today);
    return { ...check, findings: check.findings.map((f) => ({ ...f, staff: f.staff.map(staffMember) })) };
  },
  workforce: () => workforce(today),
};
const person = (p) => p && {
  id: p.id, name: p.name,
  team: () => { const t = teamOf(p, today); return { ...t, members: t.members.map((m) => ({ ...m, staff: staffMember(m.staff) })) }; },
};
const rootValue = {
  organisation: ({ id }) => (id === org.id ? organisation : null),
  person: ({ id }) => person(personById.get(id)),
};

const handler = createHandler({ schema, rootValue });
http.createServer((req, res) => {
  if (req.url.startsWith('/graphql')) handler(req, res);
  else res.writeHead(404).end();
}).listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
