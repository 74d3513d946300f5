package org.clearinghouse.cohort.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearinghouse.cohort.exchange.CallDocument;
import org.clearinghouse.cohort.exchange.CohortProblemDocument;
import org.clearinghouse.cohort.exchange.FundingDocument;
import org.clearinghouse.cohort.exchange.NominationDocument;
import org.clearinghouse.matching.domain.Area;
import org.clearinghouse.matching.domain.Region;

/**
 * Seeded cohort problems: tiny plans for exhaustive search, and yearly plans for the benchmark (issue 13: 20 calls of
 * 30 seats, 3,000 nominations). States are the real ones of {@code sql/V2__reference_data.sql} with their region and
 * sub-region; their need comes from the built-in development-status list.
 */
public final class CohortPlans {

    /** The commitment areas but FELLOWSHIP (a call is a fellowship already), in the order of {@link Area}. */
    private static final String[] TOPICS = Arrays.stream(Area.values())
            .filter(a -> a != Area.FELLOWSHIP)
            .map(Enum::name)
            .toArray(String[]::new);

    private static final Map<String, String[]> LANGUAGES = Map.of(
            "AFRICA", new String[] {"fr", "en", "pt", "ar"},
            "AMERICAS", new String[] {"es", "en", "pt", "fr"},
            "ASIA", new String[] {"en", "ar", "ru", "zh"},
            "EUROPE", new String[] {"en", "ru", "fr"},
            "OCEANIA", new String[] {"en", "fr"});

    private static final String[] REGIONS =
            Arrays.stream(Region.values()).map(Enum::name).toArray(String[]::new);

    /** A State of the reference data. */
    public record State(String code, String region, String subRegion) {}

    private CohortPlans() {}

    /** The 195 States of the reference data (read from the project's {@code sql} folder). */
    public static List<State> states() {
        try {
            String sql = Files.readString(Path.of("sql", "V2__reference_data.sql"));
            Matcher m = Pattern.compile("\\('([A-Z]{3})', '(?:[^']|'')*', '([A-Z]+)', '([^']+)', (?:TRUE|FALSE)\\)")
                    .matcher(sql);
            List<State> states = new ArrayList<>();
            while (m.find()) {
                states.add(new State(m.group(1), m.group(2), m.group(3)));
            }
            return states;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A tiny plan: 2 or 3 calls of 1-4 funded seats in one year, {@code nominations} nominations from 5 States of 2
     * sub-regions, some ineligible, some States nominating two candidates to a call; with {@code sharedPersons} some
     * people are nominated to two calls.
     */
    public static CohortProblemDocument tiny(long seed, int nominations, boolean sharedPersons) {
        Random random = new Random(seed);
        String[][] states = {
            {"MLI", "Western Africa"},
            {"SEN", "Western Africa"},
            {"GHA", "Western Africa"},
            {"KEN", "Eastern Africa"},
            {"FRA", "Eastern Africa"}
        };
        int callCount = 2 + random.nextInt(2);
        List<CallDocument> calls = new ArrayList<>();
        List<FundingDocument> funding = new ArrayList<>();
        for (int c = 0; c < callCount; c++) {
            int seats = 1 + random.nextInt(4);
            calls.add(new CallDocument(
                    "C" + c,
                    null,
                    2027,
                    List.of("AFRICA"),
                    null,
                    null,
                    null,
                    List.of("fr", "en"),
                    List.of(TOPICS[c]),
                    seats,
                    null,
                    null,
                    2,
                    random.nextInt(3) == 0 ? 2 : 1,
                    random.nextBoolean() ? 50 : 40,
                    3,
                    12));
            funding.add(new FundingDocument("C" + c, "DEU", seats, null));
        }
        List<NominationDocument> list = new ArrayList<>();
        Map<String, Integer> perStateCall = new HashMap<>();
        List<NominationDocument> people = new ArrayList<>();
        Set<String> personInCall = new HashSet<>();
        while (list.size() < nominations) {
            int c = random.nextInt(callCount);
            String[] state = states[random.nextInt(states.length)];
            String key = c + state[0];
            int rank = perStateCall.merge(key, 1, Integer::sum);
            if (rank > 2) {
                continue;
            }
            NominationDocument reuse = null;
            if (sharedPersons && !people.isEmpty() && random.nextInt(3) == 0) {
                NominationDocument p = people.get(random.nextInt(people.size()));
                if (p.state().equals(state[0]) && !personInCall.contains(p.candidateId() + "C" + c)) {
                    reuse = p;
                }
            }
            String person = reuse != null ? reuse.candidateId() : "P" + list.size();
            if (!personInCall.add(person + "C" + c)) {
                perStateCall.merge(key, -1, Integer::sum);
                continue;
            }
            int dice = random.nextInt(10);
            NominationDocument n = new NominationDocument(
                    "N" + list.size(),
                    "C" + c,
                    person,
                    state[0],
                    dice == 0 ? "ASIA" : "AFRICA",
                    state[1],
                    reuse != null ? reuse.gender() : random.nextBoolean() ? "FEMALE" : "MALE",
                    List.of(dice == 1 ? "es" : random.nextBoolean() ? "fr" : "en"),
                    List.of(dice == 2 ? "GENDER" : TOPICS[c], TOPICS[random.nextInt(3)]),
                    random.nextInt(20),
                    rank);
            list.add(n);
            people.add(n);
        }
        return new CohortProblemDocument(1, calls, list, funding, List.of(), Map.of());
    }

    /**
     * A yearly plan: {@code callCount} calls of {@code seats} seats (a fifth of them only partly funded), about
     * {@code nominationCount} nominations. Each call serves one or two regions (one in five every region), teaches in
     * one or two languages and covers one to three topics; States nominate one to three candidates a call (the cap on
     * selected is one a State, two in one call of ten), with their own ranks; one nomination in five names a person
     * that the State also nominated to another call of the year; 38% of the candidates are women; nine in ten
     * nominations meet the region, language and topic.
     */
    public static CohortProblemDocument yearly(long seed, int callCount, int seats, int nominationCount) {
        return yearly(seed, callCount, seats, nominationCount, 5);
    }

    /** The same, with one nomination in {@code sharedOneIn} naming a person nominated before (0: nobody twice). */
    public static CohortProblemDocument yearly(
            long seed, int callCount, int seats, int nominationCount, int sharedOneIn) {
        Random random = new Random(seed);
        List<State> states = states();
        List<CallDocument> calls = new ArrayList<>();
        List<FundingDocument> funding = new ArrayList<>();
        for (int c = 0; c < callCount; c++) {
            List<String> regions = new ArrayList<>();
            if (random.nextInt(5) != 0) {
                regions.add(REGIONS[weighted(random, new int[] {40, 25, 20, 10, 5})]);
                if (random.nextInt(3) == 0) {
                    String second = REGIONS[random.nextInt(REGIONS.length)];
                    if (!regions.contains(second)) {
                        regions.add(second);
                    }
                }
            }
            String[] pool = LANGUAGES.get(regions.isEmpty() ? "AFRICA" : regions.get(0));
            Set<String> languages = new LinkedHashSet<>();
            languages.add(pool[random.nextInt(2)]);
            if (random.nextBoolean()) {
                languages.add(pool[random.nextInt(pool.length)]);
            }
            Set<String> topics = new LinkedHashSet<>();
            int topicCount = 1 + random.nextInt(3);
            while (topics.size() < topicCount) {
                topics.add(TOPICS[random.nextInt(TOPICS.length)]);
            }
            int funded = random.nextInt(5) == 0 ? seats * 2 / 3 + random.nextInt(seats / 3) : seats;
            calls.add(new CallDocument(
                    "CALL-" + (c + 1),
                    "Fellowship " + (c + 1),
                    2027,
                    regions,
                    null,
                    null,
                    null,
                    List.copyOf(languages),
                    List.copyOf(topics),
                    seats,
                    9_000L,
                    null,
                    3,
                    random.nextInt(10) == 0 ? 2 : 1,
                    random.nextInt(4) == 0 ? 40 : 50,
                    random.nextBoolean() ? 2 : 5,
                    random.nextBoolean() ? 15 : 20));
            funding.add(new FundingDocument("CALL-" + (c + 1), random.nextBoolean() ? "DEU" : "EU", funded, null));
        }
        Map<String, List<Person>> peopleByState = new HashMap<>();
        List<NominationDocument> nominations = new ArrayList<>();
        int perCall = nominationCount / callCount;
        for (int c = 0; c < callCount; c++) {
            CallDocument call = calls.get(c);
            int target = c < nominationCount % callCount ? perCall + 1 : perCall;
            Set<String> personInCall = new HashSet<>();
            Map<String, Integer> ranks = new HashMap<>();
            int misses = 0;
            while (target > 0) {
                State state = pickState(random, states, misses > 20 ? List.of() : call.regions());
                int before = target;
                int wanted = Math.min(target, 1 + weighted(random, new int[] {55, 30, 15}));
                for (int k = 0; k < wanted; k++) {
                    int rank = ranks.merge(state.code(), 1, Integer::sum);
                    if (rank > 3) {
                        break;
                    }
                    List<Person> known = peopleByState.computeIfAbsent(state.code(), s -> new ArrayList<>());
                    Person person = null;
                    if (sharedOneIn > 0 && !known.isEmpty() && random.nextInt(sharedOneIn) == 0) {
                        Person p = known.get(random.nextInt(known.size()));
                        if (!personInCall.contains(p.id())) {
                            person = p;
                        }
                    }
                    if (person == null) {
                        person = newPerson(random, state, call, "P-" + (nominations.size() + 1));
                        known.add(person);
                    }
                    personInCall.add(person.id());
                    nominations.add(new NominationDocument(
                            "NOM-" + (nominations.size() + 1),
                            call.id(),
                            person.id(),
                            state.code(),
                            state.region(),
                            state.subRegion(),
                            person.gender(),
                            person.languages(),
                            random.nextInt(10) == 0
                                    ? List.of(TOPICS[random.nextInt(TOPICS.length)])
                                    : withTopic(random, call),
                            person.years(),
                            rank));
                    target--;
                }
                misses = target == before ? misses + 1 : 0;
            }
        }
        return new CohortProblemDocument(1, calls, nominations, funding, List.of(), Map.of());
    }

    private record Person(String id, String gender, List<String> languages, int years) {}

    private static Person newPerson(Random random, State state, CallDocument call, String id) {
        int g = random.nextInt(100);
        String gender = g < 38 ? "FEMALE" : g < 98 ? "MALE" : "OTHER";
        Set<String> languages = new LinkedHashSet<>();
        if (random.nextInt(10) != 0) {
            languages.add(call.languages().get(random.nextInt(call.languages().size())));
        }
        String[] pool = LANGUAGES.get(state.region());
        languages.add(pool[random.nextInt(pool.length)]);
        if (random.nextInt(3) == 0) {
            languages.add("en");
        }
        int years = (int) Math.max(0, Math.min(35, Math.round(Math.exp(2.0 + 0.6 * random.nextGaussian()))));
        return new Person(id, gender, List.copyOf(languages), years);
    }

    private static List<String> withTopic(Random random, CallDocument call) {
        Set<String> topics = new LinkedHashSet<>();
        topics.add(call.topics().get(random.nextInt(call.topics().size())));
        if (random.nextBoolean()) {
            topics.add(TOPICS[random.nextInt(TOPICS.length)]);
        }
        return List.copyOf(topics);
    }

    /** A State of the call's regions nine times in ten (any State otherwise). */
    private static State pickState(Random random, List<State> states, List<String> regions) {
        boolean inside = random.nextInt(10) != 0;
        while (true) {
            State s = states.get(random.nextInt(states.size()));
            boolean admitted = regions.isEmpty() || regions.contains(s.region());
            if (admitted == inside || regions.isEmpty()) {
                return s;
            }
        }
    }

    private static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
