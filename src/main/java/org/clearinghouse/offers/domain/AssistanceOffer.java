package org.clearinghouse.offers.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.Set;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.Donor;
import org.clearinghouse.directory.domain.Organisation;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.shared.domain.PostedRecord;
import org.clearinghouse.shared.domain.ValidPeriod;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A resource posted by a donor: exactly one of {@code donorState} and {@code donorOrganisation} is set (see
 * {@link #setDonor(Donor)}). No region means the offer is open to every region.
 */
@Entity
@Table(name = "assistance_offer")
@ValidPeriod(message = "{offer.period.order}")
public class AssistanceOffer extends PostedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne
    @JoinColumn(name = "donor_state_code")
    private State donorState;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne
    @JoinColumn(name = "donor_organisation_id")
    private Organisation donorOrganisation;

    @NotEmpty(message = "{offer.areas.required}")
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "offer_area", joinColumns = @JoinColumn(name = "offer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area_code", nullable = false, length = 40)
    private Set<CommitmentArea> areas = new HashSet<>();

    @NotEmpty(message = "{offer.types.required}")
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "offer_type", joinColumns = @JoinColumn(name = "offer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "type_code", nullable = false, length = 20)
    private Set<AssistanceType> types = new HashSet<>();

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "offer_region", joinColumns = @JoinColumn(name = "offer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "region_code", nullable = false, length = 20)
    private Set<Region> regions = new HashSet<>();

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "offer_excluded_state", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "state_code", nullable = false, length = 3)
    private Set<String> excludedStates = new HashSet<>();

    @Min(value = 1, message = "{offer.capacity.positive}")
    @Column(name = "capacity_usd", nullable = false)
    private long capacityUsd;

    @Min(value = 1, message = "{offer.ceiling.positive}")
    @Column(name = "max_per_request_usd")
    private Long maxPerRequestUsd;

    @NotNull(message = "{offer.status.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OfferStatus status = OfferStatus.DRAFT;

    @NotNull(message = "{offer.visibility.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 20)
    private OfferVisibility visibility = OfferVisibility.PUBLIC;

    public AssistanceOffer() {}

    /** Exactly one donor: a State or an organisation. */
    @AssertTrue(message = "{offer.donor.exactlyOne}")
    public boolean isDonorValid() {
        return (donorState == null) != (donorOrganisation == null);
    }

    /** The ceiling per request, if any, is not above the capacity. */
    @AssertTrue(message = "{offer.ceiling.notAboveCapacity}")
    public boolean isCeilingWithinCapacity() {
        return maxPerRequestUsd == null || maxPerRequestUsd <= capacityUsd;
    }

    public Long getId() {
        return id;
    }

    /** The donor, a {@link State} or an {@link Organisation}; null while none is set. */
    public Donor donor() {
        return donorState != null ? donorState : donorOrganisation;
    }

    /** The donor's ISO code (State) or own code (organisation); null while none is set. */
    public String donorCode() {
        Donor donor = donor();
        return donor == null ? null : donor.donorCode();
    }

    /** Sets the donor, replacing a State by an organisation or the other way round. */
    public void setDonor(Donor donor) {
        this.donorState = Donor.stateOf(donor);
        this.donorOrganisation = Donor.organisationOf(donor);
    }

    public State getDonorState() {
        return donorState;
    }

    public Organisation getDonorOrganisation() {
        return donorOrganisation;
    }

    /** Commitment areas covered (live set: change it in place or replace it). */
    public Set<CommitmentArea> getAreas() {
        return areas;
    }

    public void setAreas(Set<CommitmentArea> areas) {
        this.areas = new HashSet<>(areas);
    }

    public Set<AssistanceType> getTypes() {
        return types;
    }

    public void setTypes(Set<AssistanceType> types) {
        this.types = new HashSet<>(types);
    }

    /** Regions the offer is limited to; empty means anywhere. */
    public Set<Region> getRegions() {
        return regions;
    }

    public void setRegions(Set<Region> regions) {
        this.regions = new HashSet<>(regions);
    }

    /** ISO codes of the States the offer excludes. */
    public Set<String> getExcludedStates() {
        return excludedStates;
    }

    public void setExcludedStates(Set<String> excludedStates) {
        this.excludedStates = new HashSet<>(excludedStates);
    }

    /** Total capacity, whole US dollars. */
    public long getCapacityUsd() {
        return capacityUsd;
    }

    public void setCapacityUsd(long capacityUsd) {
        this.capacityUsd = capacityUsd;
    }

    /** Ceiling per request in whole US dollars; null means none. */
    public Long getMaxPerRequestUsd() {
        return maxPerRequestUsd;
    }

    public void setMaxPerRequestUsd(Long maxPerRequestUsd) {
        this.maxPerRequestUsd = maxPerRequestUsd;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public void setStatus(OfferStatus status) {
        this.status = status;
    }

    /** PUBLIC (listed on the public API while open) or RESTRICTED (signed-in users only). */
    public OfferVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(OfferVisibility visibility) {
        this.visibility = visibility;
    }

    @Override
    public String toString() {
        return "AssistanceOffer[" + id + " " + donorCode() + " " + capacityUsd + "]";
    }
}
