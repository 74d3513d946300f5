package org.clearinghouse.matchingruns.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.clearinghouse.matching.domain.Area;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.matching.explain.ExplanationTexts;
import org.clearinghouse.matching.explain.ReasonCode;
import org.clearinghouse.shared.i18n.ReaderWords;
import org.clearinghouse.shared.i18n.SupportedLanguages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's explanations, stored as keys and arguments the way {@code Explainer} writes them, in words: no area,
 * type or region code, no bare amount, no weight, titles instead of exchange ids, in every language.
 */
class ExplanationWordsTest {

    private static final Map<String, String> TITLES = Map.of(
            "O-4", "Border training (Germany)",
            "O-7", "Marking machines (EU)",
            "R-12", "Armoury doors",
            "R-99", "Police registry");

    private static final ExplanationWords.Names NAMES = new ExplanationWords.Names() {
        @Override
        public String request(String id) {
            return TITLES.get(id);
        }

        @Override
        public String offer(String id) {
            return TITLES.get(id);
        }
    };

    /** Every engine code a reader must not see. */
    private static final Pattern CODES = Pattern.compile("\\b("
            + String.join(
                    "|",
                    java.util.stream.Stream.of(Area.values(), AssistanceType.values(), Region.values())
                            .flatMap(java.util.Arrays::stream)
                            .map(Enum::name)
                            .toList())
            + ")\\b|\\b[RO]-\\d+\\b|\\bweight\\b|\\d{5,}");

    private static ExplanationWords in(String language) {
        return new ExplanationWords(new ReaderWords(Locale.forLanguageTag(language)), NAMES);
    }

    /** A proposal's arguments as the engine writes them (an offer serving listed regions, split funding). */
    private static List<String> proposal() {
        return List.of(
                "R-12",
                "O-4",
                "250000",
                "1",
                "16",
                "NEW_TECHNOLOGIES",
                "EXPERTISE",
                ExplanationTexts.render(ExplanationTexts.REGION_LISTED, List.of("ASIA")),
                "2027-01/2027-12",
                "2027-03/2028-02",
                ExplanationTexts.render(ExplanationTexts.CHOICE_SPLIT, List.of(250000, 2)));
    }

    /** An unfunded request whose offers went to higher-priority requests, as the engine writes it. */
    private static List<String> usedByHigher() {
        return List.of(
                "R-12",
                "1200000",
                "O-4, O-7" + ExplanationTexts.render(ExplanationTexts.LIST_MORE, List.of(3)),
                ExplanationTexts.render(ExplanationTexts.REQUEST_NAMED, List.of("R-12", 1))
                        + ", "
                        + ExplanationTexts.render(ExplanationTexts.REQUEST_NAMED, List.of("R-99", 3)));
    }

    static List<String> languages() {
        return SupportedLanguages.codes();
    }

    @Test
    void aProposalInEnglishWords() {
        String text = in("en").write(ExplanationTexts.PROPOSAL, proposal());

        assertThat(text)
                .isEqualTo("This offer funds $250,000 of this request, priority 1 (highest): it covers the area"
                        + " “New technologies (polymer, modular, 3D-printed weapons)” and the type of assistance"
                        + " “Expertise”, it serves Asia, its period (January 2027 – December 2027) overlaps the"
                        + " request's (March 2027 – February 2028), and it does not exclude the State. It had $250,000"
                        + " left for this request after requests of higher priority; 2 offers fund the request.");
    }

    @Test
    void anUnfundedRequestNamesOffersAndRequestsByTitle() {
        String text = in("en").write(ExplanationTexts.key(ReasonCode.USED_BY_HIGHER_WEIGHTED), usedByHigher());

        assertThat(text)
                .isEqualTo("$1,200,000 still open: the offers that fit (Border training (Germany); Marking machines"
                        + " (EU) and 3 more) went to requests of higher priority: Armoury doors, priority 1 (highest);"
                        + " Police registry, priority 3.");
    }

    @Test
    void noOfferForTheAreaAndTypeInFrench() {
        List<String> args =
                List.of("R-12", "40000", "GENDER", "TRAINING", ExplanationTexts.render("excluded.suffix", List.of()));

        String text = in("fr").write(ExplanationTexts.key(ReasonCode.NO_ELIGIBLE_OFFER), args);

        assertThat(text.replace('\u202F', ' ').replace('\u00A0', ' '))
                .startsWith("40 000 $US restent à financer : aucune offre ne couvre le domaine « Intégration")
                .contains("(les offres qui les couvrent excluent cet État")
                .doesNotContain("GENDER", "TRAINING", "cover them");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyExplanationIsWrittenInWordsInEveryLanguage(String language) {
        ExplanationWords writer = in(language);
        List<String> any = List.of(
                "R-12",
                "O-4",
                "1000",
                "5",
                "1",
                "GENDER",
                "FUNDING",
                ExplanationTexts.render(ExplanationTexts.REGION_ANY, List.of()),
                "2027-01/2027-12",
                "2027-01/2027-06",
                ExplanationTexts.render(ExplanationTexts.PINNED, List.of()));

        assertThat(writer.write(ExplanationTexts.PROPOSAL, proposal())).doesNotContainPattern(CODES);
        assertThat(writer.write(ExplanationTexts.PROPOSAL, any))
                .doesNotContainPattern(CODES)
                .doesNotContain(ExplanationTexts.render(ExplanationTexts.PINNED, List.of()));
        for (ReasonCode code : ReasonCode.values()) {
            List<String> args = code == ReasonCode.NO_ELIGIBLE_OFFER
                    ? List.of("R-12", "1200000", "STOCKPILE_MANAGEMENT", "EQUIPMENT", "")
                    : usedByHigher();
            String text = writer.write(ExplanationTexts.key(code), args);
            assertThat(text).as(language + " " + code).isNotBlank().doesNotContainPattern(CODES);
        }
    }

    @Test
    void anUnknownKeyOrARowWithoutKeyIsLeftToTheStoredText() {
        assertThat(in("en").write(null, List.of())).isNull();
        assertThat(in("en").write("no.such.key", List.of("x"))).isNull();
    }
}
