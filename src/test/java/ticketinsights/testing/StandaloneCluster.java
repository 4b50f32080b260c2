package ticketinsights.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone master and workers on 127.0.0.1, started as separate JVMs from the Spark
 * jars that the build copies to {@code target/spark-home/jars} (Spark alone, as a cluster has
 * it), and stopped by process id. Logs go to {@code logDir}.
 */
public final class StandaloneCluster implements AutoCloseable {
    private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    private final List<Process> processes = new ArrayList<>();
    private final String masterUrl;

    private StandaloneCluster(String masterUrl) {
        this.masterUrl = masterUrl;
    }

    public static StandaloneCluster start(Path sparkHome, int workers, int coresPerWorker, String memoryPerWorker,
                                          Path logDir) throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        int port = freePort();
        int webPort = freePort();
        StandaloneCluster cluster = new StandaloneCluster("spark://127.0.0.1:" + port);
        try {
            cluster.launch(sparkHome, logDir.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(webPort));
            for (int i = 1; i <= workers; i++) {
                Path workDir = Files.createDirectories(logDir.resolve("worker-" + i));
                cluster.launch(sparkHome, logDir.resolve("worker-" + i + ".log"), "org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--port", String.valueOf(freePort()),
                        "--webui-port", String.valueOf(freePort()), "--cores", String.valueOf(coresPerWorker),
                        "--memory", memoryPerWorker, "--work-dir", workDir.toString(), cluster.masterUrl);
            }
            cluster.awaitWorkers(webPort, workers, Duration.ofSeconds(90));
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public String masterUrl() {
        return masterUrl;
    }

    /** The pids of the master and worker JVMs, for the record. */
    public List<Long> pids() {
        return processes.stream().map(Process::pid).toList();
    }

    private void launch(Path sparkHome, Path log, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-cp", sparkHome.resolve("jars") + "/*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // Workers build executor command lines from SPARK_HOME/jars; the Scala version must be
        // named because this SPARK_HOME is not a source checkout the launcher could inspect.
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        processes.add(builder.start());
    }

    private void awaitWorkers(int webPort, int expected, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + "/json/")).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        int alive = 0;
        while (System.nanoTime() < deadline) {
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("a cluster JVM exited with " + process.exitValue() + "; see its log");
                }
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                Matcher matcher = ALIVE_WORKERS.matcher(response.body());
                alive = matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
                if (alive >= expected) {
                    return;
                }
            } catch (IOException notUpYet) {
                // The master's web UI is not listening yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(alive + " of " + expected + " workers registered within " + timeout);
    }

    @Override
    public void close() {
        // Workers first, then the master, each with the executors it started.
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).descendants().forEach(ProcessHandle::destroy);
            processes.get(i).destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
