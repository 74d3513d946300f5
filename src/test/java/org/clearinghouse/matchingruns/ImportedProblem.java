package org.clearinghouse.matchingruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.matching.exchange.CommitmentDocument;
import org.clearinghouse.matching.exchange.OfferDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.RejectionDocument;
import org.clearinghouse.matching.exchange.RequestDocument;

/**
 * A problem file as imported through {@code POST /api/v1/matching/problem}: the file and the database id the import
 * gave each of its ids. Checks that the server's open problem holds every record of the file unchanged (only the ids
 * differ, and a ceiling above the capacity is stored clipped to it, as the exchange format says).
 */
record ImportedProblem(ProblemDocument file, Map<String, String> ids) {

    /** How many offers of the file carry a ceiling per request above their capacity. */
    long ceilingsAboveCapacity() {
        return file.offers().stream()
                .filter(o -> o.maxPerRequestUsd() != null && o.maxPerRequestUsd() > o.capacityUsd())
                .count();
    }

    void assertHeldUnchangedBy(ProblemDocument exported) {
        Map<String, RequestDocument> requests = new HashMap<>();
        exported.requests().forEach(r -> requests.put(r.id(), r));
        Map<String, OfferDocument> offers = new HashMap<>();
        exported.offers().forEach(o -> offers.put(o.id(), o));
        for (RequestDocument r : file.requests()) {
            String id = ids.get(r.id());
            assertThat(requests).as("request " + r.id() + " imported as " + id).containsKey(id);
            assertThat(requests.get(id)).as("request " + r.id()).isEqualTo(withId(r, id));
        }
        for (OfferDocument o : file.offers()) {
            String id = ids.get(o.id());
            assertThat(offers).as("offer " + o.id() + " imported as " + id).containsKey(id);
            assertThat(comparable(offers.get(id))).as("offer " + o.id()).isEqualTo(comparable(withId(o, id)));
        }
        Set<CommitmentDocument> commitments = new HashSet<>(exported.commitments());
        for (CommitmentDocument c : nonNull(file.commitments())) {
            assertThat(commitments)
                    .as("commitment " + c)
                    .contains(new CommitmentDocument(ids.get(c.requestId()), ids.get(c.offerId()), c.amountUsd()));
        }
        Set<RejectionDocument> rejections = new HashSet<>(exported.rejections());
        for (RejectionDocument j : nonNull(file.rejections())) {
            assertThat(rejections)
                    .as("rejection " + j)
                    .contains(new RejectionDocument(ids.get(j.requestId()), ids.get(j.offerId())));
        }
    }

    private static RequestDocument withId(RequestDocument r, String id) {
        return new RequestDocument(
                id,
                r.state(),
                r.region(),
                r.area(),
                r.type(),
                r.amountUsd(),
                r.divisible(),
                r.priority(),
                r.start(),
                r.end());
    }

    private static OfferDocument withId(OfferDocument o, String id) {
        Long ceiling = o.maxPerRequestUsd() == null ? null : Math.min(o.maxPerRequestUsd(), o.capacityUsd());
        return new OfferDocument(
                id,
                o.donor(),
                o.areas(),
                o.types(),
                o.capacityUsd(),
                o.regions(),
                o.excludedStates(),
                ceiling,
                o.start(),
                o.end());
    }

    /** The offer with its code lists as sets: their order carries no meaning. */
    private static List<Object> comparable(OfferDocument o) {
        return List.of(
                o.id(),
                o.donor(),
                Set.copyOf(o.areas()),
                Set.copyOf(o.types()),
                o.capacityUsd(),
                Set.copyOf(nonNull(o.regions())),
                Set.copyOf(nonNull(o.excludedStates())),
                String.valueOf(o.maxPerRequestUsd()),
                o.start(),
                o.end());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
