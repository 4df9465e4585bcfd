package org.fantastictrain.platform.execution.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.fantastictrain.platform.execution.application.ChampionCache;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the execution tests: the real application on a random port and a real PostgreSQL (a
 * fresh embedded one, or {@code SPRING_DATASOURCE_URL}), with {@link TestChampions} as the registry.
 * Served-forecast tables and the actuals of {@code corrib_production} are reset before each test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ft.bootstrap=false",
            "ft.jobs.daily-load.enabled=false",
            "ft.api-key=" + ExecutionApiTest.API_KEY,
            "ft.execution.champion-recheck=0s",
            "ft.execution.max-body-bytes=4KB"
        })
@Import(TestChampionsConfig.class)
public abstract class ExecutionApiTest {
    public static final String API_KEY = "execution-test-key";
    /** Days with a stored actual: the last three days of the champion's training history. */
    public static final LocalDate OBSERVED_FROM = LocalDate.of(2023, 6, 28);

    private static final Path HOME =
            Path.of("target", "test-home-execution-" + UUID.randomUUID()).toAbsolutePath();
    protected static final HttpClient HTTP = HttpClient.newHttpClient();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TestChampions champions;

    @Autowired
    private ChampionCache championCache;

    @Value("${local.server.port}")
    protected int port;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("ft.home", HOME::toString);
    }

    @BeforeEach
    void resetData() {
        champions.reset();
        for (SeriesId series : SeriesId.values()) {
            championCache.invalidate(series);
        }
        jdbc.execute("truncate served_forecast cascade");
        jdbc.update("delete from observation where series_id = 'corrib_production'");
        for (int i = 0; i < 3; i++) {
            jdbc.update(
                    "insert into observation (series_id, ds, value) values ('corrib_production', ?, ?)",
                    java.sql.Date.valueOf(OBSERVED_FROM.plusDays(i)),
                    50.0 + i);
        }
    }

    protected HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return post(path, "application/json", body);
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
