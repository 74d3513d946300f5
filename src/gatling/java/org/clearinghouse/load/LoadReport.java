package org.clearinghouse.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the p95 of every request type of the newest Gatling report (target/gatling) against the target
 * ({@code -Dload.p95Ms}, 300 ms), and with {@code -Dload.failOnP95=true} exits 1 when one is above it. The sign-in
 * POST is listed but not held to the target: its password hash is slow on purpose (docs/security.md).
 *
 * <p>Reads the statistics table of the report's index.html as Gatling 3.15 writes it (one row per request, columns
 * total, OK, KO, % KO, count/s, min, 50th, 75th, 95th, 99th, max, mean, standard deviation).
 */
public final class LoadReport {

    private static final Pattern ROW =
            Pattern.compile("class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    private LoadReport() {}

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args.length > 0 ? args[0] : "target/gatling");
        int target = Integer.getInteger("load.p95Ms", 300);
        boolean fail = Boolean.parseBoolean(System.getProperty("load.failOnP95", "false"));
        Path report = newestReport(results);
        String html = Files.readString(report, StandardCharsets.UTF_8);
        List<String> over = new ArrayList<>();
        System.out.println("load report: " + report);
        System.out.printf(
                Locale.ROOT, "%-58s %7s %5s %7s %7s %7s %7s%n", "request", "count", "KO", "p50", "p95", "p99", "max");
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            String name = unescape(row.group(1).trim());
            String[] cells = new String[15];
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells[Integer.parseInt(cell.group(1))] = cell.group(2).trim();
            }
            boolean timed = !name.equals("sign in");
            boolean slow = timed && !"All Requests".equals(name) && number(cells[10]) > target;
            if (slow) {
                over.add(name);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-58s %7s %5s %7s %7s %7s %7s%s%n",
                    name,
                    cells[2],
                    cells[4],
                    cells[8],
                    cells[10],
                    cells[11],
                    cells[12],
                    slow ? "  > " + target + " ms" : timed ? "" : "  (password hash, not timed)");
        }
        System.out.println(
                over.isEmpty()
                        ? "load report: every request type's p95 is within " + target + " ms"
                        : "load report: " + over.size() + " request type(s) with a p95 above " + target + " ms");
        if (fail && !over.isEmpty()) {
            System.exit(1);
        }
    }

    private static Path newestReport(Path results) throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.map(run -> run.resolve("index.html"))
                    .filter(Files::isRegularFile)
                    .max(Comparator.comparing(LoadReport::modified))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report under " + results));
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long number(String cell) {
        if (cell == null || cell.isBlank() || cell.equals("-")) {
            return 0;
        }
        return Long.parseLong(cell.replace(",", ""));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
    }
}
