package ticketinsights.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;

/**
 * The objects of a JSON export, one at a time, in either shape the exports come in:
 * <ul>
 * <li>JSON lines (one object per line, as Zendesk's full export writes tickets): every line is
 * an item; a line that is not valid JSON is reported and the next line read.</li>
 * <li>A JSON document of wrappers around arrays ({@code {"tickets": [...]}}, a crawler's {@code
 * {page: {n: [...]}}}, a plain {@code [...]}): every object inside an array is an item, and the
 * name of the field holding the array is its context. The document is streamed with Jackson's
 * parser; only one item is ever held as a tree.</li>
 * </ul>
 * A file whose first line is a complete object with an {@code id} is read as JSON lines.
 */
final class JsonItems implements Closeable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int PEEK_CHARS = 1 << 20;

    /** One object of the file: its 1-based number, the field name of its array (or null), the object. */
    record Item(long number, String context, JsonNode node) {
    }

    /** Something unreadable: the record number, the raw text (if any), the reason. */
    record Problem(long number, String raw, String reason) {
    }

    private final BufferedReader reader;
    private final JsonParser parser;
    private final ArrayDeque<String> contexts = new ArrayDeque<>();
    private long number;
    private boolean done;

    JsonItems(InputStream in) throws IOException {
        reader = new BufferedReader(Utf8.strictReader(in), 1 << 16);
        reader.mark(PEEK_CHARS + 2);
        int first = reader.read();
        if (first != '\uFEFF') {
            reader.reset();
            reader.mark(PEEK_CHARS + 2);
        }
        boolean lines = looksLikeJsonLines(reader);
        reader.reset();
        if (first == '\uFEFF') {
            reader.read();
        }
        parser = lines ? null : new JsonFactory(MAPPER).createParser(reader);
    }

    private static boolean looksLikeJsonLines(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1 && line.length() < PEEK_CHARS) {
            if (c == '\n') {
                if (!line.toString().isBlank()) {
                    break;
                }
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        if (line.length() >= PEEK_CHARS || !line.toString().strip().startsWith("{")) {
            return false;
        }
        try {
            JsonNode node = MAPPER.readTree(line.toString());
            return node != null && node.isObject() && node.has("id");
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** The next item or problem, or null at the end of the file. */
    Object next() throws IOException {
        if (done) {
            return null;
        }
        return parser == null ? nextLine() : nextInDocument();
    }

    private Object nextLine() throws IOException {
        String line;
        do {
            line = reader.readLine();
            if (line == null) {
                done = true;
                return null;
            }
        } while (line.isBlank());
        number++;
        try {
            JsonNode node = MAPPER.readTree(line);
            if (node == null || !node.isObject()) {
                return new Problem(number, line, "line " + number + " is not a JSON object");
            }
            return new Item(number, null, node);
        } catch (JsonProcessingException e) {
            return new Problem(number, line, "line " + number + " is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private Object nextInDocument() throws IOException {
        try {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_OBJECT -> {
                        if (parser.getParsingContext().getParent().inArray()) {
                            String context = contexts.isEmpty() || contexts.peek().isEmpty() ? null : contexts.peek();
                            JsonNode node = parser.readValueAsTree();
                            return new Item(++number, context, node);
                        }
                        contexts.push(fieldName());
                    }
                    case START_ARRAY -> contexts.push(fieldName());
                    case END_OBJECT, END_ARRAY -> contexts.poll();
                    default -> {
                        // scalars in wrappers (counts, cursors, next_page) carry no records
                    }
                }
            }
            done = true;
            return null;
        } catch (JsonProcessingException e) {
            done = true;
            return new Problem(number + 1, null, "JSON is malformed after record " + number + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage() + "); the rest of the file was not read");
        }
    }

    /** The field name holding the current container; for an unnamed one, the enclosing name. */
    private String fieldName() throws IOException {
        String name = parser.getParsingContext().getParent() == null ? null : parser.getParsingContext().getParent().getCurrentName();
        if (name == null || name.chars().allMatch(Character::isDigit)) {
            return contexts.isEmpty() ? "" : contexts.peek();
        }
        return name;
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        reader.close();
    }
}
