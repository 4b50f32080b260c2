package ticketinsights.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import ticketinsights.model.Messages;
import ticketinsights.model.Tickets;
import ticketinsights.storage.TableStore;

/**
 * The tables the report reads, each optional: the report is the last stage and must still be
 * written when an earlier stage has not run (its sections then say which table is missing).
 */
public final class ReportInputs {
    /** Every input table and the launcher that writes it. */
    static final Map<String, String> WRITTEN_BY = new LinkedHashMap<>();

    static {
        WRITTEN_BY.put(Tickets.TABLE, "jobs/ingest");
        WRITTEN_BY.put(Messages.TABLE, "jobs/ingest");
        WRITTEN_BY.put(StageTables.WEEKLY_LATENCY, "jobs/latency");
        WRITTEN_BY.put(StageTables.TICKET_LATENCY, "jobs/latency");
        WRITTEN_BY.put(StageTables.WEEKLY_CLOSURE, "jobs/closure");
        WRITTEN_BY.put(StageTables.TICKET_CLOSURE, "jobs/closure");
        WRITTEN_BY.put(StageTables.WEEKLY_AGENT_PHRASING, "jobs/closure");
        WRITTEN_BY.put(StageTables.WEEKLY_SENTIMENT, "jobs/sentiment");
        WRITTEN_BY.put(StageTables.TICKET_SENTIMENT, "jobs/sentiment");
        WRITTEN_BY.put(StageTables.ISSUE_CLUSTERS, "jobs/issues");
        WRITTEN_BY.put(StageTables.TICKET_ISSUE, "jobs/issues");
        WRITTEN_BY.put(StageTables.WEEKLY_ISSUE_COUNTS, "jobs/issues");
    }

    private final Map<String, Optional<Dataset<Row>>> tables = new LinkedHashMap<>();

    public ReportInputs(TableStore store) {
        WRITTEN_BY.keySet().forEach(name -> tables.put(name, store.read(name)));
    }

    /** Inputs given directly (tests, notebooks); tables not in {@code given} count as missing. */
    public ReportInputs(Map<String, Dataset<Row>> given) {
        WRITTEN_BY.keySet().forEach(name -> tables.put(name, Optional.ofNullable(given.get(name))));
    }

    public Optional<Dataset<Row>> table(String name) {
        return tables.get(name);
    }

    public boolean has(String name) {
        return tables.get(name).isPresent();
    }

    /** "table weekly_closure is missing (run jobs/closure)", or null when it is there. */
    public String missingNote(String... names) {
        List<String> absent = new ArrayList<>();
        for (String name : names) {
            if (!has(name)) {
                absent.add(name);
            }
        }
        if (absent.isEmpty()) {
            return null;
        }
        return (absent.size() == 1 ? "table " : "tables ") + String.join(", ", absent)
                + (absent.size() == 1 ? " is" : " are") + " missing (run "
                + String.join(", ", absent.stream().map(WRITTEN_BY::get).distinct().toList()) + ")";
    }

    /** The absent tables, each as "name (run jobs/x)". */
    public List<String> missing() {
        return tables.entrySet().stream().filter(e -> e.getValue().isEmpty())
                .map(e -> e.getKey() + " (run " + WRITTEN_BY.get(e.getKey()) + ")").toList();
    }

    /** Rows read so far, for the job summary. */
    public long presentTables() {
        return tables.values().stream().filter(Optional::isPresent).count();
    }
}
