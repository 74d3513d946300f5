package org.clearinghouse.directory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.directory.domain.Donor;
import org.clearinghouse.directory.domain.Organisation;
import org.clearinghouse.directory.domain.OrganisationRepository;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.shared.persistence.Repositories;

/** {@link OrganisationRepository} over JPA. */
@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaOrganisationRepository() {}

    JpaOrganisationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Organisation> findById(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findByCode(String code) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.code = :code", Organisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Organisation> findAll() {
        return em.createQuery("SELECT o FROM Organisation o ORDER BY o.code", Organisation.class)
                .getResultList();
    }

    @Override
    public Organisation save(Organisation organisation) {
        return Repositories.save(em, organisation, organisation.getId() == null);
    }

    @Override
    public Optional<Donor> findDonor(String donorCode) {
        if (donorCode == null) {
            return Optional.empty();
        }
        State state = em.find(State.class, donorCode);
        if (state != null) {
            return Optional.of(state);
        }
        return findByCode(donorCode).map(Donor.class::cast);
    }
}
