package ticketinsights.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ticketinsights.testing.SamplePipelineRun;

/**
 * Executes every notebook under {@code notebooks/} headlessly ({@code jobs/notebooks}, i.e.
 * {@code jupyter nbconvert --execute} on the project's Java kernel) and fails on any cell error:
 * once against an output directory holding every table the notebooks read, once against an
 * empty one (each notebook must print notes instead of failing). Installs Jupyter and the kernel
 * with {@code jobs/install-notebook-tools} when they are missing. Needs the packaged jar
 * ({@code mvn package}; failsafe runs after it).
 */
@Tag("heavy")
class NotebooksHeavyTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path TARGET = ROOT.resolve("target");

    @BeforeAll
    static void kernelInstalled() throws Exception {
        assertTrue(Files.exists(TARGET.resolve("ticket-insights.jar")),
                "target/ticket-insights.jar is missing: run mvn package first (failsafe runs after it)");
        if (!Files.exists(TARGET.resolve("jupyter/kernels/ticket-insights-java/kernel.json"))
                || !Files.exists(TARGET.resolve("notebook-kernel/ticket-insights-notebook-kernel.jar"))) {
            run(TARGET.resolve("notebook-install.log"), "jobs/install-notebook-tools", "--no-user");
        }
    }

    @Test
    void everyNotebookRunsOnTheTables() throws Exception {
        String out = SamplePipelineRun.output().toString();
        Path executed = executeAll(out, "with-tables");
        for (Path notebook : notebooks()) {
            String text = Files.readString(executed.resolve(notebook.getFileName()));
            assertTrue(text.contains("image/svg+xml"), notebook + " shows no chart");
            assertTrue(!text.contains("is absent under"), notebook + " missed a table: " + text);
        }
    }

    @Test
    void everyNotebookRunsWithoutTables() throws Exception {
        Path empty = Files.createDirectories(TARGET.resolve("notebook-test-empty"));
        Path executed = executeAll(empty.toString(), "without-tables");
        for (Path notebook : notebooks()) {
            String text = Files.readString(executed.resolve(notebook.getFileName()));
            assertTrue(text.contains("is absent under"), notebook + " printed no note about absent tables");
        }
    }

    /** Runs jobs/notebooks; nbconvert exits non-zero on the first cell error. */
    private static Path executeAll(String out, String name) throws Exception {
        Path into = TARGET.resolve("notebooks-test").resolve(name);
        run(TARGET.resolve("notebooks-" + name + ".log"), "jobs/notebooks", "--out", out, "--into", into.toString());
        for (Path notebook : notebooks()) {
            String text = Files.readString(into.resolve(notebook.getFileName()));
            assertTrue(!text.contains("\"output_type\": \"error\""), notebook + " has a cell error");
        }
        return into;
    }

    private static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("notebooks"))) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
            assertEquals(3, found.size(), "the three notebooks: " + found);
            return found;
        }
    }

    private static void run(Path log, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("NOTEBOOKS_NO_BUILD", "1");
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " took over an hour; log: " + log);
        }
        if (process.exitValue() != 0) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            fail(String.join(" ", command) + " failed (exit " + process.exitValue() + "), log " + log + ":\n"
                    + text.substring(Math.max(0, text.length() - 6000)));
        }
    }
}
