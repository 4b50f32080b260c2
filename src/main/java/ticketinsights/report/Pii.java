package ticketinsights.report;

import java.util.regex.Pattern;

/**
 * Masks e-mail addresses and phone numbers in text the report shows (subjects, excerpts, cluster
 * labels, group names), so a report forwarded by e-mail does not spread customers' contact
 * details. Ids and numbers the report computes are never passed through here.
 */
public final class Pii {
    public static final String EMAIL_MASK = "(email hidden)";
    public static final String PHONE_MASK = "(phone hidden)";

    private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w-]+(\\.[\\w-]+)+");
    // A phone number: optional +country, then at least 7 digits in groups separated by spaces,
    // dots, dashes or parentheses ("+1 (555) 010-7788", "03-1234-5678", "07700 900123").
    // Dates and times written with separators have fewer digits per run, so they survive.
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(\\+\\d{1,3}[\\s.-]?)?(\\(\\d{1,4}\\)[\\s.-]?)?\\d{2,5}([\\s.-]?\\d{2,5}){1,4}(?![\\w])");
    private static final int PHONE_MIN_DIGITS = 7;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final boolean enabled;

    public Pii(boolean enabled) {
        this.enabled = enabled;
    }

    public String mask(String text) {
        if (!enabled || text == null || text.isEmpty()) {
            return text;
        }
        String noEmails = EMAIL.matcher(text).replaceAll(EMAIL_MASK);
        var m = PHONE.matcher(noEmails);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long digits = m.group().chars().filter(Character::isDigit).count();
            boolean phone = digits >= PHONE_MIN_DIGITS && !ISO_DATE.matcher(m.group()).matches();
            m.appendReplacement(out, phone ? PHONE_MASK : java.util.regex.Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
