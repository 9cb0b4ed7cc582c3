/**
 * Word lists that type capitalised runs, as plain data. Lower-case; compared with lower-cased tokens.
 */
const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Words of a role or title before a name ("U.S. President", "Deputy Prime Minister", "Ombudsman"). */
export const TITLE_WORDS = set(`
president vice prime minister deputy first chief staff ombudsman commissioner secretary general
chancellor king queen prince princess pope mr mrs ms dr prof sir dame senator sen rep representative
governor gov mayor ambassador envoy spokesperson spokesman spokeswoman speaker head director commander
colonel col lieutenant lt major maj captain capt sergeant sgt admiral adm marshal brigadier marine superintendent vice-president
defence defense foreign finance economy economic interior justice health energy education culture
agriculture trade digital transformation strategic industries veterans affairs internal emergency
former ex presidential parliamentary acting assistant special representative chairman chairwoman chair
chairperson leader premier human rights patriarch metropolitan archbishop bishop sheikh emir crown
rabbi judge prosecutor attorney lawmaker mp mep officer minister's minister’s executive ceo founder
national security adviser advisor coordinator negotiator
director-general secretary-general attorney-general solicitor-general inspector-general auditor-general surgeon-general governor-general
`);

/** Abbreviated titles written with a dot that still belong to the name after them ("Gov. Oleh Kiper", "St. Petersburg"). */
export const TITLE_ABBREVIATIONS = set('gov sen rep gen lt col maj capt sgt adm cmdr brig dr mr mrs ms prof rev st mt ft');

/**
 * Title words that only qualify another title ("National Security Adviser", "Foreign Minister"):
 * never the last word of a role right before a person's name.
 */
export const TITLE_MODIFIERS = set(`
national security human rights defence defense foreign finance economy economic interior justice health
energy education culture agriculture trade digital transformation strategic industries veterans affairs
internal emergency former ex presidential parliamentary acting assistant special deputy vice first crown
executive
`);

/** Title words that can also end an organisation ("Commissioner for Missing Persons" is an office). */
export const OFFICE_TITLES = set('commissioner ombudsman prosecutor president');

/** Last words of organisation names. */
export const ORG_HEADS = set(`
ministry service bureau committee court office council agency department union organization organisation
bank fund institute university center centre corps forces directorate administration embassy consulate
parliament assembly commission league movement party front association federation foundation company
corporation group guard police army navy brigade regiment battalion division command headquarters
government cabinet secretariat inspectorate authority board tribunal prosecutor's prosecutor’s network
agency press society alliance apparatus force intelligence
coalition club team church patriarchate duma rada senate congress chamber cross crescent program programme
initiative project mission inc ltd llc plc corp co airlines railways conference gendarmerie carabinieri cartel
campaign patrol bloc presidency caucus syndicate
herald gazette gazeta tribune television pharma pharmaceuticals advisory brigades airways
college academy endowment mechanism mutual
`);

/** Lower-case nouns after a name that make it an organisation ("Save Ukraine non-profit organization"). */
export const ORG_CUE_NOUNS = set(`
nonprofit non-profit charity organization organisation foundation group ngo outlet newspaper agency company
party movement network channel fund initiative broadcaster website publication think-tank watchdog
bloc alliance coalition union association federation site portal magazine tabloid daily weekly firm
`);

/** Lower-case words allowed between a name and its organisation cue ("Voices of Children charitable foundation"). */
export const ORG_CUE_ADJECTIVES = set(`
charitable humanitarian human rights non-governmental nongovernmental international independent volunteer
public civic media news private advocacy aid relief opposition political investigative online exiled
state-owned state-run
`);

/** Media jobs: "a reporter for Dozhd" makes the name after "for"/"at"/"with" an outlet. */
export const MEDIA_ROLES = set('reporter reporters correspondent correspondents journalist journalists editor editors columnist producer anchor host');

/** First words of runs that name a storm or an operation, not an entity ("Hurricane Milton"). */
export const NON_ENTITY_STARTS = set('hurricane storm typhoon cyclone tropical war law operation exercise');

/**
 * Stop words that are content words: inside a capitalised name they belong to it
 * ("Bring Kids Back UA", "Peace Corps" style names), alone they are navigation or filler.
 */
export const SOFT_STOPS = set('back home more read share next top god lord shame peace world freedom glory sign search');

/** First words of organisation names ("Ministry of …", "Office of …"). */
export const ORG_STARTS = set('radio ministry office department bureau committee council commission court agency embassy institute university battlegroup partido partito parti partei partia');

/**
 * First words that make an unknown name a place, not a person: Slavic adjectives of place names ("Velykyi Burluk",
 * "Malaya Loknya", "Nova Kakhovka") and place words of other languages ("La Guajira", "Souq Al-Juma", "Cabo Delgado").
 */
export const PLACE_PREFIXES = set(`
velykyi velyka velyke velykyy mala malyi male malaya maly malyy bolshaya bolshoy bolshoye nova novyi nove novo novaya novy
novyy stara staryi stare staraya stary nizhny nizhniy nizhnya verkhniy verkhnya verkhny krasny krasnyi krasnaya krasnyy
chervonyi chervona zolota zelenyi velikiy velikaya velikiye
la las los el cabo souq wadi jebel jabal bab ras tell kafr deir beit ain san santa são sao porto puerto sierra serranía
rio río isla ciudad villa vila bahía bahia lake mount maidan cape fort
`);

/** Last words of place names: facilities and geographic features. */
export const PLACE_HEADS = set(`
square street avenue boulevard road highway bridge station airport port harbor harbour theater theatre
stadium arena cathedral church monastery palace castle park plant works factory mine dam island islands
river lake sea ocean bay gulf strait straits canal channel reservoir spit peninsula mountain mountains hill valley desert district oblast region
province raion county krai village town city hospital base airbase airfield colony prison monument
memorial cemetery stone shoal shoals reef atoll place chowk crossing checkpoint corridor plaza wharf quay pier
mosque synagogue temple shrine heights prospekt prospect embankment garden gardens fountain auditorium cosmodrome heath dvor museum hub
municipality norte sur oriental occidental
`);

/** First words that make a run a place in Spanish, Portuguese, Italian or French names ("Plaza Murillo", "Casa Rosada", "Ponta Vermelha"). */
/** Heads of the names of seas, straits and capes named by what they lie by: "Gulf of Aden", "Strait of Hormuz". */
export const WATER_HEADS = new Set(['Gulf', 'Bay', 'Sea', 'Strait', 'Straits', 'Isle', 'Cape', 'Lake', 'Horn', 'Mouth', 'Bight']);
export const PLACE_STARTS = set('plaza palacio palazzo casa ponta praça praca piazza calle avenida puerto cerro lago monte sierra playa puente castillo aguas bahía bahia isla ciudad barrio colonia');

/** Heads that make a run a document, law, event or other non-entity ("Geneva Conventions", "Law No."). */
export const NON_ENTITY_HEADS = set(`
convention conventions accord accords agreement agreements treaty treaties law act bill decree resolution
protocol memorandum charter declaration war sunday day week month year summit forum games olympics
cup prize award strategy plan doctrine initiative deal talks format formula easter christmas eve ramadan
`);

/** Words that are never an entity alone, even capitalised (nav, months, weekdays, pronouns, fillers). */
export const STOP_WORDS = set(`
a an the this that these those it its he she they we i you his her their our my your who what when where
why how which there here then than but and or nor for so yet if as at by in of on to up via with from
into onto over under about after before during since until while although though because however
also only just even still now today tonight yesterday tomorrow earlier later meanwhile additionally
initially previously currently recently finally furthermore moreover thus therefore elsewhere instead
according regarding following despite among amid between within without all any both each every few
many more most much other some such no not one two three four five six seven eight nine ten
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
subscribe read share more menu home search login sign log next previous back top skip
photo photos video videos image images audio source sources advertisement sponsored
mr mrs ms dr sir madam yes no ok okay please thank thanks
god lord shame peace world freedom glory pro anti
`);

/**
 * Nouns after a demonym that make it an actor ("Russian forces" → Russia acts);
 * without them a demonym only describes ("French President", "British volunteers").
 */
export const ACTOR_NOUNS = set(`
captivity forces force troops army military navy air authorities government officials side strikes strike
missiles missile drones drone attack attacks shelling occupation occupiers invasion aggression regime
leadership ministry border jails prisons prison custody command
`);

/** Platforms named as where something was posted ("wrote on Telegram"): not actors in a story. */
export const PLATFORMS = set('telegram facebook instagram youtube x twitter tiktok whatsapp viber signal');
