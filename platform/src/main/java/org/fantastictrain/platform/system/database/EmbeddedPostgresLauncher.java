package org.fantastictrain.platform.system.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL (real binaries, unpacked once) on a persistent data directory,
 * with {@code fsync} and {@code synchronous_commit} on so committed data survives a crash.
 *
 * <p>After the JVM was killed with {@code kill -9}, its PostgreSQL lives on and keeps
 * {@code postmaster.pid}; the next start would fail. Such an orphaned server is stopped first
 * ({@code pg_ctl stop -m fast} with the binaries it runs from, else a signal to its pid after
 * checking it is a postgres process) and the start is retried once. A server still owned by a
 * live process (which holds the library's lock file) is never touched.
 */
public final class EmbeddedPostgresLauncher {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    /**
     * @param dataDirectory the PostgreSQL data directory (created and initialised if absent)
     * @param port the port, 0 to choose a free one
     * @param binariesDirectory where to unpack the binaries, or null for the library's default under the temp dir
     */
    public record Settings(Path dataDirectory, int port, Path binariesDirectory) {}

    private EmbeddedPostgresLauncher() {}

    public static EmbeddedPostgres start(Settings settings) throws IOException {
        Path dataDir = settings.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(dataDir.getParent());
        if (Files.isDirectory(dataDir)) {
            ensureNotOwnedByLiveProcess(dataDir);
            stopOrphanedServer(dataDir);
        }
        try {
            return builder(settings, dataDir).start();
        } catch (IOException | RuntimeException first) {
            log.warn(
                    "Embedded PostgreSQL did not start ({}); checking for a stale server and retrying once",
                    first.getMessage());
            ensureNotOwnedByLiveProcess(dataDir);
            stopOrphanedServer(dataDir);
            return builder(settings, dataDir).start();
        }
    }

    private static EmbeddedPostgres.Builder builder(Settings settings, Path dataDir) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(Duration.ofSeconds(60));
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        if (settings.binariesDirectory() != null) {
            builder.setOverrideWorkingDirectory(settings.binariesDirectory().toFile());
        }
        return builder;
    }

    /** The library locks a file in the data directory while a JVM uses it; another live owner means "in use". */
    private static void ensureNotOwnedByLiveProcess(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
                FileChannel channel = file.getChannel()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IOException(
                        "the embedded PostgreSQL data directory " + dataDir + " is in use by another running process");
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new IOException(
                    "the embedded PostgreSQL data directory " + dataDir + " is already in use by this process", e);
        }
    }

    /** @return true when an orphaned server was found and stopped */
    static boolean stopOrphanedServer(Path dataDir) throws IOException {
        Optional<ProcessHandle> server = runningServer(dataDir);
        if (server.isEmpty()) {
            return false;
        }
        ProcessHandle process = server.get();
        log.warn(
                "A PostgreSQL server (pid {}) left over from an earlier run still uses {}; stopping it",
                process.pid(),
                dataDir);
        Optional<Path> pgCtl = process.info()
                .command()
                .map(Path::of)
                .map(p -> p.resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isPresent()) {
            runPgCtlStop(pgCtl.get(), dataDir);
        }
        if (process.isAlive()) {
            process.destroy(); // SIGTERM: smart shutdown; the orphan has no clients left
            waitForExit(process, STOP_TIMEOUT);
        }
        if (process.isAlive()) {
            process.destroyForcibly();
            waitForExit(process, STOP_TIMEOUT);
        }
        if (process.isAlive()) {
            throw new IOException("could not stop the stale PostgreSQL server pid " + process.pid() + " on " + dataDir);
        }
        return true;
    }

    /** The live postgres process named in {@code postmaster.pid}, if any. */
    static Optional<ProcessHandle> runningServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info()
                        .command()
                        .map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                        .orElse(false));
    }

    private static void runPgCtlStop(Path pgCtl, Path dataDir) {
        try {
            Process stop = new ProcessBuilder(asServerUser(List.of(
                            pgCtl.toString(),
                            "-D",
                            dataDir.toString(),
                            "stop",
                            "-m",
                            "fast",
                            "-w",
                            "-t",
                            String.valueOf(STOP_TIMEOUT.toSeconds()))))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(stop.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!stop.waitFor(STOP_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
                stop.destroyForcibly();
            }
            log.info("pg_ctl stop: {}", output);
        } catch (IOException e) {
            log.warn("pg_ctl stop failed: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * PostgreSQL tools refuse to run as root; like the library, run them in a new user namespace
     * ({@code unshare -U}) then.
     */
    static List<String> asServerUser(List<String> command) {
        if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(Path.of("/usr/bin/unshare"))) {
            return command;
        }
        List<String> wrapped = new java.util.ArrayList<>(List.of("/usr/bin/unshare", "-U"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // still alive after the timeout: the caller escalates
        }
    }
}
