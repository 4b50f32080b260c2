package ticketinsights.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Strips what a person did not write in this message, or what says nothing about it, before
 * scoring or clustering: quoted earlier messages, signatures and sign-offs, URLs, @handles and
 * e-mail addresses. Shared by sentiment, recurring issues and the report excerpts, so that
 * every stage reads the same text.
 */
public final class MessageCleaner {
    /**
     * What the text stages read of one message at most. Customers paste whole logs into tickets
     * (10 MB bodies happen); CoreNLP's tokenizer alone takes minutes and gigabytes on those, and
     * what a person wrote about their problem is at the start. The full body stays in the
     * messages table.
     */
    public static final int MAX_ANALYSED_CHARS = 20_000;
    // E-mail clients introduce the quoted history with an attribution line; everything after it
    // is the earlier conversation, not this message.
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^\\s*(On\\s.{0,200}wrote:|.{0,200}(に|が)\\s*.{0,80}(書きました|書き込みました)\\s*[:：]|"
                    + "-{2,}\\s*Original Message\\s*-{2,}|_{5,}|From:\\s.+|差出人\\s*[:：].+)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED_LINE = Pattern.compile("^\\s*>.*$");
    // RFC 3676 signature separator "-- " and the mobile-client footers that mark the same thing.
    private static final Pattern SIGNATURE_START = Pattern.compile(
            "^(--\\s*|Sent from my .+|Get Outlook for .+|iPhoneから送信|送信元: .+)$", Pattern.CASE_INSENSITIVE);
    // A sign-off line followed only by a few short lines (name, company, phone) closes the message.
    // Japanese closings often lead in with a short phrase: ご確認のほど、よろしくお願いいたします。
    private static final Pattern SIGN_OFF = Pattern.compile(
            "^\\s*(best( regards| wishes)?|kind regards|regards|warm regards|many thanks|thanks( again)?|thank you|"
                    + "cheers|sincerely|yours( truly| sincerely)?|br|"
                    + "([^、。\\n]{1,15}、)?(よろしく|宜しく)お願い(いた|致)?します)[,.!。\\s]*$",
            Pattern.CASE_INSENSITIVE);
    private static final int SIGN_OFF_TAIL_LINES = 4;
    private static final int SIGN_OFF_TAIL_LINE_LENGTH = 60;

    private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@\\w{1,30}");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u3000]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");

    /** Cleans one message body; null and blank bodies give empty text. */
    public static CleanedText clean(String body) {
        if (body == null || body.isBlank()) {
            return new CleanedText("", false, false, false, false, false);
        }
        String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        boolean quoteRemoved = false;
        boolean signatureRemoved = false;
        for (String line : lines) {
            if (ATTRIBUTION.matcher(line).matches()) {
                quoteRemoved = true;
                break;
            }
            if (SIGNATURE_START.matcher(line.stripTrailing()).matches() && !kept.isEmpty()) {
                signatureRemoved = true;
                break;
            }
            if (QUOTED_LINE.matcher(line).matches()) {
                quoteRemoved = true;
                continue;
            }
            kept.add(line);
        }
        int signOff = signOffLine(kept);
        if (signOff >= 0) {
            kept = kept.subList(0, signOff);
            signatureRemoved = true;
        }
        String text = String.join("\n", kept);
        String withoutUrls = URL.matcher(text).replaceAll(" ");
        boolean linksRemoved = !withoutUrls.equals(text);
        String withoutEmails = EMAIL.matcher(withoutUrls).replaceAll(" ");
        String withoutHandles = HANDLE.matcher(withoutEmails).replaceAll(" ");
        boolean addressesRemoved = !withoutHandles.equals(withoutUrls);
        String tidy = BLANK_LINES.matcher(SPACES.matcher(withoutHandles).replaceAll(" ")
                .replaceAll(" *\\n *", "\n")).replaceAll("\n").strip();
        boolean truncated = tidy.length() > MAX_ANALYSED_CHARS;
        return new CleanedText(truncated ? cutAtWhitespace(tidy) : tidy,
                quoteRemoved, signatureRemoved, linksRemoved, addressesRemoved, truncated);
    }

    /** The text's first {@link #MAX_ANALYSED_CHARS} characters, ending at a line or word break when there is one. */
    private static String cutAtWhitespace(String text) {
        String head = text.substring(0, MAX_ANALYSED_CHARS);
        int lineEnd = head.lastIndexOf('\n');
        int breakAt = lineEnd > MAX_ANALYSED_CHARS / 2 ? lineEnd : head.lastIndexOf(' ');
        return (breakAt > 0 ? head.substring(0, breakAt) : head).strip();
    }

    /** Index of a sign-off line that only a short tail follows, or -1. */
    private static int signOffLine(List<String> lines) {
        int last = lastNonBlank(lines);
        for (int i = Math.max(1, last - SIGN_OFF_TAIL_LINES); i <= last; i++) {
            if (SIGN_OFF.matcher(lines.get(i)).matches() && shortTail(lines, i + 1, last) && hasTextBefore(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean shortTail(List<String> lines, int from, int last) {
        for (int i = from; i <= last; i++) {
            if (lines.get(i).strip().length() > SIGN_OFF_TAIL_LINE_LENGTH) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasTextBefore(List<String> lines, int index) {
        return lines.subList(0, index).stream().anyMatch(l -> !l.isBlank());
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private MessageCleaner() {
    }
}
