package ticketinsights.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code sample-data/}: regenerating it gives the same bytes, and its content has
 * the properties the other stages rely on (channels, Japanese share, planted problems, cues,
 * broken records, reply-time shapes, the same content in both forms). Reads the committed files
 * once; everything here runs in a few seconds.
 */
class SampleDataTest {
    static final Path SAMPLE = Path.of("sample-data");
    static List<CSVRecord> tickets;
    static List<CSVRecord> messages;
    static List<CSVRecord> events;
    static List<CSVRecord> issues;
    static List<CSVRecord> cues;
    static List<CSVRecord> broken;
    /** Valid canonical rows only (the planted broken rows removed, by the truth file). */
    static Map<String, List<CSVRecord>> messagesByTicket = new TreeMap<>();
    /** The lines of zendesk/tickets.json, and each parsed (null where the line is not JSON). */
    static List<String> zendeskLines;
    static List<JsonNode> zendeskTickets = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        broken = csv(SAMPLE.resolve("truth/broken_records.csv"));
        tickets = valid(csv(SAMPLE.resolve("canonical/tickets.csv")), "tickets.csv");
        messages = valid(csv(SAMPLE.resolve("canonical/messages.csv")), "messages.csv");
        events = valid(csv(SAMPLE.resolve("canonical/ticket_events.csv")), "ticket_events.csv");
        issues = csv(SAMPLE.resolve("truth/planted_issues.csv"));
        cues = csv(SAMPLE.resolve("truth/planted_cues.csv"));
        zendeskLines = Files.readAllLines(SAMPLE.resolve("zendesk/tickets.json"));
        ObjectMapper json = new ObjectMapper();
        for (String line : zendeskLines) {
            try {
                zendeskTickets.add(json.readTree(line));
            } catch (IOException e) {
                zendeskTickets.add(null);
            }
        }
        for (CSVRecord m : messages) {
            messagesByTicket.computeIfAbsent(m.get("ticket_id"), k -> new ArrayList<>()).add(m);
        }
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    private static List<CSVRecord> valid(List<CSVRecord> rows, String file) {
        Set<Long> bad = broken.stream().filter(b -> b.get("form").equals("canonical") && b.get("file").equals(file))
                .map(b -> Long.parseLong(b.get("record"))).collect(Collectors.toSet());
        return rows.stream().filter(r -> !bad.contains(r.getRecordNumber())).toList();
    }

    @Test
    void regeneratingWithTheCommittedSettingsGivesTheCommittedBytes(@TempDir Path out) throws IOException {
        SampleGenerator.generate(new SampleGenerator.Settings(out, SampleGenerator.DEFAULT_TICKETS, 0, SampleGenerator.DEFAULT_SEED,
                SampleGenerator.DEFAULT_WEEKS, SampleGenerator.DEFAULT_START_WEEK, Set.of("canonical", "zendesk"), true));
        List<Path> committed = files(SAMPLE);
        assertEquals(committed, files(out), "same file set");
        for (Path file : committed) {
            assertEquals(-1L, Files.mismatch(SAMPLE.resolve(file), out.resolve(file)),
                    file + " differs from a fresh run: regenerate with jobs/generate-sample and commit");
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void ticketsSpanFourteenIsoWeeksOf2025() {
        assertTrue(tickets.size() >= 1500, "tickets: " + tickets.size());
        Set<String> weeks = new HashSet<>();
        for (CSVRecord t : tickets) {
            OffsetDateTime at = OffsetDateTime.parse(t.get("created_at")).withOffsetSameInstant(ZoneOffset.UTC);
            weeks.add(at.get(IsoFields.WEEK_BASED_YEAR) + "-W" + at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        assertEquals(14, weeks.size(), weeks.toString());
        assertTrue(weeks.stream().allMatch(w -> w.startsWith("2025-")));
    }

    @Test
    void everyChannelIsWellRepresentedAndPhoneIsRare() {
        Map<String, Long> perChannel = tickets.stream().collect(Collectors.groupingBy(t -> t.get("channel"), Collectors.counting()));
        for (String channel : List.of("email", "chat", "social", "web")) {
            assertTrue(perChannel.getOrDefault(channel, 0L) >= 0.1 * tickets.size(), channel + ": " + perChannel);
        }
        long phone = perChannel.getOrDefault("phone", 0L);
        assertTrue(phone > 0 && phone < 0.08 * tickets.size(), "phone: " + phone);
    }

    @Test
    void aboutEightPercentOfTicketsAreJapaneseAndReadLikeJapanese() {
        long japanese = tickets.stream().filter(t -> t.get("tags").contains("japanese")).count();
        double share = (double) japanese / tickets.size();
        assertTrue(share > 0.06 && share < 0.10, "Japanese share " + share);
        String all = messages.stream().map(m -> m.get("body")).collect(Collectors.joining("\n"));
        for (String phrase : List.of("どうなっていますか", "解決しました", "まだ直っていません")) {
            assertTrue(all.contains(phrase), phrase);
        }
    }

    @Test
    void brokenRecordsAreListedAndReallyAtTheirPlace() throws IOException {
        Map<String, Long> perForm = broken.stream().collect(Collectors.groupingBy(b -> b.get("form"), Collectors.counting()));
        assertTrue(perForm.get("canonical") >= 8 && perForm.get("zendesk") >= 8, perForm.toString());
        List<CSVRecord> rawMessages = csv(SAMPLE.resolve("canonical/messages.csv"));
        List<String> lines = zendeskLines;
        assertEquals(1, zendeskTickets.stream().filter(t -> t == null).count(), "exactly the one truncated line fails to parse");
        for (CSVRecord b : broken) {
            int record = Integer.parseInt(b.get("record"));
            if (b.get("file").equals("messages.csv")) {
                CSVRecord row = rawMessages.get(record - 1);
                assertEquals(b.get("message_id"), row.get(1), "record " + record + " of messages.csv");
            } else if (b.get("file").equals("tickets.json") && !b.get("ticket_id").isEmpty()) {
                assertTrue(lines.get(record - 1).contains(b.get("ticket_id")), "line " + record + " of tickets.json");
            }
        }
    }

    @Test
    void bothFormsHoldTheSameTicketsAndMessages() {
        Set<Long> brokenIds = new HashSet<>();
        for (CSVRecord b : broken) {
            if (!b.get("message_id").isEmpty()) {
                brokenIds.add(Long.parseLong(b.get("message_id")));
            }
        }
        Map<String, String> zendeskBodies = new HashMap<>();
        Map<String, String> zendeskStatus = new HashMap<>();
        for (JsonNode t : zendeskTickets) {
            if (t == null || !t.has("id") || t.get("id").asLong() >= 99_000_000L) {
                continue;
            }
            zendeskStatus.put(t.get("id").asText(), t.get("status").asText());
            for (JsonNode c : t.get("comments")) {
                if (!brokenIds.contains(c.get("id").asLong())) {
                    zendeskBodies.put(c.get("id").asText(), c.get("body").asText());
                }
            }
        }
        Map<String, String> canonicalBodies = new HashMap<>();
        messages.forEach(m -> canonicalBodies.put(m.get("message_id"), m.get("body")));
        Map<String, String> canonicalStatus = new HashMap<>();
        tickets.forEach(t -> canonicalStatus.put(t.get("ticket_id"), t.get("status")));
        assertEquals(canonicalStatus, zendeskStatus);
        assertEquals(canonicalBodies, zendeskBodies);
    }

    @Test
    void plantedProblemsAreWordedInManyWaysAndMoveOverTheWeeks() {
        Map<String, List<CSVRecord>> byKey = issues.stream().collect(Collectors.groupingBy(r -> r.get("issue_key")));
        assertTrue(byKey.size() >= 10 && byKey.size() <= 12, byKey.keySet().toString());
        Map<String, String> firstBody = new HashMap<>();
        messagesByTicket.forEach((id, ms) -> firstBody.put(id, ms.get(0).get("body")));
        for (var e : byKey.entrySet()) {
            List<CSVRecord> rows = e.getValue();
            assertTrue(rows.size() >= 40, e.getKey() + ": " + rows.size());
            long variants = rows.stream().map(r -> r.get("wording_variant")).distinct().count();
            long texts = rows.stream().map(r -> firstBody.get(r.get("ticket_id"))).distinct().count();
            assertTrue(variants >= 20, e.getKey() + " variants " + variants);
            assertTrue(texts >= 0.8 * rows.size(), e.getKey() + " distinct first messages " + texts + " of " + rows.size());
        }
        int[] twoFa = weekly(byKey.get("account_2fa_sms"));
        assertEquals(0, sum(twoFa, 0, 11), "the new problem appears only in the last three weeks");
        int[] crash = weekly(byKey.get("relay_android_crash"));
        assertTrue(sum(crash, 10, 14) > 2 * sum(crash, 0, 4), "growing: " + java.util.Arrays.toString(crash));
        int[] charge = weekly(byKey.get("billing_double_charge"));
        assertTrue(2 * sum(charge, 10, 14) < sum(charge, 0, 4), "shrinking: " + java.util.Arrays.toString(charge));
    }

    private static int[] weekly(List<CSVRecord> rows) {
        int[] counts = new int[14];
        rows.forEach(r -> counts[Integer.parseInt(r.get("week"))]++);
        return counts;
    }

    private static int sum(int[] counts, int from, int to) {
        int s = 0;
        for (int i = from; i < to; i++) {
            s += counts[i];
        }
        return s;
    }

    @Test
    void conversationsHaveTheShapesTheStagesMeasure() {
        Map<String, Long> cueCounts = cues.stream().collect(Collectors.groupingBy(c -> c.get("cue"), Collectors.counting()));
        for (String cue : List.of("resolution_notice", "confirmation_asked", "confirmation", "chase", "none")) {
            assertTrue(cueCounts.getOrDefault(cue, 0L) >= 50, cue + ": " + cueCounts);
        }
        assertTrue(cues.stream().filter(c -> c.get("note").startsWith("negated confirmation")).count() >= 30, "negated confirmations");
        assertTrue(messages.stream().filter(m -> m.get("is_public").equals("false")).count() >= 100, "private notes");
        assertTrue(messages.stream().filter(m -> m.get("author_role").equals("system")).count() >= 500, "bot messages");
        assertTrue(messages.stream().anyMatch(m -> m.get("body").contains(" wrote:\n> ")), "quoted replies");
        assertTrue(messages.stream().anyMatch(m -> m.get("body").contains("\n--\n")), "signatures");
        long outbound = messagesByTicket.values().stream().filter(ms -> ms.get(0).get("author_role").equals("agent")).count();
        long unanswered = messagesByTicket.values().stream().filter(ms -> ms.stream()
                .noneMatch(m -> m.get("author_role").equals("agent") && m.get("is_public").equals("true"))).count();
        long reopened = events.stream().filter(e -> e.get("from").equals("solved") && e.get("to").equals("open")).count();
        assertTrue(outbound >= 30, "outbound " + outbound);
        assertTrue(unanswered >= 30, "unanswered " + unanswered);
        assertTrue(reopened >= 50, "reopens " + reopened);
        Map<String, Long> csat = tickets.stream().collect(Collectors.groupingBy(t -> t.get("csat"), Collectors.counting()));
        assertTrue(csat.get("good") > csat.get("bad") && csat.get("bad") >= 30 && csat.get("") > csat.get("good"), csat.toString());
    }

    @Test
    void firstRepliesAreFastOnChatSlowerOnSocialAndHoursOnEmail() {
        Map<String, String> channel = new HashMap<>();
        tickets.forEach(t -> channel.put(t.get("ticket_id"), t.get("channel")));
        Map<String, List<Double>> minutes = new TreeMap<>();
        messagesByTicket.forEach((id, ms) -> {
            OffsetDateTime first = null;
            for (CSVRecord m : ms) {
                boolean agentReply = m.get("author_role").equals("agent") && m.get("is_public").equals("true");
                if (first == null && m.get("author_role").equals("customer")) {
                    first = OffsetDateTime.parse(m.get("created_at"));
                } else if (first != null && agentReply) {
                    minutes.computeIfAbsent(channel.get(id), k -> new ArrayList<>())
                            .add(Duration.between(first, OffsetDateTime.parse(m.get("created_at"))).toSeconds() / 60.0);
                    return;
                }
            }
        });
        double chat = median(minutes.get("chat"));
        double social = median(minutes.get("social"));
        double email = median(minutes.get("email"));
        assertTrue(chat < 5, "chat median " + chat);
        assertTrue(social > 10 && social < 120, "social median " + social);
        assertTrue(email > 120, "email median " + email);
        long chatBreaches = minutes.get("chat").stream().filter(m -> m > 1).count();
        assertTrue(chatBreaches > 0.2 * minutes.get("chat").size(), "chat replies over the 1-minute target");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void benchmarkSizesStreamWithTheSameDistributions(@TempDir Path out) throws IOException {
        SampleGenerator.Summary s = SampleGenerator.generate(new SampleGenerator.Settings(out, 0, 8_000, 7, 14, "2025-W14",
                Set.of("canonical"), false));
        assertTrue(Math.abs(s.messages() - 8_000) < 500, "messages " + s.messages());
        assertTrue(s.japaneseTickets() > 0.06 * s.tickets() && s.japaneseTickets() < 0.10 * s.tickets());
        assertEquals(8, s.brokenRecords());
        assertTrue(Files.size(out.resolve("canonical/messages.csv")) > 800_000);
    }

    @Test
    void templatesDrawAlternativesAndFillSlots() {
        java.util.Random rng = new java.util.Random(1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(Text.expand("[Hi|Hello|] {name}[, it's {version}|]!", rng, Map.of("name", "Ann", "version", "4.1")));
        }
        assertEquals(Set.of("Hi Ann!", "Hello Ann!", " Ann!", "Hi Ann, it's 4.1!", "Hello Ann, it's 4.1!", " Ann, it's 4.1!"), seen);
    }
}
