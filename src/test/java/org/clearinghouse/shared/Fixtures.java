package org.clearinghouse.shared;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.accounts.domain.UserAccount;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.Donor;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.RequestStatus;

/** Valid entities for tests; each test changes what it is about. */
public final class Fixtures {

    public static final State NIGER = new State("NER", "Niger", Region.AFRICA, "Western Africa", false);
    public static final State GERMANY = new State("DEU", "Germany", Region.EUROPE, "Western Europe", false);

    private Fixtures() {}

    public static AssistanceRequest request(State state) {
        AssistanceRequest r = new AssistanceRequest();
        r.setRecipientState(state);
        r.setTitle("Marking machines for the national police");
        r.setDescription("Two marking machines and training for their operators.");
        r.setArea(CommitmentArea.MARKING_RECORD_KEEPING_TRACING);
        r.setType(AssistanceType.EQUIPMENT);
        r.setAmountUsd(240_000);
        r.setDivisible(false);
        r.setPriority(1);
        r.setStartMonth(YearMonth.of(2027, 3));
        r.setEndMonth(YearMonth.of(2027, 12));
        r.setStatus(RequestStatus.VALIDATED);
        r.setNationalTargetReference("NAP 2025-2030, target 4.2");
        r.setContact("focal.point@example.org");
        r.setPublishSummaryConsent(true);
        return r;
    }

    public static AssistanceOffer offer(Donor donor) {
        AssistanceOffer o = new AssistanceOffer();
        o.setDonor(donor);
        o.setTitle("Marking and stockpile equipment for Africa");
        o.setDescription("Equipment and training for marking and stockpile security.");
        o.setAreas(Set.of(CommitmentArea.MARKING_RECORD_KEEPING_TRACING, CommitmentArea.STOCKPILE_MANAGEMENT));
        o.setTypes(Set.of(AssistanceType.EQUIPMENT, AssistanceType.TRAINING));
        o.setRegions(Set.of(Region.AFRICA));
        o.setExcludedStates(Set.of());
        o.setCapacityUsd(1_500_000);
        o.setMaxPerRequestUsd(400_000L);
        o.setStartMonth(YearMonth.of(2027, 1));
        o.setEndMonth(YearMonth.of(2028, 6));
        o.setStatus(OfferStatus.OPEN);
        return o;
    }

    public static UserAccount account(String username, Role role, Donor boundTo) {
        UserAccount a = new UserAccount(username, pbkdf2Hash("correct horse battery staple"), role);
        a.bindTo(boundTo);
        a.setFullName("Test User");
        a.setEmail(username + "@example.org");
        return a;
    }

    /** A hash in the stored format of Jakarta Security's Pbkdf2PasswordHash (its defaults: SHA-256, 2048). */
    public static String pbkdf2Hash(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 2048, 256);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
            Base64.Encoder b64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA256:2048:" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
