package org.fantastictrain.platform.scheduling;

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
 * Base of the scheduler tests: the whole application on a random port with a real PostgreSQL (a
 * fresh embedded one, or {@code SPRING_DATASOURCE_URL}) and a started Quartz scheduler of its own
 * cluster name, so it never shares firings with another test context on the same database. The
 * cron triggers of daily-load and daily-forecast are off: tests fire what they need.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ft.bootstrap=false",
            "ft.api-key=" + SchedulingTest.API_KEY,
            "spring.quartz.scheduler-name=ft-scheduling-test",
            "ft.jobs.daily-load.enabled=false",
            "ft.jobs.daily-forecast.enabled=false"
        })
@Import(SchedulingTestConfig.class)
public abstract class SchedulingTest {

    public static final String API_KEY = "scheduling-test-key";
    private static final Path HOME =
            Path.of("target", "test-home-scheduling-" + UUID.randomUUID()).toAbsolutePath();

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected FakeTraining training;

    @Autowired
    protected FakeDailyLoad dailyLoad;

    @Autowired
    protected FakeChampions champions;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("ft.home", HOME::toString);
    }

    @BeforeEach
    void resetState() {
        jdbc.update("DELETE FROM job_run");
        jdbc.update("DELETE FROM forecast_vintage");
        clock.set(SchedulingTestConfig.START);
        training.reset();
        dailyLoad.reset();
        champions.reset();
    }

    protected long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
