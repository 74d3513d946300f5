package org.clearinghouse.matching.domain;

/** Kinds of assistance a request asks for and an offer provides. */
public enum AssistanceType {
    FUNDING, EQUIPMENT, TRAINING, EXPERTISE
}
