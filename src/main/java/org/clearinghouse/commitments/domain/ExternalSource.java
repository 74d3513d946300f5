package org.clearinghouse.commitments.domain;

/** The mechanism through which assistance was funded outside this platform. */
public enum ExternalSource {
    /** UN Trust Facility Supporting Cooperation on Arms Regulation. */
    UNSCAR,
    /** Saving Lives Entity fund. */
    SALIENT,
    /** Arms Trade Treaty Voluntary Trust Fund. */
    ATT_VTF,
    /** A regional organisation's fund. */
    REGIONAL_FUND,
    /** State-to-State aid. */
    BILATERAL,
    OTHER
}
