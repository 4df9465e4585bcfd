package org.fantastictrain.platform.ingest.adapter.in.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks the shape of a source spec before the application starts, so the CLI fails fast with a
 * one-line reason: {@code bundled}, {@code gni-url}, {@code gni-url:URL}, {@code file:PATH}.
 */
final class SourceSpecCheck {
    private SourceSpecCheck() {}

    /** @throws IllegalArgumentException with a one-line reason */
    static void check(String spec) {
        if (spec.equals("bundled") || spec.equals("gni-url")) {
            return;
        }
        if (spec.startsWith("gni-url:")) {
            String url = spec.substring("gni-url:".length());
            try {
                URI uri = new URI(url);
                if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                    throw new IllegalArgumentException("source gni-url needs an http(s) URL, got '" + url + "'");
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("source gni-url has a malformed URL '" + url + "'");
            }
            return;
        }
        if (spec.startsWith("file:")) {
            String path = spec.substring("file:".length());
            if (path.isBlank()) {
                throw new IllegalArgumentException("source file: needs a path, e.g. file:data/supply.json");
            }
            if (!Files.isReadable(Path.of(path))) {
                throw new IllegalArgumentException("source file not found or not readable: " + path);
            }
            return;
        }
        throw new IllegalArgumentException(
                "unknown source '" + spec + "' (expected bundled, gni-url[:URL] or file:PATH)");
    }
}
