package ticketinsights.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import ticketinsights.ingest.IngestRecord.Origin;
import ticketinsights.ingest.JsonItems.Item;
import ticketinsights.ingest.JsonItems.Problem;
import ticketinsights.ingest.Timestamps.BadTimestamp;

/** The common part of the JSON adapters: items streamed by {@link JsonItems}, problems quarantined. */
abstract class JsonRecordReader extends RecordReader {
    protected final Origin origin;
    private final JsonItems items;

    JsonRecordReader(Origin origin, InputStream in) throws IOException {
        this.origin = origin;
        this.items = new JsonItems(in);
    }

    /** Turns one JSON object into rows of {@link IngestRecord}. */
    protected abstract void convert(Item item, ArrayDeque<Row> out) throws BadTimestamp, BadField;

    @Override
    protected final boolean step(ArrayDeque<Row> out) throws IOException {
        Object next = items.next();
        if (next == null) {
            return false;
        }
        if (next instanceof Problem problem) {
            out.add(IngestRecord.quarantine(origin, problem.number(), problem.raw(), problem.reason()));
            return true;
        }
        Item item = (Item) next;
        ArrayDeque<Row> rows = new ArrayDeque<>();
        try {
            convert(item, rows);
            out.addAll(rows);
        } catch (BadTimestamp | BadField e) {
            out.add(IngestRecord.quarantine(origin, item.number(), item.node().toString(), e.getMessage()));
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        items.close();
    }

    /** A scalar field as text (numbers as written), null when missing, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    /** A required id field, as text. */
    static String id(JsonNode node, String field, String what) throws BadField {
        String id = text(node, field);
        if (id == null) {
            throw new BadField(what + " has no " + field);
        }
        return id;
    }

    static Instant time(JsonNode node, String field, boolean required) throws BadTimestamp {
        return Timestamps.parse(field, text(node, field), required);
    }

    /** The texts of an array field, or of one field of each of its objects ({@code labels[].name}). */
    static List<String> texts(JsonNode node, String field, String inner) {
        List<String> values = new ArrayList<>();
        JsonNode array = node.get(field);
        if (array != null && array.isArray()) {
            for (JsonNode element : array) {
                String value = inner == null ? (element.isValueNode() ? element.asText() : null) : text(element, inner);
                if (value != null && !value.isBlank()) {
                    values.add(value);
                }
            }
        }
        return values;
    }
}
