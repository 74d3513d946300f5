package org.clearinghouse.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.clearinghouse.cohort.domain.Gender;
import org.clearinghouse.fellowship.domain.CallTerms;
import org.clearinghouse.fellowship.domain.Candidate;
import org.clearinghouse.fellowship.domain.FellowshipCall;
import org.clearinghouse.fellowship.domain.FellowshipNomination;
import org.clearinghouse.fellowship.domain.SeatFunding;

/**
 * The demo's fellowship call (issue 13): eight seats in Dakar for Africa and the Americas, six of them funded by
 * Germany and Japan, and sixteen nominations from eleven States of four sub-regions, so that the secretariat can
 * propose, review and confirm a cohort, the States can nominate more until the deadline, and donors can fund the rest.
 * The names are invented.
 */
final class DemoFellowship {

    /** State, given name, family name, gender, position, years of experience, rank, course language. */
    record DemoNominee(
            String state,
            String givenName,
            String familyName,
            Gender gender,
            String position,
            int years,
            int rank,
            String language) {}

    static final List<DemoNominee> NOMINEES = List.of(
            new DemoNominee("NER", "Aïssata", "Moussa", Gender.FEMALE, "Armoury inspector", 6, 1, "fr"),
            new DemoNominee("NER", "Ibrahim", "Garba", Gender.MALE, "Stockpile officer", 9, 2, "fr"),
            new DemoNominee("MLI", "Oumar", "Traoré", Gender.MALE, "Police logistics officer", 11, 1, "fr"),
            new DemoNominee("MLI", "Fatoumata", "Keïta", Gender.FEMALE, "Customs analyst", 4, 2, "fr"),
            new DemoNominee("HTI", "Nadège", "Pierre", Gender.FEMALE, "Commission secretary", 7, 1, "fr"),
            new DemoNominee("HTI", "Jean", "Baptiste", Gender.MALE, "Border police officer", 5, 2, "fr"),
            new DemoNominee("SEN", "Mariama", "Diallo", Gender.FEMALE, "Arms registry officer", 8, 1, "fr"),
            new DemoNominee("SEN", "Cheikh", "Ndiaye", Gender.MALE, "Army stockpile manager", 14, 2, "fr"),
            new DemoNominee("BFA", "Salif", "Ouédraogo", Gender.MALE, "Gendarmerie armourer", 10, 1, "fr"),
            new DemoNominee("GHA", "Akosua", "Mensah", Gender.FEMALE, "Commission programme officer", 6, 1, "en"),
            new DemoNominee("NGA", "Chinedu", "Okafor", Gender.MALE, "Police armoury supervisor", 12, 1, "en"),
            new DemoNominee("KEN", "Wanjiru", "Kamau", Gender.FEMALE, "Focal point assistant", 3, 1, "en"),
            new DemoNominee("UGA", "Peter", "Okello", Gender.MALE, "Marking technician", 7, 1, "en"),
            new DemoNominee("GTM", "Lucía", "Pérez", Gender.FEMALE, "Arms registry analyst", 5, 1, "es"),
            new DemoNominee("HND", "Carlos", "Mejía", Gender.MALE, "Army logistics officer", 13, 1, "es"),
            new DemoNominee("JAM", "Shanice", "Campbell", Gender.FEMALE, "Firearm licensing officer", 9, 1, "en"));

    private DemoFellowship() {}

    /** Persists the call, its funding and its nominations; the deadline is three weeks after {@code today}. */
    static FellowshipCall persist(EntityManager em, LocalDate today) {
        FellowshipCall call = new FellowshipCall();
        call.describe(new CallTerms(
                "Small arms control fellowship: stockpile management (Africa and the Americas)",
                List.of("AFRICA", "AMERICAS"),
                "SEN",
                "Dakar",
                today.plusDays(75),
                today.plusDays(96),
                List.of("fr", "en", "es"),
                List.of("STOCKPILE_MANAGEMENT", "FELLOWSHIP"),
                8,
                9_500,
                today.plusDays(21),
                2,
                50));
        call.setActingUser("demo");
        em.persist(call);
        em.flush();
        SeatFunding germany = new SeatFunding(call.getId(), "DEU", 4, null, 4 * 9_500L);
        germany.setActingUser("demo");
        em.persist(germany);
        SeatFunding japan = new SeatFunding(call.getId(), "JPN", 2, null, 2 * 9_500L);
        japan.setActingUser("demo");
        em.persist(japan);
        for (DemoNominee d : NOMINEES) {
            FellowshipNomination n = new FellowshipNomination(
                    call.getId(),
                    d.state(),
                    new Candidate(
                            d.givenName(),
                            d.familyName(),
                            d.gender(),
                            d.position(),
                            null,
                            d.years(),
                            List.of(d.language()),
                            List.of("STOCKPILE_MANAGEMENT"),
                            null,
                            d.rank(),
                            true,
                            null));
            n.setActingUser("demo");
            em.persist(n);
        }
        return call;
    }
}
