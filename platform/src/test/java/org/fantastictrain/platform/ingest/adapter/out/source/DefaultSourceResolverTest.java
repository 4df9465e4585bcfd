package org.fantastictrain.platform.ingest.adapter.out.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DefaultSourceResolverTest {

    private final DefaultSourceResolver resolver = new DefaultSourceResolver(GniHttpSource.DEFAULT_URL);

    @Test
    void bundled_is_the_default() {
        assertThat(resolver.resolve("bundled")).isInstanceOf(BundledSource.class);
        assertThat(resolver.resolve(" bundled ").name()).isEqualTo("bundled");
        assertThat(resolver.resolve(null)).isInstanceOf(BundledSource.class);
        assertThat(resolver.resolve("")).isInstanceOf(BundledSource.class);
    }

    @Test
    void gni_url_alone_uses_the_configured_url() {
        DefaultSourceResolver configured = new DefaultSourceResolver(URI.create("http://127.0.0.1:9/supply.json"));

        assertThat(resolver.resolve("gni-url").name())
                .isEqualTo("gni-url:https://www.gasnetworks.ie/corporate/open-data/Daily-Supply-Q2-2024.json");
        assertThat(configured.resolve("gni-url")).isInstanceOf(GniHttpSource.class);
        assertThat(configured.resolve("gni-url").name()).isEqualTo("gni-url:http://127.0.0.1:9/supply.json");
    }

    @Test
    void gni_url_with_a_url_uses_that_url() {
        assertThat(resolver.resolve("gni-url:http://localhost:8081/x.json").name())
                .isEqualTo("gni-url:http://localhost:8081/x.json");
    }

    @Test
    void file_specs_give_a_file_source() {
        assertThat(resolver.resolve("file:data/supply.csv")).isInstanceOf(FileSource.class);
        assertThat(resolver.resolve("file:data/supply.csv").name()).isEqualTo("file:" + Path.of("data/supply.csv"));
    }

    @Test
    void unknown_specs_are_refused_with_the_expected_forms() {
        assertThatThrownBy(() -> resolver.resolve("spark"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown source 'spark': expected bundled, gni-url[:URL] or file:PATH");
    }

    @Test
    void malformed_specs_are_refused_with_a_reason() {
        assertThatThrownBy(() -> resolver.resolve("gni-url:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a URL");
        assertThatThrownBy(() -> resolver.resolve("gni-url:ftp://example.org/x.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected an http or https URL");
        assertThatThrownBy(() -> resolver.resolve("gni-url:http://exa mple.org/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed URL");
        assertThatThrownBy(() -> resolver.resolve("file:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a path");
    }
}
