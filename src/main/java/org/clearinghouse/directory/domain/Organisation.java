package org.clearinghouse.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.clearinghouse.shared.domain.AuditedEntity;

/** A donor organisation (regional, international, fund, NGO) with its own short code ("EU", "ATT-VTF"). */
@Entity
@Table(name = "organisation")
public class Organisation extends AuditedEntity implements Donor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotBlank(message = "{organisation.code.required}")
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "{organisation.code.pattern}")
    @Column(name = "code", nullable = false, unique = true, length = 20)
    private String code;

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = 200, message = "{organisation.name.size}")
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @NotNull(message = "{organisation.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private OrganisationKind kind;

    /** The IATI organisation identifier of the donor, when it has one (V29). */
    @Column(name = "iati_org_id", length = 60)
    private String iatiOrgId;

    public Organisation() {}

    public Organisation(String code, String name, OrganisationKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
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

    public void setIatiOrganisationId(String iatiOrgId) {
        this.iatiOrgId = iatiOrgId;
    }

    @Override
    public String toString() {
        return code;
    }
}
