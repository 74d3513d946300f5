package org.clearinghouse.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.matching.domain.Region;

/**
 * What new validated needs a donor wants to hear of: areas and regions, where an empty set means every area (or
 * every region). An inactive subscription hears of nothing.
 */
@Entity
@Table(name = "donor_subscription")
public class DonorSubscription {

    @Id
    @Column(name = "donor_code", length = 20)
    private String donorCode;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "areas", nullable = false, length = 1000)
    private String areas = "";

    @Column(name = "regions", nullable = false, length = 200)
    private String regions = "";

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected DonorSubscription() {}

    public DonorSubscription(String donorCode) {
        this.donorCode = donorCode;
    }

    /** True when a need in this area and region is one the donor wants to hear of. */
    public boolean fits(CommitmentArea area, Region region) {
        Set<CommitmentArea> a = getAreas();
        Set<Region> r = getRegions();
        return active && (a.isEmpty() || a.contains(area)) && (r.isEmpty() || r.contains(region));
    }

    public void change(
            boolean active, Collection<CommitmentArea> areas, Collection<Region> regions, String by, LocalDateTime at) {
        this.active = active;
        this.areas = areas.stream().map(Enum::name).sorted().distinct().collect(Collectors.joining(","));
        this.regions = regions.stream().map(Enum::name).sorted().distinct().collect(Collectors.joining(","));
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getDonorCode() {
        return donorCode;
    }

    public boolean isActive() {
        return active;
    }

    public Set<CommitmentArea> getAreas() {
        return areas.isEmpty()
                ? Set.of()
                : Arrays.stream(areas.split(","))
                        .map(CommitmentArea::valueOf)
                        .collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<Region> getRegions() {
        return regions.isEmpty()
                ? Set.of()
                : Arrays.stream(regions.split(",")).map(Region::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }
}
