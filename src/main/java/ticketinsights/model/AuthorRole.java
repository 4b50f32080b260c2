package ticketinsights.model;

/** Who wrote a message. Only public {@link #AGENT} messages count as replies. */
public final class AuthorRole {
    public static final String CUSTOMER = "customer";
    public static final String AGENT = "agent";
    /** Bots, automations, triggers: never a reply, never a customer message. */
    public static final String SYSTEM = "system";

    private AuthorRole() {
    }
}
