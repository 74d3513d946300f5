package org.clearinghouse.cohort.domain;

import java.util.Set;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A candidate nominated by a State to one call, and the planning variable: selected for that call's cohort or not. A
 * person nominated to several calls has one nomination each, all with the same candidate id. A pinned nomination (the
 * secretariat decided it) never changes.
 */
@PlanningEntity(pinningFilter = NominationPinning.class)
public class Nomination {

    @PlanningId
    private int index;

    private String id;
    private Call call;
    private String candidateId;
    private String state;
    private DevelopmentStatus status;
    private String region;
    private String subRegion;
    private Gender gender;
    private Set<String> languages;
    private Set<String> topics;
    private int yearsExperience;
    private int rank;
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "selectedRange")
    private Boolean selected;

    /** For OptaPlanner's cloner. */
    public Nomination() {}

    public Nomination(
            int index,
            String id,
            Call call,
            String candidateId,
            State state,
            Gender gender,
            Set<String> languages,
            Set<String> topics,
            int yearsExperience,
            int rank) {
        this.index = index;
        this.id = id;
        this.call = call;
        this.candidateId = candidateId;
        this.state = state.code();
        this.status = state.status();
        this.region = state.region();
        this.subRegion = state.subRegion();
        this.gender = gender;
        this.languages = Set.copyOf(languages);
        this.topics = Set.copyOf(topics);
        this.yearsExperience = yearsExperience;
        this.rank = rank;
        this.selected = Boolean.FALSE;
    }

    /** The nominating State as the nomination needs it: code, need, region and sub-region. */
    public record State(String code, DevelopmentStatus status, String region, String subRegion) {}

    /** H3: the candidate's region is one the call admits. */
    public boolean regionEligible() {
        return call.admitsRegion(region);
    }

    /** H4: the candidate speaks one of the course languages. */
    public boolean languageEligible() {
        return languages.stream().anyMatch(call.languages()::contains);
    }

    /** H5: the candidate works on one of the call's topics. */
    public boolean topicEligible() {
        return topics.stream().anyMatch(call.topics()::contains);
    }

    /** H3-H5 together. */
    public boolean eligible() {
        return regionEligible() && languageEligible() && topicEligible();
    }

    public boolean isSelected() {
        return Boolean.TRUE.equals(selected);
    }

    public boolean isFemale() {
        return gender == Gender.FEMALE;
    }

    /** The year of the call: a person is in at most one cohort a year. */
    public int getYear() {
        return call.year();
    }

    public int getIndex() {
        return index;
    }

    public String getId() {
        return id;
    }

    public Call getCall() {
        return call;
    }

    public String getCandidateId() {
        return candidateId;
    }

    public String getState() {
        return state;
    }

    public DevelopmentStatus getStatus() {
        return status;
    }

    public String getRegion() {
        return region;
    }

    public String getSubRegion() {
        return subRegion;
    }

    public Gender getGender() {
        return gender;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public Set<String> getTopics() {
        return topics;
    }

    public int getYearsExperience() {
        return yearsExperience;
    }

    public int getRank() {
        return rank;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Boolean getSelected() {
        return selected;
    }

    public void setSelected(Boolean selected) {
        this.selected = selected;
    }

    @Override
    public String toString() {
        return id + (isSelected() ? "+" : "-");
    }
}
