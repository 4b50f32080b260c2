package ticketinsights.sample;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Builds one ticket from its index alone (its own seeded random stream), so tickets can be made
 * one at a time and streamed out at any size, and ticket k is the same whatever else is made.
 * A ticket is a planted problem, a background topic or an agent-initiated (outbound) contact,
 * then a conversation is played out: auto-replies, agent replies after channel-typical delays,
 * customer chases during long silences, private notes, a resolution notice, confirmations,
 * negated confirmations that reopen the ticket, CSAT, and automatic closing.
 */
final class TicketFactory {
    static final double JAPANESE_SHARE = 0.08;
    private static final double NOISE_WEIGHT = 8.0;
    private static final DateTimeFormatter QUOTE_DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter JA_QUOTE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.JAPANESE);

    private final long seed;
    private final Schedule schedule;
    private final long customerPool;

    TicketFactory(long seed, Schedule schedule, long tickets) {
        this.seed = seed;
        this.schedule = schedule;
        this.customerPool = Math.max(40, tickets * 55 / 100);
    }

    /** Ticket number {@code index} (0-based), arriving in week {@code week} at quantile {@code u} of it. */
    SampleTicket build(long index, int week, double u) {
        Random rng = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + 17);
        SampleTicket t = new SampleTicket();
        t.id = 10001 + index;
        t.week = week;
        t.created = schedule.timeInWeek(week, u);
        boolean ja = rng.nextDouble() < JAPANESE_SHARE;
        t.language = ja ? "ja" : "en";
        t.channel = channel(rng, ja);
        t.via = via(rng, t.channel);
        t.requester = Catalog.customer(Catalog.drawCustomer(rng, customerPool, ja));
        t.brandId = Catalog.BRANDS[t.requester.company().hashCode() % 3 == 0 ? 1 : 0];
        t.priority = Text.pick(rng, List.of("normal", "normal", "normal", "low", "high", "high", "urgent", "", "", ""));

        Map<String, String> slots = slots(rng, t);
        Statement statement = statement(rng, t, week, ja, slots);
        t.subject = statement.subject;
        t.tags.add(t.group.tag());
        if (rng.nextDouble() < 0.1) {
            t.tags.add("vip");
        }
        if (ja) {
            t.tags.add("japanese");
        }
        new Conversation(rng, t, slots, ja).play(statement);
        finish(t);
        return t;
    }

    private static String channel(Random rng, boolean ja) {
        double r = rng.nextDouble();
        if (ja) {
            return r < 0.5 ? "email" : r < 0.75 ? "web" : r < 0.95 ? "chat" : "social";
        }
        return r < 0.40 ? "email" : r < 0.60 ? "web" : r < 0.80 ? "chat" : r < 0.96 ? "social" : "phone";
    }

    private static String via(Random rng, String channel) {
        return switch (channel) {
            case "web" -> rng.nextDouble() < 0.85 ? "web" : "api";
            case "chat" -> rng.nextDouble() < 0.7 ? "chat" : "native_messaging";
            case "social" -> rng.nextDouble() < 0.65 ? "twitter" : "facebook";
            case "phone" -> "voice";
            default -> "email";
        };
    }

    private static Map<String, String> slots(Random rng, SampleTicket t) {
        Map<String, String> s = new HashMap<>();
        s.put("name", t.requester.firstName());
        s.put("company", t.requester.company());
        s.put("id", Long.toString(t.id));
        s.put("device", Text.pick(rng, Phrases.DEVICES));
        s.put("os", Text.pick(rng, Phrases.OS));
        s.put("version", "4." + rng.nextInt(12) + "." + rng.nextInt(10));
        s.put("n", Integer.toString(2 + rng.nextInt(480)));
        s.put("small", Integer.toString(2 + rng.nextInt(7)));
        s.put("pct", Integer.toString(12 + rng.nextInt(86)));
        s.put("day", Text.pick(rng, Phrases.DAYS));
        s.put("plan", Text.pick(rng, Phrases.PLANS));
        s.put("amount", (rng.nextBoolean() ? "$" : "€") + (9 + rng.nextInt(490)) + ".99");
        s.put("bank", Text.pick(rng, Phrases.BANKS));
        s.put("domain", Text.pick(rng, Phrases.DOMAINS));
        return s;
    }

    /** What the customer (or, outbound, the agent) opens the ticket with. */
    record Statement(String subject, String text, String kind, boolean outbound) {
    }

    private Statement statement(Random rng, SampleTicket t, int week, boolean ja, Map<String, String> slots) {
        if (rng.nextDouble() < (ja ? 0.02 : 0.045)) {
            Phrases.Topic topic = Text.pick(rng, Phrases.OUTBOUND);
            t.group = Catalog.GROUPS.get(topic.group());
            t.outbound = true;
            slots.put("product", Text.pick(rng, t.group.productNames()));
            return new Statement(Text.expand(Text.pick(rng, topic.subjects()), rng, slots),
                    Text.expand(Text.pick(rng, topic.bodies()), rng, slots), topic.kind(), true);
        }
        Problems.Problem problem = drawProblem(rng, week);
        if (problem == null) {
            Phrases.Topic topic = Text.pick(rng, ja ? Phrases.JA_NOISE : Phrases.NOISE);
            t.group = Catalog.GROUPS.get(topic.group());
            slots.put("product", ja ? t.group.product() : Text.pick(rng, t.group.productNames()));
            return new Statement(Text.expand(Text.pick(rng, topic.subjects()), rng, slots),
                    Text.expand(Text.pick(rng, topic.bodies()), rng, slots), topic.kind(), false);
        }
        t.group = Catalog.GROUPS.get(problem.group());
        t.issueKey = problem.key();
        t.issueKind = problem.kind();
        if (ja) {
            slots.put("product", t.group.product());
            int b = rng.nextInt(problem.jaBodies().size());
            int s = rng.nextInt(problem.jaSubjects().size());
            t.wordingVariant = "ja-b" + b + "-s" + s;
            return new Statement(Text.expand(problem.jaSubjects().get(s), rng, slots),
                    Text.expand(problem.jaBodies().get(b), rng, slots), problem.kind(), false);
        }
        int p = rng.nextInt(t.group.productNames().size());
        slots.put("product", t.group.productNames().get(p));
        int s = rng.nextInt(problem.symptoms().size());
        StringBuilder text = new StringBuilder();
        String variant = "s" + s + "-p" + p;
        if (rng.nextDouble() < 0.35) {
            int c = rng.nextInt(Phrases.EN_CUSTOMER_CONTEXT.size());
            text.append(Text.expand(Phrases.EN_CUSTOMER_CONTEXT.get(c), rng, slots)).append(' ');
            variant += "-c" + c;
        }
        text.append(Text.expand(problem.symptoms().get(s), rng, slots));
        if (rng.nextDouble() < 0.75) {
            int d = rng.nextInt(problem.details().size());
            text.append(rng.nextDouble() < 0.5 ? " " : "\n").append(Text.expand(problem.details().get(d), rng, slots));
            variant += "-d" + d;
            if (rng.nextDouble() < 0.3) {
                int d2 = (d + 1 + rng.nextInt(problem.details().size() - 1)) % problem.details().size();
                text.append(' ').append(Text.expand(problem.details().get(d2), rng, slots));
                variant += "+" + d2;
            }
        }
        int subject = rng.nextInt(problem.subjects().size());
        t.wordingVariant = variant + "-t" + subject;
        return new Statement(Text.expand(problem.subjects().get(subject), rng, slots), text.toString(), problem.kind(), false);
    }

    /** A planted problem in proportion to its weight in this week, or null for a background ticket. */
    private Problems.Problem drawProblem(Random rng, int week) {
        double total = NOISE_WEIGHT;
        for (Problems.Problem p : Problems.ALL) {
            total += p.weight() * p.trend().weight(week, schedule.weeks);
        }
        double r = rng.nextDouble() * total;
        for (Problems.Problem p : Problems.ALL) {
            r -= p.weight() * p.trend().weight(week, schedule.weeks);
            if (r < 0) {
                return p;
            }
        }
        return null;
    }

    /** Cuts what happened after the export, then derives status, solved_at, updated_at and CSAT from what is left. */
    private void finish(SampleTicket t) {
        List<SampleTicket.Message> sorted = inTimeOrder(t);
        t.messages.clear();
        for (SampleTicket.Message m : sorted) {
            if (m.at().isBefore(schedule.exportAt)) {
                t.messages.add(new SampleTicket.Message(t.id * 100 + t.messages.size() + 1, m.at(), m.role(), m.authorId(),
                        m.isPublic(), m.body(), m.cues(), m.note(), m.via()));
            }
        }
        t.events.sort((a, b) -> a.at().compareTo(b.at()));
        t.events.removeIf(e -> !e.at().isBefore(schedule.exportAt));
        t.status = "new";
        t.solvedAt = null;
        Instant updated = t.created;
        for (SampleTicket.Event e : t.events) {
            if (e.kind().equals("status")) {
                t.status = e.to();
                if (e.to().equals("solved")) {
                    t.solvedAt = e.at();
                }
            }
            updated = e.at().isAfter(updated) ? e.at() : updated;
        }
        for (SampleTicket.Message m : t.messages) {
            updated = m.at().isAfter(updated) ? m.at() : updated;
        }
        if (!t.status.equals("solved") && !t.status.equals("closed")) {
            t.solvedAt = null;
            t.csat = null;
            t.csatOffered = false;
        } else if (t.csatOffered && t.messages.stream().noneMatch(m -> m.body().startsWith("How would you rate"))) {
            t.csat = null; // survey not sent before the export
            t.csatOffered = false;
        }
        t.updated = updated;
    }

    /** Plays out one ticket's conversation, appending messages and events to the ticket. */
    private final class Conversation {
        private final Random rng;
        private final SampleTicket t;
        private final Map<String, String> slots;
        private final boolean ja;
        private final boolean email;
        private int seq;
        private String status = "";
        private SampleTicket.Message lastOther;
        private boolean chased;

        Conversation(Random rng, SampleTicket t, Map<String, String> slots, boolean ja) {
            this.rng = rng;
            this.t = t;
            this.slots = slots;
            this.ja = ja;
            this.email = t.channel.equals("email");
        }

        void play(Statement statement) {
            Catalog.Agent agent = Catalog.agentFor(t.group.index(), ja, rng);
            slots.put("agent", agent.firstName());
            if (t.outbound) {
                playOutbound(statement, agent);
                return;
            }
            setStatus(t.created, "new", t.requester.id());
            Instant at = t.created;
            customer(at, opening(statement), List.of(), null);
            if ((t.channel.equals("email") || t.channel.equals("web")) && rng.nextDouble() < 0.7) {
                system(at.plusSeconds(3 + rng.nextInt(50)), Text.expand(ja ? Phrases.JA_AUTO_ACK : Phrases.EN_AUTO_ACK, rng, slots));
            }
            if (rng.nextDouble() < 0.12) {
                long gap = Schedule.customerReply(rng, at, t.channel).getEpochSecond() - at.getEpochSecond();
                at = at.plusSeconds(Math.max(20, gap / 4));
                customer(at, Text.expand(Text.pick(rng, ja ? Phrases.JA_CUSTOMER_ANSWERS : Phrases.EN_NOT_CHASES), rng, slots),
                        List.of(), ja ? null : "follow-up detail, not a chase");
            }
            double unanswered = switch (t.channel) {
                case "social" -> 0.08;
                case "web" -> 0.04;
                case "email" -> 0.03;
                case "chat" -> 0.02;
                default -> 0.0;
            };
            if (rng.nextDouble() < unanswered) {
                chaseDuring(at, at.plusSeconds(86400L * 6));
                return;
            }
            Instant reply = waitForAgent(at, true);
            if (rng.nextDouble() < 0.22) {
                note(between(at, reply), agent);
            }
            if (rng.nextDouble() < 0.05) {
                Catalog.Group wrong = Catalog.GROUPS.get((t.group.index() + 1 + rng.nextInt(5)) % 6);
                t.events.add(new SampleTicket.Event(reply.minusSeconds(60), "group", wrong.name(), t.group.name(), agent.id()));
            }
            t.events.add(new SampleTicket.Event(reply, "assignee", "", Long.toString(agent.id()), agent.id()));
            t.assignee = agent;
            boolean oneTouch = rng.nextDouble() < switch (statement.kind) {
                case "question" -> 0.55;
                case "compliment", "other" -> 1.0;
                default -> 0.3;
            };
            if (oneTouch) {
                resolve(reply, agent, statement.kind);
            } else {
                boolean question = rng.nextDouble() < 0.5;
                agentMessage(reply, agent, ack(question), List.of());
                setStatus(reply, question ? "pending" : "open", agent.id());
                at = reply;
                if (question) {
                    at = Schedule.customerReply(rng, at, t.channel);
                    customer(at, Text.expand(Text.pick(rng, ja ? Phrases.JA_CUSTOMER_ANSWERS : Phrases.EN_CUSTOMER_ANSWERS), rng, slots),
                            List.of(), null);
                    setStatus(at, "open", t.requester.id());
                }
                Instant resolution = waitForAgent(at, false);
                resolve(resolution, agent, statement.kind);
            }
            afterSolve(agent, statement.kind);
        }

        private void playOutbound(Statement statement, Catalog.Agent agent) {
            t.assignee = agent;
            setStatus(t.created, "new", agent.id());
            t.events.add(new SampleTicket.Event(t.created, "assignee", "", Long.toString(agent.id()), agent.id()));
            agentMessage(t.created, agent, statement.text, List.of());
            setStatus(t.created, "pending", agent.id());
            if (rng.nextDouble() < 0.65) {
                Instant at = Schedule.customerReply(rng, t.created, t.channel);
                customer(at, ja ? "ご連絡ありがとうございます。確認しました。" : Text.expand(
                        "[Thanks for letting me know|Thanks], [I'll take care of it|done, updated it now|I'll try that].", rng, slots), List.of(), null);
                setStatus(at, "open", t.requester.id());
                Instant reply = Schedule.agentReply(rng, at, t.channel, ja, false);
                resolve(reply, agent, "outbound");
                afterSolve(agent, "other");
            } else {
                setStatus(t.created.plusSeconds(86400L * 5), "solved", agent.id());
                closeLater(t.created.plusSeconds(86400L * 5));
            }
        }

        /** The agent's reply time after the customer's message at {@code at}, with chases while the customer waits. */
        private Instant waitForAgent(Instant at, boolean first) {
            Instant reply = Schedule.agentReply(rng, at, t.channel, ja, first);
            chaseDuring(at, reply);
            return reply;
        }

        /** Customer chases while waiting from {@code from} to {@code until}, when the silence is long enough. */
        private void chaseDuring(Instant from, Instant until) {
            double after = Schedule.chaseAfterMinutes(t.channel);
            Instant at = from;
            for (int k = 0; k < 3; k++) {
                Instant chase = at.plusSeconds(Math.round(60 * after * (1 + 0.8 * rng.nextDouble())));
                if (!chase.isBefore(until) || rng.nextDouble() > (k == 0 ? 0.6 : 0.35)) {
                    return;
                }
                String body = ja ? Text.pick(rng, Phrases.JA_CHASES) : Text.expand(Text.pick(rng, Phrases.EN_CHASES), rng, slots);
                if (t.channel.equals("social")) {
                    body = Catalog.SOCIAL_HANDLE + " " + body;
                }
                customer(chase, body, List.of("chase"), null);
                chased = true;
                at = chase;
            }
        }

        private void resolve(Instant at, Catalog.Agent agent, String kind) {
            boolean social = kind.equals("compliment") || kind.equals("other");
            boolean ask = !social && rng.nextDouble() < 0.6;
            boolean billing = t.group.index() == 0 && kind.equals("bug");
            List<String> options = switch (kind) {
                case "feature_request" -> ja ? Phrases.JA_RESOLUTION_FEATURE : Phrases.EN_RESOLUTION_FEATURE;
                case "question" -> ja ? Phrases.JA_RESOLUTION_ANSWER : Phrases.EN_RESOLUTION_ANSWER;
                case "bug" -> billing ? (ja ? Phrases.JA_RESOLUTION_BILLING : Phrases.EN_RESOLUTION_BILLING)
                        : (ja ? Phrases.JA_RESOLUTION_BUG : Phrases.EN_RESOLUTION_BUG);
                case "outbound" -> ja ? Phrases.JA_RESOLUTION_OUTBOUND : Phrases.EN_RESOLUTION_OUTBOUND;
                default -> ja ? Phrases.JA_RESOLUTION_OTHER : Phrases.EN_RESOLUTION_OTHER;
            };
            String text = Text.expand(Text.pick(rng, options), rng, slots);
            if (ask) {
                text += (ja ? "\n" : " ") + Text.expand(Text.pick(rng, ja ? Phrases.JA_CONFIRM_ASKS : Phrases.EN_CONFIRM_ASKS), rng, slots);
            }
            agentMessage(at, agent, text, ask ? List.of("resolution_notice", "confirmation_asked")
                    : social ? List.of() : List.of("resolution_notice"));
            setStatus(at, "solved", agent.id());
        }

        /** Confirmation, negated confirmation (reopen), a later reopen, or silence; then CSAT and closing. */
        private void afterSolve(Catalog.Agent agent, String kind) {
            Instant solved = lastStatusAt();
            boolean reopened = false;
            boolean confirmed = false;
            double r = kind.equals("compliment") || kind.equals("other") ? 1.0 : rng.nextDouble();
            if (r < 0.09 && !t.channel.equals("phone")) {
                Instant at = Schedule.customerReply(rng, solved, t.channel);
                customer(at, ja ? Text.pick(rng, Phrases.JA_NEGATED_CONFIRMATIONS) : Text.expand(Text.pick(rng, Phrases.EN_NEGATED_CONFIRMATIONS), rng, slots),
                        List.of(), "negated confirmation: the problem remains");
                setStatus(at, "open", t.requester.id());
                reopened = true;
                Instant again = waitForAgent(at, false);
                resolve(again, agent, kind);
                solved = again;
                if (rng.nextDouble() < 0.5) {
                    confirm(solved);
                    confirmed = true;
                }
            } else if (r < 0.13) {
                Instant at = solved.plusSeconds(86400L * (2 + rng.nextInt(5)) + rng.nextInt(36000));
                customer(at, ja ? "また同じ問題が発生しました。" : Text.expand(Text.pick(rng, Phrases.EN_REOPEN), rng, slots), List.of(), null);
                setStatus(at, "open", t.requester.id());
                reopened = true;
                Instant again = waitForAgent(at, false);
                resolve(again, agent, kind);
                solved = again;
            } else if (r < 0.58) {
                confirm(solved);
                confirmed = true;
            }
            Instant last = t.messages.get(t.messages.size() - 1).at();
            if (!t.channel.equals("social") && rng.nextDouble() < 0.65) {
                Instant survey = (last.isAfter(solved) ? last : solved).plusSeconds(86400);
                system(survey, Text.expand(Phrases.CSAT_SURVEY, rng, slots));
                t.csatOffered = true;
                if (rng.nextDouble() < 0.45) {
                    double good = confirmed ? 0.92 : reopened || chased ? 0.35 : 0.72;
                    t.csat = rng.nextDouble() < good ? "good" : "bad";
                }
                last = survey;
            }
            closeLater(last.isAfter(solved) ? last : solved);
        }

        private void confirm(Instant solved) {
            Instant at = Schedule.customerReply(rng, solved, t.channel);
            customer(at, ja ? Text.pick(rng, Phrases.JA_CONFIRMATIONS) : Text.expand(Text.pick(rng, Phrases.EN_CONFIRMATIONS), rng, slots),
                    List.of("confirmation"), null);
        }

        private void closeLater(Instant last) {
            setStatus(last.plusSeconds(86400L * 4), "closed", Catalog.SYSTEM_USER);
        }

        private Instant lastStatusAt() {
            for (int i = t.events.size() - 1; i >= 0; i--) {
                if (t.events.get(i).kind().equals("status")) {
                    return t.events.get(i).at();
                }
            }
            return t.created;
        }

        private void setStatus(Instant at, String to, long author) {
            if (!to.equals(status)) {
                t.events.add(new SampleTicket.Event(at, "status", status, to, author));
                status = to;
            }
        }

        private String ack(boolean question) {
            if (ja) {
                return Text.pick(rng, Phrases.JA_AGENT_ACKS) + (question ? "\n" + Text.pick(rng, Phrases.JA_AGENT_QUESTIONS) : "");
            }
            return Text.expand(Text.pick(rng, Phrases.EN_AGENT_ACKS), rng, slots)
                    + (question ? " " + Text.expand(Text.pick(rng, Phrases.EN_AGENT_QUESTIONS), rng, slots) : "");
        }

        /** The customer's first message: the problem statement dressed for the channel. */
        private String opening(Statement statement) {
            String text = statement.text;
            switch (t.channel) {
                case "social":
                    return Catalog.SOCIAL_HANDLE + " " + firstSentence(text) + (rng.nextDouble() < 0.3 ? " " + Text.pick(rng, List.of("#fail", "🙁", "Help!", "#help")) : "");
                case "chat":
                    return ja ? text : (rng.nextDouble() < 0.3 ? "hi, " : "") + text.replace('\n', ' ');
                case "phone":
                    return (ja ? "留守番電話の文字起こし: " : "Voicemail transcript: ") + text.replace('\n', ' ');
                default:
                    break;
            }
            if (ja) {
                return Text.expand(Text.pick(rng, Phrases.JA_CUSTOMER_OPENINGS), rng, slots) + "\n\n" + text + "\n\n"
                        + Text.pick(rng, Phrases.JA_CUSTOMER_CLOSINGS) + "\n" + t.requester.company() + " " + t.requester.name();
            }
            return Text.pick(rng, Phrases.EN_CUSTOMER_GREETINGS) + "\n\n" + text + "\n\n" + signature();
        }

        private String signature() {
            String closing = Text.pick(rng, Phrases.EN_CUSTOMER_CLOSINGS) + "\n" + t.requester.firstName();
            double r = rng.nextDouble();
            if (r < 0.35) {
                return closing + "\n\n--\n" + t.requester.name() + "\n" + Text.pick(rng, List.of("Office Manager", "Head of Operations",
                        "Finance Lead", "IT Administrator", "Founder")) + ", " + t.requester.company() + "\nTel: +44 20 7946 0"
                        + (100 + (int) (t.requester.id() % 900)) + "\n" + t.requester.email();
            }
            if (r < 0.5) {
                return closing + "\n\nSent from my " + Text.pick(rng, List.of("iPhone", "Android phone", "iPad"));
            }
            return closing;
        }

        private void customer(Instant at, String text, List<String> cues, String note) {
            String body = text;
            if (!t.messages.isEmpty() && lastOther != null && (email || t.channel.equals("web")) && !cues.contains("chase")) {
                body = ja ? text + "\n\n" + t.requester.name() : Text.pick(rng, Phrases.EN_CUSTOMER_GREETINGS) + "\n\n" + text + "\n\n" + t.requester.firstName();
                if (email && rng.nextDouble() < 0.7) {
                    body += "\n\n" + quote(lastOther);
                }
            }
            add(at, "customer", t.requester.id(), true, body, cues, note, t.via);
        }

        private void agentMessage(Instant at, Catalog.Agent agent, String text, List<String> cues) {
            String body;
            switch (t.channel) {
                case "chat", "phone" -> body = text;
                case "social" -> body = t.requester.handle() + " " + (ja ? "" : Text.expand(Text.pick(rng, Phrases.SOCIAL_AGENT_OPENERS), rng, slots) + " ")
                        + text + (t.messages.size() <= 2 && rng.nextDouble() < 0.5 && !ja ? " " + Text.pick(rng, Phrases.SOCIAL_AGENT_DM) : "")
                        + " ^" + agent.firstName().charAt(0);
                default -> {
                    if (ja) {
                        body = Text.expand(Text.pick(rng, Phrases.JA_AGENT_GREETINGS), rng, Map.of("name", t.requester.name().split(" ")[0]))
                                + "\n\n" + text + "\n\n" + Text.expand(Text.pick(rng, Phrases.JA_AGENT_SIGNOFFS), rng, slots);
                    } else {
                        body = Text.expand(Text.pick(rng, Phrases.EN_AGENT_GREETINGS), rng, slots) + "\n\n" + text + "\n\n"
                                + Text.pick(rng, Phrases.EN_AGENT_SIGNOFFS) + "\n" + agent.firstName() + "\n" + t.group.name() + " | Northwind";
                    }
                    if (email && lastOther != null && rng.nextDouble() < 0.3) {
                        body += "\n\n" + quote(lastOther);
                    }
                }
            }
            add(at, "agent", agent.id(), true, body, cues, null, "web");
        }

        private void note(Instant at, Catalog.Agent agent) {
            String text = ja ? Text.pick(rng, List.of("開発チームに確認中。NW-" + slots.get("n"), "日本語対応。請求担当に共有済み。"))
                    : Text.expand(Text.pick(rng, Phrases.PRIVATE_NOTES), rng, slots);
            add(at, "agent", agent.id(), false, text, List.of(), "private note", "web");
        }

        private void system(Instant at, String text) {
            add(at, "system", Catalog.SYSTEM_USER, true, text, List.of(), null, "rule");
        }

        private String quote(SampleTicket.Message previous) {
            ZonedDateTime when = previous.at().atZone(ja ? ZoneOffset.ofHours(9) : ZoneOffset.UTC);
            String who = previous.role().equals("customer") ? t.requester.name() + " <" + t.requester.email() + ">"
                    : t.group.name() + " <" + Catalog.SUPPORT_ADDRESS + ">";
            StringBuilder q = new StringBuilder(ja ? JA_QUOTE_DATE.format(when) + " " + who + ":" : "On " + QUOTE_DATE.format(when) + ", " + who + " wrote:");
            String[] lines = previous.body().split("\n");
            int shown = 0;
            for (String line : lines) {
                if (line.startsWith(">") || shown >= 8) {
                    break;
                }
                q.append("\n> ").append(line);
                shown++;
            }
            return q.toString().replace("> \n", ">\n");
        }

        private Instant between(Instant a, Instant b) {
            long span = Math.max(1, b.getEpochSecond() - a.getEpochSecond());
            return a.plusSeconds(1 + (long) (rng.nextDouble() * (span - 1)));
        }

        private void add(Instant at, String role, long author, boolean isPublic, String body, List<String> cues, String note, String via) {
            seq++;
            SampleTicket.Message m = new SampleTicket.Message(t.id * 100 + seq, at, role, author, isPublic, body, cues, note, via);
            t.messages.add(m);
            if (isPublic && !role.equals("system")) {
                lastOther = m;
            }
        }
    }

    private static String firstSentence(String text) {
        String flat = text.replace('\n', ' ');
        int end = -1;
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if ((c == '.' || c == '?' || c == '!' || c == '。' || c == '？') && i > 20) {
                end = i + 1;
                break;
            }
        }
        String s = end > 0 ? flat.substring(0, end) : flat;
        return s.length() > 240 ? s.substring(0, 240) : s;
    }

    /** Messages sorted by time (notes can fall between earlier messages); stable for equal times. */
    static List<SampleTicket.Message> inTimeOrder(SampleTicket t) {
        List<SampleTicket.Message> sorted = new ArrayList<>(t.messages);
        sorted.sort((a, b) -> a.at().compareTo(b.at()));
        return sorted;
    }
}
