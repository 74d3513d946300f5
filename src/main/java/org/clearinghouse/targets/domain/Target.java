package org.clearinghouse.targets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.shared.domain.AuditedEntity;

/** A voluntary target of a State, or of a region (recorded by the secretariat): exactly one of the two is set. */
@Entity
@Table(name = "target")
public class Target extends AuditedEntity {

    /** The indicator offered first: SDG indicator 16.4.2 (illicit arms flows: seized weapons traced). */
    public static final String SDG_16_4_2 = "SDG 16.4.2";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne
    @JoinColumn(name = "state_code")
    private State state;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_code", length = 20)
    private Region region;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_code", length = 40)
    private CommitmentArea area;

    @Column(name = "indicator", nullable = false, length = 200)
    private String indicator;

    @Column(name = "baseline_value", precision = 19, scale = 4)
    private BigDecimal baselineValue;

    @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal targetValue;

    @Column(name = "target_year", nullable = false)
    private int targetYear;

    public Target() {}

    /** Sets what the target is; owner (State or region) is set once, by {@link #ownedBy}. */
    public void describe(
            String description,
            CommitmentArea area,
            String indicator,
            BigDecimal baselineValue,
            BigDecimal targetValue,
            int targetYear) {
        this.description = description;
        this.area = area;
        this.indicator = indicator;
        this.baselineValue = baselineValue;
        this.targetValue = targetValue;
        this.targetYear = targetYear;
    }

    public void ownedBy(State state, Region region) {
        this.state = state;
        this.region = state == null ? region : null;
    }

    /** True when a request of {@code requestState} may serve this target (its own State's, or its region's). */
    public boolean canBeServedBy(State requestState) {
        return state != null ? state.getCode().equals(requestState.getCode()) : region == requestState.getRegion();
    }

    public Long getId() {
        return id;
    }

    public State getState() {
        return state;
    }

    public Region getRegion() {
        return region;
    }

    public String getDescription() {
        return description;
    }

    public CommitmentArea getArea() {
        return area;
    }

    public String getIndicator() {
        return indicator;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public int getTargetYear() {
        return targetYear;
    }
}
