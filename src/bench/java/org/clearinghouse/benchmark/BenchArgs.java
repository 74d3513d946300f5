package org.clearinghouse.benchmark;

import java.util.ArrayList;
import java.util.List;

/** Command-line choices, as system properties: bench.sizes=S,M and bench.seeds=1,2,3 (or 1-3). */
final class BenchArgs {

    private BenchArgs() {}

    static List<Size> sizes(String def) {
        List<Size> out = new ArrayList<>();
        for (String s : System.getProperty("bench.sizes", def).split(",")) {
            if (!s.isBlank()) {
                out.add(Size.parse(s));
            }
        }
        return out;
    }

    static List<Long> seeds(String def) {
        List<Long> out = new ArrayList<>();
        for (String s : System.getProperty("bench.seeds", def).split(",")) {
            s = s.trim();
            if (s.isEmpty()) {
                continue;
            }
            int dash = s.indexOf('-', 1);
            if (dash > 0) {
                for (long v = Long.parseLong(s.substring(0, dash)); v <= Long.parseLong(s.substring(dash + 1)); v++) {
                    out.add(v);
                }
            } else {
                out.add(Long.parseLong(s));
            }
        }
        return out;
    }

    static List<Size> sizeList(String property, String def) {
        List<Size> out = new ArrayList<>();
        for (String s : System.getProperty(property, def).split(",")) {
            if (!s.isBlank()) {
                out.add(Size.parse(s));
            }
        }
        return out;
    }
}
