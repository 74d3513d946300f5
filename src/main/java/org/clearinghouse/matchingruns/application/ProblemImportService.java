package org.clearinghouse.matchingruns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.Rejection;
import org.clearinghouse.commitments.domain.RejectionParty;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.Donor;
import org.clearinghouse.directory.domain.OrganisationRepository;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.matching.exchange.CommitmentDocument;
import org.clearinghouse.matching.exchange.InvalidProblemException;
import org.clearinghouse.matching.exchange.OfferDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.ProblemReader;
import org.clearinghouse.matching.exchange.RejectionDocument;
import org.clearinghouse.matching.exchange.RequestDocument;
import org.clearinghouse.matching.exchange.ValidationProblem;
import org.clearinghouse.matchingruns.domain.ProblemImportRepository;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.UnreadableInputException;

/**
 * Imports a whole problem file: its requests become VALIDATED requests, its offers OPEN offers, with its
 * commitments and rejections between them. All or nothing: any problem in the file, or any code the database
 * does not know, and nothing is written; every problem is reported at once.
 */
@ApplicationScoped
@Transactional
public class ProblemImportService {

    /** What an import created: counts, and the database id given to each id of the file. */
    public record ImportResult(int requests, int offers, int commitments, int rejections, Map<String, String> ids) {}

    @Inject
    StateRepository states;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ProblemImportRepository imports;

    public ImportResult importProblem(Caller caller, InputStream json, String source) {
        caller.requireAnyRole(Role.SECRETARIAT);
        ProblemDocument problem = read(json, source);
        FieldErrors errors = new FieldErrors();
        Map<String, State> recipientStates = new LinkedHashMap<>();
        // one query per code, not per row: a file of 20,000 requests names some 60 States and 30 donors
        Map<String, Optional<State>> stateByCode = new HashMap<>();
        Map<String, Optional<Donor>> donorByCode = new HashMap<>();
        for (RequestDocument r : problem.requests()) {
            State state = stateByCode
                    .computeIfAbsent(r.state(), code -> states.findByCode(code))
                    .orElse(null);
            if (state == null) {
                errors.add(
                        field(r.id(), "state"),
                        "'" + r.state() + "' is not the code of a UN Member or observer State.");
            } else if (!state.getRegion().name().equals(r.region())) {
                errors.add(
                        field(r.id(), "region"),
                        r.state() + " is in " + state.getRegion() + ", not " + r.region() + ".");
            }
            recipientStates.put(r.id(), state);
        }
        Map<String, Donor> donors = new LinkedHashMap<>();
        Map<String, Boolean> knownStates = new HashMap<>();
        for (OfferDocument o : problem.offers()) {
            Donor donor = donorByCode
                    .computeIfAbsent(o.donor(), code -> organisations.findDonor(code))
                    .orElse(null);
            if (donor == null) {
                errors.add(field(o.id(), "donor"), "'" + o.donor() + "' is neither a State nor a known organisation.");
            }
            donors.put(o.id(), donor);
            for (String excluded : o.excludedStates() == null ? List.<String>of() : o.excludedStates()) {
                if (!knownStates.computeIfAbsent(
                        excluded,
                        code -> stateByCode
                                .computeIfAbsent(code, c -> states.findByCode(c))
                                .isPresent())) {
                    errors.add(field(o.id(), "excludedStates"), "'" + excluded + "' is not the code of a State.");
                }
            }
        }
        errors.throwIfAny();
        return write(caller, source, problem, recipientStates, donors);
    }

    private ImportResult write(
            Caller caller,
            String source,
            ProblemDocument problem,
            Map<String, State> recipientStates,
            Map<String, Donor> donors) {
        Map<String, AssistanceRequest> requests = new LinkedHashMap<>();
        Map<String, AssistanceOffer> offers = new LinkedHashMap<>();
        for (RequestDocument r : problem.requests()) {
            requests.put(r.id(), request(caller, source, r, recipientStates.get(r.id())));
        }
        for (OfferDocument o : problem.offers()) {
            offers.put(o.id(), offer(caller, source, o, donors.get(o.id())));
        }
        List<CommitmentDocument> commitments = problem.commitments() == null ? List.of() : problem.commitments();
        List<Commitment> newCommitments = new ArrayList<>();
        for (CommitmentDocument c : commitments) {
            Commitment commitment = new Commitment(requests.get(c.requestId()), offers.get(c.offerId()), c.amountUsd());
            commitment.madeThrough("Imported from " + source);
            commitment.setActingUser(caller.username());
            newCommitments.add(commitment);
        }
        List<RejectionDocument> rejections = problem.rejections() == null ? List.of() : problem.rejections();
        List<Rejection> newRejections = new ArrayList<>();
        for (RejectionDocument j : rejections) {
            newRejections.add(new Rejection(
                    requests.get(j.requestId()),
                    offers.get(j.offerId()),
                    RejectionParty.SECRETARIAT,
                    caller.username(),
                    "Imported from " + source));
        }
        imports.addAll(requests.values(), offers.values(), newCommitments, newRejections);
        Map<String, String> ids = new LinkedHashMap<>();
        requests.forEach((fileId, entity) -> ids.put(fileId, ExchangeIds.request(entity.getId())));
        offers.forEach((fileId, entity) -> ids.put(fileId, ExchangeIds.offer(entity.getId())));
        return new ImportResult(requests.size(), offers.size(), commitments.size(), rejections.size(), ids);
    }

    private AssistanceRequest request(Caller caller, String source, RequestDocument r, State state) {
        AssistanceRequest request = new AssistanceRequest();
        request.setRecipientState(state);
        request.setTitle("Imported request " + r.id());
        request.setDescription("Imported from " + source + " by " + caller.username() + ".");
        request.setArea(CommitmentArea.valueOf(r.area()));
        request.setType(AssistanceType.valueOf(r.type()));
        request.setAmountUsd(r.amountUsd());
        request.setDivisible(r.divisible());
        request.setPriority(r.priority());
        request.setStartMonth(YearMonth.parse(r.start()));
        request.setEndMonth(YearMonth.parse(r.end()));
        request.setStatus(RequestStatus.VALIDATED);
        request.setActingUser(caller.username());
        return request;
    }

    private AssistanceOffer offer(Caller caller, String source, OfferDocument o, Donor donor) {
        AssistanceOffer offer = new AssistanceOffer();
        offer.setDonor(donor);
        offer.setTitle("Imported offer " + o.id());
        offer.setDescription("Imported from " + source + " by " + caller.username() + ".");
        EnumSet<CommitmentArea> areas = EnumSet.noneOf(CommitmentArea.class);
        o.areas().forEach(a -> areas.add(CommitmentArea.valueOf(a)));
        EnumSet<AssistanceType> types = EnumSet.noneOf(AssistanceType.class);
        o.types().forEach(t -> types.add(AssistanceType.valueOf(t)));
        EnumSet<Region> regions = EnumSet.noneOf(Region.class);
        if (o.regions() != null) {
            o.regions().forEach(g -> regions.add(Region.valueOf(g)));
        }
        offer.setAreas(areas);
        offer.setTypes(types);
        offer.setRegions(regions);
        offer.setExcludedStates(o.excludedStates() == null ? new HashSet<>() : new HashSet<>(o.excludedStates()));
        offer.setCapacityUsd(o.capacityUsd());
        // a ceiling above the capacity limits nothing: the capacity binds first (as the command line solves it)
        offer.setMaxPerRequestUsd(
                o.maxPerRequestUsd() == null ? null : Math.min(o.maxPerRequestUsd(), o.capacityUsd()));
        offer.setStartMonth(YearMonth.parse(o.start()));
        offer.setEndMonth(YearMonth.parse(o.end()));
        offer.setStatus(OfferStatus.OPEN);
        offer.setActingUser(caller.username());
        return offer;
    }

    private static ProblemDocument read(InputStream json, String source) {
        try {
            return ProblemReader.read(json, source);
        } catch (InvalidProblemException e) {
            if (e.getProblems().size() == 1 && e.getProblems().get(0).message().startsWith("malformed JSON")) {
                // where it broke, without the parser's own words (they echo the input and name Java types)
                String message = e.getProblems().get(0).message();
                int colon = message.indexOf(':');
                throw new UnreadableInputException(
                        "The body is " + (colon < 0 ? message : message.substring(0, colon)) + ".");
            }
            FieldErrors errors = new FieldErrors();
            for (ValidationProblem p : e.getProblems()) {
                errors.add(p.id() == null ? nullToEmpty(p.field()) : field(p.id(), p.field()), p.message());
            }
            errors.throwIfAny();
            throw new IllegalStateException("unreachable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(String id, String field) {
        return field == null ? id : id + "." + field;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
