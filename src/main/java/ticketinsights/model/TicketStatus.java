package ticketinsights.model;

import java.util.Set;

/** Ticket statuses, named as Zendesk names them; other sources are mapped onto these. */
public final class TicketStatus {
    public static final String NEW = "new";
    public static final String OPEN = "open";
    public static final String PENDING = "pending";
    public static final String HOLD = "hold";
    public static final String SOLVED = "solved";
    public static final String CLOSED = "closed";

    /** Statuses that mean the work is done; leaving them for another status is a reopen. */
    public static final Set<String> DONE = Set.of(SOLVED, CLOSED);

    private TicketStatus() {
    }
}
