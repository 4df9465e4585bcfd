package org.fantastictrain.platform.ingest.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.fantastictrain.platform.system.database.EmbeddedPostgresLauncher;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Ingestion benchmark (not a timed test; skipped unless {@code -Dft.benchmark=true}): 1,000 series
 * x 2,373 days through the write path of every load ({@link ObservationBulkWriter}: COPY into a
 * staging table, then set-based revision/insert into {@code observation}), and a raw {@code COPY}
 * of the same rows into an identical empty table, on the same database, in one run, 3 rounds
 * (alternating which goes first). Reports rows/s, the ratio and the medians; writes them to
 * {@code target/benchmarks/ingestion.md}. Uses a fresh embedded PostgreSQL (fsync on), or
 * {@code SPRING_DATASOURCE_URL} if set (it must point at an empty database).
 */
@EnabledIfSystemProperty(named = "ft.benchmark", matches = "true")
class IngestionBenchmark {
    static final int SERIES = 1_000;
    static final int DAYS = 2_373;
    static final int ROUNDS = Integer.getInteger("ft.benchmark.rounds", 3);
    static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);

    @Test
    void ingestion_against_copy() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        EmbeddedPostgres embedded = null;
        Path data = Path.of("target", "benchmark-pgdata-" + UUID.randomUUID()).toAbsolutePath();
        if (url == null || url.isBlank()) {
            embedded = EmbeddedPostgresLauncher.start(new EmbeddedPostgresLauncher.Settings(data, 0, null));
            url = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
        }
        try {
            run(
                    url,
                    user,
                    password,
                    embedded == null ? "external " + url.replaceAll("\\?.*", "") : "embedded PostgreSQL 17 (fsync on)");
        } finally {
            if (embedded != null) {
                embedded.close();
                try (var files = Files.walk(data)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    static void run(String url, String user, String password, String database) throws Exception {
        Flyway.configure().dataSource(url, user, password).load().migrate();
        try (Connection con = DriverManager.getConnection(url, user, password)) {
            prepare(con);
            long runId;
            try (Statement st = con.createStatement()) {
                var rs = st.executeQuery("""
                        insert into load_run (source, kind, requested_from, requested_to, started_at, status)
                        values ('benchmark', 'initial', '2018-01-01', '2024-06-30', now(), 'RUNNING') returning id""");
                rs.next();
                runId = rs.getLong(1);
            }
            List<double[]> rounds = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                reset(con);
                double writePath;
                double copy;
                if (round % 2 == 1) {
                    writePath = timeWritePath(con, runId);
                    copy = timeCopy(con, runId);
                } else {
                    copy = timeCopy(con, runId);
                    writePath = timeWritePath(con, runId);
                }
                rounds.add(new double[] {writePath, copy});
                System.err.printf(
                        Locale.ROOT,
                        "round %d: write path %.0f rows/s, COPY %.0f rows/s, ratio %.1f %%%n",
                        round,
                        writePath,
                        copy,
                        100 * writePath / copy);
            }
            report(rounds, database);
        }
    }

    private static void prepare(Connection con) throws SQLException {
        try (Statement st = con.createStatement()) {
            st.execute(
                    "insert into series (id, description) select 'bench_' || lpad(i::text, 4, '0'), 'benchmark series'"
                            + " from generate_series(0, " + (SERIES - 1) + ") i on conflict do nothing");
            st.execute("create table if not exists observation_copy (like observation including all)");
            st.execute("""
                    do $$ begin
                      alter table observation_copy add constraint observation_copy_series_fk
                        foreign key (series_id) references series (id);
                    exception when duplicate_object then null; end $$""");
        }
    }

    private static void reset(Connection con) throws SQLException {
        try (Statement st = con.createStatement()) {
            st.execute("truncate observation, observation_copy, observation_history");
            st.execute("checkpoint");
        }
    }

    /** The same rows for both: 1,000 series x 2,373 days of seasonal values with 6 decimals. */
    static void generate(ObservationRows.Sink sink) {
        long firstDay = FIRST_DAY.toEpochDay();
        for (int s = 0; s < SERIES; s++) {
            String series = String.format(Locale.ROOT, "bench_%04d", s);
            double level = 50 + s % 97;
            for (int d = 0; d < DAYS; d++) {
                double value =
                        level + 20 * Math.sin(2 * Math.PI * d / 365.25 + s) + ((d * 31L + s * 17L) % 1000) / 100.0;
                sink.accept(series, firstDay + d, Math.round(value * 1e6) / 1e6);
            }
        }
    }

    private static double timeWritePath(Connection con, long runId) throws SQLException {
        con.setAutoCommit(false);
        long start = System.nanoTime();
        ObservationBulkWriter.Result result =
                new ObservationBulkWriter().write(con, runId, Instant.now(), IngestionBenchmark::generate);
        con.commit();
        long nanos = System.nanoTime() - start;
        con.setAutoCommit(true);
        assertThat(result.inserted()).as("rows inserted by the write path").isEqualTo((long) SERIES * DAYS);
        return rate(nanos);
    }

    private static double timeCopy(Connection con, long runId) throws SQLException {
        con.setAutoCommit(false);
        long start = System.nanoTime();
        CopyIn copy = con.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy observation_copy (series_id, ds, value, load_run_id, updated_at) from stdin");
        CopyRowEncoder encoder = new CopyRowEncoder(copy, "\t" + runId + "\t" + Instant.now());
        generate(encoder);
        encoder.flush();
        long rows = copy.endCopy();
        con.commit();
        long nanos = System.nanoTime() - start;
        con.setAutoCommit(true);
        assertThat(rows).as("rows written by COPY").isEqualTo((long) SERIES * DAYS);
        return rate(nanos);
    }

    private static double rate(long nanos) {
        return (double) SERIES * DAYS / (nanos / 1e9);
    }

    private static void report(List<double[]> rounds, String database) throws IOException {
        double[] writePath = rounds.stream().mapToDouble(r -> r[0]).sorted().toArray();
        double[] copy = rounds.stream().mapToDouble(r -> r[1]).sorted().toArray();
        double[] ratios = rounds.stream().mapToDouble(r -> r[0] / r[1]).sorted().toArray();
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Ingestion benchmark: %,d series x %,d days = %,d rows, %s, %d cores%n",
                SERIES,
                DAYS,
                (long) SERIES * DAYS,
                database,
                Runtime.getRuntime().availableProcessors()));
        out.append("| round | write path rows/s | COPY rows/s | ratio |\n|---|---|---|---|\n");
        for (int i = 0; i < rounds.size(); i++) {
            double[] r = rounds.get(i);
            out.append(String.format(
                    Locale.ROOT, "| %d | %,.0f | %,.0f | %.1f %% |%n", i + 1, r[0], r[1], 100 * r[0] / r[1]));
        }
        out.append(String.format(
                Locale.ROOT,
                "| median | %,.0f | %,.0f | %.1f %% |%n",
                median(writePath),
                median(copy),
                100 * median(ratios)));
        System.err.print(out);
        Path file = Path.of("target", "benchmarks", "ingestion.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    private static double median(double[] sorted) {
        double[] s = Arrays.copyOf(sorted, sorted.length);
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
