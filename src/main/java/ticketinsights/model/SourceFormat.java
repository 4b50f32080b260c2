package ticketinsights.model;

/** The export formats the ingest stage reads; recorded on every row as lineage. */
public enum SourceFormat {
    /** This project's plain CSV, one row per message (see README). */
    CANONICAL_CSV("canonical-csv"),
    /** The public "Customer Support on Twitter" twcs.csv layout. */
    TWCS("twcs"),
    /** Zendesk incremental ticket export, comments, audits and users as JSON or JSON lines. */
    ZENDESK("zendesk"),
    /** Raw GitHub REST API pages of issues and their comments. */
    GITHUB("github");

    private final String id;

    SourceFormat(String id) {
        this.id = id;
    }

    /** The name used on the command line ({@code --format}) and in lineage columns. */
    public String id() {
        return id;
    }

    public static SourceFormat fromId(String id) {
        for (SourceFormat format : values()) {
            if (format.id.equals(id)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "'; known: canonical-csv, twcs, zendesk, github");
    }
}
