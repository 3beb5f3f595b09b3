// The graphql-js peer of the API bench: a plain graphql-js server (graphql + graphql-http's Node
// handler) answering the bench's four questions about one organisation from data held in memory,
// computed by the "Precise rules" of DOMAIN.md — a second implementation, written from the
// specification, that must give byte for byte the JSON SupportGrains gives.
// The data is what the organisation's grains recorded, as the .NET bench exports it: the
// organisation, people (funded-hours history), staff (availability history), matches (hour
// allocations) and knows links. No figure is precomputed there: every answer is worked out here.
// Usage: node api-peer.mjs <port> <snapshot.json> <today YYYY-MM-DD>
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const [port, file, today] = [Number(process.argv[2]), process.argv[3], process.argv[4]];
const snapshot = JSON.parse(readFileSync(file, 'utf8'));
const org = snapshot.organisation;
const guidance = org.guidance;

const schema = buildSchema(`
  scalar Date
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
  type SizeCheck { status: CheckStatus! asOf: Date! peopleSupported: Int! adding: Int! inFirstYear: Boolean! findings: [Finding!]! }
  type Finding { code: String! status: CheckStatus! message: String! limit: Float actual: Float people: [Person!]! staff: [StaffMember!]! }
  type WorkforceIndicators {
    asOf: Date! postsTotal: Int! postsFilled: Int! postsVacant: Int! vacancyRate: Float! leaversLast12Months: Int!
    turnoverRate: Float! stabilityIndex: Float averageYearsInPost: Float! shareWithMoreThanOneYear: Float!
    sicknessDaysPerWorker: Float! staffPerPerson: Float!
  }
  type Person { id: ID! name: String! team: Team }
  type Team { fundedHoursPerWeek: Float! coveredHoursPerWeek: Float! uncoveredHoursPerWeek: Float! members: [TeamMember!]! }
  type TeamMember { hoursPerWeek: Float! staff: StaffMember! match: Match! }
  type Match { stage: MatchStage! }
  type Availability { status: AvailabilityStatus! }
  type StaffMember { id: ID! name: String! role: String! availability: Availability! }
`);

// ---- days: YYYY-MM-DD strings compare in order; day numbers count days ----
const dayNumber = (d) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86400000;
const fromDayNumber = (n) => new Date(n * 86400000).toISOString().slice(0, 10);
const addDays = (d, days) => fromDayNumber(dayNumber(d) + days);
// A year on or back, 29 February becoming the 28th.
const addYears = (d, years) => {
  const y = +d.slice(0, 4) + years, m = +d.slice(5, 7), day = +d.slice(8, 10);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
};

// ---- hours ----
// To the hundredth, half away from zero, as the API keeps them (hours are never negative).
const roundHours = (h) => Math.round(h * 100) / 100;
// Hours in a sentence, as .NET writes "0.##": the number to 15 significant digits, then to two
// decimals half away from zero, without trailing zeros.
const hoursText = (h) => {
  const [whole, fraction] = Math.abs(h).toPrecision(15).split('.');
  const digits = (fraction ?? '').padEnd(3, '0');
  const hundredths = BigInt(whole) * 100n + BigInt(digits.slice(0, 2)) + (digits[2] >= '5' ? 1n : 0n);
  const cents = String(hundredths % 100n).padStart(2, '0').replace(/0+$/, '');
  return (h < 0 && hundredths > 0n ? '-' : '') + String(hundredths / 100n) + (cents ? '.' + cents : '');
};

// ---- the data, indexed once ----
const people = snapshot.people, staff = snapshot.staff, matches = snapshot.matches;
const personById = new Map(people.map((p) => [p.id, p]));
const staffById = new Map(staff.map((s) => [s.id, s]));
const isTeamMembership = (m) => m.stage === 'INDUCTION' || m.stage === 'MATCHED';
const group = (list, key) => {
  const groups = new Map();
  for (const x of list) {
    const k = key(x);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(x);
  }
  return groups;
};
const matchesOfPerson = group(matches, (m) => m.personId);
const matchesOfStaff = group(matches, (m) => m.staffId);

// Knows: each link is one fact in the organisation's knows grain, read the same from either side;
// the members of a person's team (INDUCTION or MATCHED) count as knowing the person.
const pair = (a, b) => a + '|' + b;
const knowsPerson = new Set();
const lastTogether = new Map();
const knowsColleague = new Set();
for (const link of snapshot.knows) {
  if (link.personId) {
    knowsPerson.add(pair(link.staffId, link.personId));
    lastTogether.set(pair(link.staffId, link.personId), link.lastTogetherOn);
  } else {
    knowsColleague.add(pair(link.staffId, link.colleagueId));
    knowsColleague.add(pair(link.colleagueId, link.staffId));
  }
}
for (const m of matches) if (isTeamMembership(m)) knowsPerson.add(pair(m.staffId, m.personId));
const knows = (s, p) => knowsPerson.has(pair(s.id, p.id));

// ---- current on a day: started on or before it, not ended or left by it; candidates (no start) never ----
const personIsCurrent = (p, day) => p.supportStartedOn <= day && (!p.supportEndedOn || p.supportEndedOn > day);
const staffIsCurrent = (s, day) => s.startedOn != null && s.startedOn <= day && (!s.leftOn || s.leftOn > day);
const currentPeople = (day) => people.filter((p) => personIsCurrent(p, day));
const currentStaff = (day) => staff.filter((s) => staffIsCurrent(s, day));

// ---- availability: the latest-recorded change whose window covers the day; AVAILABLE when none ----
const covers = (c, day) => c.from <= day && (!c.until || day <= c.until);
const availabilityOn = (s, day) => {
  for (let i = s.availability.length - 1; i >= 0; i--) if (covers(s.availability[i], day)) return s.availability[i].status;
  return 'AVAILABLE';
};
// The same rule over day numbers, the windows converted once, so counting a year's sick days is arithmetic.
const windows = new Map(staff.map((s) => [s.id, s.availability.map((c) => ({
  status: c.status, from: dayNumber(c.from), until: c.until ? dayNumber(c.until) : Infinity,
}))]));
const statusOnDayNumber = (w, n) => {
  for (let i = w.length - 1; i >= 0; i--) if (n >= w[i].from && n <= w[i].until) return w[i].status;
  return 'AVAILABLE';
};
const sickDays = (s, first, last) => {
  const w = windows.get(s.id);
  if (!w.some((c) => c.status === 'OFF_SICK')) return 0;
  let days = 0;
  for (let n = dayNumber(first), end = dayNumber(last); n <= end; n++) if (statusOnDayNumber(w, n) === 'OFF_SICK') days++;
  return days;
};

// ---- hours on a day ----
// Allocated through a match: the latest allocation whose window covers the day (0 when none does).
const hoursOn = (m, day) => {
  if (m.allocations.length === 0) return m.hoursPerWeek;
  for (let i = m.allocations.length - 1; i >= 0; i--) {
    const a = m.allocations[i];
    if (a.from <= day && (!a.to || day <= a.to)) return a.hoursPerWeek;
  }
  return 0;
};
// Funded: the change in force on the day (the latest from on or before it; the first before any).
const fundedHoursOn = (p, day) => {
  if (p.fundedHours.length === 0) return p.fundedHoursPerWeek;
  let found = null;
  for (const c of p.fundedHours) if (c.from <= day && (found === null || c.from >= found.from)) found = c;
  return (found ?? p.fundedHours[0]).hoursPerWeek;
};

// ---- the team around a person on a day ----
const teamOf = (p, day) => {
  const members = (matchesOfPerson.get(p.id) ?? []).filter(isTeamMembership)
    .map((m) => ({ staffId: m.staffId, match: m, hoursPerWeek: hoursOn(m, day) }));
  const covered = roundHours(members
    .filter((t) => t.match.stage === 'MATCHED' && staffById.has(t.staffId) && staffIsCurrent(staffById.get(t.staffId), day)
      && availabilityOn(staffById.get(t.staffId), day) === 'AVAILABLE')
    .reduce((sum, t) => sum + t.hoursPerWeek, 0));
  const funded = fundedHoursOn(p, day);
  return { fundedHoursPerWeek: funded, coveredHoursPerWeek: covered, uncoveredHoursPerWeek: roundHours(Math.max(0, funded - covered)), members };
};
// Teams a colleague is in on a day: people (current on it) of their INDUCTION or MATCHED matches.
const teamCount = (s, day) => new Set((matchesOfStaff.get(s.id) ?? [])
  .filter((m) => isTeamMembership(m) && personById.has(m.personId) && personIsCurrent(personById.get(m.personId), day)).map((m) => m.personId)).size;
const allocatedHours = (s, day) => roundHours((matchesOfStaff.get(s.id) ?? [])
  .filter((m) => isTeamMembership(m) && personById.has(m.personId) && personIsCurrent(personById.get(m.personId), day))
  .reduce((sum, m) => sum + hoursOn(m, day), 0));

// ---- the size check ----
const rank = { GREEN: 0, AMBER: 1, RED: 2 };
const distinct = (list) => [...new Set(list)];
const plural = (n, one, many) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
const counted = (now, adding, verb = '') => `${plural(now + adding, 'person', 'people')}${verb ? ' ' + verb : ''}`
  + (adding > 0 ? ` (${now} now and ${adding} being added)` : '');
const names = (list) => list.map((x) => x.name).join(', ');
const normalisedName = (name) => name.split(' ').filter((w) => w.length > 0).join(' ').toUpperCase();

function sizeCheck(adding, asOf, judgedAgainst) {
  const current = currentPeople(asOf);
  const colleagues = currentStaff(asOf);
  const inFirstYear = asOf >= org.startedOn && asOf < addYears(org.startedOn, 1);
  const total = current.length + adding;
  const findings = [];
  const finding = (code, status, message, limit, actual, personIds, staffIds) => findings.push({ code, status, message, limit, actual, personIds, staffIds });

  if (inFirstYear && total >= guidance.firstYearLimit) {
    const red = total > guidance.firstYearLimit;
    finding('FIRST_YEAR_LIMIT', red ? 'RED' : 'AMBER',
      `In its first year (started ${org.startedOn}) the organisation would support ${counted(current.length, adding)}; `
      + (red ? `the guidance is at most ${guidance.firstYearLimit} in the first year.` : `that is the first-year limit of ${guidance.firstYearLimit}, with no room for more.`),
      guidance.firstYearLimit, total, current.map((p) => p.id), []);
  }
  if (!inFirstYear) {
    const yearAgo = addYears(asOf, -1);
    const started = people.filter((p) => p.supportStartedOn > yearAgo && p.supportStartedOn <= asOf);
    if (started.length + adding > guidance.yearlyGrowthLimit) {
      finding('GROWTH_RATE', 'AMBER',
        `${counted(started.length, adding, 'started')} in the 12 months to ${asOf}; the guidance is about ${guidance.yearlyGrowthLimit} a year after the first.`,
        guidance.yearlyGrowthLimit, started.length + adding, started.map((p) => p.id), []);
    }
  }
  if (total > guidance.ceilingAmber) {
    const red = total > guidance.ceilingRed;
    finding('CEILING', red ? 'RED' : 'AMBER',
      `The organisation would support ${counted(current.length, adding)}; `
      + (red ? `above ${guidance.ceilingRed} the guidance warns strongly that it is no longer small.` : `above ${guidance.ceilingAmber} the guidance asks whether it is still small enough for everyone to know everyone.`),
      red ? guidance.ceilingRed : guidance.ceilingAmber, total, [], []);
  }

  const busy = colleagues.map((s) => ({ s, teams: teamCount(s, asOf) })).filter((b) => b.teams > guidance.maxTeamsPerStaff);
  if (busy.length) {
    finding('STAFF_IN_MANY_TEAMS', 'AMBER',
      `${busy.map((b) => `${b.s.name} is in ${b.teams} teams`).join('; ')} — the guidance is that staff are not in lots of people's teams (at most ${guidance.maxTeamsPerStaff}).`,
      guidance.maxTeamsPerStaff, Math.max(...busy.map((b) => b.teams)), [], busy.map((b) => b.s.id));
  }

  const leaders = colleagues.filter((s) => s.isLeader);
  const unknown = leaders.flatMap((l) => current.filter((p) => !knows(l, p)).map((p) => ({ l, p })));
  if (unknown.length) {
    const byLeader = group(unknown, (u) => u.l.id);
    finding('LEADER_DOES_NOT_KNOW', 'AMBER',
      [...byLeader.values()].map((g) => `${g[0].l.name} does not know ${names(g.map((u) => u.p))}`).join('; ') + ' — leaders should know every person supported.',
      0, unknown.length, distinct(unknown.map((u) => u.p.id)), distinct(unknown.map((u) => u.l.id)));
  }

  // Judged on the earlier of the day asked about and today: nobody knows future visits. A leader
  // who knows a person (a link, or through a team) with no time together recorded is stale too.
  const judgedOn = asOf < judgedAgainst ? asOf : judgedAgainst;
  const stale = leaders.flatMap((l) => current.filter((p) => knows(l, p)).map((p) => ({ l, p, last: lastTogether.get(pair(l.id, p.id)) ?? null })))
    .filter((x) => x.last === null || dayNumber(judgedOn) - dayNumber(x.last) > guidance.leaderContactDays);
  if (stale.length) {
    const why = (x) => (x.last !== null
      ? `${x.l.name} last spent time with ${x.p.name} on ${x.last} (${dayNumber(judgedOn) - dayNumber(x.last)} days before ${judgedOn})`
      : `${x.l.name} knows ${x.p.name} but no time together is recorded`);
    const days = stale.filter((x) => x.last !== null).map((x) => dayNumber(judgedOn) - dayNumber(x.last));
    finding('LEADER_CONTACT_STALE', 'AMBER',
      stale.map(why).join('; ') + ` — leaders should see everyone supported at least every ${guidance.leaderContactDays} days.`,
      guidance.leaderContactDays, days.length ? Math.max(...days) : null, distinct(stale.map((x) => x.p.id)), distinct(stale.map((x) => x.l.id)));
  }

  const gaps = current.map((p) => ({ p, funded: fundedHoursOn(p, asOf), covered: teamOf(p, asOf).coveredHoursPerWeek })).filter((g) => g.covered < g.funded);
  if (gaps.length) {
    finding('FUNDED_HOURS_GAP', 'AMBER',
      gaps.map((g) => `${g.p.name}: ${hoursText(g.covered)} of ${hoursText(g.funded)} funded hours a week covered (${hoursText(g.funded - g.covered)} short)`).join('; ')
      + ' — covered hours count matched team members who are available.',
      roundHours(gaps.reduce((sum, g) => sum + g.funded, 0)), roundHours(gaps.reduce((sum, g) => sum + g.covered, 0)), gaps.map((g) => g.p.id), []);
  }

  // Warnings beside the guidance: colleagues allocated past their contract, and shared names.
  const over = colleagues.filter((s) => s.contract === 'PERMANENT' || s.contract === 'TEMPORARY')
    .map((s) => ({ s, allocated: allocatedHours(s, asOf) })).filter((o) => o.allocated > o.s.contractedHoursPerWeek);
  if (over.length) {
    finding('ALLOCATED_OVER_CONTRACT', 'AMBER',
      over.map((o) => `${o.s.name} is allocated ${hoursText(o.allocated)} hours a week across their teams but contracted for ${hoursText(o.s.contractedHoursPerWeek)}`).join('; ')
      + ' — allocations should fit within what each colleague is contracted for.',
      Math.max(...over.map((o) => o.s.contractedHoursPerWeek)), Math.max(...over.map((o) => o.allocated)), [], over.map((o) => o.s.id));
  }
  // Everyone not yet ended or left counts here, those still to start included: a name is a name.
  const sameNamePeople = [...group(people.filter((p) => !p.supportEndedOn || p.supportEndedOn > asOf), (p) => normalisedName(p.name)).values()].filter((g) => g.length > 1);
  const sameNameStaff = [...group(staff.filter((s) => !s.leftOn || s.leftOn > asOf), (s) => normalisedName(s.name)).values()].filter((g) => g.length > 1);
  if (sameNamePeople.length || sameNameStaff.length) {
    const named = [...sameNamePeople.map((g) => `${g.length} people are called ${g[0].name}`), ...sameNameStaff.map((g) => `${g.length} colleagues are called ${g[0].name}`)];
    finding('DUPLICATE_NAME', 'AMBER',
      named.join('; ') + ' — check they are not the same person recorded twice, and tell them apart (a middle name or initial).',
      null, sameNamePeople.flat().length + sameNameStaff.flat().length, sameNamePeople.flat().map((p) => p.id), sameNameStaff.flat().map((s) => s.id));
  }

  const status = findings.reduce((worst, f) => (rank[f.status] > rank[worst] ? f.status : worst), 'GREEN');
  return { status, asOf, peopleSupported: current.length, adding, inFirstYear, findings };
}

// ---- workforce (ASC-WDS): permanent and temporary staff fill posts; bank and agency count in staffPerPerson only ----
function workforce(asOf) {
  const yearAgo = addYears(asOf, -1);
  const postHolders = staff.filter((s) => s.startedOn != null && (s.contract === 'PERMANENT' || s.contract === 'TEMPORARY'));
  const filled = postHolders.filter((s) => staffIsCurrent(s, asOf));
  const vacant = Math.max(0, org.fundedPosts - filled.length);
  const postsTotal = filled.length + vacant;
  const leavers = postHolders.filter((s) => s.leftOn && s.leftOn > yearAgo && s.leftOn <= asOf).length;
  const employedThen = postHolders.filter((s) => staffIsCurrent(s, yearAgo));
  const stillEmployed = employedThen.filter((s) => staffIsCurrent(s, asOf)).length;
  const years = filled.map((s) => (dayNumber(asOf) - dayNumber(s.startedOn)) / 365.25);
  const sick = filled.reduce((sum, s) => sum + sickDays(s, addDays(yearAgo, 1), asOf), 0);
  const staffNow = currentStaff(asOf).length;
  const peopleNow = currentPeople(asOf).length;
  return {
    asOf, postsTotal, postsFilled: filled.length, postsVacant: vacant, vacancyRate: postsTotal === 0 ? 0 : vacant / postsTotal,
    leaversLast12Months: leavers, turnoverRate: filled.length === 0 ? 0 : leavers / filled.length,
    stabilityIndex: employedThen.length === 0 ? null : stillEmployed / employedThen.length,
    averageYearsInPost: years.length === 0 ? 0 : years.reduce((a, b) => a + b, 0) / years.length,
    shareWithMoreThanOneYear: years.length === 0 ? 0 : years.filter((y) => y > 1).length / years.length,
    sicknessDaysPerWorker: filled.length === 0 ? 0 : sick / filled.length,
    staffPerPerson: peopleNow === 0 ? 0 : staffNow / peopleNow,
  };
}

// ---- the graph ----
const staffMember = (s) => s && { id: s.id, name: s.name, role: s.role, availability: () => ({ status: availabilityOn(s, today) }) };
const personNode = (p) => p && {
  id: p.id, name: p.name,
  team: () => {
    const team = teamOf(p, today);
    return { ...team, members: team.members.map((m) => ({ hoursPerWeek: m.hoursPerWeek, staff: staffMember(staffById.get(m.staffId)), match: m.match })) };
  },
};
const organisation = {
  id: org.id,
  // Current staff who know every current person (with includeStaff, every other current colleague too).
  whoKnowsEveryone: ({ includeStaff }) => {
    const current = currentPeople(today);
    const colleagues = currentStaff(today);
    return colleagues.filter((s) => current.every((p) => knows(s, p))
      && (!includeStaff || colleagues.every((o) => o.id === s.id || knowsColleague.has(pair(s.id, o.id))))).map(staffMember);
  },
  sizeCheck: ({ adding }) => {
    const check = sizeCheck(adding, today, today);
    return {
      ...check,
      findings: check.findings.map((f) => ({
        ...f,
        people: f.personIds.map((id) => personById.get(id)).filter(Boolean).map(personNode),
        staff: f.staffIds.map((id) => staffById.get(id)).filter(Boolean).map(staffMember),
      })),
    };
  },
  workforce: () => workforce(today),
};
const rootValue = {
  organisation: ({ id }) => (id === org.id ? organisation : null),
  person: ({ id }) => personNode(personById.get(id)),
};

const handler = createHandler({ schema, rootValue });
http.createServer((req, res) => {
  if (req.url.startsWith('/graphql')) handler(req, res);
  else res.writeHead(404).end();
}).listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
