package org.clearinghouse.matching.domain;

/** UN M49 top-level regions. */
public enum Region {
    AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA
}
