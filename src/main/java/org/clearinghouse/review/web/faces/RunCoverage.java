package org.clearinghouse.review.web.faces;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.review.application.MatchingRunService;
import org.clearinghouse.review.application.ProposalView;
import org.clearinghouse.review.application.UnfundedView;
import org.clearinghouse.shared.persistence.Page;
import org.clearinghouse.shared.persistence.PageRequest;

/**
 * The coverage of a run by national priority: a request the run lists as unfunded counts with what it got; any
 * other request the run proposed something for is fully funded.
 */
final class RunCoverage {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Requested and funded US dollars of the requests of one priority. */
    record Row(int priority, int requests, long requestedUsd, long fundedUsd) implements Serializable {
        public int getPercent() {
            return requestedUsd <= 0 ? 0 : (int) Math.round(100.0 * fundedUsd / requestedUsd);
        }
    }

    private RunCoverage() {
    }

    static List<Row> of(MatchingRunService runs, Caller caller, long runId) {
        Map<Long, long[]> byRequest = new LinkedHashMap<>(); // request id: priority, requested, funded
        for (UnfundedView u : all(page -> runs.unfunded(caller, runId, page))) {
            byRequest.put(u.requestId(), new long[] {u.priority(), u.requestedUsd(), u.fundedUsd()});
        }
        for (ProposalView p : all(page -> runs.proposals(caller, runId, null, page))) {
            byRequest.putIfAbsent(p.requestId(), new long[] {p.priority(), p.requestedUsd(), p.requestedUsd()});
        }
        Map<Integer, long[]> byPriority = new TreeMap<>();
        byRequest.values().forEach(r -> {
            long[] sum = byPriority.computeIfAbsent((int) r[0], k -> new long[3]);
            sum[0]++;
            sum[1] += r[1];
            sum[2] += r[2];
        });
        List<Row> rows = new ArrayList<>();
        byPriority.forEach((priority, sum) -> rows.add(new Row(priority, (int) sum[0], sum[1], sum[2])));
        return rows;
    }

    private static <T> List<T> all(java.util.function.Function<PageRequest, Page<T>> loader) {
        List<T> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> read = loader.apply(PageRequest.of(page, PageRequest.MAX_SIZE));
            items.addAll(read.items());
            if (read.items().size() < PageRequest.MAX_SIZE) {
                return items;
            }
        }
    }

    static String chart(List<Row> rows) {
        ObjectNode chart = JSON.createObjectNode();
        chart.put("type", "bar");
        ObjectNode data = chart.putObject("data");
        ArrayNode labels = data.putArray("labels");
        rows.forEach(r -> labels.add(Texts.text("matching.coverage.priority", r.priority())));
        ObjectNode funded = data.putArray("datasets").addObject();
        funded.put("label", Texts.text("matching.coverage.funded"));
        funded.put("backgroundColor", "#12507f");
        ArrayNode values = funded.putArray("data");
        rows.forEach(r -> values.add(r.getPercent()));
        ObjectNode options = chart.putObject("options");
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        ObjectNode y = options.putObject("scales").putObject("y");
        y.put("min", 0);
        y.put("max", 100);
        options.putObject("plugins").putObject("legend").put("display", false);
        return chart.toString();
    }
}
