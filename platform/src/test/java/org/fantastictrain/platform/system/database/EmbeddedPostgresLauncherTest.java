package org.fantastictrain.platform.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresLauncherTest {

    @TempDir
    Path home;

    @Test
    void data_survives_a_restart_on_the_same_directory() throws Exception {
        Path data = home.resolve("pgdata");
        try (EmbeddedPostgres pg =
                EmbeddedPostgresLauncher.start(new EmbeddedPostgresLauncher.Settings(data, 0, null))) {
            execute(pg, "create table kept (v int); insert into kept values (42)");
            assertThat(setting(pg, "fsync")).isEqualTo("on");
            assertThat(setting(pg, "synchronous_commit")).isEqualTo("on");
        }
        try (EmbeddedPostgres pg =
                EmbeddedPostgresLauncher.start(new EmbeddedPostgresLauncher.Settings(data, 0, null))) {
            assertThat(queryInt(pg, "select v from kept")).isEqualTo(42);
        }
    }

    @Test
    void a_server_orphaned_by_a_killed_jvm_is_stopped_and_the_start_succeeds() throws Exception {
        Path data = home.resolve("pgdata");
        Path postgresBinary;
        try (EmbeddedPostgres pg =
                EmbeddedPostgresLauncher.start(new EmbeddedPostgresLauncher.Settings(data, 0, null))) {
            execute(pg, "create table kept (v int); insert into kept values (7)");
            postgresBinary = Path.of(EmbeddedPostgresLauncher.runningServer(data)
                    .orElseThrow()
                    .info()
                    .command()
                    .orElseThrow());
        }
        // What kill -9 of the JVM leaves behind: a server on our data directory that nobody owns.
        Process orphan = new ProcessBuilder(EmbeddedPostgresLauncher.asServerUser(List.of(
                        postgresBinary.resolveSibling("pg_ctl").toString(),
                        "-D",
                        data.toString(),
                        "-o",
                        "-p " + freePort(),
                        "-l",
                        home.resolve("orphan.log").toString(),
                        "-w",
                        "start")))
                .redirectErrorStream(true)
                .start();
        assertThat(orphan.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(orphan.exitValue())
                .as(new String(orphan.getInputStream().readAllBytes()))
                .isZero();
        assertThat(EmbeddedPostgresLauncher.runningServer(data)).isPresent();

        try (EmbeddedPostgres pg =
                EmbeddedPostgresLauncher.start(new EmbeddedPostgresLauncher.Settings(data, 0, null))) {
            assertThat(queryInt(pg, "select v from kept")).isEqualTo(7);
        }
        assertThat(EmbeddedPostgresLauncher.runningServer(data)).isEmpty();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void execute(EmbeddedPostgres pg, String sql) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String setting(EmbeddedPostgres pg, String name) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int queryInt(EmbeddedPostgres pg, String sql) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
