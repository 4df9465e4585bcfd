package org.fantastictrain.platform.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyProviderTest {

    @TempDir
    Path dir;

    @Test
    void a_configured_key_wins() {
        assertThat(ApiKeyProvider.resolve(" secret ", dir.resolve("home"))).isEqualTo("secret");
        assertThat(dir.resolve("home")).doesNotExist();
    }

    @Test
    void without_a_key_one_is_generated_once_and_stored_for_the_owner_only() throws Exception {
        Path home = dir.resolve("home");

        String key = ApiKeyProvider.resolve("", home);

        assertThat(key).hasSizeGreaterThanOrEqualTo(32);
        assertThat(ApiKeyProvider.resolve(null, home)).isEqualTo(key);
        assertThat(Files.readString(home.resolve("api-key")).strip()).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("api-key"))))
                .isEqualTo("rw-------");
    }
}
