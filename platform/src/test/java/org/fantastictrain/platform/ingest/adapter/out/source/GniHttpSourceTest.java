package org.fantastictrain.platform.ingest.adapter.out.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.fantastictrain.platform.ingest.domain.SourceBatch;
import org.fantastictrain.platform.ingest.domain.SourceUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GniHttpSourceTest {

    private static final LocalDate FROM = LocalDate.of(2023, 7, 1);
    private static final LocalDate TO = LocalDate.of(2023, 7, 31);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private HttpServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void downloads_the_gni_json_and_keeps_the_requested_days() throws Exception {
        Path file = dir.resolve("Daily-Supply.json");
        BundledSource.writeGniJson(file);
        serve("/open-data/Daily-Supply.json", 200, Files.readString(file));
        GniHttpSource source = source("/open-data/Daily-Supply.json");

        SourceBatch batch = source.fetch(FROM, TO);

        assertThat(batch).isEqualTo(new BundledSource().fetch(FROM, TO));
        assertThat(batch.observations()).isNotEmpty();
        assertThat(batch.rejected()).isEmpty();
        assertThat(source.lastAvailableDay()).contains(LocalDate.of(2024, 6, 30));
        assertThat(source.name()).isEqualTo("gni-url:" + url("/open-data/Daily-Supply.json"));
    }

    @Test
    void bad_rows_in_the_download_are_rejected_and_the_rest_loads() throws Exception {
        serve("/d.json", 200, """
                [{"Date": "01/07/2023", "Corrib production": 55.1, "Moffat": "abc", "ROI imports via interconnector": null, "Total": 160},
                 {"Date": "2023.07.02", "Corrib production": 55.1},
                 true]
                """);

        SourceBatch batch = source("/d.json").fetch(FROM, TO);

        assertThat(batch.observations()).hasSize(2);
        assertThat(batch.rejected())
                .extracting(r -> r.position() + ": " + r.reason())
                .containsExactly(
                        "element 1: not a number: 'abc' for Moffat",
                        "element 2: unreadable date '2023.07.02': expected dd/MM/yyyy or yyyy-MM-dd",
                        "element 3: element is not a JSON object");
        assertThat(batch.missingValues()).isEqualTo(1);
    }

    @Test
    void a_server_error_makes_the_source_unavailable_with_the_status() {
        serve("/d.json", 500, "oops");

        assertThatThrownBy(() -> source("/d.json").fetch(FROM, TO))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessage("cannot read gni-url:" + url("/d.json") + ": HTTP 500");
    }

    @Test
    void a_missing_document_makes_the_source_unavailable() {
        assertThatThrownBy(() -> source("/nothing-here.json").fetch(FROM, TO))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageEndingWith(": HTTP 404");
        assertThat(source("/nothing-here.json").lastAvailableDay()).isEmpty();
    }

    @Test
    void a_malformed_body_makes_the_source_unavailable_with_a_one_line_reason() {
        serve("/d.json", 200, "[{\"Date\": \"01/07/2023\", \"Total\": 12,, }]");

        assertThatThrownBy(() -> source("/d.json").fetch(FROM, TO))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageStartingWith("cannot read gni-url:" + url("/d.json") + ": malformed JSON at line 1")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void an_html_page_instead_of_json_makes_the_source_unavailable() {
        serve("/d.json", 200, "<html><body>Maintenance</body></html>");

        assertThatThrownBy(() -> source("/d.json").fetch(FROM, TO))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void an_unreachable_server_makes_the_source_unavailable() {
        int port = server.getAddress().getPort();
        server.stop(0);
        GniHttpSource source =
                new GniHttpSource(URI.create("http://127.0.0.1:" + port + "/d.json"), client, Duration.ofSeconds(2));

        assertThatThrownBy(() -> source.fetch(FROM, TO))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageStartingWith("cannot read gni-url:http://127.0.0.1:" + port + "/d.json: ")
                .hasMessageContaining("ConnectException");
    }

    @Test
    void a_server_that_does_not_answer_in_time_makes_the_source_unavailable() {
        server.createContext("/slow.json", exchange -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        GniHttpSource source = new GniHttpSource(url("/slow.json"), client, Duration.ofMillis(300));

        assertThatThrownBy(() -> source.fetch(FROM, TO))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageEndingWith(": no answer within PT0.3S");
    }

    private GniHttpSource source(String path) {
        return new GniHttpSource(url(path), client, Duration.ofSeconds(5));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void serve(String path, int status, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }
}
