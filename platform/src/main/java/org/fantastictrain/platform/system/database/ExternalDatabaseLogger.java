package org.fantastictrain.platform.system.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Says which external database is used; the URL is logged without any password in it. */
@Component
@Conditional(DataSourceUrlCondition.class)
class ExternalDatabaseLogger {
    private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseLogger.class);

    ExternalDatabaseLogger(
            @Value("${spring.datasource.url}") String url, @Value("${spring.datasource.username:}") String username) {
        log.info("Database: external PostgreSQL {} as user '{}'", withoutPassword(url), username);
    }

    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
    }
}
