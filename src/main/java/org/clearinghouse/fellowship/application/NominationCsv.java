package org.clearinghouse.fellowship.application;

import java.util.List;
import java.util.stream.Collectors;
import org.clearinghouse.shared.text.SpreadsheetText;

/** Nominations as CSV (RFC 4180, formula-safe cells), for the nominating State's export of its own data. */
public final class NominationCsv {

    static final String HEADER =
            "id,callId,state,givenName,familyName,gender,position,agency,yearsExperience,languages,"
                    + "topics,motivation,rank,consentConfirmed,outcome,waitlistPosition,email,anonymised";

    private NominationCsv() {}

    public static String of(List<NominationView> nominations) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (NominationView n : nominations) {
            csv.append(List.of(
                                    String.valueOf(n.id()),
                                    String.valueOf(n.callId()),
                                    n.state(),
                                    text(n.givenName()),
                                    text(n.familyName()),
                                    n.gender(),
                                    text(n.position()),
                                    text(n.agency()),
                                    String.valueOf(n.yearsExperience()),
                                    String.join(" ", n.languages()),
                                    String.join(" ", n.topics()),
                                    text(n.motivation()),
                                    String.valueOf(n.rank()),
                                    String.valueOf(n.consentConfirmed()),
                                    text(n.outcome()),
                                    n.waitlistPosition() == null ? "" : String.valueOf(n.waitlistPosition()),
                                    text(n.email()),
                                    String.valueOf(n.anonymised()))
                            .stream()
                            .map(NominationCsv::quoted)
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String text(String value) {
        return value == null ? "" : SpreadsheetText.neutralised(value);
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell;
    }
}
