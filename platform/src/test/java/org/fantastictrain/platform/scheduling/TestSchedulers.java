package org.fantastictrain.platform.scheduling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Extra scheduler instances on the test database, configured like the platform's own (the
 * {@code spring.quartz.properties.*} of {@code scheduling-defaults.properties}) and running the
 * platform's jobs with the context's beans: a second platform node without a second JVM.
 */
final class TestSchedulers {

    private TestSchedulers() {}

    /** A scheduler instance, in standby until started. */
    static Scheduler create(String clusterName, String instanceId, ApplicationContext context) throws Exception {
        SpringBeanJobFactory jobFactory = new SpringBeanJobFactory();
        jobFactory.setApplicationContext(context);
        Properties quartz = platformQuartzProperties();
        quartz.setProperty("org.quartz.scheduler.instanceId", instanceId);
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setSchedulerName(clusterName);
        factory.setQuartzProperties(quartz);
        factory.setDataSource(context.getBean(DataSource.class));
        factory.setTransactionManager(context.getBean(PlatformTransactionManager.class));
        factory.setJobFactory(jobFactory);
        factory.setApplicationContext(context);
        factory.setAutoStartup(false);
        factory.afterPropertiesSet();
        return factory.getObject();
    }

    private static Properties platformQuartzProperties() {
        Properties defaults = new Properties();
        try (InputStream in = TestSchedulers.class.getResourceAsStream("/scheduling-defaults.properties")) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String prefix = "spring.quartz.properties.";
        Properties quartz = new Properties();
        defaults.stringPropertyNames().stream()
                .filter(k -> k.startsWith(prefix))
                .forEach(k -> quartz.setProperty(k.substring(prefix.length()), defaults.getProperty(k)));
        return quartz;
    }
}
