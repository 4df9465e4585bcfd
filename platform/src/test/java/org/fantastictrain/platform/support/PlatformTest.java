package org.fantastictrain.platform.support;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that need the application: one Spring context shared by all of them, a real
 * server on a random port, and a real PostgreSQL: a fresh embedded one per test run (data under
 * {@code target/}), or the server of {@code SPRING_DATASOURCE_URL} when set. Tables are emptied
 * before each test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ft.bootstrap=false",
            "ft.jobs.daily-load.enabled=false",
            "spring.quartz.scheduler-name=ft-platform-test",
            "ft.api-key=" + PlatformTest.API_KEY
        })
@Import(TestSourcesConfig.class)
public abstract class PlatformTest {
    public static final String API_KEY = "test-api-key";
    private static final Path HOME =
            Path.of("target", "test-home-" + UUID.randomUUID()).toAbsolutePath();

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TestSources sources;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("ft.home", HOME::toString);
    }

    @BeforeEach
    void emptyTables() {
        jdbc.execute("truncate observation_history, rejected_row, observation, load_run restart identity");
    }

    protected long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
