package org.fantastictrain.platform.system.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API key that guards writes: {@code ft.api-key} (env {@code FT_API_KEY}) when set; otherwise a
 * random key generated on first start and kept in {@code ${ft.home}/api-key}, readable by the
 * owner only.
 */
public final class ApiKeyProvider {
    private static final Logger log = LoggerFactory.getLogger(ApiKeyProvider.class);
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private ApiKeyProvider() {}

    public static String resolve(String configuredKey, Path home) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            log.info("API key: taken from configuration (FT_API_KEY / ft.api-key)");
            return configuredKey.strip();
        }
        Path file = home.resolve("api-key").toAbsolutePath().normalize();
        try {
            if (Files.isRegularFile(file)) {
                String key = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!key.isEmpty()) {
                    log.info("API key: read from {} (send it as header X-API-Key)", file);
                    return key;
                }
            }
            String key = generate();
            write(file, key);
            log.info("API key: generated and stored in {} (send it as header X-API-Key)", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or store the API key in " + file, e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void write(Path file, String key) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            if (posix) {
                Files.setPosixFilePermissions(dir, OWNER_DIR);
            }
        }
        Path temp = dir.resolve("api-key.tmp");
        Files.deleteIfExists(temp);
        if (posix) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        }
        Files.writeString(
                temp,
                key + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
