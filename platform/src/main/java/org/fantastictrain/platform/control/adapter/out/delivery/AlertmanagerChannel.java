package org.fantastictrain.platform.control.adapter.out.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fantastictrain.platform.control.application.port.out.AlarmChannel;
import org.fantastictrain.platform.control.domain.Alarm;
import org.fantastictrain.platform.control.domain.AlarmState;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts alarms to Prometheus Alertmanager's API v2 ({@code POST /api/v2/alerts}). A firing alert
 * has no {@code endsAt}, so Alertmanager keeps it for its resolve timeout: it is re-sent while
 * firing. A resolved one carries {@code endsAt}. Times are clamped to the wall clock, since
 * Alertmanager judges them against its own.
 */
public class AlertmanagerChannel implements AlarmChannel {
    public static final String NAME = "alertmanager";

    private final URI alertsUri;
    private final HttpClient http;
    private final JsonMapper json;
    private final Duration timeout;
    private final Clock wallClock;

    public AlertmanagerChannel(URI baseUrl, JsonMapper json, Duration timeout, Clock wallClock) {
        String base = baseUrl.toString();
        this.alertsUri =
                URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/v2/alerts");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.json = json;
        this.timeout = timeout;
        this.wallClock = wallClock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean resendsWhileFiring() {
        return true;
    }

    @Override
    public void send(List<Alarm> alarms) {
        List<Map<String, Object>> body = new ArrayList<>();
        Instant now = wallClock.instant();
        for (Alarm a : alarms) {
            body.add(alert(a, now));
        }
        HttpRequest request = HttpRequest.newBuilder(alertsUri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        Posts.send(http, request, "Alertmanager " + alertsUri);
    }

    static Map<String, Object> alert(Alarm a, Instant now) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("alertname", Alarm.alertName(a.criterion()));
        labels.put("series", a.series());
        labels.put("severity", a.severity().label());
        labels.put(
                "model_version",
                a.modelVersion() == null ? "none" : a.modelVersion().toString());
        labels.put("criterion", a.criterion().id());
        labels.put("service", "fantastic-train");
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", a.summary());
        annotations.put("description", a.description());
        annotations.put("report", a.reportUrl());
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("labels", labels);
        alert.put("annotations", annotations);
        Instant startsAt = a.firstSeenAt().isAfter(now) ? now : a.firstSeenAt();
        alert.put("startsAt", startsAt.toString());
        if (a.state() == AlarmState.RESOLVED) {
            Instant endsAt = a.resolvedAt().isAfter(now) ? now : a.resolvedAt();
            alert.put("endsAt", (endsAt.isBefore(startsAt) ? startsAt : endsAt).toString());
        }
        alert.put("generatorURL", a.reportUrl());
        return alert;
    }
}
