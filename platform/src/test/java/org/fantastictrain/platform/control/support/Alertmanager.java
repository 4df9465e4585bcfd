package org.fantastictrain.platform.control.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Prometheus Alertmanager (Debian package {@code prometheus-alertmanager}) on a free
 * loopback port, with a minimal configuration and its own storage under {@code target/}. Without
 * the binary the tests that need it are skipped, unless {@code FT_REQUIRE_ALERTMANAGER=true} (CI),
 * where they fail.
 */
public final class Alertmanager {
    public static final Path BINARY = Path.of("/usr/bin/prometheus-alertmanager");
    private static final String CONFIG = """
            route:
              receiver: blackhole
              group_wait: 1s
            receivers:
              - name: blackhole
            """;

    private final int port;
    private final Path dir;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private Process process;

    private Alertmanager(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    /** Reserves a port and a directory; does not start anything. */
    public static Alertmanager onFreePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Path dir = Files.createDirectories(
                    Path.of("target", "alertmanager-" + socket.getLocalPort()).toAbsolutePath());
            return new Alertmanager(socket.getLocalPort(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips the calling test when the binary is missing, fails it when CI requires it. */
    public static void assumeInstalled() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        String message =
                BINARY + " not found: install the Debian package prometheus-alertmanager to run the Alertmanager tests";
        if ("true".equalsIgnoreCase(System.getenv("FT_REQUIRE_ALERTMANAGER"))) {
            fail(message + " (FT_REQUIRE_ALERTMANAGER=true)");
        }
        Assumptions.abort(message);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /** Starts it (again, on the same port) and waits until it answers {@code /-/ready}. */
    public void start() {
        try {
            Path config = dir.resolve("am.yml");
            Files.writeString(config, CONFIG);
            List<String> command = new ArrayList<>(List.of(
                    BINARY.toString(),
                    "--config.file=" + config,
                    "--web.listen-address=127.0.0.1:" + port,
                    "--cluster.listen-address=",
                    "--storage.path=" + Files.createDirectories(dir.resolve("data"))));
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            dir.resolve("alertmanager.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Alertmanager exited with " + process.exitValue() + ", see " + dir);
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(url() + "/-/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        throw new IllegalStateException("Alertmanager did not become ready on " + url());
    }

    /** Stops the process this fixture started, by its PID, and waits for it to exit. */
    public void stop() {
        if (process == null) {
            return;
        }
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** The active alerts ({@code GET /api/v2/alerts}), each as its labels. */
    public List<Map<String, String>> activeAlertLabels() {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(url() + "/api/v2/alerts")).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<Map<String, String>> labels = new ArrayList<>();
            for (JsonNode alert : json.readTree(r.body())) {
                Map<String, String> l = new java.util.TreeMap<>();
                alert.get("labels")
                        .properties()
                        .forEach(e -> l.put(e.getKey(), e.getValue().asString()));
                labels.add(l);
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
