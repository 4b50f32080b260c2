package ticketinsights.model;

import java.util.List;

/** The channel a ticket came in through; SLA targets are set per channel. */
public final class Channel {
    public static final String EMAIL = "email";
    public static final String CHAT = "chat";
    public static final String PHONE = "phone";
    public static final String SOCIAL = "social";
    public static final String WEB = "web";
    public static final String OTHER = "other";

    public static final List<String> ALL = List.of(EMAIL, CHAT, PHONE, SOCIAL, WEB, OTHER);

    private Channel() {
    }
}
