package org.clearinghouse.shared.domain;

/**
 * Whose rows a list holds: the secretariat's (everything; no code), a recipient State's (its State code) or a
 * donor's (the State or organisation code it gives for). Repositories turn it into the WHERE clause of a list.
 */
public record PartyScope(Party party, String code) {

    public static final PartyScope SECRETARIAT = new PartyScope(Party.SECRETARIAT, null);

    public PartyScope {
        if (party == null) {
            throw new IllegalArgumentException("party is required");
        }
        if (party == Party.SECRETARIAT) {
            code = null;
        }
    }

    public boolean isSecretariat() {
        return party == Party.SECRETARIAT;
    }
}
