package ticketinsights.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Set;
import org.apache.spark.sql.Row;
import ticketinsights.ingest.IngestRecord.Origin;
import ticketinsights.ingest.JsonItems.Item;
import ticketinsights.ingest.Timestamps.BadTimestamp;
import ticketinsights.model.AuthorRole;
import ticketinsights.model.Channel;
import ticketinsights.model.TicketStatus;
import ticketinsights.model.SourceFormat;

/**
 * Raw GitHub REST API issues and issue comments, in any wrapping a crawler saved them in. An
 * issue is a ticket whose opening post is its first message; a pull request is not a support
 * ticket and is skipped (counted), as are comments on pull requests. Ticket ids are namespaced
 * by repository ({@code Uniswap/v3-core#1050}) because issue numbers repeat across
 * repositories and collide with other sources' numeric ids.
 */
final class GithubReader extends JsonRecordReader {
    private static final Set<String> MAINTAINERS = Set.of("OWNER", "MEMBER", "COLLABORATOR");
    static final String PULL_REQUEST = "pull request (not a support ticket)";
    static final String PULL_REQUEST_COMMENT = "comment on a pull request";

    GithubReader(String file, InputStream in) throws IOException {
        super(new Origin(SourceFormat.GITHUB.id(), file), in);
    }

    @Override
    protected void convert(Item item, ArrayDeque<Row> out) throws BadTimestamp, BadField {
        JsonNode node = item.node();
        if (node.has("issue_url")) {
            comment(item, out);
        } else if (node.has("number") && node.has("title")) {
            issue(item, out);
        } else {
            throw new BadField("JSON object is neither a GitHub issue (number, title) nor an issue comment (issue_url)");
        }
    }

    private void issue(Item item, ArrayDeque<Row> out) throws BadTimestamp, BadField {
        JsonNode i = item.node();
        JsonNode pull = i.get("pull_request");
        if (pull != null && !pull.isNull()) {
            out.add(IngestRecord.skipped(origin, item.number(), PULL_REQUEST));
            return;
        }
        String repo = repository(text(i, "repository_url"), text(i, "url"));
        String ticketId = repo + "#" + id(i, "number", "issue");
        Instant created = time(i, "created_at", true);
        Instant updated = time(i, "updated_at", false);
        Instant closed = time(i, "closed_at", false);
        String state = text(i, "state");
        out.add(IngestRecord.of(IngestRecord.TICKET, origin, item.number())
                .set(IngestRecord.TICKET_ID, ticketId)
                .set(IngestRecord.CHANNEL, Channel.WEB)
                .time(IngestRecord.CREATED_AT, created)
                .time(IngestRecord.UPDATED_AT, updated)
                .time(IngestRecord.VERSION_AT, updated)
                .set(IngestRecord.SUBJECT, text(i, "title"))
                .set(IngestRecord.REQUESTER_ID, text(i.path("user"), "login"))
                .set(IngestRecord.ASSIGNEE_ID, text(i.path("assignee"), "login"))
                .set(IngestRecord.GROUP, repo)
                .tags(texts(i, "labels", "name"))
                .set(IngestRecord.STATUS, "closed".equals(state) || closed != null ? TicketStatus.SOLVED : TicketStatus.OPEN)
                .time(IngestRecord.SOLVED_AT, closed)
                .row());
        out.add(message(i, ticketId, ticketId, item.number(), created, updated));
    }

    private void comment(Item item, ArrayDeque<Row> out) throws BadTimestamp, BadField {
        JsonNode c = item.node();
        String html = text(c, "html_url");
        if (html != null && html.contains("/pull/")) {
            out.add(IngestRecord.skipped(origin, item.number(), PULL_REQUEST_COMMENT));
            return;
        }
        String issueUrl = text(c, "issue_url");
        String number = issueUrl.substring(issueUrl.lastIndexOf('/') + 1);
        String ticketId = repository(null, issueUrl) + "#" + number;
        out.add(message(c, ticketId, ticketId + "/" + id(c, "id", "comment"), item.number(),
                time(c, "created_at", true), time(c, "updated_at", false)));
    }

    private Row message(JsonNode node, String ticketId, String messageId, long number, Instant created, Instant updated) {
        return IngestRecord.of(IngestRecord.MESSAGE, origin, number)
                .set(IngestRecord.TICKET_ID, ticketId)
                .set(IngestRecord.MESSAGE_ID, messageId)
                .time(IngestRecord.CREATED_AT, created)
                .time(IngestRecord.VERSION_AT, updated)
                .set(IngestRecord.AUTHOR_ID, text(node.path("user"), "login"))
                .set(IngestRecord.AUTHOR_ROLE, role(node))
                .set(IngestRecord.IS_PUBLIC, true)
                .set(IngestRecord.BODY, text(node, "body"))
                .row();
    }

    /** Bots are system; owners, members and collaborators answer for the project; everyone else asks. */
    static String role(JsonNode node) {
        String login = text(node.path("user"), "login");
        if ((login != null && login.endsWith("[bot]")) || "Bot".equals(text(node.path("user"), "type"))) {
            return AuthorRole.SYSTEM;
        }
        return MAINTAINERS.contains(text(node, "author_association")) ? AuthorRole.AGENT : AuthorRole.CUSTOMER;
    }

    /** {@code owner/name} from an API URL such as {@code https://api.github.com/repos/owner/name/issues/7}. */
    static String repository(String repositoryUrl, String url) throws BadField {
        for (String candidate : new String[] {repositoryUrl, url}) {
            if (candidate != null) {
                int at = candidate.indexOf("/repos/");
                if (at >= 0) {
                    String[] parts = candidate.substring(at + 7).split("/");
                    if (parts.length >= 2) {
                        return parts[0] + "/" + parts[1];
                    }
                }
            }
        }
        throw new BadField("no repository_url or API url to tell the repository from");
    }
}
