package org.fantastictrain.platform.control.adapter.out.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fantastictrain.platform.control.adapter.in.web.AlarmResponse;
import org.fantastictrain.platform.control.application.port.out.AlarmChannel;
import org.fantastictrain.platform.control.domain.Alarm;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts each alarm transition (firing, resolved) as JSON to a webhook:
 * {@code {"source":"fantastic-train","alarms":[...]}} with the fields of {@code GET /api/v1/alarms}.
 */
public class WebhookChannel implements AlarmChannel {
    public static final String NAME = "webhook";

    private final URI uri;
    private final HttpClient http;
    private final JsonMapper json;
    private final Duration timeout;

    public WebhookChannel(URI uri, JsonMapper json, Duration timeout) {
        this.uri = uri;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.json = json;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean resendsWhileFiring() {
        return false;
    }

    @Override
    public void send(List<Alarm> alarms) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", "fantastic-train");
        body.put(
                "alarms",
                alarms.stream().map(a -> AlarmResponse.of(a, List.of())).toList());
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        Posts.send(http, request, "webhook " + uri);
    }
}
