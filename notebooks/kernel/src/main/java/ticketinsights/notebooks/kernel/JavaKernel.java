package ticketinsights.notebooks.kernel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;

/**
 * A Jupyter kernel for Java: JJava's protocol library ({@code jjava-jupyter}) talks to Jupyter,
 * JShell (from the JDK) compiles and runs each cell in this JVM, so the cells see the kernel's
 * classpath (the project's jar, Spark, JFreeChart) and keep their variables between cells.
 *
 * <p>Cells call the static helpers of this class, imported into every session: {@code svg(text)},
 * {@code png(bytes)}, {@code html(text)} and {@code markdown(text)} show rich output. An
 * expression as the last statement of a cell is shown as text, as in JShell.
 */
public final class JavaKernel extends BaseKernel {
    private final JShell shell;

    private JavaKernel(String name, String version, HistoryManager history, JupyterIO io, CommManager comms,
                       Renderer renderer, MagicParser magics, MagicsRegistry registry, StringStyler errorStyler) {
        super(name, version,
                new LanguageInfo("java", Runtime.version().toString(), "text/x-java-source", ".jshell",
                        "java", "java", "script"),
                List.of(), history, io, comms, renderer, magics, registry, false, errorStyler);
        // "local": snippets run in this JVM (no second JVM per kernel), loaded by a class
        // loader whose parent is the application class loader, so they share its classes.
        // The compiler sees the JVM's classpath; at run time the snippet loader's parent (the
        // application class loader) already has those classes.
        shell = JShell.builder().executionEngine("local")
                .compilerOptions("--class-path", System.getProperty("java.class.path"))
                .out(System.out).err(System.err)
                .build();
        evalRaw("import static " + JavaKernel.class.getName() + ".*;");
    }

    /** Shows an SVG document (a chart) in the notebook. */
    public static void svg(String svg) {
        show("image/svg+xml", svg);
    }

    /** Shows a PNG image in the notebook. */
    public static void png(byte[] png) {
        show("image/png", Base64.getEncoder().encodeToString(png));
    }

    /** Shows HTML (already escaped by the caller) in the notebook. */
    public static void html(String html) {
        show("text/html", html);
    }

    /** Shows Markdown in the notebook. */
    public static void markdown(String markdown) {
        show("text/markdown", markdown);
    }

    private static void show(String mime, String data) {
        DisplayData display = new DisplayData();
        display.putData(mime, data);
        display.putText("<" + mime + ", " + data.length() + " characters>");
        notebookKernel().display(display);
    }

    /**
     * Runs a cell: JShell's source analysis cuts it into complete snippets, each is evaluated in
     * turn, and the first one that does not compile or throws stops the cell with that error.
     * Returns the value of a trailing expression (as JShell prints it), else null.
     */
    @Override
    public Object evalRaw(String code) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = code;
        String value = null;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (!info.completeness().isComplete()) {
                throw new CellError("incomplete Java at the end of the cell: " + remaining.strip());
            }
            value = null;
            for (SnippetEvent event : shell.eval(info.source())) {
                value = outcome(event, value);
            }
            remaining = info.remaining();
        }
        return value;
    }

    private String outcome(SnippetEvent event, String value) {
        if (event.causeSnippet() != null) {
            return value; // an update to a dependent snippet, not the one evaluated
        }
        if (event.status() == Snippet.Status.REJECTED) {
            String errors = shell.diagnostics(event.snippet()).filter(Diag::isError)
                    .map(d -> d.getMessage(null)).collect(Collectors.joining("\n"));
            throw new CellError("does not compile: " + event.snippet().source().strip() + "\n" + errors);
        }
        if (event.exception() instanceof UnresolvedReferenceException unresolved) {
            throw new CellError("uses an undefined name: " + unresolved.getSnippet().source().strip());
        }
        if (event.exception() instanceof EvalException thrown) {
            CellError error = new CellError(thrown.getExceptionClassName() + ": " + thrown.getMessage());
            error.setStackTrace(thrown.getStackTrace());
            throw error;
        }
        if (event.exception() != null) {
            throw new CellError(event.exception().toString());
        }
        boolean expression = event.snippet().kind() == Snippet.Kind.EXPRESSION
                || (event.snippet().kind() == Snippet.Kind.VAR && event.snippet().subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND);
        return expression ? event.value() : null;
    }

    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof CellError) {
            List<String> lines = new ArrayList<>(List.of(e.getMessage().split("\n")));
            for (StackTraceElement frame : e.getStackTrace()) {
                lines.add("    at " + frame);
            }
            return lines;
        }
        return super.formatError(e);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        int[] anchor = new int[1];
        List<String> options = shell.sourceCodeAnalysis().completionSuggestions(code, at, anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation).distinct().toList();
        return options.isEmpty() ? null : new ReplacementOptions(options, anchor[0], at);
    }

    @Override
    public String isComplete(String code) {
        SourceCodeAnalysis.Completeness c = shell.sourceCodeAnalysis().analyzeCompletion(code).completeness();
        if (c == SourceCodeAnalysis.Completeness.UNKNOWN) {
            return IS_COMPLETE_BAD;
        }
        return c.isComplete() ? IS_COMPLETE_YES : IS_COMPLETE_MAYBE;
    }

    @Override
    public void interrupt() {
        shell.stop();
    }

    @Override
    public void onShutdown(boolean restart) {
        shell.close();
    }

    /** Starts the kernel on the connection file Jupyter passes as the only argument. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: JavaKernel <connection-file>");
        }
        KernelConnectionProperties props = KernelConnectionProperties.parse(
                Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        JupyterConnection connection = new JupyterConnection(props);
        JavaKernel kernel = new Builder().name("ticket-insights-java").version("1.0").build();
        kernel.installNotebookKernel();
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        System.exit(0); // non-daemon threads of the cells (Spark's) must not keep the kernel alive
    }

    /** An error in a cell, shown to the notebook as its message (and the cell's stack). */
    static final class CellError extends RuntimeException {
        CellError(String message) {
            super(message);
        }
    }

    private static final class Builder extends BaseKernelBuilder<Builder, JavaKernel> {
        @Override
        public JavaKernel build() {
            return new JavaKernel(buildName(), buildVersion(), buildHistoryManager(),
                    buildJupyterIO(buildJupyterIOEncoding()), buildCommManager(), buildRenderer(),
                    new MagicParser("(?<=(?:^|=))\\s*%", "%%", buildMagicTranspiler()),
                    buildMagicsRegistry(), buildErrorStyler());
        }
    }
}
