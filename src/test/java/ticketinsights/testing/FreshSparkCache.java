package ticketinsights.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After every test class, drops what the jobs it ran left cached in the shared SparkSession.
 * The default suite runs all its classes in one JVM; jobs cache datasets for their own run and
 * a real run ends with its JVM, but here the caches piled up until a later class ran out of
 * Spark memory (RealExportsTest, LatencyMetricsTest, depending on the class order). Registered
 * for every class through {@code META-INF/services} and {@code junit-platform.properties}.
 */
public final class FreshSparkCache implements AfterAllCallback {
    @Override
    public void afterAll(ExtensionContext context) {
        SparkTests.dropCaches();
    }
}
