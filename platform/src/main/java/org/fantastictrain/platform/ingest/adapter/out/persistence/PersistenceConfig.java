package org.fantastictrain.platform.ingest.adapter.out.persistence;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the JDBC adapters of the ingestion ports. */
@Configuration(proxyBeanMethods = false)
class PersistenceConfig {

    @Bean
    JdbcLoadRuns jdbcLoadRuns(DataSource dataSource) {
        return new JdbcLoadRuns(dataSource);
    }

    @Bean
    JdbcLoadStore jdbcLoadStore(DataSource dataSource, PlatformTransactionManager transactionManager) {
        return new JdbcLoadStore(dataSource, new TransactionTemplate(transactionManager));
    }
}
