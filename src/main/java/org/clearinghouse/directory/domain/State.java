package org.clearinghouse.directory.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.clearinghouse.matching.domain.Region;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A UN Member State or observer State: ISO 3166-1 alpha-3 code, English short name, M49 region and sub-region.
 * Read-only reference data loaded by the migrations; cached.
 */
@Entity
@Table(name = "state")
@Cacheable
@ReadOnly
public class State implements Donor {

    @Id
    @Column(name = "code", length = 3)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_code", nullable = false, length = 20)
    private Region region;

    @Column(name = "sub_region", nullable = false, length = 50)
    private String subRegion;

    @Column(name = "observer", nullable = false)
    private boolean observer;

    @Column(name = "alpha2", length = 2)
    private String alpha2;

    /** The IATI organisation identifier of the donor, when it has one (V29). */
    @Column(name = "iati_org_id", length = 60)
    private String iatiOrgId;

    protected State() {}

    /** A State as the migrations load it; the application never inserts States (this is for tests and mapping). */
    public State(String code, String name, Region region, String subRegion, boolean observer) {
        this.code = code;
        this.name = name;
        this.region = region;
        this.subRegion = subRegion;
        this.observer = observer;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }

    /** M49 sub-region, or intermediate region where M49 has one ("Western Africa", "Caribbean"). */
    public String getSubRegion() {
        return subRegion;
    }

    /** ISO 3166-1 alpha-2 code ("NE" for Niger), as IATI and most registries name countries. */
    public String getAlpha2() {
        return alpha2;
    }

    /** True for the observer States (Holy See, State of Palestine). */
    public boolean isObserver() {
        return observer;
    }

    @Override
    public String donorCode() {
        return code;
    }

    @Override
    public String donorName() {
        return name;
    }

    @Override
    public String iatiOrganisationId() {
        return iatiOrgId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof State state && code != null && code.equals(state.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
