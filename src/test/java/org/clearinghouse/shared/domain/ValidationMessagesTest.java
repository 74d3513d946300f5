package org.clearinghouse.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.accounts.domain.UserAccount;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.Rejection;
import org.clearinghouse.commitments.domain.RejectionParty;
import org.clearinghouse.directory.domain.Organisation;
import org.clearinghouse.directory.domain.OrganisationKind;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message of ValidationMessages.properties: one bean with exactly one defect per case, whose single violation
 * uses the key and reads as the English text with its parameters filled in. Every key has a case.
 */
class ValidationMessagesTest {

    private static ValidatorFactory factory;
    private static Validator validator;
    private static Properties messages;
    private static Locale defaultLocale;

    @BeforeAll
    static void setUp() throws IOException {
        defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
        messages = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/ValidationMessages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void tearDown() {
        factory.close();
        Locale.setDefault(defaultLocale);
    }

    @ValidPeriod
    record Span(YearMonth getStartMonth, YearMonth getEndMonth) implements HasPeriod {}

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of(
                "period.order", (Supplier<Object>) () -> new Span(YearMonth.of(2027, 2), YearMonth.of(2027, 1))));

        organisation(cases, "organisation.code.required", o -> o.setCode(null));
        organisation(cases, "organisation.code.pattern", o -> o.setCode("eu"));
        organisation(cases, "organisation.name.required", o -> o.setName(" "));
        organisation(cases, "organisation.name.size", o -> o.setName("n".repeat(201)));
        organisation(cases, "organisation.kind.required", o -> o.setKind(null));

        request(cases, "request.state.required", r -> r.setRecipientState(null));
        request(cases, "posted.title.required", r -> r.setTitle("  "));
        request(cases, "posted.title.size", r -> r.setTitle("t".repeat(201)));
        request(cases, "posted.description.required", r -> r.setDescription(""));
        request(cases, "posted.description.size", r -> r.setDescription("d".repeat(4001)));
        request(cases, "request.area.required", r -> r.setArea(null));
        request(cases, "request.type.required", r -> r.setType(null));
        request(cases, "request.amount.positive", r -> r.setAmountUsd(0));
        request(cases, "request.priority.range", r -> r.setPriority(0));
        request(cases, "request.priority.range", r -> r.setPriority(6));
        request(cases, "posted.start.required", r -> r.setStartMonth(null));
        request(cases, "posted.end.required", r -> r.setEndMonth(null));
        request(cases, "request.period.order", r -> r.setStartMonth(YearMonth.of(2028, 1)));
        request(cases, "request.status.required", r -> r.setStatus(null));
        request(cases, "request.nationalTargetReference.size", r -> r.setNationalTargetReference("n".repeat(201)));
        request(cases, "posted.contact.size", r -> r.setContact("c".repeat(501)));
        request(cases, "request.validationComment.size", r -> r.setValidationComment("v".repeat(2001)));

        offer(cases, "offer.donor.exactlyOne", o -> o.setDonor(null));
        offer(cases, "posted.title.required", o -> o.setTitle(null));
        offer(cases, "posted.title.size", o -> o.setTitle("t".repeat(201)));
        offer(cases, "posted.description.required", o -> o.setDescription(" "));
        offer(cases, "posted.description.size", o -> o.setDescription("d".repeat(4001)));
        offer(cases, "offer.areas.required", o -> o.setAreas(Set.of()));
        offer(cases, "offer.types.required", o -> o.setTypes(Set.of()));
        offer(cases, "offer.capacity.positive", o -> {
            o.setCapacityUsd(0);
            o.setMaxPerRequestUsd(null);
        });
        offer(cases, "offer.ceiling.positive", o -> o.setMaxPerRequestUsd(0L));
        offer(cases, "offer.ceiling.notAboveCapacity", o -> o.setMaxPerRequestUsd(1_500_001L));
        offer(cases, "posted.start.required", o -> o.setStartMonth(null));
        offer(cases, "posted.end.required", o -> o.setEndMonth(null));
        offer(cases, "offer.period.order", o -> o.setEndMonth(YearMonth.of(2026, 12)));
        offer(cases, "offer.status.required", o -> o.setStatus(null));
        offer(cases, "posted.contact.size", o -> o.setContact("c".repeat(501)));
        offer(cases, "offer.visibility.required", o -> o.setVisibility(null));

        commitment(cases, "commitment.request.required", c -> c.setRequest(null));
        commitment(cases, "commitment.offer.required", c -> c.setOffer(null));
        commitment(cases, "commitment.amount.positive", c -> c.setAmountUsd(0));
        commitment(cases, "commitment.source.required", c -> c.setSource(null));
        commitment(
                cases,
                "commitment.mechanism.required",
                c -> c.setSource(org.clearinghouse.commitments.domain.CommitmentSource.OTHER_MECHANISM));
        commitment(cases, "commitment.mechanism.required", c -> c.setMechanismName("Bilateral"));
        commitment(cases, "commitment.mechanism.size", c -> c.madeThrough("m".repeat(201)));
        commitment(cases, "commitment.status.required", c -> c.setStatus(null));

        external(cases, "externalCommitment.state.required", c -> c.setState(null));
        external(cases, "externalCommitment.area.required", c -> c.setArea(null));
        external(cases, "externalCommitment.amount.positive", c -> c.setAmountUsd(0));
        external(cases, "externalCommitment.start.required", c -> c.setStartMonth(null));
        external(cases, "externalCommitment.end.required", c -> c.setEndMonth(null));
        external(cases, "externalCommitment.period.order", c -> c.setStartMonth(YearMonth.of(2029, 1)));
        external(cases, "externalCommitment.source.required", c -> c.setSource(null));
        external(cases, "externalCommitment.mechanism.required", c -> c.setMechanismName(" "));
        external(cases, "externalCommitment.mechanism.size", c -> c.setMechanismName("m".repeat(201)));
        external(cases, "externalCommitment.donor.size", c -> c.setDonorCode("d".repeat(21)));
        external(cases, "externalCommitment.note.size", c -> c.setNote("n".repeat(2001)));

        rejection(
                cases,
                "rejection.request.required",
                null,
                Fixtures.offer(Fixtures.GERMANY),
                RejectionParty.DONOR,
                "donor1",
                "No.");
        rejection(
                cases,
                "rejection.offer.required",
                Fixtures.request(Fixtures.NIGER),
                null,
                RejectionParty.DONOR,
                "donor1",
                "No.");
        rejection(
                cases,
                "rejection.party.required",
                Fixtures.request(Fixtures.NIGER),
                Fixtures.offer(Fixtures.GERMANY),
                null,
                "donor1",
                "No.");
        rejection(
                cases,
                "rejection.rejectedBy.required",
                Fixtures.request(Fixtures.NIGER),
                Fixtures.offer(Fixtures.GERMANY),
                RejectionParty.DONOR,
                " ",
                "No.");
        rejection(
                cases,
                "rejection.rejectedBy.size",
                Fixtures.request(Fixtures.NIGER),
                Fixtures.offer(Fixtures.GERMANY),
                RejectionParty.DONOR,
                "u".repeat(101),
                "No.");
        rejection(
                cases,
                "rejection.reason.required",
                Fixtures.request(Fixtures.NIGER),
                Fixtures.offer(Fixtures.GERMANY),
                RejectionParty.DONOR,
                "donor1",
                "");
        rejection(
                cases,
                "rejection.reason.size",
                Fixtures.request(Fixtures.NIGER),
                Fixtures.offer(Fixtures.GERMANY),
                RejectionParty.DONOR,
                "donor1",
                "r".repeat(2001));

        account(cases, "account.username.required", a -> a.setUsername(null));
        account(cases, "account.username.size", a -> a.setUsername("u".repeat(101)));
        account(cases, "account.username.pattern", a -> a.setUsername("bad name!"));
        account(cases, "account.passwordHash.required", a -> a.setPasswordHash(null));
        account(cases, "account.passwordHash.format", a -> a.setPasswordHash("correct horse battery staple"));
        account(cases, "account.role.required", a -> a.setRole(null));
        account(cases, "account.binding.invalid", a -> a.bindTo(null));
        account(cases, "account.binding.invalid", a -> a.setRole(Role.SECRETARIAT));
        account(cases, "account.fullName.size", a -> a.setFullName("f".repeat(201)));
        account(cases, "account.email.invalid", a -> a.setEmail("not-an-address"));
        account(
                cases,
                "account.email.size",
                a -> a.setEmail("a".repeat(60) + "@" + ("b".repeat(60) + ".").repeat(4) + "org"));
        account(cases, "account.locale.required", a -> a.setPreferredLocale(null));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachDefectGivesItsMessage(String key, Supplier<Object> bean) {
        Set<ConstraintViolation<Object>> violations = validator.validate(bean.get());

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getMessageTemplate()).isEqualTo("{" + key + "}");
            assertThat(messages.getProperty(key)).as("text of %s", key).isNotBlank();
            assertThat(v.getMessage())
                    .isEqualTo(fill(
                            messages.getProperty(key),
                            v.getConstraintDescriptor().getAttributes()));
        });
    }

    @Test
    void theFixturesAreValid() {
        assertThat(validator.validate(Fixtures.request(Fixtures.NIGER))).isEmpty();
        assertThat(validator.validate(Fixtures.offer(Fixtures.GERMANY))).isEmpty();
        assertThat(validator.validate(Fixtures.account("donor1", Role.DONOR, Fixtures.GERMANY)))
                .isEmpty();
        assertThat(validator.validate(new Span(YearMonth.of(2027, 1), YearMonth.of(2027, 1))))
                .isEmpty();
    }

    @Test
    void messagesReadAsEnglishSentences() {
        AssistanceRequest request = Fixtures.request(Fixtures.NIGER);
        request.setAmountUsd(0);
        request.setTitle("t".repeat(201));
        request.setEndMonth(YearMonth.of(2020, 1));

        assertThat(validator.validate(request))
                .extracting(v -> v.getPropertyPath().toString(), v -> v.getMessage())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("amountUsd", "The amount must be at least 1 US dollar."),
                        org.assertj.core.groups.Tuple.tuple("title", "The title must not exceed 200 characters."),
                        org.assertj.core.groups.Tuple.tuple(
                                "endMonth", "The start month must not be after the end month."));
    }

    @Test
    void everyKeyHasACase() {
        Set<String> covered = new TreeSet<>();
        cases().forEach(a -> covered.add((String) a.get()[0]));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(new TreeSet<>(messages.stringPropertyNames()));
    }

    private static String fill(String text, Map<String, Object> attributes) {
        String result = text;
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            result = result.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        return result;
    }

    private static void organisation(List<Arguments> cases, String key, Consumer<Organisation> defect) {
        cases.add(Arguments.of(key, (Supplier<Object>) () -> {
            Organisation o =
                    new Organisation("ECOWAS", "Economic Community of West African States", OrganisationKind.REGIONAL);
            defect.accept(o);
            return o;
        }));
    }

    private static void request(List<Arguments> cases, String key, Consumer<AssistanceRequest> defect) {
        cases.add(Arguments.of(key, (Supplier<Object>) () -> {
            AssistanceRequest r = Fixtures.request(Fixtures.NIGER);
            defect.accept(r);
            return r;
        }));
    }

    private static void offer(List<Arguments> cases, String key, Consumer<AssistanceOffer> defect) {
        cases.add(Arguments.of(key, (Supplier<Object>) () -> {
            AssistanceOffer o = Fixtures.offer(Fixtures.GERMANY);
            defect.accept(o);
            return o;
        }));
    }

    private static void commitment(List<Arguments> cases, String key, Consumer<Commitment> defect) {
        cases.add(Arguments.of(key, (Supplier<Object>) () -> {
            Commitment c = new Commitment(Fixtures.request(Fixtures.NIGER), Fixtures.offer(Fixtures.GERMANY), 1000);
            defect.accept(c);
            return c;
        }));
    }

    private static void external(
            List<Arguments> cases,
            String key,
            Consumer<org.clearinghouse.commitments.domain.ExternalCommitment> defect) {
        cases.add(Arguments.of(key, (Supplier<Object>) () -> {
            var c = new org.clearinghouse.commitments.domain.ExternalCommitment();
            c.setState(Fixtures.NIGER);
            c.setArea(org.clearinghouse.directory.domain.CommitmentArea.STOCKPILE_MANAGEMENT);
            c.setAmountUsd(50_000);
            c.setStartMonth(YearMonth.of(2027, 1));
            c.setEndMonth(YearMonth.of(2027, 12));
            c.setSource(org.clearinghouse.commitments.domain.ExternalSource.UNSCAR);
            c.setMechanismName("UNSCAR call for proposals 2026");
            defect.accept(c);
            return c;
        }));
    }

    private static void rejection(
            List<Arguments> cases,
            String key,
            AssistanceRequest request,
            AssistanceOffer offer,
            RejectionParty party,
            String by,
            String reason) {
        cases.add(Arguments.of(key, (Supplier<Object>) () -> new Rejection(request, offer, party, by, reason)));
    }

    private static void account(List<Arguments> cases, String key, Consumer<UserAccount> defect) {
        cases.add(Arguments.of(key, (Supplier<Object>) () -> {
            UserAccount a = Fixtures.account("niger.focal", Role.RECIPIENT, Fixtures.NIGER);
            defect.accept(a);
            return a;
        }));
    }
}
