package ticketinsights.issues;

import static org.apache.spark.sql.functions.*;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15.BgeSmallEnV15EmbeddingModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import ticketinsights.text.Languages;

/**
 * Sentence embeddings of English problem statements: BAAI bge-small-en-v1.5 (a 12-layer sentence
 * encoder trained contrastively on pairs of related texts, 384 dimensions) run in-process by ONNX
 * Runtime, one model per JVM built on first use. Statements that say the same thing in other words
 * ("card not arrived" / "still waiting for my card") come out close, which TF-IDF and a Word2Vec
 * trained on a few thousand statements miss: on BANKING77 clustering NMI rose from 0.65 to 0.82
 * and ARI from 0.29 to 0.52 (README). It replaced all-MiniLM-L6-v2 (6 layers): at the settings that
 * keep each planted problem of the sample data in one cluster, MiniLM reached NMI 0.78 / ARI 0.45.
 *
 * <p>The model was trained on English only, so other languages get no embedding (null) and are
 * clustered on their terms alone ({@link StatementVectors}), never on a vector that only looks
 * like meaning. Each distinct statement is embedded once. Embeddings are the same for a text
 * whether it is embedded alone or in a batch (measured bit for bit), so results do not depend on
 * how statements fall into partitions.
 */
public final class StatementEmbeddings {
    public static final String EMBEDDING = "embedding";
    public static final int DIMENSIONS = 384;

    private static final int BATCH = 64;
    private static volatile EmbeddingModel model;

    /** {@code statements} gains {@link #EMBEDDING}: a unit vector for English text in {@code textCol}, null otherwise. */
    public static Dataset<Row> withEmbeddings(Dataset<Row> statements, String textCol) {
        StructType schema = new StructType().add("_text", DataTypes.StringType)
                .add(EMBEDDING, SQLDataTypes.VectorType());
        Dataset<Row> distinct = statements.select(col(textCol).as("_text")).filter(col("_text").isNotNull()).distinct();
        Dataset<Row> embedded = distinct.mapPartitions((MapPartitionsFunction<Row, Row>) StatementEmbeddings::embed,
                ExpressionEncoder.apply(schema));
        return statements.join(embedded, statements.col(textCol).equalTo(embedded.col("_text")), "left").drop("_text");
    }

    /** Streams: holds one batch of texts and its embeddings at a time, whatever the partition's size. */
    private static Iterator<Row> embed(Iterator<Row> texts) {
        return new Iterator<>() {
            private final List<Row> ready = new ArrayList<>();
            private int next;

            @Override
            public boolean hasNext() {
                if (next == ready.size()) {
                    ready.clear();
                    next = 0;
                    fill();
                }
                return next < ready.size();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return ready.get(next++);
            }

            private void fill() {
                List<String> english = new ArrayList<>();
                while (texts.hasNext() && english.size() < BATCH) {
                    String text = texts.next().getString(0);
                    if (Languages.ENGLISH.equals(Languages.detect(text))) {
                        english.add(text);
                    } else {
                        ready.add(RowFactory.create(text, null));
                    }
                }
                if (!english.isEmpty()) {
                    var embeddings = model().embedAll(english.stream().map(TextSegment::from).toList()).content();
                    for (int i = 0; i < english.size(); i++) {
                        ready.add(RowFactory.create(english.get(i), Vectors.dense(unit(embeddings.get(i).vector()))));
                    }
                }
            }
        };
    }

    private static double[] unit(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return StatementVectors.normalised(d);
    }

    private static EmbeddingModel model() {
        if (model == null) {
            synchronized (StatementEmbeddings.class) {
                if (model == null) {
                    model = new BgeSmallEnV15EmbeddingModel();
                }
            }
        }
        return model;
    }

    private StatementEmbeddings() {
    }
}
