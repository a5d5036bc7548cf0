/**
 * Scale benchmark for the reader's own corpus (`npm run bench:scale [-- --articles N] [--runs N]
 * [--no-browser] [--save snapshot.json]`): figures printed, not asserted. 1,000 generated news articles (about 30,000
 * sentences) are added on top of the bundled corpus, then:
 *
 * 1. Adding one more article: addArticle on the corpus that holds 100, 500 and 1,000 of them (the
 *    builder warm, as in the background), and the corpus service's update(next) for that add.
 *    Medians over `runs` different new articles; each is removed again before the next.
 * 2. Matching a page against that corpus: createCorpusService(corpus).match(sentences) for a
 *    short article (tests/fixtures/pages/inline-markup.html) and a 3,000-sentence page, as a ratio
 *    to the floor, segmentSentences of the same text in the same run (the bundled corpus beside).
 * 3. Memory: the Node heap before and after the service for the 1,000-article corpus is built
 *    (needs NODE_OPTIONS=--expose-gc, which the script sets by re-running itself), the size of the
 *    snapshot JSON; then, in Chromium with the built extension, the service worker's JS heap with
 *    the bundled and with the large corpus, a news page's heap with and without the extension,
 *    and the page's annotation time (load to highlights painted) with either corpus.
 *
 * The generated articles come from a deterministic generator: 400 news events over 10 topics,
 * each reported by one to five articles that share some of the event's facts in different words
 * (and now and then a different figure), padded with background sentences of the topic, so that
 * claims gather a few sources each and do not all collide.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { addArticle, createCorpusBuilder, removeArticle } from '../src/core/corpus';
import type { Corpus } from '../src/core/corpus/types';
import { segmentSentences } from '../src/core/text';
import { createCorpusService } from '../src/background/corpus-service';
import { corpusFingerprint } from '../src/background/user-corpus';
import { loadBundledCorpus } from '../src/cli/bundled-articles';
import { makeLongArticle } from '../tests/fixtures/pages/long-article';
import { startSession, type Session } from '../tests/e2e/harness';

const ROOT = join(import.meta.dirname, '..');

// --expose-gc is needed for heap figures; re-run once with it rather than ask every caller.
if (typeof globalThis.gc !== 'function' && !process.env.BENCH_SCALE_CHILD) {
  const result = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_SCALE_CHILD: '1', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim() },
  });
  process.exit(result.status ?? 1);
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const ARTICLES = Number(option('articles') ?? 1000);
const RUNS = Number(option('runs') ?? 7);
const CHECKPOINTS = [...new Set([Math.round(ARTICLES / 10), Math.round(ARTICLES / 2), ARTICLES])].filter((n) => n > 0);
const BROWSER = !args.includes('--no-browser');
/** Words of the long page: 81,000 give 2,982 sentences. */
const LONG_WORDS = 81_000;

// ---------- deterministic randomness ----------
let seed = 20250101;
function rand(): number {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

// ---------- vocabulary ----------
const FIRST = `Amara Daniel Sofia Omar Lena Mateo Priya Jonas Ines Tariq Elena Kofi Marta Yusuf Hanna Luca
Ayesha Pavel Nadia Samuel Chiara Ravi Freya Idris Lucia Mikhail Zara Emeka Ingrid Hassan Clara Dmitri Noura
Felix Amani Oscar Leila Tomasz Esther Karim Greta Jamal Alice Sergio Fatima Hugo Mei Anders Rosa Kenji Olga
Tobias Grace Malik Irene Bruno Selin Victor Dalia Nikolai`.split(/\s+/);
const LAST = `Okafor Lindqvist Moreau Haddad Petrova Castillo Nakamura Brennan Adeyemi Kowalski Rahman Ferreira
Johansson Mensah Rossi Novak Aziz Schmidt Delacroix Bianchi Osei Varga Khalil Eriksen Navarro Ibrahim Dubois
Kaplan Mwangi Horvath Salazar Quinn Tanaka Abbas Fischer Lambert Costa Jansen Karimi Hughes Duarte Volkov
Nilsson Achebe Morales Weber Farouk Sato Lindgren Barros Kuznetsova Mahmoud Ortega Keller Asante Popescu
Yilmaz Kader Ward Lopez`.split(/\s+/);
const SYLLABLES = ['val', 'mor', 'ken', 'ash', 'bri', 'dal', 'esk', 'far', 'gol', 'hav', 'lin', 'mar', 'nor', 'ost', 'pel', 'ros', 'sel', 'tor', 'ulm', 'ver', 'wyn', 'zan'];
const PLACE_ENDINGS = ['ford', 'ton', 'bury', 'mouth', 'vale', 'holm', 'stad', 'burg', 'port', 'field', 'a', 'ia'];
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);
/** 600 invented towns: enough that a town name says which event a sentence is about. */
const PLACES = Array.from({ length: 600 }, (_, i) => {
  const a = SYLLABLES[i % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]!;
  return capital(a + b + PLACE_ENDINGS[(i * 5 + Math.floor(i / 7)) % PLACE_ENDINGS.length]!);
});
const REGIONS = ['the northern province', 'the coastal region', 'the eastern highlands', 'the southern delta', 'the western valley', 'the capital district', 'the border region', 'the central plains'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLETS = ['The Harbour Times', 'Valley Herald', 'Northern Courier', 'Daily Ledger', 'The Evening Post', 'Capital Wire', 'Coastal Gazette', 'The Observer Star', 'Metro Bulletin', 'Plains Chronicle'];

/** The values an event's sentences are written from. */
interface EventValues {
  place: string;
  place2: string;
  region: string;
  a: string;
  b: string;
  c: string;
  org: string;
  day: string;
  month: string;
  year: number;
  n1: number;
  n2: number;
  n3: number;
  pct: number;
  money: number;
}

interface Topic {
  name: string;
  headlines: string[];
  /** Facts of an event: each a list of wordings of the same statement. */
  facts: string[][];
  /** Background sentences: random values each time, so they seldom repeat. */
  background: string[];
  orgs: string[];
}

const TOPICS: Topic[] = [
  {
    name: 'election',
    headlines: ['{a} claims victory in {place} election', 'Voters in {place} back {a} as turnout rises', 'Election in {region} ends in narrow result'],
    orgs: ['the Electoral Commission', 'the Reform Party', 'the National Alliance', 'the Civic Union'],
    facts: [
      ['{a} won the mayoral election in {place} with {pct} percent of the vote.', 'In {place}, {a} took {pct} percent of the vote to win the mayoral race.'],
      ['Turnout in {place} reached {n1} percent, the highest since {year}.', 'About {n1} percent of registered voters in {place} cast a ballot, more than at any election since {year}.'],
      ['{b}, the candidate of {org}, conceded defeat on {day} evening.', 'On {day} evening {b} of {org} admitted that the race was lost.'],
      ['{c} said the count was delayed by {n2} hours in {place2}.', 'Counting in {place2} ran {n2} hours late, according to {c}.'],
      ['{org} said it would ask for a recount in {n3} districts.', 'A recount will be requested in {n3} districts, {org} announced.'],
      ['{a} promised to cut local taxes within the first year.', 'Cutting local taxes in the first year was the central pledge of {a}.'],
      ['Observers reported no serious irregularities at polling stations in {region}.', 'International observers found no serious irregularities in {region}, they said.'],
      ['The new council will meet for the first time in {month}.', 'Its first session is planned for {month}, officials said.'],
      ['{b} had led the opinion polls until the final week of the campaign.', 'Until the last week of campaigning, {b} was ahead in every opinion poll.'],
      ['{a} is the first woman to lead {place} since the city was founded.', 'No woman had ever led {place} before {a}, historians noted.'],
    ],
    background: [
      'Campaign posters still lined the main avenue of {place} on {day}.',
      'Several voters said they had queued for more than {n1} minutes outside schools in {place}.',
      'Local radio stations carried results from {n2} districts through the night.',
      'The last election in {region} was held in {year} amid a dispute over postal ballots.',
      'Supporters of {a} gathered in a square near the town hall of {place}.',
      'Analysts in {place2} said the result reflected anger over rising rents.',
    ],
  },
  {
    name: 'flood',
    headlines: ['Floods sweep through {place} after days of rain', 'Thousands flee rising water in {region}', 'River bursts its banks near {place}'],
    orgs: ['the Red Cross', 'the national weather service', 'the civil protection agency', 'the regional fire brigade'],
    facts: [
      ['At least {n1} people were killed by floods in {place} on {day}.', 'Floods killed at least {n1} people in {place} on {day}, officials said.'],
      ['{org} said {n2} people had been evacuated from {region}.', 'Some {n2} people were moved out of {region}, according to {org}.'],
      ['The river in {place} rose {n3} metres above its normal level.', 'Water levels in {place} stood {n3} metres above normal.'],
      ['{a}, the regional governor, declared a state of emergency.', 'A state of emergency was declared by governor {a}.'],
      ['More than {n1}00 homes were flooded in {place2}.', 'In {place2}, more than {n1}00 houses were under water.'],
      ['Rail services between {place} and {place2} were suspended.', 'Trains stopped running between {place} and {place2}.'],
      ['{b} of {org} warned that more rain was expected on {day}.', 'More rain is forecast for {day}, {b} of {org} warned.'],
      ['The government released {money} million in emergency aid.', 'Emergency aid of {money} million was released by the government.'],
      ['Schools across {region} will stay closed until further notice.', 'All schools in {region} remain shut until further notice.'],
      ['It was the worst flooding in {place} since {year}.', '{place} has not seen floods this severe since {year}.'],
    ],
    background: [
      'Residents of {place} carried furniture to upper floors as the water rose.',
      'Volunteers filled sandbags outside the church in {place2} for {n1} hours.',
      'Farmers in {region} said their wheat fields were lost.',
      'Boats were used to reach villages cut off south of {place}.',
      'The dam upstream of {place} was built in {year} and last inspected {n2} years ago.',
      'Mud covered the streets of the old town when the water receded.',
    ],
  },
  {
    name: 'strike',
    headlines: ['Workers walk out at {org} plant in {place}', 'Strike halts production in {place}', 'Union rejects pay offer as strike widens'],
    orgs: ['the transport workers union', 'the steel workers federation', 'the nurses union', 'the dockers association'],
    facts: [
      ['About {n2} workers joined the strike called by {org} in {place}.', '{org} said some {n2} workers in {place} stopped work.'],
      ['The union is demanding a pay rise of {pct} percent.', 'Workers want wages raised by {pct} percent, the union said.'],
      ['{a}, who leads {org}, said the strike would last {n3} days.', 'The walkout is planned to run for {n3} days, according to {a}.'],
      ['Management offered a rise of {n1} percent, which the union rejected.', 'The union turned down an offer of {n1} percent from management.'],
      ['{b}, the labour minister, called for talks to resume on {day}.', 'Labour minister {b} urged both sides to meet again on {day}.'],
      ['The port of {place2} handled no ships during the stoppage.', 'No ship was loaded or unloaded at {place2} while the strike lasted.'],
      ['The company said the strike cost it {money} million a day.', 'Each day of the strike costs the firm {money} million, it said.'],
      ['It is the first strike at the site since {year}.', 'Workers at the site last went on strike in {year}.'],
      ['{c} said talks had broken down over pensions.', 'Pensions were the sticking point in the talks, {c} said.'],
    ],
    background: [
      'Pickets stood outside the gates of the plant in {place} before dawn.',
      'Some shops near the factory in {place} closed early on {day}.',
      'Delivery lorries queued for {n1} kilometres outside {place2}.',
      'The plant in {place} opened in {year} and employs most of the town.',
      'Workers warmed their hands over braziers as the talks went on.',
    ],
  },
  {
    name: 'court',
    headlines: ['Court in {place} convicts former official', '{a} sentenced in corruption case', 'Verdict expected in {place} fraud trial'],
    orgs: ['the Supreme Court', 'the prosecutor general', 'the anti-corruption bureau', 'the appeals court'],
    facts: [
      ['{a}, a former deputy minister, was sentenced to {n3} years in prison.', 'A court sentenced former deputy minister {a} to {n3} years.'],
      ['Prosecutors said {a} had taken bribes worth {money} million.', '{a} accepted {money} million in bribes, according to prosecutors.'],
      ['{b}, the lawyer for {a}, said his client would appeal.', 'An appeal will be lodged, said {b}, who represents {a}.'],
      ['The trial in {place} lasted {n1} days and heard {n2} witnesses.', 'Over {n1} days the court in {place} heard {n2} witnesses.'],
      ['{org} opened the investigation in {year}.', 'The case began with an inquiry by {org} in {year}.'],
      ['{a} denied all the charges during the trial.', 'Throughout the trial {a} rejected every charge.'],
      ['The judge ordered the seizure of {n3} properties in {place2}.', '{n3} properties in {place2} are to be seized, the judge ruled.'],
      ['{c}, a co-defendant, was acquitted.', 'The court acquitted {c}, who stood trial alongside {a}.'],
    ],
    background: [
      'Reporters waited outside the courthouse in {place} from early morning.',
      'The courtroom in {place} was too small for the crowd of onlookers.',
      'Anti-corruption campaigners held banners on the steps of the court.',
      'The case was adjourned {n1} times because of missing documents.',
      'Legal experts in {place2} said the sentence was unusually harsh.',
    ],
  },
  {
    name: 'health',
    headlines: ['Outbreak of fever reported in {place}', 'Hospitals in {region} under strain as cases rise', 'Vaccination drive begins in {place}'],
    orgs: ['the health ministry', 'the World Health Organization', 'the national institute of public health', 'Doctors Without Borders'],
    facts: [
      ['{org} confirmed {n2} cases of the fever in {place}.', 'There have been {n2} confirmed cases in {place}, {org} said.'],
      ['{n1} patients have died since the outbreak began in {month}.', 'Since the outbreak started in {month}, {n1} patients have died.'],
      ['{a}, the health minister, said vaccines would arrive on {day}.', 'Vaccines are due on {day}, health minister {a} said.'],
      ['Hospitals in {region} are running at {pct} percent of capacity.', 'Beds in {region} are {pct} percent occupied, hospital managers said.'],
      ['{b}, an epidemiologist, said the outbreak had not yet peaked.', 'The peak is still to come, according to epidemiologist {b}.'],
      ['Schools in {place2} were closed for {n3} days.', '{place2} closed its schools for {n3} days.'],
      ['The government set aside {money} million for treatment.', '{money} million has been allocated to treatment, the government said.'],
      ['The disease was last seen in {place} in {year}.', 'The last outbreak in {place} was in {year}.'],
    ],
    background: [
      'Queues formed outside clinics in {place} before they opened.',
      'Nurses in {place2} said they had worked {n1} days without a break.',
      'Pharmacies in {place} ran short of fever medicine on {day}.',
      'Health workers went door to door in the poorer districts of {place}.',
      'A field hospital with {n2} beds was set up near the stadium.',
    ],
  },
  {
    name: 'energy',
    headlines: ['Power cuts hit {place} as demand soars', '{org} raises fuel prices', 'New pipeline to {place} opens'],
    orgs: ['the state energy company', 'the grid operator', 'the energy regulator', 'the oil ministry'],
    facts: [
      ['Power was cut to {n2} homes in {place} on {day}.', 'On {day}, {n2} households in {place} lost electricity.'],
      ['{org} said demand had risen by {pct} percent in a week.', 'Demand for electricity rose {pct} percent in a week, {org} said.'],
      ['Fuel prices will rise by {n1} percent from {month}.', 'From {month}, fuel will cost {n1} percent more.'],
      ['{a}, the energy minister, blamed a fault at the plant in {place2}.', 'A fault at the plant in {place2} caused the cuts, energy minister {a} said.'],
      ['The new pipeline carries {n3} million cubic metres of gas a day.', 'Gas flows through the pipeline at {n3} million cubic metres a day.'],
      ['The project cost {money} million and took {n3} years to build.', 'Building the pipeline took {n3} years and {money} million.'],
      ['{b} of {org} said supplies would be normal by {day}.', 'Supplies should be back to normal by {day}, said {b} of {org}.'],
      ['The plant in {place2} was built in {year}.', 'Construction of the plant in {place2} was completed in {year}.'],
    ],
    background: [
      'Shops in {place} ran generators through the evening.',
      'Traffic lights in {place} were dark for {n1} hours.',
      'Families in {place2} cooked on gas stoves by candlelight.',
      'Engineers worked overnight at the substation outside {place}.',
      'Energy prices have been a central issue in {region} since {year}.',
    ],
  },
  {
    name: 'transport',
    headlines: ['Train derails near {place}', 'Bus crash on highway to {place2}', 'Ferry runs aground off {place}'],
    orgs: ['the railway company', 'the transport safety board', 'the coast guard', 'the highway police'],
    facts: [
      ['{n1} people were killed when a train derailed near {place} on {day}.', 'A derailment near {place} on {day} killed {n1} people.'],
      ['{n2} passengers were injured, {n3} of them seriously.', 'Of the {n2} injured passengers, {n3} were badly hurt.'],
      ['{org} said the train was travelling at {n2} kilometres an hour.', 'The train was going at {n2} kilometres an hour, according to {org}.'],
      ['{a}, the transport minister, ordered an inquiry.', 'An inquiry was ordered by transport minister {a}.'],
      ['The line between {place} and {place2} will stay closed until {day}.', 'Services between {place} and {place2} are suspended until {day}.'],
      ['{b}, a passenger, said the carriage overturned within seconds.', 'The carriage rolled over in seconds, passenger {b} said.'],
      ['The track had been repaired in {year}.', 'Repairs to the track were last made in {year}.'],
      ['{c} of {org} said signal failure could not be ruled out.', 'A signal failure has not been ruled out, said {c} of {org}.'],
    ],
    background: [
      'Rescuers cut through the wreckage with hydraulic tools.',
      'Relatives waited for news at the station in {place2}.',
      'The derailment happened in a cutting {n1} kilometres south of {place}.',
      'Blood donors queued at the hospital in {place} through the night.',
      'Cranes arrived from {place2} to lift the carriages back onto the track.',
    ],
  },
  {
    name: 'economy',
    headlines: ['Inflation in {region} climbs again', 'Central bank raises rates', '{org} reports record exports'],
    orgs: ['the central bank', 'the statistics office', 'the chamber of commerce', 'the finance ministry'],
    facts: [
      ['Inflation rose to {pct} percent in {month}, {org} said.', '{org} said prices rose {pct} percent in {month}.'],
      ['The central bank raised its main rate by {n1} points.', 'Interest rates went up by {n1} points at the central bank.'],
      ['Exports from {place} reached {money} million last year.', '{place} exported goods worth {money} million last year.'],
      ['{a}, the finance minister, said growth would reach {n1} percent.', 'Growth of {n1} percent is expected, finance minister {a} said.'],
      ['Unemployment in {region} fell to {n3} percent.', 'The jobless rate in {region} dropped to {n3} percent.'],
      ['{b}, an economist in {place2}, said rents were the main driver of prices.', 'Rents drive prices more than anything else, said {b}, an economist in {place2}.'],
      ['The budget deficit stood at {n3} percent of output in {year}.', 'In {year} the deficit was {n3} percent of output.'],
      ['{c} said small businesses were cutting {n2} jobs a month.', 'Small firms are shedding {n2} jobs a month, according to {c}.'],
    ],
    background: [
      'Shoppers in {place} said bread had doubled in price since {year}.',
      'Market traders in {place2} complained of falling sales.',
      'The currency weakened for the {n1}th day in a row.',
      'Queues formed at banks in {place} on {day} morning.',
      'Economists in {region} expect another rise before the end of the year.',
    ],
  },
  {
    name: 'security',
    headlines: ['Clashes erupt on the border near {place}', 'Ceasefire talks open in {place2}', 'Militants attack checkpoint in {region}'],
    orgs: ['the defence ministry', 'the United Nations mission', 'the border guard', 'the interior ministry'],
    facts: [
      ['{n1} soldiers were killed in clashes near {place} on {day}.', 'Clashes near {place} left {n1} soldiers dead on {day}.'],
      ['{org} said {n2} fighters had crossed the border.', 'Some {n2} fighters crossed the border, according to {org}.'],
      ['{a}, the defence minister, said the army had retaken {place}.', 'The army is back in control of {place}, defence minister {a} said.'],
      ['Talks on a ceasefire will open in {place2} on {day}.', 'Ceasefire negotiations are due to start in {place2} on {day}.'],
      ['{b}, a spokesman for the rebels, denied that his forces had withdrawn.', 'The rebels have not withdrawn, their spokesman {b} insisted.'],
      ['About {n3},000 people have fled {region} since {month}.', 'Since {month}, about {n3},000 people have left {region}.'],
      ['The conflict in {region} began in {year}.', 'Fighting in {region} has gone on since {year}.'],
      ['{c} of {org} called for a humanitarian corridor.', 'A humanitarian corridor is needed, said {c} of {org}.'],
    ],
    background: [
      'Smoke rose over the hills east of {place} on {day}.',
      'Families in {place2} sheltered in basements during the shelling.',
      'Checkpoints on the road to {place} were reinforced overnight.',
      'Aid lorries waited at the crossing for {n1} hours.',
      'Villagers in {region} said they heard gunfire until dawn.',
    ],
  },
  {
    name: 'science',
    headlines: ['Researchers in {place} report breakthrough', 'Satellite launched from {place}', 'New species found in {region}'],
    orgs: ['the national space agency', 'the University of {place}', 'the academy of sciences', 'the natural history museum'],
    facts: [
      ['Researchers at {org} found {n1} new species in {region}.', '{org} said its researchers had discovered {n1} new species in {region}.'],
      ['The satellite was launched from {place} on {day}.', 'On {day} the satellite lifted off from {place}.'],
      ['{a}, who led the team, said the study took {n3} years.', 'The study lasted {n3} years, said team leader {a}.'],
      ['The project was funded with {money} million from the government.', 'Government funding for the project came to {money} million.'],
      ['{b} said the results would be published in {month}.', 'Publication of the results is planned for {month}, {b} said.'],
      ['The telescope in {place2} can observe objects {n2} light years away.', 'Objects {n2} light years away are within range of the telescope in {place2}.'],
      ['The last comparable discovery was made in {year}.', 'Nothing comparable had been found since {year}.'],
      ['{c}, a biologist who was not involved, called the findings remarkable.', 'The findings are remarkable, said biologist {c}, who took no part in the work.'],
    ],
    background: [
      'The team spent weeks camping in the forests of {region}.',
      'Students from {place2} helped catalogue the samples.',
      'The laboratory in {place} was renovated in {year}.',
      'Visitors to the museum in {place} will be able to see the specimens from {month}.',
      'The launch was watched by crowds on the beach near {place}.',
    ],
  },
];

// Background sentences are put together from word pools, so two of them seldom share more than a
// word or two of content: the corpus's claims then come from the events' facts, as in real news,
// not from a few templates repeated a thousand times.
const ADJECTIVES = `local senior regional former young elderly independent private public foreign rural urban small
large northern southern eastern western main national municipal retired volunteer temporary leading veteran
angry worried hopeful exhausted skilled unpaid seasonal coastal mountain industrial agricultural medical`.split(/\s+/);
const PEOPLE = `farmers teachers shopkeepers drivers engineers nurses students fishermen bakers builders miners
pensioners lawyers officials volunteers mechanics journalists pilots doctors tenants landlords cyclists commuters
tourists musicians priests activists firefighters electricians plumbers carpenters translators accountants
researchers librarians chefs waiters cleaners porters guards clerks surveyors architects gardeners beekeepers
vintners weavers potters tailors jewellers printers bankers brokers traders inspectors auditors referees`.split(/\s+/);
const VERBS = `repaired inspected closed reopened painted sold bought rebuilt cleaned guarded blocked visited measured
counted photographed mapped filled emptied moved loaded delivered collected surveyed protected restored abandoned
occupied rented insured demolished replanted lit heated fenced searched checked tested registered catalogued
recorded signed stamped printed published translated priced taxed weighed shipped stored found lost borrowed lent
shared decorated renamed`.split(/\s+/);
const OBJECTS = `bridge|warehouse|market stalls|school roof|water pipes|orchard|vineyard|bakery|clinic|library|stadium|
ferry|harbour wall|bus depot|grain silo|power line|rail crossing|museum|town hall|bell tower|olive press|textile mill|
brick kiln|fish market|cattle shed|pharmacy|post office|cinema|theatre|hotel|hostel|cemetery|football pitch|
playground|car park|tram line|canal lock|lighthouse|greenhouse|sawmill|quarry|printing press|radio mast|water tower|
fountain|courthouse|fire station|police station|barracks|customs house|cathedral|chapel|monastery|archive|gallery|
dairy|brewery|tannery|foundry|shipyard|airfield|toll gate|tunnel|ski lift|garage|laundry|barber shop|bookshop|
tea house|spice market|flower market|shelter|kindergarten|observatory|seed bank|cold store|fuel depot`
  .split('|').map((s) => s.trim());
const TIMES = [...DAYS.map((d) => `on ${d}`), ...MONTHS.map((m) => `in ${m}`), 'before dawn', 'after the storm',
  'during the holiday', 'over the weekend', 'earlier this month', 'late last year', 'within a fortnight', 'at first light'];
const OUTCOMES = ['is still in use', 'was closed again last year', 'now draws visitors from across {region}',
  'needs repairs that nobody has paid for', 'was sold to a company from {place2}', 'has changed hands {n1} times',
  'will be rebuilt with money from {place2}', 'employs {n2} people'];
const ROLES = ['a shop owner', 'a retired teacher', 'a local councillor', 'a taxi driver', 'a nurse', 'a student',
  'a farmer', 'a priest', 'a bus driver', 'a pharmacist', 'a market trader', 'an engineer'];

function composedSentence(v: EventValues): string {
  const who = `${pick(ADJECTIVES)} ${pick(PEOPLE)}`;
  const what = `the ${pick(OBJECTS)}`;
  const place = pick(PLACES);
  switch (int(0, 3)) {
    case 0:
      return `${capital(who)} ${pick(VERBS)} ${what} in ${place} ${pick(TIMES)}.`;
    case 1:
      return `${personName()}, ${pick(ROLES)} in ${place}, said ${who} had ${pick(VERBS)} ${what} ${pick(TIMES)}.`;
    case 2:
      return `About ${int(3, 400)} ${pick(PEOPLE)} ${pick(VERBS)} ${what} near ${place} ${pick(TIMES)}, ${personName()} said.`;
    default:
      return `${capital(what)} in ${place}, which ${who} ${pick(VERBS)} in ${int(1900, 2023)}, ${fill(pick(OUTCOMES), v)}.`;
  }
}

const fill = (template: string, v: EventValues) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(v[key as keyof EventValues] ?? key));

function personName(): string {
  return `${pick(FIRST)} ${pick(LAST)}`;
}

function eventValues(topic: Topic): EventValues {
  const place = pick(PLACES);
  let place2 = pick(PLACES);
  while (place2 === place) place2 = pick(PLACES);
  const base = { place, place2, region: pick(REGIONS) };
  return {
    ...base,
    a: personName(),
    b: personName(),
    c: personName(),
    org: fill(pick(topic.orgs), base as EventValues),
    day: pick(DAYS),
    month: pick(MONTHS),
    year: int(1975, 2023),
    n1: int(3, 95),
    n2: int(120, 9500),
    n3: int(2, 40),
    pct: int(5, 70),
    money: int(2, 900),
  };
}

/** A different figure for the same fact, as one outlet's report differs from another's. */
function perturbed(v: EventValues): EventValues {
  const key = pick(['n1', 'n2', 'n3', 'pct', 'money'] as const);
  return { ...v, [key]: v[key] + int(1, 9) };
}

function eventDetail(): string {
  switch (int(0, 3)) {
    case 0:
      return `, after ${pick(ADJECTIVES)} ${pick(PEOPLE)} ${pick(VERBS)} the ${pick(OBJECTS)}`;
    case 1:
      return `, near the ${pick(OBJECTS)} that ${pick(PEOPLE)} ${pick(VERBS)} ${pick(TIMES)}`;
    case 2:
      return `, ${pick(TIMES)}, as ${pick(ADJECTIVES)} ${pick(PEOPLE)} watched`;
    default:
      return '';
  }
}

export interface GeneratedArticle {
  file: string;
  text: string;
  meta: { url: string; site: string; title: string; date: string };
}

/** One article about an event: some of its facts in one of their wordings, then background. */
function writeArticle(topic: Topic, v: EventValues, facts: string[][], serial: number): GeneratedArticle {
  const title = fill(pick(topic.headlines), v);
  const own = { ...v };
  const sentences: string[] = [];
  for (const fact of shuffle(facts.slice()).slice(0, int(9, Math.min(14, facts.length)))) {
    sentences.push(fill(pick(fact), rand() < 0.12 ? perturbed(own) : own));
  }
  const target = int(26, 34);
  while (sentences.length < target) {
    // Background gets fresh figures and a second place each time, so it seldom repeats.
    const local = { ...v, place2: pick(PLACES), n1: int(2, 90), n2: int(10, 900), year: int(1950, 2023), day: pick(DAYS) };
    const sentence = rand() < 0.1 ? fill(pick(topic.background), local) : composedSentence(local);
    sentences.splice(int(2, sentences.length), 0, sentence);
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const size = int(2, 4);
    paragraphs.push(sentences.slice(i, i + size).join(' '));
    i += size;
  }
  const outlet = pick(OUTLETS);
  const date = `2024-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  return {
    file: `generated-${serial}.txt`,
    text: `${title}\n${paragraphs.join('\n')}\n`,
    meta: { url: `https://news.example/${topic.name}/${serial}`, site: outlet, title, date },
  };
}

/**
 * `count` articles over events of every topic: an event is reported by one to four articles, so
 * about 2.5 articles per event; each event has its own people, places and figures.
 */
export function generateArticles(count: number): GeneratedArticle[] {
  const out: GeneratedArticle[] = [];
  let event = 0;
  while (out.length < count) {
    const topic = TOPICS[event % TOPICS.length]!;
    const values = eventValues(topic);
    // Each event words its facts with details of its own, which its reports share and other
    // events of the topic do not: without them all elections would state the same few claims.
    const facts = topic.facts.map((wordings) => {
      const detail = eventDetail();
      return wordings.map((w) => (detail ? `${w.slice(0, -1)}${detail}.` : w));
    });
    const reports = int(1, 4);
    for (let r = 0; r < reports && out.length < count; r++) out.push(writeArticle(topic, values, facts, out.length));
    event++;
  }
  return out;
}

// ---------- measuring ----------
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
function heapUsed(): number {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}
function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const out = fn();
  return [out, performance.now() - t];
}
const input = (a: GeneratedArticle) => ({ file: a.file, text: a.text, meta: a.meta, origin: 'user' as const });

/** The shipped corpus exactly as the build wrote it (so a snapshot made here fits the extension). */
async function shippedCorpus(): Promise<Corpus> {
  const built = join(ROOT, '.output/chrome-mv3/corpus.json');
  return existsSync(built) ? (JSON.parse(readFileSync(built, 'utf8')) as Corpus) : loadBundledCorpus();
}

/**
 * The blocks the content script reads: the article's headline, subheads and paragraphs. It
 * segments block by block (src/dom/extract-article.ts), and so does the floor here.
 */
function pageBlocks(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('article h1, article h2, article p')].map((e) => e.textContent ?? '');
}
const segmentBlocks = (blocks: string[]) => blocks.flatMap((b) => segmentSentences(b).map((s) => s.text));

interface AddFigures {
  articles: number;
  claims: number;
  sentences: number;
  addMs: number;
  updateMs: number;
  reindexed: number;
  serviceMs: number;
}

/** Adds each extra article to `corpus` and removes it again; the builder stays warm throughout. */
function measureAdds(corpus: Corpus, extras: GeneratedArticle[], articles: number): { corpus: Corpus; figures: AddFigures } {
  const [service, serviceMs] = time(() => {
    const s = createCorpusService(corpus);
    s.match(['The index is built on the first match.']);
    return s;
  });
  const adds: number[] = [];
  const updates: number[] = [];
  const reindexed: number[] = [];
  const sentences: number[] = [];
  for (const extra of extras) {
    const [next, addMs] = time(() => addArticle(corpus, input(extra)));
    const [diff, updateMs] = time(() => service.update(next));
    adds.push(addMs);
    updates.push(updateMs);
    reindexed.push(diff.added + diff.removed);
    const added = next.articles[next.articles.length - 1]!;
    sentences.push(segmentSentences(extra.text).length);
    corpus = removeArticle(next, added.id);
    service.update(corpus);
  }
  return {
    corpus,
    figures: {
      articles,
      claims: corpus.claims.length,
      sentences: median(sentences),
      addMs: median(adds),
      updateMs: median(updates),
      reindexed: median(reindexed),
      serviceMs,
    },
  };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`).join('\n');
}

interface UserRecord {
  id: string;
  file: string;
  text: string;
  meta: GeneratedArticle['meta'];
  addedAt: number;
}

async function nodeBenchmark(): Promise<{ snapshot: string; records: UserRecord[]; extras: GeneratedArticle[]; baseHeap: number }> {
  const baseHeap = heapUsed();
  const bundled = await shippedCorpus();
  const all = generateArticles(ARTICLES + RUNS + 3);
  const articles = all.slice(0, ARTICLES);
  const extras = all.slice(ARTICLES, ARTICLES + RUNS);
  const sentenceCount = articles.reduce((n, a) => n + segmentSentences(a.text).length, 0);
  console.log(`Generated ${articles.length} articles, ${sentenceCount} sentences (${mib(articles.reduce((n, a) => n + a.text.length, 0))} of text).`);

  // 1. Build once through addArticle, pausing at each checkpoint to time single adds.
  let corpus = bundled;
  const addFigures: AddFigures[] = [];
  const buildAt: number[] = [];
  let building = 0;
  for (let i = 0; i < articles.length; i++) {
    const [next, took] = time(() => addArticle(corpus, input(articles[i]!)));
    corpus = next;
    building += took;
    if (CHECKPOINTS.includes(i + 1)) {
      buildAt.push(building);
      console.log(`  ${i + 1} articles added in ${(building / 1000).toFixed(1)} s (${corpus.claims.length} claims)`);
      const measured = measureAdds(corpus, extras, i + 1);
      corpus = measured.corpus;
      addFigures.push(measured.figures);
    }
  }
  const multi = corpus.claims.filter((c) => new Set(c.sources.map((s) => s.article)).size > 1).length;
  const sizes = corpus.claims.map((c) => c.sources.length).sort((a, b) => a - b);
  console.log(`\nCorpus: ${corpus.articles.length} articles, ${corpus.claims.length} claims (${multi} reported by 2+ articles; sources per claim median ${median(sizes)}, p90 ${sizes[Math.floor(sizes.length * 0.9)]}, max ${sizes[sizes.length - 1]}).`);
  console.log(`Built through addArticle, one at a time from the bundled corpus: ${(building / 1000).toFixed(1)} s.\n`);
  console.log('1. Adding one article (medians over', RUNS, 'different new articles, each removed again)\n');
  console.log(table([
    ['user articles', 'claims', 'build to here', 'article sentences', 'addArticle', 'update(next)', 'claims re-indexed', 'service + index build'],
    ...addFigures.map((f, i) => [
      String(f.articles), String(f.claims), `${(buildAt[i]! / 1000).toFixed(1)} s`, String(f.sentences),
      `${ms(f.addMs)} ms`, `${ms(f.updateMs)} ms`, String(f.reindexed), `${ms(f.serviceMs)} ms`,
    ]),
  ]));

  // 2. Matching a page.
  const service = createCorpusService(corpus);
  const bundledService = createCorpusService(bundled);
  const pages = [
    { name: 'short (inline-markup.html)', blocks: pageBlocks(readFileSync(join(ROOT, 'tests/fixtures/pages/inline-markup.html'), 'utf8')) },
    { name: `long (makeLongArticle(${LONG_WORDS}))`, blocks: pageBlocks(makeLongArticle(LONG_WORDS)) },
  ];
  const rows = [['page', 'sentences', 'floor (segment)', 'match, bundled', 'ratio', `match, +${ARTICLES}`, 'ratio', `matches bundled / +${ARTICLES}`]];
  for (const page of pages) {
    const floor: number[] = [];
    const small: number[] = [];
    const large: number[] = [];
    let counts = '';
    const sentences = segmentBlocks(page.blocks);
    service.match(sentences); // first call builds the index; timed separately above
    bundledService.match(sentences);
    for (let r = 0; r < RUNS; r++) {
      floor.push(time(() => segmentBlocks(page.blocks))[1]);
      const [a, ta] = time(() => bundledService.match(sentences));
      const [b, tb] = time(() => service.match(sentences));
      small.push(ta);
      large.push(tb);
      counts = `${a.length} / ${b.length}`;
    }
    const f = median(floor);
    rows.push([
      page.name, String(sentences.length), `${ms(f)} ms`, `${ms(median(small))} ms`, `${(median(small) / f).toFixed(1)}x`,
      `${ms(median(large))} ms`, `${(median(large) / f).toFixed(1)}x`, counts,
    ]);
  }
  console.log('\n2. Matching a page: createCorpusService(corpus).match(sentences), medians of', RUNS, '\n');
  console.log(table(rows));

  const userArticles = corpus.articles.filter((a) => a.origin === 'user');
  const snapshot = JSON.stringify({ base: corpusFingerprint(bundled), articleIds: userArticles.map((a) => a.id), corpus });
  const records = userArticles.map((a, i) => ({ id: a.id, file: articles[i]!.file, text: articles[i]!.text, meta: articles[i]!.meta, addedAt: 1_700_000_000_000 + i }));
  return { snapshot, records, extras, baseHeap };
}

/**
 * 3a. The heap of the process that holds the index, starting from the snapshot as a restarted
 * background does: the corpus parsed, then the service and its index, then the builder that the
 * first add makes (one pass over every claim: the cost of the first add after a restart).
 */
function memoryBenchmark(snapshot: string, extra: GeneratedArticle, baseHeap: number): void {
  const held: { corpus: Corpus | null; service: ReturnType<typeof createCorpusService> | null; next: Corpus | null } = { corpus: null, service: null, next: null };
  const empty = heapUsed();
  held.corpus = (JSON.parse(snapshot) as { corpus: Corpus }).corpus;
  const before = heapUsed();
  const [service, buildIndex] = time(() => {
    const s = createCorpusService(held.corpus!);
    s.match(['The index is built on the first match.']);
    return s;
  });
  held.service = service;
  const after = heapUsed();
  const [next, firstAdd] = time(() => addArticle(held.corpus!, input(extra)));
  held.next = next;
  const withBuilder = heapUsed();
  console.log('\n3a. Memory in Node (heap used after gc)\n');
  console.log(table([
    ['', 'heap used'],
    ['process at start', mib(baseHeap)],
    ['benchmark data dropped, snapshot string held', mib(empty)],
    [`+ ${ARTICLES}-article corpus parsed from the snapshot`, `${mib(before)} (+${mib(before - empty)})`],
    [`+ corpus service with its index (built in ${ms(buildIndex)} ms)`, `${mib(after)} (+${mib(after - before)})`],
    [`+ builder state made by the first add (that add: ${ms(firstAdd)} ms)`, `${mib(withBuilder)} (+${mib(withBuilder - after)})`],
    ['snapshot JSON ({ base, articleIds, corpus })', mib(Buffer.byteLength(snapshot))],
  ]));
}

// ---------- Chromium ----------
const ANNOTATION_LOADS = 5;
/** Highlights of a page: the claim and the conflict names share this prefix. */
const HIGHLIGHT_PREFIX = 'crosscheck-';

/** Runs a CDP command on the service worker through the page session's target messaging. */
async function workerCdp(page: Page, context: BrowserContext, method: string, params: object = {}): Promise<unknown> {
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!worker) throw new Error('no service worker target');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
  const answer = new Promise<unknown>((resolve) => {
    cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
      if (message.id === 1) resolve(message.result ?? message.error);
    });
  });
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method, params }) });
  const result = await answer;
  await cdp.detach();
  return result;
}

async function workerHeap(session: Session): Promise<number> {
  const page = await session.context.newPage();
  await workerCdp(page, session.context, 'HeapProfiler.collectGarbage');
  const usage = (await workerCdp(page, session.context, 'Runtime.getHeapUsage')) as { usedSize: number };
  await page.close();
  return usage.usedSize;
}

async function pageHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/**
 * Loads a page in a fresh tab and returns the time from navigation start to the first highlight
 * (read in the page by a poll set up before any of its scripts run), and the highlight count.
 */
async function annotate(session: Session, path: string): Promise<{ ms: number; highlights: number; page: Page }> {
  const page = await session.context.newPage();
  await page.addInitScript((prefix) => {
    const w = window as unknown as { __painted?: number };
    const poll = setInterval(() => {
      for (const [name, h] of CSS.highlights) {
        if (name.startsWith(prefix) && h.size > 0) {
          w.__painted = performance.now();
          clearInterval(poll);
          return;
        }
      }
    }, 2);
  }, HIGHLIGHT_PREFIX);
  await page.goto(`${session.server.url}/${path}`);
  await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined, null, { timeout: 60_000 });
  await page.waitForTimeout(300);
  const [painted, highlights] = await page.evaluate((prefix) => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith(prefix)) n += h.size;
    return [(window as unknown as { __painted: number }).__painted, n];
  }, HIGHLIGHT_PREFIX);
  return { ms: painted, highlights, page };
}

interface BrowserFigures {
  firstAnnotation: number;
  annotation: number;
  highlights: number;
  workerHeap: number;
  pageHeap: number;
}

async function browserFigures(session: Session, path: string): Promise<BrowserFigures> {
  for (const p of session.context.pages()) await p.close();
  const first = await annotate(session, path);
  await first.page.close();
  const times: number[] = [];
  let last: Awaited<ReturnType<typeof annotate>> | null = null;
  for (let i = 0; i < ANNOTATION_LOADS; i++) {
    if (last) await last.page.close();
    last = await annotate(session, path);
    times.push(last.ms);
  }
  const heap = await pageHeap(last!.page);
  const figures = { firstAnnotation: first.ms, annotation: median(times), highlights: last!.highlights, workerHeap: 0, pageHeap: heap };
  await last!.page.close();
  figures.workerHeap = await workerHeap(session);
  return figures;
}

/**
 * Puts the user articles and the snapshot into the extension's IndexedDB, from an extension page
 * (same origin as the background), in the schema of src/storage/user-articles.ts. Sending 1,000
 * 'corpus-add' messages instead would rewrite the whole snapshot 1,000 times (see the timed adds).
 */
async function writeUserCorpus(session: Session, snapshot: string, records: UserRecord[]): Promise<void> {
  const page = await session.openExtensionPage('popup.html');
  const CHUNK = 4_000_000;
  await page.evaluate(() => ((window as unknown as { __parts: string[] }).__parts = []));
  for (let i = 0; i < snapshot.length; i += CHUNK) {
    await page.evaluate((part) => (window as unknown as { __parts: string[] }).__parts.push(part), snapshot.slice(i, i + CHUNK));
  }
  await page.evaluate(async (list) => {
    const snap = JSON.parse((window as unknown as { __parts: string[] }).__parts.join('')) as unknown;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('crosscheck-user-corpus', 1);
      request.onupgradeneeded = (event) => {
        if (event.oldVersion < 1) {
          request.result.createObjectStore('articles', { keyPath: 'id' }).createIndex('by-added', 'addedAt');
          request.result.createObjectStore('snapshot');
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['articles', 'snapshot'], 'readwrite');
      for (const r of list) tx.objectStore('articles').put(r);
      tx.objectStore('snapshot').put(snap, 'current');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
  await page.close();
}

/** How many user articles the background holds: checks that the written store was loaded. */
async function userArticleCount(session: Session): Promise<number> {
  const page = await session.openExtensionPage('popup.html');
  const answer = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'corpus-user-articles' }))) as { articles: unknown[] };
  await page.close();
  return answer.articles.length;
}

/** Adds articles through the popup's message, as a reader does; the wall time of each. */
async function timedAdds(session: Session, extras: GeneratedArticle[]): Promise<number[]> {
  const page = await session.openExtensionPage('popup.html');
  const out: number[] = [];
  for (const extra of extras) {
    const took = await page.evaluate(async (a) => {
      const t = performance.now();
      const answer = (await chrome.runtime.sendMessage({ type: 'corpus-add', text: a.text, meta: a.meta, file: a.file })) as { error?: string };
      if (answer?.error) throw new Error(answer.error);
      return performance.now() - t;
    }, extra);
    out.push(took);
  }
  await page.close();
  return out;
}

async function browserBenchmark(snapshot: string, records: UserRecord[], extras: GeneratedArticle[]): Promise<void> {
  const PAGE = 'pages/inline-markup.html';
  const profile = await mkdtemp(join(tmpdir(), 'crosscheck-scale-'));
  const bundledSession = await startSession({ userDataDir: profile });
  const bundled = await browserFigures(bundledSession, PAGE);
  const addsBundled = await timedAdds(bundledSession, extras.slice(0, 3));
  await bundledSession.close();

  // A new profile: the store written before the background first opens it, then a restart.
  const largeProfile = await mkdtemp(join(tmpdir(), 'crosscheck-scale-'));
  const writer = await startSession({ userDataDir: largeProfile });
  const [, writeMs] = await timeAsync(() => writeUserCorpus(writer, snapshot, records));
  await writer.close();
  const largeSession = await startSession({ userDataDir: largeProfile });
  const large = await browserFigures(largeSession, PAGE);
  const loaded = await userArticleCount(largeSession);
  if (loaded !== records.length) throw new Error(`the background holds ${loaded} user articles, not ${records.length}`);
  const addsLarge = await timedAdds(largeSession, extras.slice(0, 3));
  const afterAdds = await workerHeap(largeSession);
  await largeSession.close();

  const plain = await startSession({ withExtension: false });
  const page = await plain.open(PAGE);
  await page.waitForTimeout(300);
  const plainHeap = await pageHeap(page);
  await plain.close();

  console.log(`\n3b. Chromium (${PAGE}; the ${records.length} articles and the snapshot written into the extension's IndexedDB in ${ms(writeMs)} ms, then the browser restarted)\n`);
  console.log(table([
    ['', 'bundled corpus', `+ ${records.length} user articles`],
    ['service worker JS heap (after gc)', mib(bundled.workerHeap), mib(large.workerHeap)],
    ['service worker heap after 3 more adds', '', mib(afterAdds)],
    [`page heap with the extension (without: ${mib(plainHeap)})`, mib(bundled.pageHeap), mib(large.pageHeap)],
    ['first annotation after start (navigation to first highlight)', `${ms(bundled.firstAnnotation)} ms`, `${ms(large.firstAnnotation)} ms`],
    [`annotation, median of ${ANNOTATION_LOADS} loads`, `${ms(bundled.annotation)} ms`, `${ms(large.annotation)} ms`],
    ['highlights', String(bundled.highlights), String(large.highlights)],
    ["adding an article ('corpus-add' from the popup, wall): 1st, 2nd, 3rd", addsBundled.map((x) => `${ms(x)} ms`).join(', '), addsLarge.map((x) => `${ms(x)} ms`).join(', ')],
  ]));
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const out = await fn();
  return [out, performance.now() - t];
}

const { snapshot, records, extras, baseHeap } = await nodeBenchmark();
const save = option('save');
if (save) writeFileSync(save, snapshot);
memoryBenchmark(snapshot, extras[0]!, baseHeap);
if (BROWSER) await browserBenchmark(snapshot, records, extras);
