package org.fantastictrain.platform.control.adapter.out.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends a POST and turns anything but a 2xx answer into an exception with a one-line reason. */
final class Posts {

    private Posts() {}

    static void send(HttpClient http, HttpRequest request, String receiver) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    receiver + " unreachable: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(receiver + ": interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
            throw new IllegalStateException(receiver + " answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(200, body.length())));
        }
    }
}
