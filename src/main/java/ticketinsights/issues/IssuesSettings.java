package ticketinsights.issues;

import java.util.Map;

/**
 * The method's settings in one place, as chosen by the BANKING77 evaluation (README). Each can
 * be overridden with a JVM system property ({@code -Dissues.merge=0.45}) for experiments
 * without a new command-line option every stage would have to ignore.
 */
public final class IssuesSettings {
    private static final double SENTENCE_MERGE = 0.87;

    public static StatementVectors.Settings vectors() {
        StatementVectors.Settings d = StatementVectors.Settings.defaults();
        return new StatementVectors.Settings(
                Integer.getInteger("issues.minDf", d.minDf()),
                Integer.getInteger("issues.w2vSize", d.w2vSize()),
                Integer.getInteger("issues.w2vIter", d.w2vIter()),
                doubleProperty("issues.w2vWeight", d.w2vWeight()),
                doubleProperty("issues.sentenceShare", d.sentenceShare()),
                Long.getLong("issues.seed", d.seed()));
    }

    public static AutoKClustering.Settings clustering() {
        AutoKClustering.Settings d = AutoKClustering.Settings.defaults();
        return new AutoKClustering.Settings(
                Integer.getInteger("issues.kMin", d.kMin()),
                Integer.getInteger("issues.kMax", d.kMax()),
                Integer.getInteger("issues.perProposal", d.statementsPerProposal()),
                Integer.getInteger("issues.maxFit", d.maxFitStatements()),
                doubleProperty("issues.merge", d.mergeSimilarity()),
                Boolean.parseBoolean(System.getProperty("issues.refit", String.valueOf(d.refit()))),
                Integer.getInteger("issues.maxIter", d.maxIter()),
                Long.getLong("issues.seed", d.seed()));
    }

    /**
     * Settings per vector space ({@link StatementVectors#SPACE}): statements with a sentence
     * embedding are alike at a higher cosine than statements compared by terms alone, so their
     * merge threshold is higher (0.87, chosen on a BANKING77 train split and the planted problems, README).
     */
    public static Map<String, AutoKClustering.Settings> clusteringBySpace() {
        AutoKClustering.Settings terms = clustering();
        AutoKClustering.Settings sentence = new AutoKClustering.Settings(terms.kMin(), terms.kMax(),
                terms.statementsPerProposal(), terms.maxFitStatements(), doubleProperty("issues.sentenceMerge", SENTENCE_MERGE), terms.refit(),
                terms.maxIter(), terms.seed());
        return Map.of(StatementVectors.TERM_SPACE, terms, StatementVectors.SENTENCE_SPACE, sentence);
    }

    private static double doubleProperty(String name, double fallback) {
        String value = System.getProperty(name);
        return value == null ? fallback : Double.parseDouble(value);
    }

    private IssuesSettings() {
    }
}
