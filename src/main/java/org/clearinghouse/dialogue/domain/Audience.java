package org.clearinghouse.dialogue.domain;

import java.util.Objects;

/**
 * Who reads a message besides its author's party: on a request, one donor and the requesting State
 * ({@code DONOR:<code>}, a private exchange) or every donor that sees the request ({@code ALL_DONORS}); on a
 * proposal, its parties ({@code PROPOSAL_PARTIES}). The secretariat reads every thread.
 */
public record Audience(Kind kind, String donorCode) {

    /** The kinds of audience. */
    public enum Kind {
        DONOR,
        ALL_DONORS,
        PROPOSAL_PARTIES
    }

    public static final Audience ALL_DONORS = new Audience(Kind.ALL_DONORS, null);
    public static final Audience PROPOSAL_PARTIES = new Audience(Kind.PROPOSAL_PARTIES, null);

    private static final String DONOR_PREFIX = "DONOR:";

    public Audience {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.DONOR && (donorCode == null || donorCode.isBlank())) {
            throw new IllegalArgumentException("a private audience names its donor");
        }
        if (kind != Kind.DONOR) {
            donorCode = null;
        }
    }

    /** A private exchange between the requesting State and this donor. */
    public static Audience donor(String donorCode) {
        return new Audience(Kind.DONOR, donorCode);
    }

    /** The stored and API form: {@code DONOR:DEU}, {@code ALL_DONORS}, {@code PROPOSAL_PARTIES}. */
    public String code() {
        return kind == Kind.DONOR ? DONOR_PREFIX + donorCode : kind.name();
    }

    public static Audience parse(String code) {
        if (code.startsWith(DONOR_PREFIX)) {
            return donor(code.substring(DONOR_PREFIX.length()));
        }
        return new Audience(Kind.valueOf(code), null);
    }

    /** True when the donor with this code may read a message with this audience on a request's thread. */
    public boolean isReadByDonor(String code) {
        return kind == Kind.ALL_DONORS || (kind == Kind.DONOR && donorCode.equals(code));
    }

    @Override
    public String toString() {
        return code();
    }
}
