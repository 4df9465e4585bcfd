package org.fantastictrain.platform.system.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url}, the platform runs its own PostgreSQL whose data lives in
 * {@code ft.embedded-postgres.data-dir} (default {@code ${ft.home}/pgdata}). The pool is closed
 * before the server, and the server is stopped on shutdown.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
public class EmbeddedDatabaseConfig {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(
            @Value("${ft.embedded-postgres.data-dir:${ft.home:./.fantastic-train}/pgdata}") String dataDir,
            @Value("${ft.embedded-postgres.port:0}") int port,
            @Value("${ft.embedded-postgres.binaries-dir:}") String binariesDir)
            throws IOException {
        Path data = Path.of(dataDir).toAbsolutePath().normalize();
        Path binaries = StringUtils.hasText(binariesDir)
                ? Path.of(binariesDir).toAbsolutePath().normalize()
                : null;
        EmbeddedPostgres postgres =
                EmbeddedPostgresLauncher.start(new EmbeddedPostgresLauncher.Settings(data, port, binaries));
        log.info("Database: embedded PostgreSQL on port {} with data in {}", postgres.getPort(), data);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPoolName("embedded-postgres");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }
}
