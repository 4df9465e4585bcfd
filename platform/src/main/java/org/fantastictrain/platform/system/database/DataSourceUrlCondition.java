package org.fantastictrain.platform.system.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when an external database is configured with {@code spring.datasource.url}. */
class DataSourceUrlCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !new NoDataSourceUrlCondition().matches(context, metadata);
    }
}
